package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.transform.NoteTransformer;

/** DOCX, ODT and PDF of the seed example as a reader sees them: opened by LibreOffice, text extracted. */
class OfficeFormatsTest {

	@TempDir
	Path folder;

	@Test
	void theLetterOpensInLibreOfficeWithEveryPartInPlace() throws Exception {
		GeneratedDocument letter = Notes.transform(Notes.examples().resolve("dmm-2025-10-15.nota"), "defensie", false).letter()
				.orElseThrow();
		List<String> expected = new ArrayList<>(List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
				"Postbus 20018", "Datum", "3 oktober 2025", "Betreft", "Geannoteerde agenda bijeenkomst NAVO-ministers",
				"Ministerie van Defensie", "Onze referentie", "BS2025027316", "Hierbij ontvangt u de geannoteerde agenda",
				"De minister van Defensie,", "R.P. Brekelmans"));
		expected.addAll(headings(letter));
		for (String text : texts(letter)) {
			for (String part : expected) {
				assertTrue(text.contains(normalize(part)), () -> "'" + part + "' missing from:\n" + text);
			}
			assertTrue(text.matches(".*Pagina 1 van [12].*"), () -> "page numbers missing from:\n" + text);
		}
	}

	@Test
	void theNotaOpensInLibreOfficeWithEveryPartInPlace() throws Exception {
		NoteTransformer.Output output = Notes.transform(Notes.examples().resolve("dmm-2025-10-15.nota"), "defensie", false);
		List<String> expected = new ArrayList<>(List.of("Beslisnota", "Aan", "de minister", "30 september 2025", "BS2025027315",
				"De gegevens van steller en ondertekenaar zijn gelakt", "DE DIRECTEUR-GENERAAL BELEID",
				"Defensie Grondgebonden Luchtverdedigingscommando (DGLC)"));
		expected.addAll(headings(output.nota()));
		for (String text : texts(output.nota())) {
			for (String part : expected) {
				assertTrue(text.contains(normalize(part)), () -> "'" + part + "' missing from:\n" + text);
			}
		}
	}

	@Test
	void aClassifiedNotaCarriesItsClassificationOnEveryPage() throws Exception {
		Path note = folder.resolve("geheim.nota");
		Files.writeString(note, Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota"))
				.replace("rubricering: geen", "rubricering: Departementaal Vertrouwelijk"));
		GeneratedDocument nota = Notes.transform(note, "defensie", false).nota();
		Path docx = Files.write(folder.resolve("n.docx"), Format.DOCX.render(nota));
		Path odt = Files.write(folder.resolve("n.odt"), Format.ODT.render(nota));
		Path pdf = Files.write(folder.resolve("n.pdf"), Format.PDF.render(nota));
		List<Path> pdfs = new ArrayList<>(OfficeReader.toPdf(folder, List.of(docx, odt)));
		pdfs.add(pdf);
		for (Path file : pdfs) {
			String[] pages = OfficeReader.text(file).split("\f");
			int counted = 0;
			for (String page : pages) {
				if (!page.isBlank()) {
					counted++;
					assertTrue(page.contains("DEPARTEMENTAAL VERTROUWELIJK"), () -> file + " page without classification:\n" + page);
				}
			}
			assertTrue(counted >= 2, file + " has " + counted + " pages");
		}
	}

	@Test
	void numberedAndLetteredListsAreNumberedByEveryFormatAndStartAgain() throws Exception {
		Path note = folder.resolve("lijsten.nota");
		Files.writeString(note, Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota")).replace(
				"Uit de geannoteerde agenda volgen geen financiële consequenties.",
				"""
				Er zijn drie stappen:

				1. Eerste stap van het plan.
				2. Tweede stap van het plan.
				3. Derde stap van het plan.

				En twee varianten:

				a) Variant met extra budget.
				b) Variant binnen het budget.
				"""));
		NoteTransformer.Output output = Notes.transform(note, "defensie", false);
		String dump = DocumentDump.dump(output.nota());
		assertTrue(dump.contains("  1. Eerste stap van het plan.\n  2. Tweede stap") && dump.contains("  b. Variant binnen"), dump);
		for (String text : texts(output.nota())) {
			for (String numbered : List.of("1. Eerste stap", "2. Tweede stap", "3. Derde stap", "a. Variant met", "b. Variant binnen")) {
				assertTrue(text.contains(numbered), () -> "'" + numbered + "' missing from:\n" + text);
			}
		}
	}

	@Test
	void footnotesTablesNestedListsAndLinksAreRealConstructsInEveryFormat() throws Exception {
		GeneratedDocument letter = Notes.transform(Notes.examples().resolve("ocw-lerarentekort-2025.nota"), "ocw", false).letter()
				.orElseThrow();
		// the formats' own constructs: a Word footnote and hyperlink, ODF note, table and link
		String docx = zipEntry(Format.DOCX.render(letter), "word/footnotes.xml");
		assertTrue(docx.contains("Kamerstuk 27 923, nr. 480.") && docx.contains("w:separator"), docx);
		// each note shows its number once (POI, used before, wrote the number's mark twice in every note)
		int notes = docx.split("<w:footnote ", -1).length - 1 - 2; // less the two separators
		assertTrue(notes > 0, docx);
		assertEquals(notes, docx.split("<w:footnoteRef/>", -1).length - 1, docx);
		String mainPart = zipEntry(Format.DOCX.render(letter), "word/document.xml");
		for (int note = 1; note <= notes; note++) {
			assertEquals(1, mainPart.split("<w:footnoteReference w:id=\"" + note + "\"/>", -1).length - 1, "note " + note + " referred to once");
			assertTrue(docx.contains("<w:footnote w:id=\"" + note + "\">"), "note " + note + " in the notes part: " + docx);
		}
		String relations = zipEntry(Format.DOCX.render(letter), "word/_rels/document.xml.rels");
		assertTrue(relations.contains("Target=\"mailto:leraren@minocw.nl\" TargetMode=\"External\""), relations);
		String odt = zipEntry(Format.ODT.render(letter), "content.xml");
		assertTrue(odt.contains("<text:note text:id=\"voetnoot1\" text:note-class=\"footnote\">") && odt.contains("<table:table-header-rows>")
				&& odt.contains("xlink:href=\"mailto:leraren@minocw.nl\""), odt);
		// as LibreOffice and our PDF lay them out: the footnote's text once, at the foot of the page with its mark
		Path docxFile = Files.write(folder.resolve("brief.docx"), Format.DOCX.render(letter));
		Path odtFile = Files.write(folder.resolve("brief.odt"), Format.ODT.render(letter));
		Path pdfFile = Files.write(folder.resolve("brief.pdf"), Format.PDF.render(letter));
		List<Path> pdfs = new ArrayList<>(OfficeReader.toPdf(folder, List.of(docxFile, odtFile)));
		pdfs.add(pdfFile);
		for (Path pdf : pdfs) {
			String text = OfficeReader.text(pdf);
			String firstPage = normalize(text.split("\f")[0]);
			int note = firstPage.indexOf("Kamerstuk 27 923, nr. 480.");
			assertTrue(note > firstPage.indexOf("jaarlijks te informeren"), () -> pdf + ": no footnote on the first page:\n" + firstPage);
			for (String body : List.of("Het tekort in cijfers", "Amsterdam", "Totaal", "Wat ik doe")) {
				// below every line of text that shares its page
				assertTrue(firstPage.indexOf(body) < note, () -> pdf + ": '" + body + "' below the footnote:\n" + firstPage);
			}
			String all = normalize(text);
			assertEquals(1, all.split("Kamerstuk 27 923, nr. 480", -1).length - 1, () -> pdf + ": footnote text not once:\n" + all);
			String rows = normalize(OfficeReader.layoutText(pdf));
			for (String row : List.of("Amsterdam 1.420 1.350 15,8 %", "Totaal 9.700 9.300 9,7 %")) {
				assertTrue(rows.contains(normalize(row)), () -> pdf + ": row '" + row + "' missing from:\n" + rows);
			}
			for (String expected : List.of("Tekort aan leraren in het primair onderwijs per regio", "1. Ik zet de regioaanpak voort",
					"a. de vijf grote steden", "b. de andere regio's", "2. Ik maak het makkelijker", "het team Lerarenbeleid")) {
				assertTrue(all.contains(normalize(expected)), () -> pdf + ": '" + expected + "' missing from:\n" + all);
			}
		}
	}

	/**
	 * #17: a reviewer's remark is a Word comment in the internal nota's DOCX (read back with POI, and by
	 * LibreOffice, which keeps it as an annotation when it saves the document as ODF) and an ODF annotation in
	 * its ODT; the letter has none.
	 */
	@Test
	void aRemarkIsACommentInWordAndAnAnnotationInOdf() throws Exception {
		Path note = Files.writeString(folder.resolve("opmerking.nota"), Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota"))
				.replace("in Brussel voor", "in Brussel {opmerking J. de Vries: is het <Brussel> & niet Mons?} voor")
				.replace("verhogen en de afschrikking", "verhogen {opmerking Kees: bron?} en de afschrikking"));
		NoteTransformer.Output output = Notes.transform(note, "defensie", false);
		byte[] docx = Format.DOCX.render(output.nota());
		try (var read = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			var comments = read.getDocComments().getComments();
			assertEquals(1, comments.size(), "the remark in the letter's part is not in the nota");
			assertEquals("J. de Vries", comments.get(0).getAuthor());
			assertEquals("JdV", comments.get(0).getInitials());
			assertEquals("is het <Brussel> & niet Mons?", comments.get(0).getText().strip());
		}
		String body = zipEntry(docx, "word/document.xml");
		String id = "w:id=\"0\"";
		int start = body.indexOf("<w:commentRangeStart " + id);
		int anchor = body.indexOf(">Brussel</w:t>");
		int end = body.indexOf("<w:commentRangeEnd " + id);
		int reference = body.indexOf("<w:commentReference " + id);
		assertTrue(start > 0 && start < anchor && anchor < end && end < reference, body);
		assertTrue(!zipEntry(Format.DOCX.render(output.letter().orElseThrow()), "[Content_Types].xml").contains("comments"),
				"the letter has no comments part");

		String odt = zipEntry(Format.ODT.render(output.nota()), "content.xml");
		assertTrue(odt.contains("<office:annotation office:name=\"opmerking1\"><dc:creator>J. de Vries</dc:creator>"
				+ "<text:p>is het &lt;Brussel&gt; &amp; niet Mons?</text:p></office:annotation>Brussel<office:annotation-end office:name=\"opmerking1\">"),
				() -> odt.substring(odt.indexOf("<office:body>")));
		assertTrue(!zipEntry(Format.ODT.render(output.letter().orElseThrow()), "content.xml").contains("annotation"));

		// LibreOffice reads the Word comment as one (it writes it as an annotation on the same word) and ours as one
		Path docxFile = Files.write(folder.resolve("nota.docx"), docx);
		Path odtFile = Files.write(folder.resolve("nota.odt"), Format.ODT.render(output.nota()));
		for (Path converted : OfficeReader.convert(folder, List.of(docxFile, odtFile), "fodt")) {
			String xml = Files.readString(converted);
			assertTrue(xml.contains("J. de Vries</dc:creator>") && xml.contains("is het &lt;Brussel&gt; &amp; niet Mons?"), converted::toString);
			assertTrue(xml.replaceAll("<office:annotation[ >].*?</office:annotation>", "").matches("(?s).*Brussel\\s*<office:annotation-end.*"),
					() -> converted + ": the annotation does not end after its word");
		}
		// on paper and on screen only the text: the remark is for the reviewers' own tools
		String html = new String(Format.HTML.render(output.nota()), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(html.contains("in Brussel voor") && !html.contains("Mons"), html);
	}

	/**
	 * #17: a comparison is real tracked changes: Word's w:ins and w:del (deleted text as w:delText) with author
	 * and time, ODF's text:tracked-changes; LibreOffice reads both as changes it lists under Edit › Track Changes
	 * (it keeps them when it saves the document as ODF); PDF and HTML show them struck and underlined.
	 */
	@Test
	void aComparisonIsTrackedChangesInWordAndOdfAndARedlineOnPaper() throws Exception {
		String seed = RedlineTest.seed();
		Path oldFile = Files.writeString(folder.resolve("oud.nota"), seed);
		Path newFile = Files.writeString(folder.resolve("nieuw.nota"), RedlineTest.changed(seed));
		GeneratedDocument compared = nl.nota.docgen.transform.Redline.compare(Notes.transform(oldFile, "defensie", false).nota(),
				Notes.transform(newFile, "defensie", false).nota(), "Kees de Vries", java.time.Instant.parse("2026-11-30T10:00:00Z"));

		byte[] docx = Format.DOCX.render(compared);
		String body = zipEntry(docx, "word/document.xml");
		assertTrue(body.matches("(?s).*<w:del w:id=\"\\d+\" w:author=\"Kees de Vries\" w:date=\"2026-11-30T10:00:00[^\"]*\"><w:r>.*?<w:delText[^>]*>uiteenlopende </w:delText>.*"),
				() -> body.substring(body.indexOf("uiteenlopende") - 400, body.indexOf("uiteenlopende") + 100));
		assertTrue(body.matches("(?s).*<w:ins w:id=\"\\d+\" w:author=\"Kees de Vries\" w:date=\"2026-11-30T10:00:00[^\"]*\"><w:r>.*?<w:t[^>]*>drie </w:t>.*"), body);
		String odt = zipEntry(Format.ODT.render(compared), "content.xml");
		assertTrue(odt.contains("<office:text><text:tracked-changes><text:changed-region xml:id=\"wijziging1\" text:id=\"wijziging1\">"), odt);
		assertTrue(odt.contains("<text:deletion><office:change-info><dc:creator>Kees de Vries</dc:creator><dc:date>2026-11-30T10:00:00Z</dc:date>"
				+ "</office:change-info><text:p>uiteenlopende </text:p></text:deletion>"), odt);
		// the header lines too: the date replaced
		assertTrue(odt.matches("(?s).*Datum<text:tab/><text:change text:change-id=\"wijziging\\d+\"></text:change>"
				+ "<text:change-start text:change-id=\"wijziging\\d+\"></text:change-start>2 oktober "
				+ "<text:change-end text:change-id=\"wijziging\\d+\"></text:change-end>2025.*"),
				() -> odt.substring(odt.indexOf("Datum<text:tab/>"), odt.indexOf("Datum<text:tab/>") + 300));

		Path docxFile = Files.write(folder.resolve("wijzigingen.docx"), docx);
		Path odtFile = Files.write(folder.resolve("wijzigingen.odt"), Format.ODT.render(compared));
		for (Path converted : OfficeReader.convert(folder, List.of(docxFile, odtFile), "fodt")) {
			String xml = Files.readString(converted);
			String changes = xml.substring(xml.indexOf("<text:tracked-changes"), xml.indexOf("</text:tracked-changes>"));
			assertTrue(changes.contains("<text:insertion") && changes.contains("<text:deletion") && changes.contains("Kees de Vries"),
					() -> converted + ": " + changes);
			assertTrue(xml.contains("uiteenlopende"), () -> converted + ": the deleted word is gone, not tracked");
		}
		String html = new String(Format.HTML.render(compared), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(html.contains("<del title=\"Verwijderd door Kees de Vries, 2026-11-30\">uiteenlopende </del>"
				+ "<ins title=\"Ingevoegd door Kees de Vries, 2026-11-30\">drie </ins>"), html);
		assertTrue(html.contains("WIJZIGINGEN — onderstreept is nieuw, doorgehaald vervalt"), "the legend");
		// on paper: our PDF shows both versions' words (the struck one and the new one)
		String pdf = normalize(OfficeReader.text(Files.write(folder.resolve("wijzigingen.pdf"), Format.PDF.render(compared))));
		assertTrue(pdf.contains("over uiteenlopende drie onderwerpen"), pdf);
	}

	private static String zipEntry(byte[] zip, String name) throws Exception {
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError(name + " missing");
	}

	/** The text of the DOCX and the ODT as LibreOffice renders them, and of our own PDF. */
	private List<String> texts(GeneratedDocument document) throws Exception {
		Path docx = Files.write(folder.resolve("doc.docx"), Format.DOCX.render(document));
		Path odt = Files.write(folder.resolve("doc.odt"), Format.ODT.render(document));
		Path pdf = Files.write(folder.resolve("doc.pdf"), Format.PDF.render(document));
		List<String> texts = new ArrayList<>();
		for (Path converted : OfficeReader.toPdf(folder, List.of(docx, odt))) {
			texts.add(normalize(OfficeReader.text(converted)));
		}
		texts.add(normalize(OfficeReader.text(pdf)));
		return texts;
	}

	private static List<String> headings(GeneratedDocument document) {
		return document.body().stream().filter(Block.Heading.class::isInstance).map(b -> DocumentDump.runs(((Block.Heading) b).runs())).toList();
	}

	/**
	 * pdftotext breaks lines where the layout does and drops the hyphen of a word broken at a line end
	 * ("Staten-" / "Generaal"); the checks are about words, so whitespace and hyphens are ignored.
	 */
	static String normalize(String text) {
		return text.replaceAll("\\s+", " ").replace("-", "");
	}
}
