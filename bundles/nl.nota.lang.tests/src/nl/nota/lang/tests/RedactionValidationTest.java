package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.lang.validation.IssueCodes;

class RedactionValidationTest extends ValidationTestSupport {

	private static final String NOTA = """
			beslisnota: Onderwerp
			ministerie: Defensie
			aan: de minister
			van: DE DIRECTEUR
			datum: 30 september 2025
			kenmerk: K1

			# Aanleiding
			Er is overleg met {lak 5.1.2a: een bondgenoot}.

			# Geadviseerd besluit
			In te stemmen.

			# Kernpunten
			- Een punt.

			# Toelichting
			## Politieke context {lak 5.1.2i}
			Gevoelig.

			## Financiële overwegingen
			Geen.

			## Juridische overwegingen
			Geen.

			## Communicatie
			Geen.
			""";

	@Test
	void knownGroundsAndANotPublicSubsectionAreFine() throws Exception {
		assertEquals(List.of(), validate(NOTA));
	}

	@Test
	void aRedactionNeedsAKnownGround() throws Exception {
		Issue missing = only(validate(NOTA.replace("{lak 5.1.2a: een bondgenoot}", "{lak: een bondgenoot}")), IssueCodes.MISSING_GROUND);
		assertEquals(9, missing.getLineNumber());
		assertEquals(Severity.ERROR, missing.getSeverity());
		Issue unknown = only(validate(NOTA.replace("5.1.2a", "5.1.9")), IssueCodes.UNKNOWN_GROUND);
		assertEquals(9, unknown.getLineNumber());
		assertEquals(24, unknown.getColumn());
		assertEquals("5.1.9".length(), unknown.getLength());
		assertTrue(unknown.getMessage().contains("Mogelijk zijn: 5.1.1a, 5.1.1b"), unknown::getMessage);
		assertTrue(List.of(unknown.getData()).contains("5.1.2e"));
		Issue section = only(validate(NOTA.replace("{lak 5.1.2i}", "{lak 9}")), IssueCodes.UNKNOWN_GROUND);
		assertEquals(18, section.getLineNumber());
	}

	@Test
	void personalPolicyViewsInABeslisnotaGetTheRule() throws Exception {
		Issue issue = only(validate(NOTA.replace("5.1.2a", "5.2")), IssueCodes.PERSONAL_VIEWS);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("niet tot personen herleidbare vorm"), issue::getMessage);
		String informatienota = """
				informatienota: T
				van: X

				# Aanleiding
				Volgens {lak 5.2: de directeur} is dit onverstandig.

				# Kernpunten
				- p
				""";
		assertTrue(validate(informatienota).stream().noneMatch(i -> IssueCodes.PERSONAL_VIEWS.equals(i.getCode())));
	}

	@Test
	void theLetterIsPublicSoNothingInItIsRedacted() throws Exception {
		String letter = "\n\nkamerbrief: Betreft\naan: de Voorzitter\ndatum: 3 oktober 2025\nfunctie: De minister\n"
				+ "ondertekenaar: A. B.\nkenmerk: K\n\nWij spraken {lak 5.1.2e: mevrouw X}.\n\n# Geheim {lak 5.1.2a}\nTekst.\n";
		List<Issue> issues = validate(NOTA + letter);
		List<Issue> inLetter = issues.stream().filter(i -> IssueCodes.REDACTION_IN_LETTER.equals(i.getCode())).toList();
		assertEquals(2, inLetter.size(), issues::toString);
		assertEquals(38, inLetter.get(0).getLineNumber());
		assertEquals(40, inLetter.get(1).getLineNumber());
	}

	@Test
	void aRedactionInALetterHeadingIsAnErrorWhereItIsWritten() throws Exception {
		String letter = "\n\nkamerbrief: Betreft\naan: de Voorzitter\ndatum: 3 oktober 2025\nfunctie: De minister\n"
				+ "ondertekenaar: A. B.\nkenmerk: K\n\nInleiding.\n\n# Overleg met {lak 5.1.2a: Jan} en anderen\nTekst.\n\n"
				+ "## Gesprek met *{lak 5.1.2e: Piet}*\nTekst.\n";
		List<Issue> inLetter = validate(NOTA + letter).stream().filter(i -> IssueCodes.REDACTION_IN_LETTER.equals(i.getCode())).toList();
		assertEquals(2, inLetter.size(), inLetter::toString);
		assertAt(inLetter.get(0), Severity.ERROR, 40, 15, "{lak 5.1.2a: Jan}".length());
		assertAt(inLetter.get(1), Severity.ERROR, 43, 17, "{lak 5.1.2e: Piet}".length());
	}

	@Test
	void aRedactionInAFreeNotaHeadingIsCheckedLikeProse(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("vrij.notatype"), """
				notasoort vrij {
					titel "Vrije nota"
					categorie nota
					vrije secties
					veld van "Van" verplicht
				}
				""");
		String note = "vrij: Onderwerp\nvan: DE DIRECTEUR\n\n# Overleg met {lak 5.1.2a: Denemarken}\nTekst.\n";
		assertEquals(List.of(), validateAs(folder.resolve("n.nota"), note));
		Issue unknown = only(validateAs(folder.resolve("n.nota"), note.replace("5.1.2a", "5.9")), IssueCodes.UNKNOWN_GROUND);
		assertAt(unknown, Severity.ERROR, 4, 15, "{lak 5.9: Denemarken}".length());
	}

	@Test
	void theDirectorateTheLetterTakesFromTheNotaCannotBeRedacted() throws Exception {
		String letter = "\n\nkamerbrief: Betreft\naan: de Voorzitter\ndatum: 3 oktober 2025\nfunctie: De minister\n"
				+ "ondertekenaar: A. B.\nkenmerk: K\n\nInleiding.\n";
		String note = NOTA.replace("kenmerk: K1", "kenmerk: K1\ndirectie: {lak 5.1.2e: Directie Geheim}");
		Issue issue = only(validate(note + letter), IssueCodes.REDACTION_SHOWN_IN_LETTER);
		assertAt(issue, Severity.ERROR, 7, 11, "{lak 5.1.2e: Directie Geheim}".length());
		// without a letter nothing public prints the directorate
		assertTrue(validate(note).stream().noneMatch(i -> IssueCodes.REDACTION_SHOWN_IN_LETTER.equals(i.getCode())));
	}

	@Test
	void directivesIgnoreCaseSoAnUpperCaseRedactionIsOne() throws Exception {
		assertEquals(List.of(), validate(NOTA.replace("{lak 5.1.2a:", "{LAK 5.1.2a:")));
	}

	@Test
	void charactersXmlForbidsAreErrorsWithTheirPosition() throws Exception {
		String text = NOTA.replace("Er is overleg", "Er is\u0001 overleg").replace("- Een punt.", "- Een \u001b\ufffe punt.");
		List<Issue> issues = validate(text).stream().filter(i -> IssueCodes.INVALID_CHARACTER.equals(i.getCode())).toList();
		assertEquals(3, issues.size(), issues::toString);
		assertAt(issues.get(0), Severity.ERROR, 9, 6, 1);
		assertTrue(issues.get(0).getMessage().contains("U+0001"), issues.get(0)::getMessage);
		assertAt(issues.get(1), Severity.ERROR, 15, 7, 1);
		assertAt(issues.get(2), Severity.ERROR, 15, 8, 1);
		assertTrue(issues.get(2).getMessage().contains("U+FFFE"), issues.get(2)::getMessage);
	}
}
