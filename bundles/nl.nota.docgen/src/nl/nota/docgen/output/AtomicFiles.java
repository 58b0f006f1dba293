package nl.nota.docgen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file so that readers see the old content or the new, never half of it: temp file, then rename. */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	public static void write(Path target, String content) throws IOException {
		write(target, content.getBytes(StandardCharsets.UTF_8));
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		// a hidden sibling, created new (so the user's umask applies), renamed over the target when complete
		Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
		try {
			Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
