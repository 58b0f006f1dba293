package nl.nota.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;

import nl.nota.cli.NoteFiles.NoteFile;
import nl.nota.docgen.output.NoteOutputs;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.docgen.transform.Redline;
import nl.nota.lang.model.GitVersions;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Part;
import nl.nota.lang.types.NoteTypeRegistry;

/**
 * {@code nota generate FILE|DIR... [-o DIR] [--format docx,odt,pdf,html] [--house-style NAME] [--draft]
 * [--compare OLD.nota | --compare-rev REV] [--author NAME] [-j N]}: writes {@code <name>.nota.<ext>} and {@code <name>.kamerbrief.<ext>} per
 * note (with --compare {@code <name>.nota.wijzigingen.<ext>} ..., the changes since OLD as tracked changes). A note with errors is not
 * generated (unless --draft); the others still are. Every file is written atomically. The notes of a folder are
 * generated side by side, one per core (or {@code -j N} at a time).
 */
public class GenerateCommand {

	@Inject
	private SourceReader reader;

	@Inject
	private NoteValidation validation;

	@Inject
	private NoteTypeRegistry registry;

	/** What became of one note: its files written, not (errors, a failure), or refused before the run (a collision). */
	private enum Outcome {
		WRITTEN, FAILED, REFUSED
	}

	private record Options(List<String> paths, Path output, Set<Format> formats, String houseStyle, boolean draft,
			boolean publication, Path compare, String compareRevision, String author, int jobs) {
	}

	public int run(List<String> arguments, Path folder, PrintStream out, PrintStream err) throws UsageException {
		Options options = parse(arguments, folder);
		List<NoteFile> files = NoteFiles.expand(folder, options.paths(), List.of("nota"));
		List<String> failed = new ArrayList<>();
		// notes that would write the same files (the same name in different folders, one output folder):
		// refused before anything is written, rather than one silently overwriting the other
		Map<Path, List<NoteFile>> byTarget = new LinkedHashMap<>();
		for (NoteFile file : files) {
			byTarget.computeIfAbsent(outputFolder(file, options).resolve(NoteOutputs.baseName(file.path())), key -> new ArrayList<>()).add(file);
		}
		java.util.Set<NoteFile> colliding = new java.util.HashSet<>();
		for (Map.Entry<Path, List<NoteFile>> target : byTarget.entrySet()) {
			if (target.getValue().size() > 1) {
				for (NoteFile file : target.getValue()) {
					List<String> others = target.getValue().stream().filter(other -> other != file).map(NoteFile::displayName).toList();
					out.println(file.displayName() + ":1:1: error: Niet gegenereerd: " + String.join(", ", others) + " zou dezelfde "
							+ "bestanden schrijven (" + target.getKey() + ".*). Genereer ze met -o naar verschillende mappen, of geef de "
							+ "nota's verschillende namen. [nota.output-collision]");
					colliding.add(file);
					failed.add(file.displayName());
				}
			}
		}
		List<Outcome> outcomes = Batch.each(files, options.jobs(), out, err, (file, i, noteOut, noteErr) -> {
			if (files.size() > 1) {
				noteErr.println("[" + (i + 1) + "/" + files.size() + "] " + file.displayName());
			}
			if (colliding.contains(file)) {
				return Outcome.REFUSED;
			}
			try {
				List<Path> paths = generate(file, options, noteOut, noteErr);
				if (paths == null) {
					return Outcome.FAILED;
				}
				paths.forEach(path -> noteOut.println("geschreven: " + path));
				return Outcome.WRITTEN;
			} catch (IOException | RuntimeException e) {
				noteOut.println(file.displayName() + ":1:1: error: Genereren mislukt: " + e.getMessage()
						+ ". Eerdere uitvoer is niet aangeraakt. [nota.generate]");
				return Outcome.FAILED;
			}
		});
		int written = 0;
		for (int i = 0; i < files.size(); i++) {
			switch (outcomes.get(i)) {
				case WRITTEN -> written++;
				case FAILED -> failed.add(files.get(i).displayName());
				case REFUSED -> {
					// named among the failed already, before anything was written
				}
			}
		}
		err.println(written + (written == 1 ? " nota" : " nota's") + " gegenereerd"
				+ (failed.isEmpty() ? "." : ", " + failed.size() + " mislukt: " + String.join(", ", failed)));
		return failed.isEmpty() ? 0 : 1;
	}

	/** Where a note's files go: the output folder asked for, else next to the note. */
	private static Path outputFolder(NoteFile file, Options options) {
		return (options.output() != null ? options.output() : file.path().toAbsolutePath().getParent()).toAbsolutePath().normalize();
	}

	/** The written files, or null when the note has errors (they are printed). */
	private List<Path> generate(NoteFile file, Options options, PrintStream out, PrintStream err) throws IOException {
		SourceReader.Source source = reader.read(file.path(), file.displayName());
		if (source.problem() != null) {
			out.println(source.problem().toLine());
			return null;
		}
		NoteValidation.Checked checked = validation.check(file.path(), file.displayName(), source.text());
		checked.diagnostics().forEach(diagnostic -> out.println(diagnostic.toLine()));
		Document document = checked.resource().getContents().isEmpty() ? null
				: (Document) checked.resource().getContents().get(0);
		if (document == null || document.getParts().isEmpty()) {
			return null;
		}
		if (checked.hasErrors() && !options.draft()) {
			err.println(file.displayName() + ": niet gegenereerd omdat de nota fouten bevat (--draft genereert toch, als concept).");
			return null;
		}
		Path folder = file.path().toAbsolutePath().getParent();
		HouseStyles styles = HouseStyles.forFolder(folder);
		Optional<HouseStyle> style = NoteOutputs.houseStyle(styles, options.houseStyle(), document.getParts().get(0));
		if (style.isEmpty()) {
			out.println(file.displayName() + ":1:1: error: Geen huisstijl gevonden. Zet 'huisstijl: NAAM' of 'ministerie: ...' in de kop, "
					+ "of gebruik --house-style; beschikbaar: " + String.join(", ", styles.names()) + ". [nota.house-style]");
			return null;
		}
		NoteOutputs.unknownMinistry(styles, options.houseStyle(), document.getParts().get(0))
				.ifPresent(warning -> out.println(file.displayName() + ":" + ministryPosition(document.getParts().get(0)) + ": warning: "
						+ warning + " [nota.house-style]"));
		URI uri = URI.createFileURI(file.path().toAbsolutePath().toString());
		if (options.draft() && checked.hasErrors()) {
			err.println(file.displayName() + ": gegenereerd als CONCEPT; wat ontbreekt staat gemarkeerd in de documenten.");
		}
		String base = NoteOutputs.baseName(file.path());
		Path outputFolder = outputFolder(file, options);
		Map<Path, byte[]> rendered = new LinkedHashMap<>();
		Map<String, GeneratedDocument> documents;
		try {
			documents = documents(document, uri, style.get(), options.draft() && checked.hasErrors(), options.publication(), base,
					outputFolder, rendered);
			if (options.compare() != null || options.compareRevision() != null) {
				rendered.clear(); // a comparison writes the compared documents only
				documents = compared(file, documents, options, style.get(), base, outputFolder, out, err);
				if (documents == null) {
					return null;
				}
			}
		} catch (NoteTransformer.NotPublishable e) {
			out.println(file.displayName() + ":1:1: error: " + e.getMessage() + " [nota.not-publishable]");
			return null;
		}
		rendered.putAll(NoteOutputs.render(documents, options.formats(), outputFolder));
		// render everything first, write only then: a failing renderer leaves all earlier output as it was
		NoteOutputs.write(rendered);
		return new ArrayList<>(rendered.keySet());
	}

	/**
	 * The documents of a note by file name: its drafts (nota, letter, answers), or for a publication run the public
	 * ones, whose Woo inventory goes into {@code extra}.
	 */
	private Map<String, GeneratedDocument> documents(Document document, URI uri, HouseStyle style, boolean draft, boolean publication,
			String base, Path outputFolder, Map<Path, byte[]> extra) throws NoteTransformer.NotPublishable {
		NoteTransformer.Output output = new NoteTransformer().transform(document, registry.catalogFor(uri), style, draft);
		Map<String, GeneratedDocument> documents = new LinkedHashMap<>();
		if (!publication) {
			documents.putAll(NoteOutputs.drafts(output, base));
			return documents;
		}
		// a publication run writes public documents only: the Woo version, the letter and the inventory
		NoteTransformer.Publication published = new NoteTransformer().publication(document, registry.catalogFor(uri), style);
		String name = base + ".openbaar";
		documents.put(name, published.nota());
		extra.put(NoteOutputs.inside(outputFolder, base + ".woo-inventaris.csv"),
				published.inventory().csv(name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		extra.put(NoteOutputs.inside(outputFolder, base + ".woo-inventaris.json"),
				published.inventory().json(name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		output.letter().ifPresent(letter -> documents.put(base + ".kamerbrief", letter));
		output.answers().ifPresent(answers -> documents.put(base + ".antwoorden", answers));
		return documents;
	}

	/**
	 * {@code --compare OLD}: each document against the same document of the earlier version, named
	 * {@code <name>.wijzigingen}; null when the earlier version cannot be read (said on {@code out}).
	 */
	private Map<String, GeneratedDocument> compared(NoteFile file, Map<String, GeneratedDocument> now, Options options, HouseStyle style,
			String base, Path outputFolder, PrintStream out, PrintStream err) throws IOException, NoteTransformer.NotPublishable {
		Path oldFile;
		SourceReader.Source source;
		if (options.compare() != null) {
			oldFile = options.compare();
			source = reader.read(oldFile, oldFile.toString());
		} else {
			// the version in Git, read as if it lay beside the note (its folder's note types and house styles)
			String revision = options.compareRevision();
			oldFile = file.path().resolveSibling(base + "@" + revision.replaceAll("[^\\w~^.-]", "_") + ".nota");
			GitVersions.Shown shown = GitVersions.show(file.path(), revision, SourceReader.MAX_BYTES);
			if (shown.problem() != null) {
				out.println(file.displayName() + ":1:1: error: " + shown.problem() + " [nota.compare]");
				return null;
			}
			source = reader.decode(shown.bytes(), revision + ":" + file.path().getFileName());
		}
		if (source.problem() != null) {
			out.println(source.problem().toLine());
			return null;
		}
		NoteValidation.Checked checked = validation.check(oldFile, oldFile.toString(), source.text());
		if (checked.resource().getContents().isEmpty() || ((Document) checked.resource().getContents().get(0)).getParts().isEmpty()) {
			out.println(oldFile + ":1:1: error: De vorige versie bevat geen nota om mee te vergelijken. [nota.compare]");
			return null;
		}
		Document old = (Document) checked.resource().getContents().get(0);
		Map<String, GeneratedDocument> before = documents(old, URI.createFileURI(oldFile.toAbsolutePath().toString()), style,
				checked.hasErrors(), options.publication(), base, outputFolder, new LinkedHashMap<>());
		java.time.Instant time = java.time.Instant.now();
		Map<String, GeneratedDocument> compared = new LinkedHashMap<>();
		now.forEach((name, document) -> {
			GeneratedDocument earlier = before.get(name);
			if (earlier == null) {
				err.println(name + ": niet in de vorige versie, dus niet vergeleken.");
			} else {
				compared.put(name + ".wijzigingen", Redline.compare(earlier, document, options.author(), time));
			}
		});
		return compared;
	}

	private static Options parse(List<String> arguments, Path folder) throws UsageException {
		List<String> paths = new ArrayList<>();
		Path output = null;
		Set<Format> formats = Set.of(Format.values());
		String houseStyle = null;
		boolean draft = false;
		boolean publication = false;
		Path compare = null;
		String compareRevision = null;
		String author = System.getProperty("user.name", "onbekend");
		int jobs = Batch.defaultJobs();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			switch (argument) {
				case "-o", "--output" -> output = folder.resolve(OptionValues.after(arguments, ++i, argument));
				case "--format" -> {
					try {
						formats = Format.parse(OptionValues.after(arguments, ++i, argument));
					} catch (IllegalArgumentException e) {
						throw new UsageException(e.getMessage());
					}
				}
				case "--house-style" -> houseStyle = OptionValues.after(arguments, ++i, argument);
				case "--draft" -> draft = true;
				case "--publication" -> publication = true;
				case "--compare" -> compare = folder.resolve(OptionValues.after(arguments, ++i, argument));
				case "--compare-rev" -> compareRevision = OptionValues.after(arguments, ++i, argument);
				case "--author" -> author = OptionValues.after(arguments, ++i, argument);
				case "-j", "--jobs" -> jobs = OptionValues.count(arguments, ++i, argument);
				default -> {
					if (argument.startsWith("-")) {
						throw new UsageException("Onbekende optie " + argument + " voor 'nota generate'.");
					}
					paths.add(argument);
				}
			}
		}
		if (paths.isEmpty()) {
			throw new UsageException("Geef een of meer .nota-bestanden of mappen op: nota generate FILE|DIR... [-o DIR]");
		}
		if (output != null && Files.exists(output) && !Files.isDirectory(output)) {
			throw new UsageException("De uitvoermap " + output + " is een bestand.");
		}
		if (draft && publication) {
			throw new UsageException("--draft en --publication gaan niet samen: alleen een complete nota wordt openbaar gemaakt.");
		}
		if (compare != null && compareRevision != null) {
			throw new UsageException("Kies --compare OUD.nota of --compare-rev REV, niet beide.");
		}
		if ((compare != null || compareRevision != null) && (paths.size() != 1 || Files.isDirectory(folder.resolve(paths.get(0))))) {
			throw new UsageException("--compare vergelijkt één nota met haar vorige versie: nota generate NIEUW.nota --compare OUD.nota "
					+ "(of --compare-rev REV voor de versie in Git)");
		}
		if (compare != null && !Files.isRegularFile(compare)) {
			throw new UsageException("De vorige versie " + compare + " bestaat niet.");
		}
		return new Options(paths, output, formats, houseStyle, draft, publication, compare, compareRevision, author, jobs);
	}

	/** "line:column" of the note's ministerie field, or of its first line. */
	private static String ministryPosition(nl.nota.lang.nota.Part part) {
		return nl.nota.lang.model.PartFields.all(part, "ministerie").stream().findFirst()
				.map(org.eclipse.xtext.nodemodel.util.NodeModelUtils::getNode)
				.map(node -> org.eclipse.xtext.nodemodel.util.NodeModelUtils.getLineAndColumn(node, node.getOffset()))
				.map(position -> position.getLine() + ":" + position.getColumn())
				.orElse("1:1");
	}
}
