package nl.nota.lang.types;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;
import com.google.inject.Singleton;

import nl.nota.lang.model.NoteFolders;

/**
 * Finds the note types for a note: the built-in types, overridden and extended by the .notatype files
 * in the note's own folder. Files are re-read when they change, so an edited type applies at once.
 */
@Singleton
public class NoteTypeRegistry {

	public static final String EXTENSION = "notatype";

	@Inject
	private BuiltInNoteTypes builtIns;

	@Inject
	private NoteTypeLoader loader;

	private final Map<Path, CachedFolder> folders = new ConcurrentHashMap<>();

	private record CachedFolder(List<String> stamp, NoteTypeCatalog catalog) {
	}

	/** The catalog for a note with the given URI; only the built-in types when it is not a file on disk. */
	public NoteTypeCatalog catalogFor(URI noteUri) {
		Path folder = NoteFolders.folderOf(noteUri);
		if (folder == null) {
			return builtIns.catalog();
		}
		List<Path> files = NoteFolders.filesWithExtension(folder, EXTENSION);
		if (files.isEmpty()) {
			return builtIns.catalog();
		}
		List<String> stamp = stamp(files);
		CachedFolder cached = folders.get(folder);
		if (cached == null || !cached.stamp().equals(stamp)) {
			cached = new CachedFolder(stamp, builtIns.catalog().overlay(readFolder(files)));
			folders.put(folder, cached);
		}
		return cached.catalog();
	}

	public NoteTypeCatalog builtIn() {
		return builtIns.catalog();
	}

	private NoteTypeCatalog readFolder(List<Path> files) {
		NoteTypeCatalog catalog = new NoteTypeCatalog();
		for (Path file : files) {
			try {
				NoteTypeLoader.Loaded loaded = loader.load(URI.createFileURI(file.toString()), Files.newInputStream(file),
						file.toString());
				loaded.types().forEach(type -> catalog.add(type, file.getFileName().toString()));
				catalog.addProblems(loaded.problems());
			} catch (IOException e) {
				catalog.addProblems(List.of(new TypeFileProblem(file.toString(), 1, 1,
						"Het bestand kan niet worden gelezen: " + e.getMessage(), true)));
			}
		}
		return catalog;
	}

	private static List<String> stamp(List<Path> files) {
		List<String> stamp = new ArrayList<>();
		for (Path file : files) {
			try {
				stamp.add(file + "@" + Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file));
			} catch (IOException e) {
				stamp.add(file + "@unreadable");
			}
		}
		return stamp;
	}
}
