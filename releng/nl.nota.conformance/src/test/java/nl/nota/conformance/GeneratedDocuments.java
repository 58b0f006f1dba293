package nl.nota.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents under test: what the built nota tool wrote for the examples and for the notes of this
 * module, with and without --publication (see the exec executions in this module's pom).
 */
final class GeneratedDocuments {

	private GeneratedDocuments() {
	}

	/** Every generated file with this extension ("pdf", "docx", ...), sorted by path. */
	static List<Path> withExtension(String extension) {
		Path out = Paths.get(System.getProperty("nota.out", "target/documents")).toAbsolutePath();
		try (Stream<Path> walk = Files.walk(out)) {
			return walk.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith("." + extension))
					.sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException("No documents in " + out + ": they are generated in process-test-classes", e);
		}
	}
}
