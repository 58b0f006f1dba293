package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import nl.nota.lang.fixes.QuickFixes;
import nl.nota.lang.validation.IssueCodes;

/** Footnotes, list items, tables and links: complete, in their place, and checked like the rest of the text. */
class ConstructValidationTest extends ValidationTestSupport {

	private static String withAanleiding(String text) {
		return VALID.replace("Er is een overleg.", text);
	}

	@Test
	void footnotesTablesNestedListsAndLinksInAValidNoteGiveNoIssues() throws Exception {
		String note = withAanleiding("""
				Er is een overleg.{voetnoot: Kamerstuk 29 538, nr. 327.} Zie https://www.defensie.nl of {link de agenda | https://www.navo.int}.

				| Jaar | Bedrag |
				|------|-------:|
				| 2025 | 12,5 |
				: Bedragen
				""").replace("- Een punt.", "1. Een punt.\n   a. Een deelpunt.\n   b. Nog een.\n2. Tweede punt.");
		assertEquals(List.of(), validate(note));
	}

	/** #17: a reviewer's remark in the source: a warning where it stands, not the note's prose, resolved by deleting it. */
	@Test
	void aReviewCommentIsAWarningThatIsNotProseAndIsResolvedByDeletingIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
			throws Exception {
		String note = withAanleiding("Het kost 45 miljoen euro {opmerking J. Jansen: klopt dit bedrgg}. Het bedrgg is hoog.");
		List<Issue> issues = validateAs(folder.resolve("n.nota"), note);
		Issue comment = only(issues, IssueCodes.REVIEW_COMMENT);
		assertAt(comment, Severity.WARNING, 9, 26, "{opmerking J. Jansen: klopt dit bedrgg}".length());
		assertEquals("Opmerking van J. Jansen: klopt dit bedrgg. Verwerk haar en haal '{opmerking ...}' dan weg; alleen de interne "
				+ "nota (Word, ODT) toont haar, als opmerking in de marge.", comment.getMessage());
		// the misspelling in the remark is not the note's: only the one in the prose is reported
		List<Issue> spelling = issues.stream().filter(issue -> IssueCodes.SPELLING.equals(issue.getCode())).toList();
		assertEquals(1, spelling.size(), spelling::toString);
		assertEquals(note.indexOf("bedrgg is"), spelling.get(0).getOffset());
		// resolved: deleted with the blank before it
		QuickFixes.Fix resolve = new QuickFixes().fixesFor(comment, note).get(0);
		assertEquals(withAanleiding("Het kost 45 miljoen euro. Het bedrgg is hoog."), resolve.apply(note));
		// a point with only a remark is still an empty point
		only(validate(VALID.replace("- Een punt.", "- {opmerking Kees: waarom leeg?}")), IssueCodes.EMPTY_ITEM);
	}

	@Test
	void anEmptyFootnoteIsAnErrorAtTheFootnote() throws Exception {
		String note = withAanleiding("Er is een overleg.{voetnoot: } En meer.");
		Issue issue = only(validate(note), IssueCodes.EMPTY_FOOTNOTE);
		assertAt(issue, Severity.ERROR, 9, 19, "{voetnoot: }".length());
		Issue bare = only(validate(withAanleiding("Er is een overleg.{voetnoot}")), IssueCodes.EMPTY_FOOTNOTE);
		assertEquals(19, bare.getColumn());
	}

	@Test
	void aFootnoteOutsideTheTextOrInsideAFootnoteIsMisplaced() throws Exception {
		Issue inField = only(validate(VALID.replace("kenmerk: BS1", "kenmerk: BS1{voetnoot: uitleg}")), IssueCodes.MISPLACED_FOOTNOTE);
		assertEquals(5, inField.getLineNumber());
		Issue inTitle = only(validate(VALID.replace("agenda\n", "agenda{voetnoot: uitleg}\n")), IssueCodes.MISPLACED_FOOTNOTE);
		assertEquals(1, inTitle.getLineNumber());
		Issue inHeading = only(validate(VALID.replace("# Aanleiding", "# Aanleiding{voetnoot: uitleg}")), IssueCodes.MISPLACED_FOOTNOTE);
		assertEquals(8, inHeading.getLineNumber());
		Issue nested = only(validate(withAanleiding("Tekst.{voetnoot: Een {voetnoot: twee} noot.}")), IssueCodes.MISPLACED_FOOTNOTE);
		assertAt(nested, Severity.ERROR, 9, 22, "{voetnoot: twee}".length());
	}

	@Test
	void anEmptyListItemIsAnErrorAndDoesNotCountAsAPoint() throws Exception {
		List<Issue> issues = validate(VALID.replace("- Een punt.", "- "));
		assertAt(only(issues, IssueCodes.EMPTY_ITEM), Severity.ERROR, 15, 1, 1);
		assertEquals(14, only(issues, IssueCodes.TOO_FEW_ITEMS).getLineNumber());
	}

	@Test
	void aRaggedRowIsAWarningOnTheRow() throws Exception {
		String note = withAanleiding("""
				| Jaar | Bedrag | Bron |
				| 2025 | 12,5 |
				| 2026 | 14,0 | raming |
				""");
		Issue issue = only(validate(note), IssueCodes.RAGGED_ROW);
		assertAt(issue, Severity.WARNING, 10, 1, "| 2025 | 12,5 |".length());
		assertTrue(issue.getMessage().contains("Deze rij heeft 2 cellen, de kop 3"), issue::getMessage);
	}

	@Test
	void aLinkLeadsOnlyToTheWebOrToEmail() throws Exception {
		Issue script = only(validate(withAanleiding("Klik {link hier | javascript:alert(1)}.")), IssueCodes.INVALID_LINK);
		assertAt(script, Severity.ERROR, 9, "Klik {link hier | ".length() + 1, "javascript:alert(1)".length());
		only(validate(withAanleiding("Klik {link hier | }.")), IssueCodes.INVALID_LINK);
		assertEquals(List.of(), validate(withAanleiding("Mail {link ons | info@defensie.nl} of {link www.defensie.nl}.")));
	}

	@Test
	void redactionsInFootnotesAndTableCellsAreCheckedAndNotAllowedInTheLetter() throws Exception {
		String nota = withAanleiding("""
				Er is een overleg.{voetnoot: Gesprek met {lak 5.1.2e: J. de Vries}.}

				| Naam | Rol |
				| {lak 5.1.2e: J. de Vries} | {lak 9.9: adviseur} |
				""");
		assertEquals(12, only(validate(nota), IssueCodes.UNKNOWN_GROUND).getLineNumber());
		String letter = VALID.replace("In te stemmen.", "In te stemmen met de {kamerbrief}.") + """

				kamerbrief: Brief
				aan: de Voorzitter van de Tweede Kamer der Staten-Generaal
				datum: 1 oktober 2025
				functie: De minister van Defensie
				ondertekenaar: R.P. Brekelmans

				# Inleiding
				Een brief.{voetnoot: Met dank aan {lak 5.1.2e: J. de Vries}.}
				""";
		Issue inLetter = only(validate(letter), IssueCodes.REDACTION_IN_LETTER);
		assertEquals(34, inLetter.getLineNumber());
	}

	@Test
	void sentenceLengthIsCheckedInFootnotesAndTableCells() throws Exception {
		String longSentence = "Dit is een erg lange zin die maar doorgaat en doorgaat over van alles en nog wat zonder ooit te stoppen met"
				+ " praten over de zaken die spelen.";
		List<Issue> issues = validate(withAanleiding("Kort.{voetnoot: " + longSentence + "}\n\n| Kop |\n| " + longSentence + " |"));
		List<Issue> long_ = issues.stream().filter(issue -> IssueCodes.LONG_SENTENCE.equals(issue.getCode())).toList();
		assertEquals(List.of(9, 12), long_.stream().map(Issue::getLineNumber).toList(), long_::toString);
	}

	/** Regression (#16): thousands of nested braces overflowed the parser's stack; now the depth is bounded. */
	@Test
	void deeplyNestedMarkupIsOneDiagnosticNotAStackOverflow() throws Exception {
		String deep = "{lak 5.1.2e: ".repeat(5_000) + "naam" + "}".repeat(5_000);
		List<Issue> issues = validate(withAanleiding("Tekst " + deep + " en meer."));
		Issue nesting = only(issues, IssueCodes.NESTING);
		assertEquals(9, nesting.getLineNumber());
		assertEquals("Tekst ".length() + "{lak 5.1.2e: ".length() * 16 + 1, nesting.getColumn());
		String fine = "{lak 5.1.2e: ".repeat(3) + "naam" + "}".repeat(3);
		assertTrue(validate(withAanleiding("Tekst " + fine + ".")).stream().noneMatch(issue -> IssueCodes.NESTING.equals(issue.getCode())));
	}
}
