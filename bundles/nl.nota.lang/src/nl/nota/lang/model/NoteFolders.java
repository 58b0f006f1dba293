package nl.nota.lang.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;

/** The folder a note lives in: where its project's note types, glossary and writing rules are found. */
public final class NoteFolders {

	private NoteFolders() {
	}

	/** The note's folder on disk, or null when the note is not a file (an in-memory or test resource). */
	public static Path folderOf(URI noteUri) {
		if (noteUri == null) {
			return null;
		}
		URI resolved = noteUri.isPlatformResource() ? CommonPlugin.resolve(noteUri) : noteUri;
		if (!resolved.isFile()) {
			return null;
		}
		Path parent = Paths.get(resolved.toFileString()).toAbsolutePath().getParent();
		return parent != null && Files.isDirectory(parent) ? parent : null;
	}
}
