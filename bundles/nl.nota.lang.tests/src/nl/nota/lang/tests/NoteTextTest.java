package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.XmlCharacters;

/**
 * The text helpers every check and renderer calls on every paragraph, each written as a loop for speed, against
 * the plain definitions they replace, on random text of the characters that matter to them.
 */
class NoteTextTest {

	private static final String[] PIECES = { "a", "Z", "é", "1", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "\u2003",
			"\u0001", "\u0000", "\u001f", "\ud83d\ude00", "\ud83d", "\ude00", "\ufffe", "\uffff", "\ufffd", "\ue000", "\ud7ff", ".", "-" };

	private static String random(Random random) {
		StringBuilder text = new StringBuilder();
		for (int k = random.nextInt(14); k > 0; k--) {
			text.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return text.toString();
	}

	@Test
	void collapsingSpacesIsWhatTheWhiteSpacePatternDoes() {
		Random random = new Random(5);
		for (int n = 0; n < 50_000; n++) {
			String text = random(random);
			assertEquals(text.replaceAll("\\s+", " "), NoteText.collapseSpaces(text), () -> "collapsing " + escaped(text));
			assertEquals(text.replaceAll("\\s+", " "), NoteText.collapseSpaces(new StringBuilder(text)), () -> "collapsing " + escaped(text));
		}
	}

	@Test
	void forbiddenCharactersAreFoundAsXmlDefinesThem() {
		Random random = new Random(7);
		for (int n = 0; n < 50_000; n++) {
			String text = random(random);
			int expected = -1;
			for (int i = 0; i < text.length() && expected < 0; i++) {
				int codePoint = text.codePointAt(i);
				boolean paired = Character.isSupplementaryCodePoint(codePoint);
				if (!paired && Character.isSurrogate(text.charAt(i)) || !XmlCharacters.allowed(codePoint)) {
					expected = i;
				} else if (paired) {
					i++;
				}
			}
			int from = 0;
			assertEquals(expected, XmlCharacters.find(text, from), () -> "in " + escaped(text));
		}
	}

	@Test
	void wordsAreCountedAsTheyAreListed() {
		Random random = new Random(9);
		String[] pieces = { "a", "Z", "é", "1", " ", "'", "’", "-", ".", "NAVO", "-top", "\u00a0", "ĳ", "\ud83d\ude00", "," };
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(12); k > 0; k--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			assertEquals(nl.nota.lang.writing.Readability.words(text.toString()).size(),
					nl.nota.lang.writing.Readability.countWords(text.toString()), () -> "words in " + escaped(text.toString()));
		}
	}

	/** The value of a prose token, with its shortcut for text that needs nothing done, against the plain loop. */
	@Test
	void proseValuesAreWhatTheLoopMakes() {
		Random random = new Random(13);
		String[] pieces = { "a", "é", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\\", "\\{", "\\*", "\\#", "\\a", "{", "*", "-" };
		for (int n = 0; n < 50_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int k = random.nextInt(10); k > 0; k--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			String expected = proseByLoop(text.toString());
			assertEquals(expected, nl.nota.lang.parser.NotaValueConverters.prose(text.toString()), () -> "prose of " + escaped(text.toString()));
		}
	}

	/** The definition: escapes lose their backslash, each run of white space (and no-break spaces) is one space. */
	private static String proseByLoop(String text) {
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && nl.nota.lang.parser.NotaValueConverters.ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
				result.append(text.charAt(++i));
			} else if (Character.isWhitespace(c) || c == '\u00a0') {
				if (result.isEmpty() || result.charAt(result.length() - 1) != ' ') {
					result.append(' ');
				}
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	private static String escaped(String text) {
		StringBuilder escaped = new StringBuilder();
		text.chars().forEach(c -> escaped.append(c >= 0x20 && c < 0x7f ? Character.toString(c) : String.format("\\u%04x", c)));
		return escaped.toString();
	}
}
