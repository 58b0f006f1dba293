package nl.nota.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Part;
import nl.nota.lang.types.NoteTypeRegistry;

/**
 * {@code nota generate FILE|DIR... [-o DIR] [--format docx,odt,pdf,html] [--house-style NAME] [--draft]}:
 * writes {@code <name>.nota.<ext>} and {@code <name>.kamerbrief.<ext>} per note. A note with errors is not
 * generated (unless --draft); the others still are. Every file is written atomically.
 */
public class GenerateCommand {

	@Inject
	private SourceReader reader;

	@Inject
	private NoteValidation validation;

	@Inject
	private NoteTypeRegistry registry;

	private record Options(List<String> paths, Path output, Set<Format> formats, String houseStyle, boolean draft,
			boolean publication) {
	}

	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
		Options options = parse(arguments);
		List<NoteFile> files = NoteFiles.expand(options.paths(), List.of("nota"));
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
		int written = 0;
		for (int i = 0; i < files.size(); i++) {
			NoteFile file = files.get(i);
			if (files.size() > 1) {
				err.println("[" + (i + 1) + "/" + files.size() + "] " + file.displayName());
			}
			if (colliding.contains(file)) {
				continue;
			}
			try {
				List<Path> paths = generate(file, options, out, err);
				if (paths == null) {
					failed.add(file.displayName());
				} else {
					paths.forEach(path -> out.println("geschreven: " + path));
					written++;
				}
			} catch (IOException | RuntimeException e) {
				out.println(file.displayName() + ":1:1: error: Genereren mislukt: " + e.getMessage()
						+ ". Eerdere uitvoer is niet aangeraakt. [nota.generate]");
				failed.add(file.displayName());
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
		NoteTransformer.Output output = new NoteTransformer().transform(document, registry.catalogFor(uri), style.get(),
				options.draft() && checked.hasErrors());
		if (options.draft() && checked.hasErrors()) {
			err.println(file.displayName() + ": gegenereerd als CONCEPT; wat ontbreekt staat gemarkeerd in de documenten.");
		}
		Map<String, GeneratedDocument> documents = new LinkedHashMap<>();
		String base = NoteOutputs.baseName(file.path());
		Path outputFolder = outputFolder(file, options);
		Map<Path, byte[]> rendered = new LinkedHashMap<>();
		if (options.publication()) {
			// a publication run writes public documents only: the Woo version, the letter and the inventory
			NoteTransformer.Publication publication;
			try {
				publication = new NoteTransformer().publication(document, registry.catalogFor(uri), style.get());
			} catch (NoteTransformer.NotPublishable e) {
				out.println(file.displayName() + ":1:1: error: " + e.getMessage() + " [nota.not-publishable]");
				return null;
			}
			documents.put(base + ".openbaar", publication.nota());
			String name = base + ".openbaar";
			rendered.put(NoteOutputs.inside(outputFolder, base + ".woo-inventaris.csv"),
					publication.inventory().csv(name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			rendered.put(NoteOutputs.inside(outputFolder, base + ".woo-inventaris.json"),
					publication.inventory().json(name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			output.letter().ifPresent(letter -> documents.put(base + ".kamerbrief", letter));
			output.answers().ifPresent(answers -> documents.put(base + ".antwoorden", answers));
		} else {
			documents.putAll(NoteOutputs.drafts(output, base));
		}
		rendered.putAll(NoteOutputs.render(documents, options.formats(), outputFolder));
		// render everything first, write only then: a failing renderer leaves all earlier output as it was
		NoteOutputs.write(rendered);
		return new ArrayList<>(rendered.keySet());
	}

	private static Options parse(List<String> arguments) throws UsageException {
		List<String> paths = new ArrayList<>();
		Path output = null;
		Set<Format> formats = Set.of(Format.values());
		String houseStyle = null;
		boolean draft = false;
		boolean publication = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			switch (argument) {
				case "-o", "--output" -> output = Paths.get(OptionValues.after(arguments, ++i, argument));
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
		return new Options(paths, output, formats, houseStyle, draft, publication);
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
