package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.render.Format;

/** The PDF claims PDF/A-2a, is tagged, says it is Dutch, carries its title, and its text is real text. */
class PdfArchiveTest {

	@TempDir
	Path folder;

	@Test
	void theLetterIsATaggedDutchPdfA2() throws Exception {
		GeneratedDocument letter = Notes.transform(Notes.examples().resolve("dmm-2025-10-15.nota"), "defensie", false).letter()
				.orElseThrow();
		byte[] bytes = Format.PDF.render(letter);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
			assertTrue(xmp.matches("(?s).*pdfaid:part(>|=\")2.*"), xmp);
			assertTrue(xmp.matches("(?s).*pdfaid:conformance(>|=\")A.*"), xmp);
			assertEquals("nl-NL", pdf.getDocumentCatalog().getLanguage());
			assertTrue(pdf.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
			assertEquals("Kamerbrief: Geannoteerde agenda bijeenkomst NAVO-ministers van Defensie 15 oktober 2025",
					pdf.getDocumentInformation().getTitle());
			assertEquals(2, pdf.getNumberOfPages());
		}
		Path file = Files.write(folder.resolve("brief.pdf"), bytes);
		String text = OfficeReader.text(file).replaceAll("\\s+", " ");
		assertTrue(text.contains("Ukraine Defence Contact Group"), text);
		assertTrue(text.contains("Oekraïne"), text);
	}

	@Test
	void aLetterAndItsAccentTypedApartAreOneLetterInThePdf() throws Exception {
		// "i" followed by a combining diaeresis, as text pasted from some systems arrives (decomposed, NFD)
		String example = Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota"));
		assertTrue(example.contains("Oekraïne"));
		Path note = Files.writeString(folder.resolve("dmm-2025-10-15.nota"), example.replace("Oekraïne", "Oekrai\u0308ne"));
		GeneratedDocument letter = Notes.transform(note, "defensie", false).letter().orElseThrow();
		Path file = Files.write(folder.resolve("brief.pdf"), Format.PDF.render(letter));
		String text = OfficeReader.text(file);
		assertTrue(text.contains("Oekraïne") && !text.contains("\u0308"), text);
	}
}
