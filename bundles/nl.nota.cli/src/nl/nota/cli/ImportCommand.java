package nl.nota.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;

import nl.nota.docgen.output.AtomicFiles;
import nl.nota.docgen.imports.DocxReader;
import nl.nota.lang.imports.PlainTextImporter;
import nl.nota.lang.types.NoteTypeRegistry;

/**
 * {@code nota import FILE.txt [--kind KIND] [-o FILE.nota] [--force]}: writes the note, then validates it so
 * the writer sees what the source lacked. Exit 0 when the result has no errors, 1 when it has, 2 when
 * nothing was written.
 */
public class ImportCommand {

	@Inject
	private SourceReader reader;

	@Inject
	private NoteTypeRegistry registry;

	@Inject
	private NoteValidation validation;

	public int run(List<String> arguments, PrintStream out, PrintStream err) throws UsageException {
		String kind = null;
		String output = null;
		boolean force = false;
		List<String> inputs = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			switch (argument) {
				case "--kind" -> kind = OptionValues.after(arguments, ++i, "--kind");
				case "-o", "--output" -> output = OptionValues.after(arguments, ++i, argument);
				case "--force" -> force = true;
				default -> {
					if (argument.startsWith("-")) {
						throw new UsageException("Onbekende optie " + argument + " voor 'nota import'.");
					}
					inputs.add(argument);
				}
			}
		}
		if (inputs.size() != 1) {
			throw new UsageException("Geef één bestand op: nota import FILE.txt|FILE.docx [--kind KIND] [-o FILE.nota]");
		}
		Path input = Paths.get(inputs.get(0));
		if (!Files.isRegularFile(input)) {
			throw new UsageException("Het bestand " + inputs.get(0) + " bestaat niet.");
		}
		Path target = output != null ? Paths.get(output) : defaultTarget(input);
		if (Files.exists(target) && !force) {
			throw new UsageException(target + " bestaat al en wordt niet overschreven. Kies een andere naam met -o, of gebruik --force.");
		}
		try {
			URI targetUri = URI.createFileURI(target.toAbsolutePath().toString());
			PlainTextImporter.Result result;
			if (input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
				List<PlainTextImporter.SourceLine> lines;
				try {
					lines = DocxReader.read(Files.readAllBytes(input));
				} catch (IOException e) {
					out.println(inputs.get(0) + ":1:1: error: Dit bestand kan niet als Word-document worden gelezen (" + e.getMessage()
							+ "). Sla het in Word op als .docx, of exporteer het als tekst. [nota.unreadable]");
					err.println("Niets geschreven.");
					return 2;
				}
				result = new PlainTextImporter().convert(lines, kind, registry.catalogFor(targetUri), input.getFileName().toString());
			} else {
				SourceReader.Source source = reader.read(input, inputs.get(0));
				if (source.problem() != null) {
					out.println(source.problem().toLine());
					err.println("Niets geschreven.");
					return 2;
				}
				result = new PlainTextImporter().convert(source.text(), kind, registry.catalogFor(targetUri), input.getFileName().toString());
			}
			AtomicFiles.write(target, result.source());
			result.remarks().forEach(err::println);
			err.println("Geschreven: " + target);
			List<Diagnostic> diagnostics = validation.validate(target, target.toString(), result.source());
			diagnostics.forEach(diagnostic -> out.println(diagnostic.toLine()));
			return diagnostics.stream().anyMatch(Diagnostic::error) ? 1 : 0;
		} catch (IOException e) {
			throw new UsageException("Importeren mislukt: " + e.getMessage());
		}
	}

	private static Path defaultTarget(Path input) {
		String name = input.getFileName().toString();
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		String base = lower.endsWith(".txt") ? name.substring(0, name.length() - 4)
				: lower.endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
		return input.resolveSibling(base + ".nota");
	}
}
