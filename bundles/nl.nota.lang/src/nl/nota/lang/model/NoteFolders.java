package nl.nota.lang.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

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

	/** A folder's files as listed, trusted while the folder's time is as then and was older than {@link #SETTLED} when it was listed. */
	private record Listing(FileTime modified, List<Path> files) {
	}

	/**
	 * How old a folder's modification time must be before a listing of it is reused: a file system stores times in
	 * ticks (a few milliseconds, two seconds on FAT), and a file added in the tick of the listing would not move it.
	 */
	private static final long SETTLED = 2_000;

	private static final Map<String, Listing> LISTINGS = new ConcurrentHashMap<>();

	/**
	 * The regular files in {@code folder} whose name ends in {@code .extension}, sorted; none when the folder
	 * cannot be read. The folder is listed again only when it changed (a file added, removed or renamed
	 * changes its modification time): a folder of a thousand notes is not listed once per note. A folder that
	 * changed in the last {@link #SETTLED} milliseconds is listed each time.
	 */
	public static List<Path> filesWithExtension(Path folder, String extension) {
		String key = folder.toAbsolutePath() + "\0" + extension;
		FileTime modified;
		try {
			modified = Files.getLastModifiedTime(folder);
		} catch (IOException e) {
			LISTINGS.remove(key);
			return List.of();
		}
		Listing cached = LISTINGS.get(key);
		if (cached != null && cached.modified().equals(modified)) {
			return cached.files();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			List<Path> files = entries.filter(path -> path.getFileName().toString().endsWith("." + extension))
					.filter(Files::isRegularFile).sorted().toList();
			if (System.currentTimeMillis() - modified.toMillis() >= SETTLED) {
				LISTINGS.put(key, new Listing(modified, files));
			} else {
				LISTINGS.remove(key);
			}
			return files;
		} catch (IOException e) {
			return List.of();
		}
	}
}
