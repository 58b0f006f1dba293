package nl.nota.lang.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/** The note types that ship with the product, as .notatype files in this bundle's types/ folder. */
@Singleton
public class BuiltInNoteTypes {

	public static final String ORIGIN = "ingebouwd";

	private final NoteTypeCatalog catalog;

	@Inject
	public BuiltInNoteTypes(NoteTypeLoader loader) {
		catalog = new NoteTypeCatalog();
		for (String file : index()) {
			InputStream content = BuiltInNoteTypes.class.getResourceAsStream("/types/" + file);
			if (content == null) {
				throw new IllegalStateException("Built-in note type missing from the bundle: types/" + file);
			}
			NoteTypeLoader.Loaded loaded = loader.load(URI.createURI("builtin:/types/" + file), content, file);
			if (!loaded.problems().isEmpty()) {
				throw new IllegalStateException("Built-in note type has errors: " + loaded.problems());
			}
			loaded.types().forEach(type -> catalog.add(type, ORIGIN));
		}
	}

	public NoteTypeCatalog catalog() {
		return catalog;
	}

	private static List<String> index() {
		InputStream in = BuiltInNoteTypes.class.getResourceAsStream("/types/index.txt");
		if (in == null) {
			throw new IllegalStateException("types/index.txt is missing from the nl.nota.lang bundle");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
