package nl.nota.docgen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a file so that readers see the old content or the new, never half of it: temp file, then rename. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Writes files as a set: every new content goes into a temporary file first, and only when all of them
	 * are complete are they renamed over their targets. A failure while writing (a full disk) leaves every
	 * target as it was and no temporary file behind.
	 */
	public static void writeAll(Map<Path, byte[]> files) throws IOException {
		Map<Path, Path> temps = new LinkedHashMap<>();
		try {
			for (Map.Entry<Path, byte[]> file : files.entrySet()) {
				Path temp = temporary(file.getKey());
				temps.put(file.getKey(), temp);
				Files.write(temp, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			}
			for (Map.Entry<Path, Path> temp : temps.entrySet()) {
				replace(temp.getValue(), temp.getKey());
			}
		} finally {
			for (Path temp : temps.values()) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/** A hidden sibling of the target, created new (so the user's umask applies); a short name, whatever the target's. */
	private static Path temporary(Path target) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		return folder.resolve(".nota-" + Long.toHexString(System.nanoTime()) + "-" + Integer.toHexString(target.hashCode()) + ".tmp");
	}

	private static void replace(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	public static void write(Path target, byte[] content) throws IOException {
		writeAll(Map.of(target, content));
	}
}
