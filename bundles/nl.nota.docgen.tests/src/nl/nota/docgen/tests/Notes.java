package nl.nota.docgen.tests;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.lang.NotaStandaloneSetup;
import nl.nota.lang.nota.Document;
import nl.nota.lang.types.NoteTypeRegistry;

/** Loads notes from files the way the tools do, and transforms them. */
final class Notes {

	private static Injector injector;

	private Notes() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new NotaStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	static Path examples() {
		return Paths.get(System.getProperty("nota.examples", "../../examples")).toAbsolutePath().normalize();
	}

	static Path golden(String name) {
		return Paths.get(System.getProperty("nota.golden", "golden")).toAbsolutePath().resolve(name);
	}

	static Document load(Path file) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException(file + " has syntax errors: " + resource.getErrors());
		}
		return (Document) resource.getContents().get(0);
	}

	static NoteTransformer.Output transform(Path file, String houseStyle, boolean draft) {
		Document document = load(file);
		var catalog = injector().getInstance(NoteTypeRegistry.class).catalogFor(document.eResource().getURI());
		return new NoteTransformer().transform(document, catalog, HouseStyles.builtIn().find(houseStyle).orElseThrow(), draft);
	}
}
