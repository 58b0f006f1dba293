package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.lang.nota.Document;
import nl.nota.lang.types.NoteTypeRegistry;

/**
 * Property-style: notes with random secrets in redaction spans, in a withheld section and in the author
 * and signer fields. No byte of any public output, in any format, contains a secret: not the document
 * XML, properties or styles of DOCX/ODT, not the PDF's text, metadata or raw bytes, not the HTML source.
 * The internal nota contains them all.
 */
class LeakTest {

	@TempDir
	Path folder;

	@Test
	void noSecretReachesAnyPublicOutput() throws Exception {
		Random random = new Random(20251015);
		for (int round = 0; round < 8; round++) {
			List<String> secrets = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				secrets.add(secret(random));
			}
			Path note = folder.resolve("nota-" + round + ".nota");
			Files.writeString(note, note(secrets), StandardCharsets.UTF_8);
			Document document = Notes.load(note);
			var catalog = Notes.injector().getInstance(NoteTypeRegistry.class).catalogFor(document.eResource().getURI());
			var style = HouseStyles.builtIn().find("defensie").orElseThrow();
			NoteTransformer transformer = new NoteTransformer();
			NoteTransformer.Output internal = transformer.transform(document, catalog, style, false);
			List<GeneratedDocument> publicDocuments = List.of(transformer.publication(document, catalog, style).nota(),
					internal.letter().orElseThrow());
			for (GeneratedDocument published : publicDocuments) {
				for (Format format : Format.values()) {
					byte[] bytes = format.render(published);
					for (String place : readable(format, bytes)) {
						for (String secret : secrets) {
							assertTrue(!place.contains(secret),
									() -> "secret " + secret + " leaked into the " + format + " of " + published.plainTitle());
						}
					}
				}
			}
			String internalHtml = new String(Format.HTML.render(internal.nota()), StandardCharsets.UTF_8);
			for (String secret : secrets) {
				assertTrue(internalHtml.contains(secret), "the internal nota shows " + secret);
			}
		}
	}

	/** Every place a reader or a tool could find text: raw bytes, each zip entry, the PDF's text and metadata. */
	private static List<String> readable(Format format, byte[] bytes) throws Exception {
		List<String> places = new ArrayList<>();
		places.add(new String(bytes, StandardCharsets.ISO_8859_1));
		places.add(new String(bytes, StandardCharsets.UTF_8));
		if (format == Format.DOCX || format == Format.ODT) {
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					places.add(entry.getName());
					places.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		if (format == Format.PDF) {
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				places.add(new PDFTextStripper().getText(pdf));
				places.add(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
				var info = pdf.getDocumentInformation();
				places.add(String.join("|", String.valueOf(info.getTitle()), String.valueOf(info.getSubject()),
						String.valueOf(info.getAuthor()), String.valueOf(info.getKeywords())));
				places.add(String.valueOf(pdf.getDocumentCatalog().getDocumentOutline()));
			}
		}
		return places;
	}

	private static String secret(Random random) {
		StringBuilder secret = new StringBuilder("Zq");
		for (int i = 0; i < 10; i++) {
			secret.append((char) ('a' + random.nextInt(26)));
		}
		return secret.toString();
	}

	private static String note(List<String> s) {
		return """
				beslisnota: Inzet bij de bijeenkomst
				ministerie: Defensie
				aan: de minister
				van: DE DIRECTEUR-GENERAAL BELEID
				datum: 30 september 2025
				kenmerk: BS1
				steller: %1$s de Vries
				ondertekenaar: {lak 5.1.2e: mr. %2$s}

				# Aanleiding
				Op verzoek van {lak 5.1.2a: minister %3$s van Denemarken} komen de ministers bijeen.

				# Geadviseerd besluit
				In te stemmen met de {kamerbrief}.

				# Kernpunten
				- Het bedrag is {lak 5.1.2b: *%4$s* miljoen} euro.

				# Toelichting
				## Politieke context {lak 5.1.2i}
				Het kabinet vreest %5$s.

				## Financiële overwegingen
				Zie {lak 5.1.2b: raming %6$s}.

				## Juridische overwegingen
				Geen.

				## Communicatie
				Geen.


				kamerbrief: Inzet bij de bijeenkomst
				aan: de Voorzitter van de Tweede Kamer der Staten-Generaal
				datum: 3 oktober 2025
				functie: De minister van Defensie
				ondertekenaar: R.P. Brekelmans
				kenmerk: K1

				Hierbij informeer ik u over de bijeenkomst.

				# Inzet
				Nederland zet in op samenwerking.
				""".formatted(s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5));
	}
}
