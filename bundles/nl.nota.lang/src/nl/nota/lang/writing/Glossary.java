package nl.nota.lang.writing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;

import nl.nota.lang.model.NoteFolders;
import nl.nota.lang.writing.Abbreviation.Familiarity;

/** The abbreviations the checks know: shipped (types/afkortingen.txt) plus {@code *.afkortingen} next to the notes. */
public final class Glossary {

	public static final String EXTENSION = "afkortingen";

	private final Map<String, Abbreviation> entries;

	private Glossary(Map<String, Abbreviation> entries) {
		this.entries = entries;
	}

	public static Glossary builtIn() {
		Map<String, Abbreviation> entries = new LinkedHashMap<>();
		try (InputStream in = Glossary.class.getResourceAsStream("/types/afkortingen.txt")) {
			if (in == null) {
				throw new IllegalStateException("types/afkortingen.txt is missing from the nl.nota.lang bundle");
			}
			read(new String(in.readAllBytes(), StandardCharsets.UTF_8), entries);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Glossary(entries);
	}

	/** The built-in glossary extended with the {@code .afkortingen} files in a folder. */
	public Glossary withFolder(Path folder) {
		if (folder == null || !Files.isDirectory(folder)) {
			return this;
		}
		List<Path> files = NoteFolders.filesWithExtension(folder, EXTENSION);
		if (files.isEmpty()) {
			return this;
		}
		Map<String, Abbreviation> extended = new LinkedHashMap<>(entries);
		try {
			for (Path file : files) {
				read(Files.readString(file, StandardCharsets.UTF_8), extended);
			}
		} catch (IOException e) {
			return this;
		}
		return new Glossary(extended);
	}

	/** Words a project accepts that the dictionary lacks: {@code *.woorden} files next to the notes, one per line. */
	public static java.util.Set<String> acceptedWords(Path folder) {
		java.util.Set<String> words = new java.util.HashSet<>();
		if (folder == null || !Files.isDirectory(folder)) {
			return words;
		}
		try {
			for (Path file : NoteFolders.filesWithExtension(folder, "woorden")) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!line.isBlank() && !line.strip().startsWith("#")) {
						words.add(line.strip().toLowerCase(java.util.Locale.ROOT));
					}
				}
			}
		} catch (IOException e) {
			return words;
		}
		return words;
	}

	public Optional<Abbreviation> find(String abbreviation) {
		return Optional.ofNullable(entries.get(abbreviation));
	}

	private static void read(String text, Map<String, Abbreviation> entries) {
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.strip().startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\\|");
			if (cells.length < 2) {
				continue;
			}
			String known = cells.length > 2 ? cells[2].strip() : "uitleg";
			Familiarity familiarity = switch (known) {
				case "bekend" -> Familiarity.WELL_KNOWN;
				case "intern" -> Familiarity.INTERNAL;
				default -> Familiarity.EXPLAIN;
			};
			entries.put(cells[0].strip(), new Abbreviation(cells[0].strip(), cells[1].strip(), familiarity));
		}
	}
}
