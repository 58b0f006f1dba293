package nl.nota.lang.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The example notes in the repository's examples/ folder, located through the system property the build sets. */
public final class Examples {

	private Examples() {
	}

	public static Path folder() {
		String configured = System.getProperty("nota.examples");
		Path folder = configured != null ? Paths.get(configured) : Paths.get("../../examples");
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("examples folder not found at " + folder.toAbsolutePath());
		}
		return folder.toAbsolutePath().normalize();
	}

	public static Path path(String name) {
		return folder().resolve(name);
	}

	public static String read(String name) {
		try {
			return Files.readString(path(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
