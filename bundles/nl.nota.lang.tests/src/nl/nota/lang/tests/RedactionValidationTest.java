package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

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
}
