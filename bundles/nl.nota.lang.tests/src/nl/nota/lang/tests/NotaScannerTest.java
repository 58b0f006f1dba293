package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nota.lang.parser.NotaScanner;
import nl.nota.lang.parser.NotaScanner.Kind;
import nl.nota.lang.parser.NotaScanner.Lexeme;

class NotaScannerTest {

	/** The significant lexemes as "KIND:text", hidden whitespace and comments left out. */
	private static List<String> tokens(String text) {
		return NotaScanner.scan(text).stream().filter(l -> !l.kind().isHidden())
				.map(l -> l.kind() + ":" + text.substring(l.start(), l.end())).toList();
	}

	@Test
	void coversEveryCharacterExactlyOnce() {
		String text = "// kop\r\nbeslisnota: Titel\r\naan: de minister\r\n\r\n# Aanleiding\r\nTekst {lak 5.1.2e: naam} en *nadruk*.\r\n"
				+ "- punt\r\n  vervolg\r\n\r\n## Sub\r\n\r\n\r\nslot";
		List<Lexeme> lexemes = NotaScanner.scan(text);
		int at = 0;
		for (Lexeme lexeme : lexemes) {
			assertEquals(at, lexeme.start(), "gap or overlap before " + lexeme);
			at = lexeme.end();
		}
		assertEquals(text.length(), at);
	}

	@Test
	void headerFieldsThenHeadingsThenProse() {
		assertEquals(List.of("PART_KEY:beslisnota:", "PROSE:Titel", "FIELD_KEY:datum:", "PROSE:30 september 2025",
				"H1:# Aanleiding", "PARA:\n", "PROSE:Op 15 oktober."),
				tokens("beslisnota: Titel\ndatum: 30 september 2025\n\n# Aanleiding\nOp 15 oktober.\n"));
	}

	@Test
	void dutchWordsAndPunctuationInProseStayProse() {
		String prose = "Kernpunten, aanleiding: de 'kamerbrief' (zie \"Toelichting\") – financiële steun/Oekraïne; 5 % #1 https://example.nl";
		assertEquals(List.of("PART_KEY:beslisnota:", "PROSE:T", "H1:# Aanleiding", "PARA:\n", "PROSE:" + prose),
				tokens("beslisnota: T\n\n# Aanleiding\n" + prose + "\n"));
	}

	@Test
	void aParagraphRunsOverLinesUntilABlankLine() {
		assertEquals(List.of("PART_KEY:informatienota:", "H1:# Kop", "PARA:\n", "PROSE:regel een\nregel twee", "PARA:\n",
				"PROSE:nieuwe alinea"), tokens("informatienota:\n\n# Kop\nregel een\nregel twee\n\nnieuwe alinea\n"));
	}

	@Test
	void aFieldLikeLineInsideAParagraphIsProse() {
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# Kop", "PARA:\n", "PROSE:Het gaat om\ndatum: morgen"),
				tokens("beslisnota:\n\n# Kop\nHet gaat om\ndatum: morgen\n"));
	}

	@Test
	void bulletsWithContinuationLines() {
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# Kernpunten", "BULLET:-", "PROSE:een\n  twee", "BULLET:•",
				"PROSE:drie"), tokens("beslisnota:\n\n# Kernpunten\n- een\n  twee\n• drie\n"));
	}

	@Test
	void numberedAndLetteredItemsKeepTheirMarkerAndYearsStayProse() {
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# K", "BULLET:1.", "PROSE:een", "BULLET:12)", "PROSE:twaalf", "BULLET:a.",
				"PROSE:letter"), tokens("beslisnota:\n\n# K\n1. een\n12) twaalf\na. letter\n"));
		// a year, an abbreviation and a number without a space after its period are prose
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# K", "PARA:\n", "PROSE:2025. Het jaar\na.s. maandag\n3.5 miljoen"),
				tokens("beslisnota:\n\n# K\n2025. Het jaar\na.s. maandag\n3.5 miljoen\n"));
	}

	@Test
	void markupAndEmphasis() {
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# K", "PARA:\n", "PROSE:Zie ", "LBRACE:{", "KW_KAMERSTUK:kamerstuk",
				"ARG:21 501-28, nr. 296", "RBRACE:}", "PROSE: en ", "LBRACE:{", "KW_LAK:lak", "ARG:5.1.2e", "COLON::",
				"PROSE:J. de Vries", "RBRACE:}", "PROSE:, ", "EMPH_OPEN:*", "PROSE:let op", "EMPH_CLOSE:*", "PROSE: 3 * 4 \\{x\\}"),
				tokens("beslisnota:\n\n# K\nZie {kamerstuk 21 501-28, nr. 296} en {lak 5.1.2e: J. de Vries}, *let op* 3 * 4 \\{x\\}\n"));
	}

	@Test
	void aSecondPartStartsAfterABlankLineWithALowercaseKey() {
		assertEquals(List.of("PART_KEY:beslisnota:", "PROSE:A", "H1:# K", "PARA:\n", "PROSE:Tekst.", "PART_KEY:kamerbrief:",
				"PROSE:B", "FIELD_KEY:datum:", "PROSE:1 mei 2025", "PARA:\n", "PROSE:Inleiding."),
				tokens("beslisnota: A\n\n# K\nTekst.\n\nkamerbrief: B\ndatum: 1 mei 2025\n\nInleiding.\n"));
	}

	@Test
	void commentsAreHiddenOnlyAtTheStartOfALine() {
		List<Lexeme> lexemes = NotaScanner.scan("beslisnota:\n\n# K\neen\n// opmerking\ntwee http://x.nl/y\n");
		assertTrue(lexemes.stream().anyMatch(l -> l.kind() == Kind.COMMENT));
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# K", "PARA:\n", "PROSE:een", "PROSE:twee http://x.nl/y"),
				tokens("beslisnota:\n\n# K\neen\n// opmerking\ntwee http://x.nl/y\n"));
	}

	@Test
	void unclosedMarkupEndsWithItsParagraph() {
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# K", "PARA:\n", "PROSE:open ", "LBRACE:{", "KW_LAK:lak", "ARG:5.1.2e",
				"COLON::", "EMPH_OPEN:*", "PROSE:naam", "EMPH_CLOSE:", "RBRACE:", "H1:# L", "PARA:\n", "PROSE:dicht"),
				tokens("beslisnota:\n\n# K\nopen {lak 5.1.2e: *naam\n\n# L\ndicht\n"));
	}

	@Test
	void emphasisStillOpenWhenItsMarkupClosesIsClosedFirst() {
		assertEquals(List.of("PART_KEY:beslisnota:", "H1:# K", "PARA:\n", "LBRACE:{", "KW_LAK:lak", "ARG:5.1.2e", "COLON::",
				"EMPH_OPEN:*", "PROSE:naam", "EMPH_CLOSE:", "RBRACE:}", "PROSE:. ", "LBRACE:{", "KW_KAMERSTUK:kamerstuk", "ARG:21 501",
				"RBRACE:"), tokens("beslisnota:\n\n# K\n{lak 5.1.2e: *naam}. {kamerstuk 21 501\n"));
	}

	/**
	 * The editor scans again only from the last heading before a change to the first one after it. On random
	 * notes (parts, fields, headings, items, tables, markup, comments, CRLF) and random edits (typing, deleting,
	 * pasting lines, adding or removing a '#' or a blank line) the result must be exactly that of a full scan.
	 */
	@Test
	void scanningAgainAfterAChangeGivesWhatAFullScanGives() {
		String[] lines = { "beslisnota: Titel", "kamerbrief: Brief", "aan: de minister", "  vervolg van een veld", "", "", "# Aanleiding",
				"## Sub", "# Kernpunten {lak}", "  # ingesprongen", "#", "Tekst met {lak 5.1.2e: naam} en *nadruk*.", "en verder *open",
				"- punt", "  - subpunt", "1. genummerd", "| a | b |", "|---|---|", ": bijschrift", "// opmerking", "bijvoorbeeld: gewone tekst",
				"{voetnoot: noot", "}", "slot\r", "\u00a0# niet" };
		String[] typed = { "a", " ", "\n", "\n\n", "#", "# ", "{", "}", "*", "-", "|", ":", "\r\n", "beslisnota: X\n", "\n# Kop\n", "//" };
		java.util.Random random = new java.util.Random(3);
		for (int n = 0; n < 3_000; n++) {
			StringBuilder note = new StringBuilder();
			for (int k = random.nextInt(40); k > 0; k--) {
				note.append(lines[random.nextInt(lines.length)]).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
			}
			String before = note.toString();
			List<Lexeme> lexemes = NotaScanner.scan(before);
			for (int edit = 0; edit < 5; edit++) {
				int offset = random.nextInt(before.length() + 1);
				int removed = random.nextInt(3) == 0 ? random.nextInt(Math.min(12, before.length() - offset) + 1) : 0;
				String inserted = random.nextInt(4) == 0 ? "" : typed[random.nextInt(typed.length)];
				String after = before.substring(0, offset) + inserted + before.substring(offset + removed);
				List<Lexeme> again = NotaScanner.rescan(after, lexemes, offset, removed, inserted.length());
				String context = before;
				assertEquals(NotaScanner.scan(after), again, () -> "after replacing " + removed + " characters at " + offset + " by '"
						+ inserted.replace("\n", "\\n") + "' in:\n" + context);
				before = after;
				lexemes = again;
			}
		}
	}
}
