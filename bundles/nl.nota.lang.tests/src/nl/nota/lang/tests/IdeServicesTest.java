package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.inject.Inject;

import nl.nota.lang.ide.services.Completion;
import nl.nota.lang.ide.services.NotaCompletions;
import nl.nota.lang.ide.services.NotaFormatter;
import nl.nota.lang.ide.services.NotaHovers;
import nl.nota.lang.ide.services.NotaStructure;
import nl.nota.lang.parser.NotaScanner;

/** The IDE-agnostic services the workbench editor and the language server share. */
class IdeServicesTest extends ValidationTestSupport {

	@Inject
	private NotaCompletions completions;

	@Inject
	private NotaHovers hovers;

	private List<Completion> complete(String text, String caretMarker) {
		int offset = text.indexOf(caretMarker);
		return completions.complete(text.replace(caretMarker, ""), offset, null);
	}

	private static List<String> labels(List<Completion> found) {
		return found.stream().map(Completion::label).toList();
	}

	@Test
	void theFirstLineOffersTheNoteKinds() {
		assertEquals(List.of("beslisnota"), labels(complete("besl|", "|")));
		assertTrue(labels(complete("|", "|")).containsAll(List.of("beslisnota", "informatienota", "kamerbrief")));
	}

	/**
	 * Found by the long note fuzz run: a lone carriage return ends a line for the scanner (here it makes
	 * "functie:" a part), and an indented first part line starts its part after the line's start; completion
	 * there threw StringIndexOutOfBoundsException.
	 */
	@Test
	void completionOnLinesEndedByACarriageReturnOrOnAnIndentedPartLine() {
		String lone = VALID + "\n\rfunctie: De minister|\nondertekenaar: A. Jansen\n";
		assertTrue(complete(lone, "|").stream().allMatch(c -> c.offset() >= 0), "completes without an error");
		String indented = "// kop\n  beslisnota: Titel|\nministerie: Defensie\n";
		assertTrue(complete(indented, "|").stream().allMatch(c -> c.offset() >= 0), "completes without an error");
	}

	@Test
	void theHeaderOffersTheFieldsTheNoteDoesNotHaveYet() {
		String text = VALID.replace("ministerie: Defensie\n", "ministerie: Defensie\n|\n");
		List<String> offered = labels(complete(text, "|"));
		assertFalse(offered.contains("aan:"), "present already: " + offered);
		assertTrue(offered.contains("rubricering:"), offered.toString());
		assertTrue(offered.contains("bijlage:"), offered.toString());
		// required and recommended fields come before optional ones
		assertTrue(offered.indexOf("directie:") > 0 || offered.get(0).equals("directie:"));
	}

	@Test
	void aFieldWithListedValuesOffersThem() {
		String text = VALID.replace("ministerie: Defensie\n", "ministerie: Defensie\nrubricering: Stg|\n");
		List<Completion> found = complete(text, "|");
		assertEquals(List.of("Stg. Confidentieel", "Stg. Geheim", "Stg. Zeer Geheim"), labels(found));
		assertEquals(text.indexOf("Stg|"), found.get(0).offset());
		assertEquals(3, found.get(0).length());
	}

	@Test
	void theBodyOffersOnlyTheSectionsTheTypeStillLacksRequiredFirst() {
		String text = VALID.replace("# Kernpunten\n- Een punt.\n\n", "|\n\n");
		List<Completion> found = complete(text, "|");
		List<String> offered = labels(found);
		assertEquals("# Kernpunten", offered.get(0), offered.toString());
		assertTrue(found.get(0).detail().startsWith("Verplicht in een beslisnota"), found.get(0).detail());
		assertEquals("# Kernpunten\n-\n", found.get(0).text());
		assertFalse(offered.contains("# Aanleiding"), offered.toString());
		// a section the type puts after Toelichting (below the caret) does not belong here
		assertFalse(offered.contains("# Informatie die niet openbaar wordt gemaakt"), offered.toString());
		assertTrue(labels(complete(VALID + "\n|", "|")).contains("# Informatie die niet openbaar wordt gemaakt"));
	}

	@Test
	void aSubsectionIsOfferedOnlyWhereItsPlaceIs() {
		// after Communicatie, Uitvoering (which comes before it) would be out of place at once
		assertFalse(labels(complete(VALID + "\n## |", "|")).contains("## Uitvoering"));
		// between Juridische overwegingen and Communicatie it is in its place
		String between = VALID.replace("\n## Communicatie", "\n## |\n\n## Communicatie");
		assertTrue(labels(complete(between, "|")).contains("## Uitvoering"), labels(complete(between, "|")).toString());
		assertFalse(labels(complete(between, "|")).contains("## Politieke context"), "it comes before Financiële overwegingen");
	}

	@Test
	void aCommentGetsNoProposalsAndReadabilityStaysOnItsScale() {
		assertEquals(List.of(), labels(complete("// notities bij de be|\n" + VALID, "|")), "no kinds inside a comment on line 1");
		assertEquals(List.of(), labels(complete(VALID.replace("Er is een overleg.", "// mijn {la|"), "|")));
		nl.nota.lang.writing.Readability.Score hard = new nl.nota.lang.writing.Readability.Score(40, 1, 160);
		assertTrue(hard.fleschDouma() < 0, "the formula goes below zero");
		assertEquals(0, hard.shown(), "what the writer reads does not");
	}

	@Test
	void aSectionUnderAnotherHeadingTheTypeAllowsIsNotOfferedAgain() {
		String text = VALID.replace("# Geadviseerd besluit", "# Advies").replace("# Kernpunten", "# Kern").replace("# Aanleiding\n", "|\n# Aanleiding\n");
		List<String> offered = labels(complete(text, "|"));
		assertFalse(offered.contains("# Geadviseerd besluit") || offered.contains("# Kernpunten"), offered.toString());
	}

	@Test
	void underASectionItsMissingSubsectionsAreOffered() {
		// at the top of Toelichting, where the optional sub-sections that come first have their place
		String text = VALID.replace("# Toelichting\n", "# Toelichting\n## |\n\n");
		List<String> offered = labels(complete(text, "|"));
		assertTrue(offered.contains("## Politieke context"), offered.toString());
		assertFalse(offered.contains("## Communicatie"), offered.toString());
		assertFalse(offered.contains("# Kernpunten"), offered.toString());
	}

	@Test
	void markupOffersKeywordsAndWooGrounds() {
		String text = VALID.replace("Er is een overleg.", "Er is een overleg met {la|");
		assertEquals(List.of("lak"), labels(complete(text, "|")));
		text = VALID.replace("Er is een overleg.", "Er is een overleg met {lak 5.1.2|");
		List<Completion> grounds = complete(text, "|");
		assertTrue(labels(grounds).contains("5.1.2e"), labels(grounds).toString());
		Completion privacy = grounds.stream().filter(c -> c.label().equals("5.1.2e")).findFirst().orElseThrow();
		assertTrue(privacy.detail().contains("persoonlijke levenssfeer"), privacy.detail());
		assertEquals("5.1.2e: ", privacy.text());
	}

	@Test
	void markupOffersFootnotesAndLinksAndALineOffersATable() {
		String text = VALID.replace("Er is een overleg.", "Er is een overleg.{voet|");
		Completion footnote = complete(text, "|").get(0);
		assertEquals("voetnoot", footnote.label());
		assertEquals("voetnoot: }", footnote.text());
		assertEquals("voetnoot: ".length(), footnote.caret(), "the caret stands where the note's text goes");
		Completion link = complete(VALID.replace("Er is een overleg.", "Zie {li|"), "|").get(0);
		assertEquals("link  | https://}", link.text());
		assertEquals("link ".length(), link.caret());
		List<Completion> atLineStart = complete(VALID.replace("Er is een overleg.", "Er is een overleg.\n\n|"), "|");
		Completion table = atLineStart.stream().filter(c -> c.label().equals("Tabel")).findFirst().orElseThrow();
		assertEquals("| Kop | Kop |\n|-----|-----|\n|  |  |\n: Bijschrift\n", table.text());
		assertTrue(complete(VALID.replace("Er is een overleg.", "Er is een |overleg."), "|").stream()
				.noneMatch(c -> c.label().equals("Tabel")), "no table in the middle of a line");
	}

	@Test
	void theOutlineShowsTablesAndFootnotesUnderTheirSection() {
		String text = VALID.replace("Er is een overleg.", """
				Er is een overleg.{voetnoot: Kamerstuk 29 538, nr. 327}

				| Jaar | Bedrag |
				|---|---:|
				| 2025 | 12,5 |
				: Uitgaven per jaar
				""");
		NotaStructure.Node aanleiding = NotaStructure.of(text).parts().get(0).children().get(0);
		assertEquals(List.of("Voetnoot: Kamerstuk 29 538, nr. 327", "Tabel: Uitgaven per jaar"),
				aanleiding.outline().stream().map(NotaStructure.Node::label).toList());
		NotaStructure.Node table = aanleiding.elements().get(1);
		assertEquals(text.indexOf("| Jaar"), table.offset());
		assertEquals(text.indexOf("Uitgaven per jaar") + "Uitgaven per jaar".length(), table.end());
		assertEquals(List.of(), aanleiding.children(), "elements are not sections");
	}

	@Test
	void aFootnoteLeftOpenAtTheEndOfTheNoteIsStillAnOutlineElement() {
		// found by NoteFuzzTest (seed 57322849593547, trial 61): the note ended in "{voetnoot" and the outline
		// read one character past its end
		for (String end : List.of("{voetnoot", "{voetnoot:", "{voetnoot: Kamerstuk", "{voetnoot}")) {
			String text = VALID.strip() + " Er is een overleg." + end;
			NotaStructure structure = NotaStructure.of(text);
			NotaStructure.Node footnote = structure.at(text.length() - 1).elements().getLast();
			assertEquals(text.lastIndexOf('{'), footnote.offset(), end);
			assertEquals(text.length(), footnote.end(), end);
		}
	}

	@Test
	void hoversExplainSectionsFieldsAndGrounds() {
		String text = VALID.replace("Er is een overleg.", "Er is een overleg met {lak 5.1.2e: J. Jansen}. Dit is een zin.");
		String heading = hovers.hover(text, text.indexOf("# Kernpunten") + 3, null).orElseThrow().markdown();
		assertTrue(heading.startsWith("**Kernpunten** — verplicht in een beslisnota"), heading);
		assertTrue(heading.contains("De drie tot zes punten"), heading);
		String aanleiding = hovers.hover(text, text.indexOf("# Aanleiding") + 3, null).orElseThrow().markdown();
		assertTrue(aanleiding.contains("Leesbaarheid (Flesch-Douma)"), aanleiding);
		assertTrue(aanleiding.matches("(?s).*\\d+,\\d woorden per zin.*"), "a Dutch decimal comma: " + aanleiding);
		String ground = hovers.hover(text, text.indexOf("5.1.2e") + 2, null).orElseThrow().markdown();
		assertTrue(ground.contains("persoonlijke levenssfeer"), ground);
		String field = hovers.hover(text, text.indexOf("aan:") + 1, null).orElseThrow().markdown();
		assertTrue(field.startsWith("**Aan** (aanbevolen in een beslisnota)"), field);
		assertTrue(hovers.hover(text, text.indexOf("overleg"), null).isEmpty(), "plain prose has no hover");
	}

	@Test
	void theStructureHasPartsSectionsAndSubsectionsWithTheirRanges() {
		String text = VALID + "\nkamerbrief: Geannoteerde agenda\n\n# Inleiding\nHierbij.\n";
		NotaStructure structure = NotaStructure.of(text);
		assertEquals(List.of("beslisnota", "kamerbrief"), structure.parts().stream().map(NotaStructure.Node::name).toList());
		NotaStructure.Node toelichting = structure.parts().get(0).children().get(3);
		assertEquals("Toelichting", toelichting.name());
		assertEquals(List.of("Financiële overwegingen", "Juridische overwegingen", "Communicatie"),
				toelichting.children().stream().map(NotaStructure.Node::name).toList());
		assertEquals(text.indexOf("\nkamerbrief:") + 1, toelichting.end());
		assertEquals("Juridische overwegingen", structure.at(text.indexOf("Geen.", text.indexOf("## Juridische"))).name());
		assertEquals(4, structure.parts().get(0).children().get(0).readability().words(), "Er is een overleg.");
	}

	@Test
	void everySectionLevelSaysSomethingOfItsProse() {
		String text = VALID.replace("## Juridische overwegingen\nGeen.", "## Juridische overwegingen\nDe regeling past binnen de "
				+ "bestaande wet en vraagt geen wijziging van de regels die nu gelden.");
		NotaStructure.Node toelichting = NotaStructure.of(text).parts().get(0).children().get(3);
		assertEquals(List.of("kort: 1 woord", "leesbaarheid " + toelichting.children().get(1).readability().shown(), "kort: 1 woord"),
				toelichting.children().stream().map(NotaStructure.Node::readabilityText).toList());
		assertTrue(toelichting.readabilityText().startsWith("leesbaarheid "), toelichting.readabilityText());
		assertEquals(null, NotaStructure.of(text).parts().get(0).readabilityText(), "a whole part gets no score");
		// a reviewer's remark is not read by the note's reader: the score stays as it was
		String remarked = text.replace("die nu gelden.", "die nu gelden. {opmerking Kees: is dat zo, ook voor de {lak 5.1.2e: "
				+ "gemeenten} en de provincies die er nog niets van weten?}");
		assertEquals(toelichting.children().get(1).readabilityText(),
				NotaStructure.of(remarked).parts().get(0).children().get(3).children().get(1).readabilityText());
		assertEquals("kort: 1 woord", NotaStructure.of(VALID.replace("## Communicatie\nGeen.", "## Communicatie\nGeen. "
				+ "{opmerking Kees: twee woorden}")).parts().get(0).children().get(3).children().get(2).readabilityText());
	}

	@Test
	void formattingTidiesLayoutAndNeverChangesProse() {
		String messy = "beslisnota:   Onderwerp  \naan:   de minister\nvan:    DE DG\n\n\n\n#   Aanleiding   \nEen zin  met  spaties\nover twee regels.   \n# Kernpunten\n-  Een punt.\n\n\n";
		String formatted = NotaFormatter.formatted(messy);
		assertEquals("beslisnota: Onderwerp\naan: de minister\nvan: DE DG\n\n# Aanleiding\nEen zin  met  spaties\nover twee regels.\n\n# Kernpunten\n-  Een punt.\n",
				formatted);
		assertEquals(prose(messy), prose(formatted));
		assertEquals(formatted, NotaFormatter.formatted(formatted), "formatting twice changes nothing more");
		assertTrue(NotaFormatter.format(formatted).isEmpty());
		assertEquals(formatted.replace("\n", "\r\n"), NotaFormatter.formatted(messy.replace("\n", "\r\n")), "CRLF stays CRLF");
		String fixedByEdit = NotaFormatter.format(messy).orElseThrow().apply(messy);
		assertEquals(formatted, fixedByEdit);
	}

	@Test
	void aLoneCarriageReturnIsALineBreakToTheFormatterAsToTheScanner() {
		// found by the fuzz test: a CR pasted into a header field ends that line for the scanner (and so the header,
		// when what follows is no field), while the formatter read it as space inside the field's value; formatted
		// once, the header grew and a second formatting changed the next field
		String pasted = "informatienota: Onderwerp\nministerie: Binnenlandse Zaken en Koninkri\nvan:\rjksrelaties\naan:de minister\n";
		String formatted = NotaFormatter.formatted(pasted);
		assertEquals("informatienota: Onderwerp\nministerie: Binnenlandse Zaken en Koninkri\nvan:\njksrelaties\naan:de minister\n",
				formatted, "the CR is the line break the scanner reads; the field after the line that ends the header is text");
		assertEquals(formatted, NotaFormatter.formatted(formatted), "formatting twice changes nothing more");
		assertEquals("a: b\nc\n", NotaFormatter.formatted("a:   b\rc\r"), "old Mac line ends become the note's line ends");
	}

	/** The words of the prose, in order, as the scanner reads them. */
	private static List<String> prose(String text) {
		return NotaScanner.scan(text).stream().filter(lexeme -> lexeme.kind() == NotaScanner.Kind.PROSE)
				.flatMap(lexeme -> List.of(text.substring(lexeme.start(), lexeme.end()).split("\\s+")).stream()).filter(w -> !w.isEmpty())
				.toList();
	}
}
