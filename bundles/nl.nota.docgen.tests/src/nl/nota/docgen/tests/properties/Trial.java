package nl.nota.docgen.tests.properties;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.lang.NotaStandaloneSetup;
import nl.nota.lang.nota.Document;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.NoteTypeRegistry;

/**
 * One note through the whole pipeline as the tools run it on a draft (the CLI's --draft, the workbench
 * preview): parsed even with syntax errors, transformed, and every document rendered in the chosen formats.
 */
final class Trial {

	private static Injector injector;

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new NotaStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** A folder with the user's note type in it, as a department keeps its notes. */
	static Path folder(Path root) throws IOException {
		Files.writeString(root.resolve(NotePlaces.UserType.FILE), NotePlaces.UserType.TEXT, StandardCharsets.UTF_8);
		return root;
	}

	static NoteTypeCatalog catalog(Path folder) {
		return injector().getInstance(NoteTypeRegistry.class)
				.catalogFor(URI.createFileURI(folder.resolve("x.nota").toAbsolutePath().toString()));
	}

	/** What one note produced: public outputs (the letter, the publication, its inventory) and internal ones. */
	record Outputs(Map<String, byte[]> publicFiles, Map<String, byte[]> internalFiles) {
	}

	static Outputs run(Path folder, String name, String text, Set<Format> formats) throws IOException {
		Path file = folder.resolve(name + ".nota");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		XtextResourceSet resources = injector().getInstance(XtextResourceSet.class);
		Resource resource = resources.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		Document document = (Document) resource.getContents().get(0);
		NoteTypeCatalog catalog = injector().getInstance(NoteTypeRegistry.class).catalogFor(resource.getURI());
		HouseStyle style = HouseStyles.builtIn().find("defensie").orElseThrow();
		NoteTransformer transformer = new NoteTransformer();
		Map<String, byte[]> publicFiles = new LinkedHashMap<>();
		Map<String, byte[]> internalFiles = new LinkedHashMap<>();
		if (document.getParts().isEmpty()) {
			return new Outputs(publicFiles, internalFiles);
		}
		NoteTransformer.Output drafts = transformer.transform(document, catalog, style, true);
		List<GeneratedDocument> published = new ArrayList<>();
		drafts.letter().ifPresent(published::add);
		try {
			NoteTransformer.Publication publication = transformer.publication(document, catalog, style);
			published.add(publication.nota());
			publicFiles.put("inventaris.csv", publication.inventory().csv(name).getBytes(StandardCharsets.UTF_8));
			publicFiles.put("inventaris.json", publication.inventory().json(name).getBytes(StandardCharsets.UTF_8));
		} catch (NoteTransformer.NotPublishable e) {
			// a letter on its own, or a classified nota: nothing more is published
		}
		for (GeneratedDocument document1 : published) {
			for (Format format : formats) {
				publicFiles.put(kind(document1) + "." + format.extension(), format.render(document1));
			}
		}
		if (drafts.nota() != null) {
			for (Format format : formats) {
				internalFiles.put("nota." + format.extension(), format.render(drafts.nota()));
			}
		}
		resource.unload();
		return new Outputs(publicFiles, internalFiles);
	}

	private static String kind(GeneratedDocument document) {
		return document.kind() == GeneratedDocument.Kind.LETTER ? "kamerbrief" : "openbaar";
	}
}
