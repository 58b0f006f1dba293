package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.docgen.transform.NoteTransformer.NotPublishable;
import nl.nota.lang.nota.Document;
import nl.nota.lang.types.NoteTypeRegistry;

class PublicationTest {

	@TempDir
	Path folder;

	private NoteTransformer.Publication publish(Path file) throws NotPublishable {
		Document document = Notes.load(file);
		var catalog = Notes.injector().getInstance(NoteTypeRegistry.class).catalogFor(document.eResource().getURI());
		return new NoteTransformer().publication(document, catalog, HouseStyles.builtIn().find("defensie").orElseThrow());
	}

	@Test
	void theSeedsPublicationReproducesItsWordingForAuthorAndSigner() throws Exception {
		NoteTransformer.Publication publication = publish(Notes.examples().resolve("dmm-2025-10-15.nota"));
		List<Block> body = publication.nota().body();
		Block.Heading last = (Block.Heading) body.get(body.size() - 2);
		assertEquals("Informatie die niet openbaar wordt gemaakt", DocumentDump.runs(last.runs()));
		assertEquals("De gegevens van steller en ondertekenaar zijn gelakt vanwege de bescherming van de persoonlijke levenssfeer.",
				DocumentDump.runs(((Block.Paragraph) body.get(body.size() - 1)).runs()));
		assertEquals(1, body.stream().filter(b -> b instanceof Block.Heading h && h.runs().equals(last.runs())).count());
		assertEquals(Map.of("5.1.2e", 2), publication.inventory().counts());
		assertEquals(List.of("DE DIRECTEUR-GENERAAL BELEID"), publication.nota().closing().stream().map(DocumentDump::runs).toList());
		String header = DocumentDump.dump(publication.nota());
		assertTrue(header.contains("entry: Steller = [[5.1.2e]]") && header.contains("entry: Ondertekenaar = [[5.1.2e]]"), header);
	}

	@Test
	void theDerivedSectionGroupsPerGround() throws Exception {
		Path note = folder.resolve("n.nota");
		Files.writeString(note, Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota"))
				.replace("bijeen in Brussel", "bijeen in {lak 5.1.2a: Brussel} en {lak 5.1.2a: Mons}")
				.replace("## Communicatie", "## Communicatie {lak 5.1.2i}"));
		NoteTransformer.Publication publication = publish(note);
		assertEquals("De gegevens van steller en ondertekenaar zijn gelakt vanwege de bescherming van de persoonlijke levenssfeer. "
				+ "Daarnaast zijn 2 passages gelakt op grond van artikel 5.1.2a van de Woo (betrekkingen met andere staten en "
				+ "internationale organisaties). De sectie 'Communicatie' wordt niet openbaar gemaakt op grond van artikel 5.1.2i "
				+ "van de Woo (het goed functioneren van de Staat).", publication.inventory().explanation());
		assertTrue(publication.inventory().csv("n").contains("n;5.1.2a;betrekkingen met andere staten en internationale organisaties;2\n"));
		String dump = DocumentDump.dump(publication.nota());
		assertTrue(dump.contains("bijeen in [[5.1.2a]] en [[5.1.2a]] voor"), dump);
		assertTrue(dump.contains("## Communicatie\n  [[5.1.2i]]\n"), dump);
	}

	@Test
	void aClassifiedNotaIsOnlyPublishedAfterDeclassification() throws Exception {
		Path note = folder.resolve("geheim.nota");
		String text = Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota"));
		Files.writeString(note, text.replace("rubricering: geen", "rubricering: Departementaal Vertrouwelijk"));
		NotPublishable refused = assertThrows(NotPublishable.class, () -> publish(note));
		assertTrue(refused.getMessage().contains("gederubriceerd"), refused.getMessage());
		Files.writeString(note, text.replace("rubricering: geen",
				"rubricering: Departementaal Vertrouwelijk\ngederubriceerd: 1 november 2025"));
		assertEquals("DEPARTEMENTAAL VERTROUWELIJK", DocumentDump.runs(publish(note).nota().classification()));
	}

	@Test
	void aPublicDocumentModelCannotHoldRedactedText() {
		GeneratedDocument internal = Notes.transform(Notes.examples().resolve("dmm-2025-10-15.nota"), "defensie", false).nota();
		assertTrue(DocumentDump.dump(internal).contains("entry: Steller = {{J. de Vries|5.1.2e}}"), DocumentDump.dump(internal));
		assertThrows(IllegalArgumentException.class, () -> new GeneratedDocument(internal.kind(), internal.title(), internal.style(),
				List.of(), List.of(), internal.headerEntries(), List.of(), List.of(new Block.Paragraph(List.of(new Run.Marked("x", "5.1.2e")))),
				List.of(), List.of(), GeneratedDocument.Audience.PUBLIC));
	}
}
