package nl.nota.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;

import nl.nota.lang.ide.services.NoteDiff;
import nl.nota.lang.model.GitVersions;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.NoteTypeRegistry;

/**
 * {@code nota diff OLD NEW} and {@code nota diff --rev REV FILE}: what changed between two versions of a
 * note, per part and section (matched by heading, not by line), with the words that changed, as text for
 * the terminal or as JSON. Exit code as diff(1): 0 the same, 1 different, 2 usage or unreadable.
 */
public class DiffCommand {

	static final String USAGE = "Gebruik: nota diff OUD.nota NIEUW.nota [--format text|json], of nota diff --rev REV FILE.nota "
			+ "(de versie in Git tegen het bestand zoals het nu is)";
	/** Kept words shown on each side of a change; the rest of a long paragraph becomes "…". */
	private static final int CONTEXT = 4;

	private final SourceReader reader;
	private final NoteTypeRegistry registry;

	@Inject
	public DiffCommand(SourceReader reader, NoteTypeRegistry registry) {
		this.reader = reader;
		this.registry = registry;
	}

	public int run(List<String> arguments, Path folder, PrintStream out, PrintStream err) throws UsageException {
		List<String> files = new ArrayList<>();
		String format = "text";
		String revision = null;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			switch (argument) {
				case "--format" -> {
					format = OptionValues.after(arguments, ++i, "--format");
					if (!format.equals("text") && !format.equals("json")) {
						throw new UsageException("--format verwacht 'text' of 'json'.");
					}
				}
				case "--rev" -> revision = OptionValues.after(arguments, ++i, "--rev");
				default -> {
					if (argument.startsWith("-")) {
						throw new UsageException("Onbekende optie '" + argument + "'. " + USAGE);
					}
					files.add(argument);
				}
			}
		}
		if (revision == null ? files.size() != 2 : files.size() != 1) {
			throw new UsageException(USAGE);
		}
		Version before;
		Version after;
		if (revision == null) {
			before = read(folder.resolve(files.get(0)), files.get(0), out);
			after = read(folder.resolve(files.get(1)), files.get(1), out);
		} else {
			Path file = folder.resolve(files.get(0));
			before = fromGit(revision, file, out);
			after = read(file, files.get(0), out);
		}
		if (before == null || after == null) {
			return 2;
		}
		// the note types of the (new) note's folder: a heading and its other headings name one section
		NoteTypeCatalog catalog = registry.catalogFor(URI.createFileURI(folder.resolve(files.get(files.size() - 1)).toAbsolutePath().toString()));
		List<NoteDiff.Part> parts = NoteDiff.compare(before.text(), after.text(), NoteDiff.Sections.of(catalog::find));
		if (format.equals("json")) {
			out.println(json(before.name(), after.name(), parts));
		} else {
			text(out, before.name(), after.name(), parts);
		}
		return parts.isEmpty() ? 0 : 1;
	}

	private record Version(String name, String text) {
	}

	private Version read(Path file, String name, PrintStream out) throws UsageException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new UsageException("Het bestand " + name + " bestaat niet.");
			}
			return decoded(reader.read(file, name), name, out);
		} catch (IOException e) {
			throw new UsageException("Het bestand " + name + " kan niet worden gelezen: " + e.getMessage());
		}
	}

	private static Version decoded(SourceReader.Source source, String name, PrintStream out) {
		if (source.problem() != null) {
			out.println(source.problem().toLine());
			return null;
		}
		return new Version(name, source.text());
	}

	/** The file as Git has it at {@code revision}: {@code git show REV:./FILE}, run in the file's folder. */
	private Version fromGit(String revision, Path file, PrintStream out) throws UsageException {
		String name = revision + ":" + file.getFileName();
		GitVersions.Shown shown = GitVersions.show(file, revision, SourceReader.MAX_BYTES);
		if (shown.problem() != null) {
			throw new UsageException(shown.problem());
		}
		return decoded(reader.decode(shown.bytes(), name), name, out);
	}

	// ---- text

	static void text(PrintStream out, String before, String after, List<NoteDiff.Part> parts) {
		out.println(before + " → " + after);
		if (parts.isEmpty()) {
			out.println("Geen verschillen in tekst, velden of secties.");
			return;
		}
		for (NoteDiff.Part part : parts) {
			switch (part.change()) {
				case ADDED -> out.println(part.kind() + ": nieuw");
				case REMOVED -> out.println(part.kind() + ": verwijderd");
				default -> {
					out.println(part.kind());
					for (NoteDiff.Field field : part.fields()) {
						out.println("  " + field.key() + ": " + (field.before() == null ? "nieuw: " + field.after()
								: field.after() == null ? "verwijderd (was: " + field.before() + ")" : field.before() + " → " + field.after()));
					}
					for (NoteDiff.Section section : part.sections()) {
						String path = String.join(" › ", section.path());
						out.println("  " + path + ": " + switch (section.change()) {
							case ADDED -> "nieuw";
							case REMOVED -> "verwijderd";
							case MOVED -> section.blocks().isEmpty() ? "verplaatst" : "verplaatst en gewijzigd";
							case CHANGED -> section.blocks().isEmpty() ? "kop gewijzigd" : "gewijzigd";
						} + (section.renamedFrom() == null ? "" : " (kop was '" + section.renamedFrom() + "')"));
						for (NoteDiff.Block block : section.blocks()) {
							out.println("    " + block.name() + " " + switch (block.change()) {
								case ADDED -> "nieuw";
								case REMOVED -> "verwijderd";
								default -> "gewijzigd";
							} + ": " + shown(block.words()));
						}
					}
				}
			}
		}
	}

	/** Deleted words as [-...-], inserted as {+...+} (as git diff --word-diff), long kept runs shortened. */
	static String shown(List<NoteDiff.Word> words) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			NoteDiff.Word word = words.get(i);
			if (word.spaced() && !line.isEmpty()) {
				line.append(' ');
			}
			switch (word.op()) {
				case DELETED -> line.append("[-").append(word.text()).append("-]");
				case INSERTED -> line.append("{+").append(word.text()).append("+}");
				case SAME -> {
					String[] kept = word.text().split(" ");
					boolean first = i == 0;
					boolean last = i == words.size() - 1;
					int keep = (first ? 0 : CONTEXT) + (last ? 0 : CONTEXT);
					if (kept.length <= keep + 1) {
						line.append(word.text());
					} else {
						List<String> shown = new ArrayList<>();
						if (!first) {
							shown.addAll(List.of(kept).subList(0, CONTEXT));
						}
						shown.add("…");
						if (!last) {
							shown.addAll(List.of(kept).subList(kept.length - CONTEXT, kept.length));
						}
						line.append(String.join(" ", shown));
					}
				}
			}
		}
		return line.toString();
	}

	// ---- JSON

	static String json(String before, String after, List<NoteDiff.Part> parts) {
		StringBuilder json = new StringBuilder();
		json.append("{\n  \"old\": ").append(DiagnosticsJson.string(before)).append(",\n  \"new\": ")
				.append(DiagnosticsJson.string(after)).append(",\n  \"parts\": [");
		for (int p = 0; p < parts.size(); p++) {
			NoteDiff.Part part = parts.get(p);
			json.append(p == 0 ? "\n" : ",\n").append("    {\"kind\": ").append(DiagnosticsJson.string(part.kind()))
					.append(", \"change\": ").append(change(part.change())).append(", \"fields\": [");
			for (int f = 0; f < part.fields().size(); f++) {
				NoteDiff.Field field = part.fields().get(f);
				json.append(f == 0 ? "" : ", ").append("{\"field\": ").append(DiagnosticsJson.string(field.key()))
						.append(", \"old\": ").append(nullable(field.before())).append(", \"new\": ").append(nullable(field.after()))
						.append('}');
			}
			json.append("], \"sections\": [");
			for (int s = 0; s < part.sections().size(); s++) {
				NoteDiff.Section section = part.sections().get(s);
				json.append(s == 0 ? "\n" : ",\n").append("      {\"path\": [");
				for (int k = 0; k < section.path().size(); k++) {
					json.append(k == 0 ? "" : ", ").append(DiagnosticsJson.string(section.path().get(k)));
				}
				json.append("], \"change\": ").append(change(section.change())).append(", \"renamedFrom\": ")
						.append(nullable(section.renamedFrom())).append(", \"blocks\": [");
				for (int b = 0; b < section.blocks().size(); b++) {
					NoteDiff.Block block = section.blocks().get(b);
					json.append(b == 0 ? "" : ", ").append("{\"block\": ").append(DiagnosticsJson.string(block.name()))
							.append(", \"change\": ").append(change(block.change())).append(", \"words\": [");
					for (int w = 0; w < block.words().size(); w++) {
						NoteDiff.Word word = block.words().get(w);
						json.append(w == 0 ? "" : ", ").append("{\"op\": ")
								.append(DiagnosticsJson.string(word.op().name().toLowerCase(java.util.Locale.ROOT))).append(", \"text\": ")
								.append(DiagnosticsJson.string(word.text())).append('}');
					}
					json.append("]}");
				}
				json.append("]}");
			}
			json.append(part.sections().isEmpty() ? "]}" : "\n    ]}");
		}
		json.append(parts.isEmpty() ? "]\n}" : "\n  ]\n}");
		return json.toString();
	}

	private static String change(NoteDiff.Change change) {
		return DiagnosticsJson.string(change.name().toLowerCase(java.util.Locale.ROOT));
	}

	private static String nullable(String value) {
		return value == null ? "null" : DiagnosticsJson.string(value);
	}
}
