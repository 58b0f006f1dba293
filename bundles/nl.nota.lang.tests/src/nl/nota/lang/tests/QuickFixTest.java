package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import nl.nota.lang.fixes.QuickFixes;
import nl.nota.lang.fixes.QuickFixes.Fix;
import nl.nota.lang.validation.IssueCodes;

/** Each fixable issue: its fix's label and the text after applying it; the issue is gone afterwards. */
class QuickFixTest extends ValidationTestSupport {

	private final QuickFixes fixes = new QuickFixes();

	/** Validates, applies the first fix for the code, checks its label, and returns the new text. */
	private String fix(String text, String code, String label) throws Exception {
		Issue issue = only(validate(text), code);
		List<Fix> found = fixes.fixesFor(issue, text);
		assertTrue(!found.isEmpty(), "a fix for " + code);
		assertEquals(label, found.get(0).label());
		String fixed = found.get(0).apply(text);
		assertTrue(validate(fixed).stream().noneMatch(i -> code.equals(i.getCode())), () -> code + " still there in\n" + fixed);
		return fixed;
	}

	@Test
	void deleteACharacterXmlForbids() throws Exception {
		String broken = VALID.replace("Er is een overleg.", "Er is een\u0007 overleg.");
		assertEquals(VALID, fix(broken, IssueCodes.INVALID_CHARACTER, "Verwijder het teken"));
	}

	@Test
	void insertAMissingSectionWhereItBelongs() throws Exception {
		String text = VALID.replace("# Kernpunten\n- Een punt.\n\n", "");
		String fixed = fix(text, IssueCodes.MISSING_SECTION, "Voeg de sectie 'Kernpunten' toe");
		assertEquals(text.replace("# Toelichting", "# Kernpunten\n-\n\n# Toelichting"), fixed);
	}

	@Test
	void afterAFixTheCaretIsWhereTheWriterTypesNext() throws Exception {
		// a section of points: after the first point's dash; the inserted text is not left selected
		String text = VALID.replace("# Kernpunten\n- Een punt.\n\n", "");
		Fix insert = fixes.fixesFor(only(validate(text), IssueCodes.MISSING_SECTION), text).get(0);
		String fixed = insert.apply(text);
		assertEquals("# Kernpunten\n-", fixed.substring(insert.caretAfter() - "# Kernpunten\n-".length(), insert.caretAfter()));
		// a section of prose: at the start of the line under the heading
		String noAanleiding = VALID.replace("# Aanleiding\nEr is een overleg.\n\n", "");
		Fix prose = fixes.fixesFor(only(validate(noAanleiding), IssueCodes.MISSING_SECTION), noAanleiding).get(0);
		String withAanleiding = prose.apply(noAanleiding);
		assertTrue(withAanleiding.startsWith("# Aanleiding\n\n", prose.caretAfter() - "# Aanleiding\n".length()), withAanleiding);
		// a moved section: at its heading in its new place
		String moved = VALID.replace("# Aanleiding\nEr is een overleg.\n\n# Geadviseerd besluit\nIn te stemmen.\n",
				"# Geadviseerd besluit\nIn te stemmen.\n\n# Aanleiding\nEr is een overleg.\n");
		Fix move = fixes.fixesFor(only(validate(moved), IssueCodes.SECTION_ORDER), moved).get(0);
		assertTrue(move.apply(moved).startsWith("# Aanleiding\n", move.caretAfter()));
		// a replacement: after the replacing text
		String typo = VALID.replace("# Geadviseerd besluit", "# Geadviseerd besluti");
		Fix rename = fixes.fixesFor(only(validate(typo), IssueCodes.UNKNOWN_SECTION), typo).get(0);
		assertEquals(VALID.indexOf("# Geadviseerd besluit") + "# Geadviseerd besluit".length(), rename.caretAfter());
	}

	@Test
	void theMissingSectionTakesThePointsWrittenBeforeItsHeadingAlong() throws Exception {
		// the points were typed under the previous section's text before the heading was
		String orphaned = VALID.replace("In te stemmen.\n\n# Kernpunten\n- Een punt.\n", "In te stemmen.\n- Een punt.\n");
		List<Fix> found = fixes.fixesFor(only(validate(orphaned), IssueCodes.MISSING_SECTION), orphaned);
		assertEquals(List.of("Voeg de sectie 'Kernpunten' toe met het punt erboven", "Voeg de sectie 'Kernpunten' toe"),
				found.stream().map(Fix::label).toList());
		assertEquals(VALID, found.get(0).apply(orphaned));
		assertTrue(VALID.startsWith("- Een punt.", found.get(0).caretAfter()));
		// two points after a blank line, with a sub-point: all three lines move
		String two = VALID.replace("In te stemmen.\n\n# Kernpunten\n- Een punt.\n",
				"In te stemmen.\n\n- Een punt.\n  - Daaronder.\n- Nog een.\n");
		Fix adopt = fixes.fixesFor(only(validate(two), IssueCodes.MISSING_SECTION), two).get(0);
		assertEquals("Voeg de sectie 'Kernpunten' toe met de 2 punten erboven", adopt.label());
		assertTrue(adopt.apply(two).contains("In te stemmen.\n\n# Kernpunten\n- Een punt.\n  - Daaronder.\n- Nog een.\n\n# Toelichting"),
				adopt.apply(two));
		// a point that goes on on an indented line, the last one too (as in the examples)
		String continued = VALID.replace("In te stemmen.\n\n# Kernpunten\n- Een punt.\n",
				"In te stemmen.\n\n- Een punt dat\n  doorloopt.\n- Nog een dat ook\n  doorloopt.\n");
		Fix carried = fixes.fixesFor(only(validate(continued), IssueCodes.MISSING_SECTION), continued).get(0);
		assertEquals("Voeg de sectie 'Kernpunten' toe met de 2 punten erboven", carried.label());
		assertTrue(carried.apply(continued).contains("In te stemmen.\n\n# Kernpunten\n- Een punt dat\n  doorloopt.\n- Nog een"),
				carried.apply(continued));
		// an indented line under prose is the prose's: nothing to take along
		String indentedProse = VALID.replace("In te stemmen.\n\n# Kernpunten\n- Een punt.\n", "In te stemmen,\n  zo snel als kan.\n");
		assertEquals(List.of("Voeg de sectie 'Kernpunten' toe"),
				fixes.fixesFor(only(validate(indentedProse), IssueCodes.MISSING_SECTION), indentedProse).stream().map(Fix::label).toList());
		// points that are all a section has are that section's own: only the plain insertion
		String own = VALID.replace("# Geadviseerd besluit\nIn te stemmen.\n\n# Kernpunten\n- Een punt.\n",
				"# Geadviseerd besluit\n- In te stemmen.\n");
		assertEquals(List.of("Voeg de sectie 'Kernpunten' toe"),
				fixes.fixesFor(only(validate(own), IssueCodes.MISSING_SECTION), own).stream().map(Fix::label).toList());
		// what the language reads as prose is not a point: emphasis at the start of a line, a negative figure
		String prose = VALID.replace("In te stemmen.\n\n# Kernpunten\n- Een punt.\n", "In te stemmen.\n*Let op* de termijn.\n-3 graden.\n");
		assertEquals(List.of("Voeg de sectie 'Kernpunten' toe"),
				fixes.fixesFor(only(validate(prose), IssueCodes.MISSING_SECTION), prose).stream().map(Fix::label).toList());
	}

	@Test
	void insertAMissingSubsectionAtTheEnd() throws Exception {
		String text = VALID.replace("\n## Communicatie\nGeen.\n", "");
		String fixed = fix(text, IssueCodes.MISSING_SECTION, "Voeg de sectie 'Communicatie' toe");
		// inserted after the last sub-section's text, separated by a blank line
		assertEquals(text.stripTrailing() + "\n\n## Communicatie\n\n", fixed);
	}

	@Test
	void moveASectionToItsPlace() throws Exception {
		String text = VALID.replace("# Aanleiding\nEr is een overleg.\n\n# Geadviseerd besluit\nIn te stemmen.\n",
				"# Geadviseerd besluit\nIn te stemmen.\n\n# Aanleiding\nEr is een overleg.\n");
		assertEquals(VALID, fix(text, IssueCodes.SECTION_ORDER, "Verplaats 'Aanleiding' naar vóór 'Geadviseerd besluit'"));
	}

	@Test
	void writeAnAbbreviationInFullAtItsFirstUse() throws Exception {
		String text = VALID.replace("Er is een overleg.", "De DMM is in Brussel.");
		assertEquals(VALID.replace("Er is een overleg.", "De Defence Ministers Meeting (DMM) is in Brussel."),
				fix(text, IssueCodes.ABBREVIATION, "Schrijf 'Defence Ministers Meeting (DMM)'"));
	}

	@Test
	void datesTyposClosersAndFields() throws Exception {
		assertEquals(VALID, fix(VALID.replace("30 september 2025", "30-09-2025"), IssueCodes.INVALID_DATE, "Schrijf '30 september 2025'"));
		assertEquals(VALID.replace("Er is een overleg.", "Er is op 7 oktober 2025 een overleg."),
				fix(VALID.replace("Er is een overleg.", "Er is op 7-10-2025 een overleg."), IssueCodes.DATE_FORMAT, "Schrijf '7 oktober 2025'"));
		assertEquals(VALID, fix(VALID.replace("# Geadviseerd besluit", "# Geadviseerd besluti"), IssueCodes.UNKNOWN_SECTION,
				"Vervang door 'Geadviseerd besluit'"));
		assertEquals(VALID, fix(VALID.replace("beslisnota:", "besluitnota:"), IssueCodes.UNKNOWN_KIND, "Vervang door 'beslisnota'"));
		// the closer goes at the end of the paragraph, where the writer can move it
		assertEquals(VALID.replace("Er is een overleg.", "Er is een *overleg.*"),
				fix(VALID.replace("Er is een overleg.", "Er is een *overleg."), IssueCodes.UNCLOSED, "Sluit af met '*'"));
		assertEquals(VALID.replace("Er is een overleg.", "Er is {lak 5.1.2e: een overleg}."),
				fix(VALID.replace("Er is een overleg.", "Er is {lak 5.1.2ee: een overleg}."), IssueCodes.UNKNOWN_GROUND,
						"Vervang door '5.1.2e'"));
		String noSender = VALID.replace("van: DE DIRECTEUR-GENERAAL BELEID\n", "");
		Fix addField = fixes.fixesFor(only(validate(noSender), IssueCodes.MISSING_FIELD), noSender).get(0);
		assertEquals("Voeg het veld 'van' toe", addField.label());
		assertEquals(noSender.replace("ministerie: Defensie", "ministerie: Defensie\nvan:"), addField.apply(noSender));
	}

	@Test
	void spellingOffersTheDictionarysSuggestions() throws Exception {
		String text = VALID.replace("Er is een overleg.", "Er is een overlegg.");
		Issue issue = only(validate(text), IssueCodes.SPELLING);
		List<Fix> found = fixes.fixesFor(issue, text);
		assertTrue(found.stream().anyMatch(f -> f.label().equals("Vervang door 'overleg'")), found::toString);
		assertEquals(VALID, found.stream().filter(f -> f.label().equals("Vervang door 'overleg'")).findFirst().orElseThrow().apply(text));
	}
}
