package nl.nota.docgen.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.Part;

/**
 * Where a note's documents go and how they are named, for every host that writes them (the CLI, the
 * workbench's builder and preview): {@code <name>.nota.<ext>}, {@code <name>.kamerbrief.<ext>}, rendered
 * completely before anything is written, each file written atomically.
 */
public final class NoteOutputs {

	private NoteOutputs() {
	}

	/**
	 * The house style a note asks for: an explicit choice, else its {@code huisstijl:}, else its ministry;
	 * a ministry without a style of its own gets the generic Rijksoverheid style (see {@link #unknownMinistry}).
	 * Empty only when a style is asked for by a name that does not exist.
	 */
	public static Optional<HouseStyle> houseStyle(HouseStyles styles, String option, Part nota) {
		if (option != null && !option.isBlank()) {
			return styles.find(option);
		}
		String named = PartFields.value(nota, "huisstijl");
		if (named != null && !named.isEmpty()) {
			return styles.find(named);
		}
		return styles.forMinistry(PartFields.value(nota, "ministerie")).or(() -> styles.find(HouseStyles.GENERIC));
	}

	/** A warning when the note's ministry has no house style, so the generic one is used; empty otherwise. */
	public static Optional<String> unknownMinistry(HouseStyles styles, String option, Part nota) {
		String named = PartFields.value(nota, "huisstijl");
		if ((option != null && !option.isBlank()) || (named != null && !named.isEmpty())) {
			return Optional.empty();
		}
		String ministry = PartFields.value(nota, "ministerie");
		if (styles.forMinistry(ministry).isPresent()) {
			return Optional.empty();
		}
		String which = ministry == null || ministry.isBlank() ? "De nota noemt geen ministerie" : "Geen huisstijl voor het ministerie '"
				+ ministry + "'";
		return Optional.of(which + "; de documenten krijgen de algemene Rijksoverheid-huisstijl, zonder adressen van een "
				+ "ministerie. Schrijf 'ministerie:' zoals in de huisstijlen (" + String.join(", ", styles.names()) + "), of zet een "
				+ "eigen huisstijl naast de nota.");
	}

	/** The most bytes of a base name: with the longest suffix (".woo-inventaris.json") a name stays under the usual 255. */
	static final int MAX_BASE_BYTES = 200;

	/**
	 * The note's file name without .nota, reduced to characters that are safe in any file name, and shortened
	 * when it is too long for a file system's names once a suffix is added: then it keeps its start and gets
	 * "~" and a checksum of the whole name, so two long names that start alike still differ.
	 */
	public static String baseName(Path note) {
		String name = note.getFileName().toString();
		if (name.endsWith(".nota")) {
			name = name.substring(0, name.length() - ".nota".length());
		}
		String safe = name.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "");
		if (safe.isEmpty()) {
			return "nota";
		}
		if (safe.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BASE_BYTES) {
			return safe;
		}
		String checksum = String.format("~%08x", safe.hashCode());
		StringBuilder kept = new StringBuilder();
		int bytes = 0;
		for (int at = 0; at < safe.length();) {
			int codePoint = safe.codePointAt(at);
			int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
			if (bytes + size > MAX_BASE_BYTES - checksum.length()) {
				break;
			}
			kept.appendCodePoint(codePoint);
			bytes += size;
			at += Character.charCount(codePoint);
		}
		return kept + checksum;
	}

	/**
	 * The drafts of a note by output name: the nota and, when the note has one, the Kamerbrief; for
	 * Kamervragen the Kamerbrief is the cover letter and the answers are {@code <name>.antwoorden}.
	 */
	public static Map<String, GeneratedDocument> drafts(NoteTransformer.Output output, String base) {
		Map<String, GeneratedDocument> documents = new LinkedHashMap<>();
		if (output.nota() != null) {
			documents.put(base + ".nota", output.nota());
		}
		output.letter().ifPresent(letter -> documents.put(base + ".kamerbrief", letter));
		output.answers().ifPresent(answers -> documents.put(base + ".antwoorden", answers));
		return documents;
	}

	/** Every document in every format, rendered in memory, by target path. */
	public static Map<Path, byte[]> render(Map<String, GeneratedDocument> documents, Set<Format> formats, Path folder) {
		Map<Path, byte[]> rendered = new LinkedHashMap<>();
		for (Map.Entry<String, GeneratedDocument> entry : documents.entrySet()) {
			for (Format format : formats) {
				rendered.put(inside(folder, entry.getKey() + "." + format.extension()), format.render(entry.getValue()));
			}
		}
		return rendered;
	}

	/**
	 * Writes a note's rendered files as a set (see {@link AtomicFiles#writeAll}): all of them or, when writing
	 * fails, none, and the earlier output stays as it was.
	 */
	public static void write(Map<Path, byte[]> rendered) throws IOException {
		AtomicFiles.writeAll(rendered);
	}

	/** A path inside the output folder; a name that would leave it is refused. */
	public static Path inside(Path folder, String name) {
		Path target = folder.resolve(name).normalize();
		if (!target.getParent().equals(folder.normalize())) {
			throw new IllegalArgumentException("De uitvoernaam " + name + " valt buiten de uitvoermap");
		}
		return target;
	}
}
