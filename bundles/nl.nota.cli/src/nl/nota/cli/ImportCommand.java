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
import nl.nota.docgen.imports.DocxComments;
import nl.nota.docgen.imports.DocxReader;
import nl.nota.lang.imports.RemarkPlacer;
import nl.nota.lang.imports.PlainTextImporter;
import nl.nota.lang.parser.NotaScanner;
import nl.nota.lang.validation.IssueCodes;
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
		if (arguments.contains("--comments")) {
			List<String> files = new ArrayList<>(arguments);
			files.remove("--comments");
			return comments(files, out, err);
		}
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
					return unreadable(inputs.get(0), e, ", of exporteer het als tekst", out, err);
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

	/**
	 * {@code nota import --comments REVIEWED.docx NOTE.nota}: the reviewers' comments of a Word document made
	 * from the note's internal nota go back into the note as remarks, after their word in the nota's part. The
	 * note is rewritten only when at least one remark was placed; what could not be placed is printed whole. The
	 * reviewers' tracked changes (still pending in the document) are printed where they apply, not applied.
	 */
	private int comments(List<String> files, PrintStream out, PrintStream err) throws UsageException {
		if (files.size() != 2 || files.stream().anyMatch(file -> file.startsWith("-"))) {
			throw new UsageException("Gebruik: nota import --comments BEOORDEELD.docx FILE.nota");
		}
		Path docx = Paths.get(files.get(0));
		Path note = Paths.get(files.get(1));
		for (Path file : List.of(docx, note)) {
			if (!Files.isRegularFile(file)) {
				throw new UsageException("Het bestand " + file + " bestaat niet.");
			}
		}
		DocxComments.Review review;
		try {
			review = DocxComments.review(Files.readAllBytes(docx));
		} catch (IOException e) {
			return unreadable(files.get(0), e, "", out, err);
		}
		SourceReader.Source source;
		try {
			source = reader.read(note, files.get(1));
		} catch (IOException e) {
			throw new UsageException("Lezen mislukt: " + note + ": " + e.getMessage());
		}
		if (source.problem() != null) {
			out.println(source.problem().toLine());
			err.println("Niets geschreven.");
			return 2;
		}
		String text = source.text();
		int[] nota = notaPart(text, registry.catalogFor(URI.createFileURI(note.toAbsolutePath().toString())));
		RemarkPlacer.Result result = RemarkPlacer.place(text, nota[0], nota[1], review.remarks());
		for (RemarkPlacer.Placed placed : result.placed()) {
			out.println(files.get(1) + ":" + position(result.source(), placed.offset()) + ": opmerking van " + placed.remark().author() + " geplaatst: "
					+ placed.remark().text());
		}
		for (RemarkPlacer.Remark remark : result.unplaced()) {
			out.println(files.get(0) + ": niet geplaatst (de tekst '" + remark.anchor() + "' staat niet meer in de nota): opmerking van "
					+ remark.author() + ": " + remark.text());
		}
		// a reviewer's tracked changes are proposals: shown where they apply, for the author to take over
		int end = nota[1] + result.source().length() - text.length();
		for (DocxComments.Edit edit : review.edits()) {
			int at = RemarkPlacer.locate(result.source(), nota[0], end, edit.before(), edit.inserted() ? "" : edit.text());
			String proposal = "voorstel van " + edit.author() + ": " + (edit.inserted() ? "invoegen {+" + edit.text().strip() + "+}"
					: "schrappen [-" + edit.text().strip() + "-]");
			out.println(at < 0 ? files.get(0) + ": " + proposal + " (de plek staat niet meer in de nota)"
					: files.get(1) + ":" + position(result.source(), at) + ": " + proposal);
		}
		try {
			if (!result.placed().isEmpty()) {
				AtomicFiles.write(note, result.source());
			}
		} catch (IOException e) {
			throw new UsageException("Schrijven mislukt, " + note + " is ongewijzigd: " + e.getMessage());
		}
		err.println(result.placed().size() + " opmerking(en) geplaatst, " + result.present().size() + " stond(en) er al, "
				+ result.unplaced().size() + " niet geplaatst" + (result.placed().isEmpty() ? "; " + note + " is ongewijzigd." : ".")
				+ (review.edits().isEmpty() ? "" : " " + review.edits().size() + " wijzigingsvoorstel(len) hierboven: neem ze zelf over."));
		return result.unplaced().isEmpty() ? 0 : 1;
	}

	/** "line:column" (1-based) of an offset. */
	private static String position(String text, int offset) {
		String before = text.substring(0, offset);
		return ((int) before.chars().filter(c -> c == '\n').count() + 1) + ":" + (offset - before.lastIndexOf('\n'));
	}

	/** A document that is not a Word document: said at its first position, nothing written; exit code 2. */
	private static int unreadable(String shown, IOException e, String alternative, PrintStream out, PrintStream err) {
		out.println(new Diagnostic(shown, 1, 1, true, "Dit bestand kan niet als Word-document worden gelezen (" + e.getMessage()
				+ "). Sla het in Word op als .docx" + alternative + ".", IssueCodes.UNREADABLE).toLine());
		err.println("Niets geschreven.");
		return 2;
	}

	/** Where the nota's part (the first part that is not a letter) starts and ends in the source, as the scanner reads the parts. */
	private static int[] notaPart(String text, nl.nota.lang.types.NoteTypeCatalog catalog) {
		int start = -1;
		for (NotaScanner.Lexeme lexeme : NotaScanner.scan(text)) {
			if (lexeme.kind() != NotaScanner.Kind.PART_KEY) {
				continue;
			}
			if (start >= 0) {
				return new int[] { start, lexeme.start() };
			}
			String kind = text.substring(lexeme.start(), lexeme.end()).replace(":", "").strip();
			nl.nota.lang.types.noteType.NoteType type = catalog.find(kind);
			if (type != null && type.getCategory() != nl.nota.lang.types.noteType.Category.LETTER) {
				start = lexeme.start();
			}
		}
		return new int[] { Math.max(start, 0), text.length() };
	}

	private static Path defaultTarget(Path input) {
		String name = input.getFileName().toString();
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		String base = lower.endsWith(".txt") ? name.substring(0, name.length() - 4)
				: lower.endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
		return input.resolveSibling(base + ".nota");
	}
}
