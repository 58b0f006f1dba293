package nl.nota.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

	public int run(List<String> arguments, Path folder, PrintStream out, PrintStream err) throws UsageException {
		if (arguments.contains("--comments")) {
			List<String> files = new ArrayList<>(arguments);
			files.remove("--comments");
			return comments(files, folder, out, err);
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
		Path input = folder.resolve(inputs.get(0));
		if (!Files.isRegularFile(input)) {
			throw new UsageException("Het bestand " + inputs.get(0) + " bestaat niet.");
		}
		Path target = output != null ? folder.resolve(output) : defaultTarget(input);
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
	private int comments(List<String> files, Path folder, PrintStream out, PrintStream err) throws UsageException {
		if (files.size() != 2 || files.stream().anyMatch(file -> file.startsWith("-"))) {
			throw new UsageException("Gebruik: nota import --comments BEOORDEELD.docx FILE.nota");
		}
		Path docx = folder.resolve(files.get(0));
		Path note = folder.resolve(files.get(1));
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
		DocxComments.Edit previous = null;
		int previousAt = -1;
		for (DocxComments.Edit edit : review.edits()) {
			int at = RemarkPlacer.locate(result.source(), nota[0], end, edit.before(), edit.inserted() ? "" : edit.text());
			if (at < 0 && edit.inserted() && previous != null && !previous.inserted() && previous.before().equals(edit.before())) {
				at = previousAt; // what replaces a deletion (at the start of its paragraph, with no word before it) stands where it was
			}
			previous = edit;
			previousAt = at;
			String proposal = "voorstel van " + edit.author() + ": " + (edit.inserted() ? "invoegen {+" + edit.text().strip() + "+}"
					: "schrappen [-" + edit.text().strip() + "-]");
			out.println(at < 0 ? files.get(0) + ": " + proposal + " (de plek staat niet meer in de nota)"
					: files.get(1) + ":" + position(result.source(), at) + ": " + proposal);
		}
		int differences;
		try {
			differences = differences(note, files.get(1), text, nota, review, out);
			if (!result.placed().isEmpty()) {
				AtomicFiles.write(note, result.source());
			}
		} catch (IOException e) {
			throw new UsageException("Schrijven mislukt, " + note + " is ongewijzigd: " + e.getMessage());
		}
		err.println(result.placed().size() + " opmerking(en) geplaatst, " + result.present().size() + " stond(en) er al, "
				+ result.unplaced().size() + " niet geplaatst" + (result.placed().isEmpty() ? "; " + note + " is ongewijzigd." : ".")
				+ (review.edits().isEmpty() ? "" : " " + review.edits().size() + " wijzigingsvoorstel(len) hierboven: neem ze zelf over.")
				+ (differences == 0 ? "" : " " + differences + " alinea('s) anders dan de bron (geweigerde wijzigingen, of "
						+ "zonder bijhouden veranderd) hierboven."));
		return result.unplaced().isEmpty() ? 0 : 1;
	}

	/**
	 * The paragraphs of the reviewed document whose text is not what the note's internal nota says now (a
	 * change of ours the reviewer rejected, text edited without Track Changes), each printed as a word diff at
	 * the paragraph's place in the source; paragraphs with pending changes are left to those. It compares with
	 * the internal nota as it would be generated now, read back the same way, so both sides are alike in what
	 * Word makes of them. Returns how many.
	 */
	private int differences(Path note, String shown, String text, int[] nota, DocxComments.Review review, PrintStream out) throws IOException {
		NoteValidation.Checked checked = validation.check(note, shown, text);
		if (checked.resource().getContents().isEmpty() || !(checked.resource().getContents().get(0) instanceof nl.nota.lang.nota.Document document)
				|| document.getParts().isEmpty()) {
			return 0;
		}
		java.util.Optional<nl.nota.docgen.style.HouseStyle> style = nl.nota.docgen.output.NoteOutputs.houseStyle(
				nl.nota.docgen.style.HouseStyles.forFolder(note.toAbsolutePath().getParent()), null, document.getParts().get(0));
		if (style.isEmpty()) {
			return 0;
		}
		nl.nota.docgen.model.GeneratedDocument generated = new nl.nota.docgen.transform.NoteTransformer()
				.transform(document, registry.catalogFor(URI.createFileURI(note.toAbsolutePath().toString())), style.get(), checked.hasErrors())
				.nota();
		List<DocxComments.Paragraph> ours = DocxComments.review(nl.nota.docgen.render.Format.DOCX.render(generated)).paragraphs();
		List<DocxComments.Paragraph> theirs = review.paragraphs();
		List<int[]> pairs = new ArrayList<>(nl.nota.lang.model.Sequences.aligned(ours, theirs, (a, b) -> normalized(a).equals(normalized(b))));
		pairs.add(new int[] { ours.size(), theirs.size() });
		int count = 0;
		int i = 0;
		int j = 0;
		for (int[] pair : pairs) {
			// between two equal paragraphs: the ones in both lists, side by side, are the same paragraph changed
			for (; i < pair[0] && j < pair[1]; i++, j++) {
				String before = normalized(ours.get(i));
				String after = normalized(theirs.get(j));
				if (theirs.get(j).pending() || before.isEmpty() || after.isEmpty()) {
					continue;
				}
				String[] words = before.split(" ");
				int at = RemarkPlacer.locate(text, nota[0], nota[1], "", String.join(" ", List.of(words).subList(0, Math.min(6, words.length))));
				out.println((at < 0 ? shown : shown + ":" + position(text, at)) + ": in het beoordeelde document staat deze alinea anders: "
						+ DiffCommand.shown(nl.nota.lang.ide.services.NoteDiff.words(before, after)));
				count++;
			}
			i = pair[0] + 1;
			j = pair[1] + 1;
		}
		return count;
	}

	private static String normalized(DocxComments.Paragraph paragraph) {
		return nl.nota.lang.model.NoteText.collapseSpaces(paragraph.text()).strip();
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
