package nl.nota.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the FILE|DIR arguments of a command into the files to work on, in a stable order. */
public final class NoteFiles {

	private NoteFiles() {
	}

	/** A file to work on, with the name to print for it (as the user wrote it). */
	public record NoteFile(Path path, String displayName) {
	}

	/** The files named by {@code arguments}, relative ones in {@code folder} (the working folder). */
	public static List<NoteFile> expand(Path folder, List<String> arguments, List<String> extensions) throws UsageException {
		List<NoteFile> files = new ArrayList<>();
		for (String argument : arguments) {
			Path path = folder.resolve(argument);
			if (Files.isDirectory(path)) {
				List<NoteFile> found = inFolder(path, argument, extensions);
				if (found.isEmpty()) {
					throw new UsageException("In de map " + argument + " staan geen " + String.join("- of ", extensions)
							+ "-bestanden.");
				}
				files.addAll(found);
			} else if (Files.isRegularFile(path)) {
				files.add(new NoteFile(path, argument));
			} else {
				throw new UsageException("Het bestand " + argument + " bestaat niet.");
			}
		}
		return files;
	}

	private static List<NoteFile> inFolder(Path folder, String shown, List<String> extensions) throws UsageException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
					.filter(file -> extensions.stream().anyMatch(ext -> file.getFileName().toString().endsWith("." + ext)))
					.sorted().map(file -> new NoteFile(file, display(shown, folder.relativize(file)))).toList();
		} catch (IOException e) {
			throw new UsageException("De map " + shown + " kan niet worden gelezen: " + e.getMessage());
		}
	}

	private static String display(String folder, Path relative) {
		String separator = folder.endsWith("/") ? "" : "/";
		return folder + separator + relative.toString();
	}
}
