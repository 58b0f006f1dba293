package nl.nota.lang.model;

import java.util.List;

import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.Footnote;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.Link;
import nl.nota.lang.nota.Placeholder;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Text;
import nl.nota.lang.nota.UnknownMarkup;

/**
 * The readable text of inline content, as a person reads the source (redacted text included). A footnote
 * is not part of the sentence it is attached to (its text is read on its own); a link reads as its text.
 */
public final class NoteText {

	private NoteText() {
	}

	public static String plain(List<? extends Inline> inlines) {
		StringBuilder text = new StringBuilder();
		append(inlines, text);
		return collapseSpaces(text).strip();
	}

	/**
	 * Each run of white space (space, tab, line breaks, form feed: what the pattern {@code \\s} matches) as one
	 * space; without a regular expression, since every paragraph of a note passes here several times a check.
	 */
	public static String collapseSpaces(CharSequence text) {
		// most texts have nothing to collapse (prose comes out of the parser collapsed): only look, then
		int length = text.length();
		int first = 0;
		for (boolean space = false; first < length; first++) {
			char c = text.charAt(first);
			if (c == ' ') {
				if (space) {
					break;
				}
				space = true;
			} else if (isWhiteSpace(c)) {
				break;
			} else {
				space = false;
			}
		}
		if (first == length) {
			return text.toString();
		}
		StringBuilder collapsed = new StringBuilder(length).append(text, 0, first);
		boolean space = first > 0 && text.charAt(first - 1) == ' ';
		for (int i = first; i < length; i++) {
			char c = text.charAt(i);
			if (isWhiteSpace(c)) {
				if (!space) {
					collapsed.append(' ');
					space = true;
				}
			} else {
				collapsed.append(c);
				space = false;
			}
		}
		return collapsed.toString();
	}

	/** What {@code \\s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
	private static boolean isWhiteSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	/** What a link shows: its text, or the address itself. */
	public static String linkText(Link link) {
		String text = link.getText() == null || link.getText().isBlank() ? link.getTarget() : link.getText();
		return text == null ? "" : text.strip();
	}

	private static void append(List<? extends Inline> inlines, StringBuilder text) {
		for (Inline inline : inlines) {
			switch (inline) {
				case Text t -> text.append(t.getValue() == null ? "" : t.getValue());
				case Emphasis e -> append(e.getInlines(), text);
				case Redaction r -> append(r.getInlines(), text);
				case KamerstukReference k -> text.append("Kamerstuk ").append(k.getNumber() == null ? "" : k.getNumber());
				case LetterReference l -> text.append("kamerbrief");
				case UnknownMarkup u -> append(u.getInlines(), text);
				case Footnote f -> {
					// read at the foot of the page, not in the sentence
				}
				case Link l -> text.append(linkText(l));
				case Placeholder p -> {
					// reads as what is to come, or as an ellipsis: it stands for text, so its point or field is not empty
					int before = text.length();
					append(p.getInlines(), text);
					if (text.toString().substring(before).isBlank()) {
						text.append('…');
					}
				}
				default -> {
				}
			}
		}
	}
}
