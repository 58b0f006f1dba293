package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.lang.types.NoteTypeRegistry;

/** Footnotes, nested lists, tables and links from note to document model, under both audiences. */
class ConstructsTest {

	private static final String NOTE = """
			informatienota: Voortgang
			ministerie: Defensie
			aan: de minister
			van: DE DIRECTEUR
			datum: 10 november 2025
			kenmerk: K1

			# Aanleiding
			In mijn brief {kamerstuk 29 538, nr. 327} meldde ik dit.{voetnoot: Gesprek met {lak 5.1.2e: J. de Vries}.} Zie
			www.defensie.nl of mail info@defensie.nl.

			# Kernpunten
			1. Eerste punt
			   a. deelpunt
			2. Tweede punt

			# Toelichting
			| Jaar | Bedrag (x € 1 mln.) | Bron |
			|------|------|:-:|
			| 2025 | 12,5 | {lak 5.1.2e: J. de Vries} |
			| 2026 | -3,0 |
			: Uitgaven
			""";

	private static GeneratedDocument transform(Path folder, String note, boolean publication) throws Exception {
		Path file = folder.resolve("n.nota");
		Files.writeString(file, note);
		var document = Notes.load(file);
		var catalog = Notes.injector().getInstance(NoteTypeRegistry.class).catalogFor(document.eResource().getURI());
		var style = HouseStyles.forFolder(folder).forMinistry("Defensie").orElseThrow();
		NoteTransformer transformer = new NoteTransformer();
		if (publication) {
			return transformer.publication(document, catalog, style).nota();
		}
		return transformer.transform(document, catalog, style, false).nota();
	}

	@Test
	void theInternalNotaKeepsFootnotesListsTablesAndLinks(@TempDir Path folder) throws Exception {
		GeneratedDocument nota = transform(folder, NOTE, false);
		List<Run> aanleiding = ((Block.Paragraph) nota.body().get(1)).runs();
		// the footnote's mark stands against the word before it; the redaction inside it is marked, not hidden
		assertEquals(new Run.Text("In mijn brief Kamerstuk 29 538, nr. 327 meldde ik dit.", false), aanleiding.get(0));
		Run.Footnote footnote = assertInstanceOf(Run.Footnote.class, aanleiding.get(1));
		assertEquals(List.of(Run.text("Gesprek met "), new Run.Marked("J. de Vries", "5.1.2e"), Run.text(".")), footnote.content());
		assertTrue(aanleiding.contains(new Run.Link("www.defensie.nl", "https://www.defensie.nl")), aanleiding::toString);
		assertTrue(aanleiding.contains(new Run.Link("info@defensie.nl", "mailto:info@defensie.nl")), aanleiding::toString);

		Block.NumberedList list = (Block.NumberedList) nota.body().get(3);
		assertEquals(Block.Numbering.DECIMAL, list.numbering());
		assertEquals(List.of(Run.text("Eerste punt")), list.items().get(0).runs());
		Block.NumberedList nested = (Block.NumberedList) list.items().get(0).nested().get(0);
		assertEquals(Block.Numbering.LOWER_LETTER, nested.numbering());
		assertEquals(List.of(), list.items().get(1).nested());

		Block.Table table = (Block.Table) nota.body().get(5);
		assertEquals(List.of(Run.text("Uitgaven")), table.caption());
		// figures right-aligned by content, the rule's ":-:" centres the last column
		assertEquals(List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT, Block.Alignment.CENTER), table.columns());
		assertEquals(3, table.rows().get(1).cells().size(), "a short row is filled up to the header's width");
		assertEquals(List.of(), table.rows().get(1).cells().get(2));
	}

	@Test
	void thePublicationKeepsTheConstructsAndWithholdsWhatTheyRedact(@TempDir Path folder) throws Exception {
		GeneratedDocument publication = transform(folder, NOTE, true);
		List<Run> aanleiding = ((Block.Paragraph) publication.body().get(1)).runs();
		Run.Footnote footnote = assertInstanceOf(Run.Footnote.class, aanleiding.get(1));
		assertEquals(new Run.Redacted("5.1.2e"), footnote.content().get(1));
		Block.Table table = (Block.Table) publication.body().get(5);
		assertEquals(List.of(new Run.Redacted("5.1.2e")), table.rows().get(0).cells().get(2));
	}

	@Test
	void aPlaceholderIsShownMarkedAndMakesTheDocumentAConcept(@TempDir Path folder) throws Exception {
		String note = NOTE.replace("2. Tweede punt", "2. {invullen: het tweede punt}").replace("kenmerk: K1",
				"kenmerk: {invullen: kenmerk van {lak 5.1.2e: J. de Vries}}");
		GeneratedDocument nota = transform(folder, note, false);
		assertTrue(nota.isDraft(), "a note with a placeholder is a concept");
		assertEquals(List.of("in te vullen: kenmerk van J. de Vries, het tweede punt"), nota.draftRemarks());
		Block.NumberedList points = (Block.NumberedList) nota.body().get(3);
		assertEquals(List.of(new Run.Placeholder("in te vullen: het tweede punt")), points.items().get(1).runs());
		// the public version shows the ground, never the redacted text, also inside a placeholder
		GeneratedDocument publication = transform(folder, note, true);
		assertEquals(List.of("in te vullen: kenmerk van [5.1.2e], het tweede punt"), publication.draftRemarks());
		assertTrue(publication.headerEntries().stream().flatMap(entry -> entry.value().stream()).noneMatch(
				run -> Runs.plain(List.of(run)).contains("Vries")), publication.headerEntries().toString());
	}

	/**
	 * #17: a reviewer's remark goes into the internal nota only, on the word before it (Word's comment, ODF's
	 * annotation); not into the publication, not into the text around it, and not from a heading or field.
	 */
	@Test
	void aReviewCommentIsInTheInternalNotaOnly(@TempDir Path folder) throws Exception {
		String note = NOTE.replace("meldde ik dit.", "meldde ik dit {opmerking J. Jansen: klopt dit met {lak 5.1.2e: Kees}?}.")
				.replace("2. Tweede punt", "2. Tweede punt{opmerking Piet: korter}")
				.replace("# Kernpunten", "# Kernpunten {opmerking Piet: kop}")
				.replace("kenmerk: K1", "kenmerk: K1 {opmerking Piet: veld}");
		GeneratedDocument nota = transform(folder, note, false);
		List<Run> aanleiding = ((Block.Paragraph) nota.body().get(1)).runs();
		assertEquals(List.of(Run.text("In mijn brief Kamerstuk 29 538, nr. 327 meldde ik "),
				new Run.Comment(Run.text("dit"), "J. Jansen", "klopt dit met Kees?"), Run.text(".")), aanleiding.subList(0, 3));
		Block.NumberedList points = (Block.NumberedList) nota.body().get(3);
		assertEquals(List.of(Run.text("Tweede "), new Run.Comment(Run.text("punt"), "Piet", "korter")), points.items().get(1).runs());
		String dump = DocumentDump.dump(nota);
		assertTrue(!dump.contains("kop") && !dump.contains("veld"), dump);

		String publication = DocumentDump.dump(transform(folder, note, true));
		for (String word : List.of("opmerking", "Jansen", "klopt", "Kees", "Piet", "korter", "kop", "veld")) {
			assertTrue(!publication.contains(word), () -> word + " in " + publication);
		}
		assertTrue(publication.contains("meldde ik dit."), publication);
	}

	/** The model refuses a remark in a letter or a public document, whatever made it. */
	@Test
	void noLetterOrPublicDocumentCanHoldARemark(@TempDir Path folder) throws Exception {
		GeneratedDocument nota = transform(folder, NOTE, false);
		List<Block> body = List.of(new Block.Paragraph(List.of(new Run.Comment(Run.text("dit"), "Piet", "korter"))));
		for (var kind : GeneratedDocument.Kind.values()) {
			for (var audience : GeneratedDocument.Audience.values()) {
				boolean allowed = kind == GeneratedDocument.Kind.NOTA && audience == GeneratedDocument.Audience.INTERNAL;
				try {
					new GeneratedDocument(kind, nota.title(), nota.style(), List.of(), List.of(), List.of(), List.of(), body, List.of(),
							List.of(), audience);
					assertTrue(allowed, kind + " " + audience + " accepted a remark");
				} catch (IllegalArgumentException refused) {
					assertTrue(!allowed, kind + " " + audience + " refused a remark");
				}
			}
		}
	}

	@Test
	void aHouseStyleCanPutKamerstukkenInFootnotes(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("defensie.huisstijl"), """
				ministerie = Ministerie van Defensie
				namen = Defensie
				kamerstuk = voetnoot
				""");
		List<Run> aanleiding = ((Block.Paragraph) transform(folder, NOTE, false).body().get(1)).runs();
		assertEquals(List.of(Run.text("In mijn brief"), new Run.Footnote(List.of(Run.text("Kamerstuk 29 538, nr. 327")))),
				aanleiding.subList(0, 2));
	}

	@Test
	void aDraftBeantwoordingShowsTheMissingAnswer(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("vragen.nota");
		Files.writeString(file, Files.readString(Notes.examples().resolve("kamervragen-lerarentekort-almere.nota"))
				.replaceAll("(?s)# Antwoord 5\n.*", ""));
		var output = Notes.transform(file, "ocw", true);
		GeneratedDocument answers = output.answers().orElseThrow();
		String dump = DocumentDump.dump(answers);
		assertTrue(dump.endsWith("# Vraag 5\n  Kunt u deze vragen beantwoorden voor het commissiedebat over het lerarenbeleid?\n"
				+ "# Antwoord 5\n  <<ontbreekt: antwoord op vraag 5>>\n"), dump);
		assertEquals(List.of("antwoord op vraag 5"), answers.draftRemarks());
		assertTrue(output.letter().orElseThrow().body().size() == 1, "the cover letter is one sentence");
	}

	@Test
	void aFootnoteInAFieldOrHeadingIsLeftOutOfTheDocument(@TempDir Path folder) throws Exception {
		GeneratedDocument nota = transform(folder, NOTE.replace("kenmerk: K1", "kenmerk: K1{voetnoot: uitleg}"), false);
		assertTrue(nota.headerEntries().stream().flatMap(entry -> entry.value().stream()).noneMatch(Run.Footnote.class::isInstance));
	}
}
