package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Run.Revision.Change;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.docgen.transform.Redline;
import nl.nota.lang.types.NoteTypeRegistry;

/** #17: the changes between two versions of a document, per word, marked in the document as it is now. */
class RedlineTest {

	private static final Instant TIME = Instant.parse("2026-11-30T10:00:00Z");

	@TempDir
	Path folder;

	private NoteTransformer.Output transform(String name, String note) throws Exception {
		Path file = Files.writeString(folder.resolve(name), note);
		var document = Notes.load(file);
		var catalog = Notes.injector().getInstance(NoteTypeRegistry.class).catalogFor(document.eResource().getURI());
		return new NoteTransformer().transform(document, catalog, HouseStyles.builtIn().find("defensie").orElseThrow(), false);
	}

	private GeneratedDocument publication(String name, String note) throws Exception {
		Path file = Files.writeString(folder.resolve(name), note);
		var document = Notes.load(file);
		var catalog = Notes.injector().getInstance(NoteTypeRegistry.class).catalogFor(document.eResource().getURI());
		return new NoteTransformer().publication(document, catalog, HouseStyles.builtIn().find("defensie").orElseThrow()).nota();
	}

	static String seed() throws Exception {
		return Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota"));
	}

	/** The seed as the head of unit changed it: a date, a word, a new paragraph, a point gone. */
	static String changed(String seed) {
		return seed.replace("datum: 30 september 2025", "datum: 2 oktober 2025")
				.replace("spreken de bondgenoten over uiteenlopende onderwerpen", "spreken de bondgenoten over drie onderwerpen")
				.replace("DCo verzorgt communicatie/persmomenten rondom de DMM.",
						"DCo verzorgt communicatie/persmomenten rondom de DMM.\n\nEr komt geen persbericht.")
				.replace("- De DMM staat in het teken van de verdere implementatie van de besluiten die bondgenoten op de\n"
						+ "  NAVO-top in Den Haag hebben genomen.\n", "");
	}

	@Test
	void aWordADateAParagraphAndAPointAreRevisionsOfTheNewDocument() throws Exception {
		String seed = seed();
		GeneratedDocument old = transform("oud.nota", seed).nota();
		GeneratedDocument now = transform("nieuw.nota", changed(seed)).nota();
		GeneratedDocument compared = Redline.compare(old, now, "Kees", TIME);
		assertTrue(compared.hasRevisions());

		Entry date = compared.headerEntries().stream().filter(entry -> entry.label().equals("Datum")).findFirst().orElseThrow();
		assertEquals(List.of(revision(Change.DELETED, "30 september"), revision(Change.INSERTED, "2 oktober"), Run.text("2025")),
				date.value(), date.value()::toString);

		String text = DocumentDump.dump(compared);
		assertTrue(text.contains("over [-uiteenlopende -]{+drie +}onderwerpen"), text);
		assertTrue(text.contains("{+Er komt geen persbericht.+}"), text);
		assertTrue(text.contains("[-De DMM staat in het teken van de verdere implementatie"), text);
		// untouched text is the same runs as the new document's
		assertEquals(now.body().get(1), compared.body().get(1));
		assertFalse(Redline.compare(now, now, "Kees", TIME).hasRevisions(), "a document against itself: no change");
	}

	/** A public comparison holds what both public versions show: a name changed inside a redaction is no change. */
	@Test
	void aPublicComparisonNeverShowsRedactedTextAlsoNotAsADeletion() throws Exception {
		String seed = seed();
		String old = seed.replace("over de Nederlandse bijdrage aan de bescherming",
				"over {lak 5.1.2e: Zqgeheimoud} en de Nederlandse bijdrage aan de bescherming");
		String now = changed(seed).replace("over de Nederlandse bijdrage aan de bescherming",
				"over {lak 5.1.2e: Zqgeheimnieuw} en de Nederlandse bijdrage aan de bescherming");
		GeneratedDocument compared = Redline.compare(publication("oud.nota", old), publication("nieuw.nota", now), "Kees", TIME);
		assertTrue(compared.hasRevisions());
		for (Format format : Format.values()) {
			String bytes = new String(format.render(compared), java.nio.charset.StandardCharsets.ISO_8859_1);
			assertFalse(bytes.contains("Zqgeheim"), format + " shows redacted text");
		}
		// the model refuses it anyway: a deletion of marked text in a public document
		List<Block> body = List.of(new Block.Paragraph(List.of(new Run.Revision(Change.DELETED, List.of(new Run.Marked("x", "5.1.2e")), "K", TIME))));
		GeneratedDocument any = compared;
		org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new GeneratedDocument(any.kind(), any.title(),
				any.style(), List.of(), List.of(), List.of(), List.of(), body, List.of(), List.of(), any.audience()));
	}

	private static Run revision(Change change, String text) {
		return new Run.Revision(change, List.of(Run.text(text + " ")), "Kees", TIME);
	}
}
