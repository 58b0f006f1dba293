package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.BulletList;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.Footnote;
import nl.nota.lang.nota.Link;
import nl.nota.lang.nota.Table;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.Paragraph;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Section;

@ExtendWith(InjectionExtension.class)
@InjectWith(NotaInjectorProvider.class)
class NotaParsingTest {

	@Inject
	private ParseHelper<Document> parseHelper;

	@Inject
	private com.google.inject.Injector injector;

	private Document parse(String text) throws Exception {
		Document document = parseHelper.parse(text);
		assertTrue(document.eResource().getErrors().isEmpty(), () -> "syntax errors: " + document.eResource().getErrors());
		return document;
	}

	@Test
	void theSeedExampleHasEveryPartOfTheSeed() throws Exception {
		Document document = parse(Examples.read("dmm-2025-10-15.nota"));
		assertEquals(2, document.getParts().size());
		Part nota = document.getParts().get(0);
		assertEquals("beslisnota", nota.getKind());
		assertEquals("Geannoteerde agenda DMM 15 oktober 2025", NoteText.plain(nota.getTitle()));
		assertEquals("DE DIRECTEUR-GENERAAL BELEID", PartFields.value(nota, "van"));
		assertEquals("30 september 2025", PartFields.value(nota, "datum"));
		assertEquals(List.of("Aanleiding", "Geadviseerd besluit", "Kernpunten", "Toelichting",
				"Informatie die niet openbaar wordt gemaakt"), nota.getSections().stream().map(Section::getHeading).toList());
		Section toelichting = nota.getSections().get(3);
		assertEquals(List.of("Financiële overwegingen", "Juridische overwegingen", "Communicatie"),
				toelichting.getSubsections().stream().map(s -> s.getHeading()).toList());
		BulletList kernpunten = (BulletList) nota.getSections().get(2).getBlocks().get(0);
		assertEquals(4, kernpunten.getItems().size());
		assertTrue(NoteText.plain(kernpunten.getItems().get(3).getInlines())
				.endsWith("Defensie Grondgebonden Luchtverdedigingscommando (DGLC). De Kamer wordt hierover geïnformeerd door middel van de geannoteerde agenda voor de DMM."));
		Part letter = document.getParts().get(1);
		assertEquals("kamerbrief", letter.getKind());
		assertEquals("De minister van Defensie", PartFields.value(letter, "functie"));
		assertEquals(1, letter.getBlocks().size());
		assertEquals(4, letter.getSections().size());
	}

	@Test
	void proseKeepsPunctuationDiacriticsAndJoinsLines() throws Exception {
		Document document = parse("""
				informatienota: Steun aan Oekraïne
				van: DE DIRECTEUR

				# Aanleiding
				De "geannoteerde" agenda: zie 's-Hertogenbosch / Den Haag (financiële
				   gevolgen) – 5 % & meer; Kernpunten volgen.
				""");
		Paragraph paragraph = (Paragraph) document.getParts().get(0).getSections().get(0).getBlocks().get(0);
		assertEquals("De \"geannoteerde\" agenda: zie 's-Hertogenbosch / Den Haag (financiële gevolgen) – 5 % & meer; Kernpunten volgen.",
				NoteText.plain(paragraph.getInlines()));
	}

	@Test
	void inlineMarkupBecomesModel() throws Exception {
		Document document = parse("""
				beslisnota: T
				van: X

				# Geadviseerd besluit
				In te stemmen met de {kamerbrief} over {kamerstuk 21 501-28, nr. 296}, *met spoed*, zonder {lak 5.1.2e: J. de Vries}.
				""");
		Paragraph paragraph = (Paragraph) document.getParts().get(0).getSections().get(0).getBlocks().get(0);
		assertInstanceOf(LetterReference.class, paragraph.getInlines().get(1));
		KamerstukReference kamerstuk = assertInstanceOf(KamerstukReference.class, paragraph.getInlines().get(3));
		assertEquals("21 501-28, nr. 296", kamerstuk.getNumber());
		assertInstanceOf(Emphasis.class, paragraph.getInlines().get(5));
		Redaction redaction = assertInstanceOf(Redaction.class, paragraph.getInlines().get(7));
		assertEquals("5.1.2e", redaction.getGround());
		assertEquals("J. de Vries", NoteText.plain(redaction.getInlines()));
		assertEquals("In te stemmen met de kamerbrief over Kamerstuk 21 501-28, nr. 296, met spoed, zonder J. de Vries.",
				NoteText.plain(paragraph.getInlines()));
	}

	@Test
	void escapedBracesAndAsterisksAreText() throws Exception {
		Document document = parse("beslisnota: T\n\n# K\nLetterlijk \\{ en \\} en \\*.\n");
		Paragraph paragraph = (Paragraph) document.getParts().get(0).getSections().get(0).getBlocks().get(0);
		assertEquals("Letterlijk { en } en *.", NoteText.plain(paragraph.getInlines()));
	}

	@Test
	void anErrorInOneSectionLeavesTheNextSectionsIntact() throws Exception {
		Document document = parseHelper.parse("""
				beslisnota: T
				van: X

				# Aanleiding
				Een {lak 5.1.2e: open redactie en *open nadruk

				# Geadviseerd besluit
				In te stemmen.

				# Kernpunten
				- Een punt.
				""");
		assertEquals(List.of(), document.eResource().getErrors(), "unclosed markup is closed at the paragraph end");
		Paragraph open = (Paragraph) document.getParts().get(0).getSections().get(0).getBlocks().get(0);
		assertEquals("Een open redactie en open nadruk", NoteText.plain(open.getInlines()));
		assertEquals(List.of("Aanleiding", "Geadviseerd besluit", "Kernpunten"),
				document.getParts().get(0).getSections().stream().map(Section::getHeading).toList());
		assertEquals(1, ((BulletList) document.getParts().get(0).getSections().get(2).getBlocks().get(0)).getItems().size());
	}

	@Test
	void emptyAndCommentOnlyInputParseToAnEmptyDocument() throws Exception {
		assertTrue(parse("").getParts().isEmpty());
		assertTrue(parse("// alleen commentaar\n\n").getParts().isEmpty());
	}

	@Test
	void numberedListsNestByIndentationOneLevel() throws Exception {
		Document document = parse("""
				informatienota: T

				# Kernpunten
				1. Eerste punt
				   a. deelpunt een
				   b. deelpunt twee
				     dat doorloopt
				2. Tweede punt

				Een alinea.
				  - ingesprongen, maar na een alinea: een gewoon punt
				""");
		Section section = document.getParts().get(0).getSections().get(0);
		BulletList list = (BulletList) section.getBlocks().get(0);
		assertEquals(2, list.getItems().size());
		var first = list.getItems().get(0);
		assertEquals("1.", first.getMarker());
		assertEquals(List.of("a.", "b."), first.getItems().stream().map(item -> item.getMarker()).toList());
		assertEquals("deelpunt twee dat doorloopt", NoteText.plain(first.getItems().get(1).getInlines()));
		assertEquals("Tweede punt", NoteText.plain(list.getItems().get(1).getInlines()));
		assertTrue(list.getItems().get(1).getItems().isEmpty());
		BulletList after = (BulletList) section.getBlocks().get(2);
		assertEquals("-", after.getItems().get(0).getMarker());
	}

	@Test
	void pipeTablesHaveHeaderRuleRowsAndCaption() throws Exception {
		Document document = parse("""
				informatienota: T

				# Financiën
				| Jaar | Bedrag (x € 1 mln.) | Bron {voetnoot: Kamerstuk 36 600 X, nr. 2} |
				|------|--------------------:|---|
				| 2025 | 12,5 | *begroting* |
				| 2026 | 14,0 | {link de raming | https://www.rijksoverheid.nl/a?b=1&c=2} |
				: Uitgaven per jaar
				Daarna gewone tekst.
				""");
		Section section = document.getParts().get(0).getSections().get(0);
		Table table = (Table) section.getBlocks().get(0);
		assertEquals(4, table.getRows().size());
		assertEquals("|------|--------------------:|---|", table.getRows().get(1).getRule());
		assertEquals(List.of("Jaar", "Bedrag (x € 1 mln.)", "Bron"),
				table.getRows().get(0).getCells().stream().map(cell -> NoteText.plain(cell.getInlines())).toList());
		assertInstanceOf(Footnote.class, table.getRows().get(0).getCells().get(2).getInlines().get(1));
		Link link = (Link) table.getRows().get(3).getCells().get(2).getInlines().get(0);
		assertEquals("de raming", link.getText());
		assertEquals("https://www.rijksoverheid.nl/a?b=1&c=2", link.getTarget());
		assertEquals("Uitgaven per jaar", NoteText.plain(table.getCaption().getInlines()));
		assertEquals("Daarna gewone tekst.", NoteText.plain(((Paragraph) section.getBlocks().get(1)).getInlines()));
	}

	@Test
	void footnotesAndLinksAreInlineMarkup() throws Exception {
		Document document = parse("""
				kamerbrief: T

				# Inleiding
				In mijn brief van 25 oktober jl.{voetnoot: Kamerstuk 29 538, nr. 327; zie ook *de bijlage*.} meldde ik
				dit. Zie {link https://www.defensie.nl} of {link mail ons | mailto:info@example.nl}.
				""");
		Paragraph paragraph = (Paragraph) document.getParts().get(0).getSections().get(0).getBlocks().get(0);
		Footnote footnote = (Footnote) paragraph.getInlines().get(1);
		assertEquals("Kamerstuk 29 538, nr. 327; zie ook de bijlage.", NoteText.plain(footnote.getInlines()));
		assertEquals("In mijn brief van 25 oktober jl. meldde ik dit. Zie https://www.defensie.nl of mail ons.",
				NoteText.plain(paragraph.getInlines()).replace("jl. meldde", "jl. meldde"));
		Link bare = (Link) paragraph.getInlines().get(3);
		assertEquals("https://www.defensie.nl", bare.getTarget());
		assertEquals(null, bare.getText());
	}

	@Test
	void aLowerCaseWordWithAColonAfterABlankLineStaysProse() throws Exception {
		Document document = parse("""
				informatienota: T

				# Toelichting
				Eerste alinea.

				bijvoorbeeld: dit is gewone tekst
				over twee regels.

				kamerbrief: De brief
				aan: de Voorzitter
				""");
		assertEquals(2, document.getParts().size());
		Section section = document.getParts().get(0).getSections().get(0);
		assertEquals("bijvoorbeeld: dit is gewone tekst over twee regels.",
				NoteText.plain(((Paragraph) section.getBlocks().get(1)).getInlines()));
	}

	/**
	 * A heading without markup is not handed to the parser (its own parse of every heading was ~5 % of a batch):
	 * what it gets instead must be what the parser makes of it. Random headings of prose characters, including
	 * the ones that mean something at a line's start or in a header (":", "-", "#", "//", "|", "•"), white
	 * space of every kind and characters outside the BMP.
	 */
	@Test
	void aHeadingWithoutMarkupReadsAsTheParserReadsIt() throws Exception {
		Section owner = parse("nota: T\n\n# Aanleiding\nTekst.\n").getParts().get(0).getSections().get(0);
		String[] pieces = { "a", "Z", "é", "ĳ", "1", " ", "  ", "\t", "\u00a0", "\u2003", ":", "-", "#", "/", "//", "|", "•", "<",
				"&", "\"", "'", "%", "[", "]", "(", ")", "\uD83D\uDE00", ".", ",", "?", "}", "\u0001", "\u2028", "\ufeff" };
		java.util.Random random = new java.util.Random(11);
		for (int n = 0; n < 2_000; n++) {
			StringBuilder heading = new StringBuilder();
			for (int k = 1 + random.nextInt(12); k > 0; k--) {
				heading.append(pieces[random.nextInt(pieces.length)]);
			}
			String visible = nl.nota.lang.model.Headings.visible(heading.toString());
			if (visible.isEmpty()) {
				continue;
			}
			List<nl.nota.lang.nota.Inline> quick = nl.nota.lang.model.HeadingInlines.of(owner, heading.toString());
			List<nl.nota.lang.nota.Inline> parsed = nl.nota.lang.model.HeadingInlines.parse(owner, visible);
			assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(parsed, quick), () -> "heading '" + heading + "': the parser reads "
					+ values(parsed) + ", the quick way " + values(quick));
		}
	}

	/** The value converters build their table by reflection once: one for the injector, not one per parse. */
	@Test
	void everyParseUsesTheSameValueConverters() {
		assertTrue(injector.getInstance(org.eclipse.xtext.conversion.IValueConverterService.class) == injector
				.getInstance(org.eclipse.xtext.conversion.IValueConverterService.class));
	}

	/** The inlines' kinds and values, white space shown as code points. */
	private static String values(List<nl.nota.lang.nota.Inline> inlines) {
		return inlines.stream().map(inline -> inline.eClass().getName() + (inline instanceof nl.nota.lang.nota.Text text
				? "'" + text.getValue().codePoints().mapToObj(c -> Character.isWhitespace(c) || c == 0xa0 ? "\\u" + Integer.toHexString(c)
						: Character.toString(c)).collect(java.util.stream.Collectors.joining()) + "'" : "")).toList().toString();
	}
}
