package nl.nota.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.inject.Inject;

import nl.nota.cli.NoteFiles.NoteFile;
import nl.nota.lang.validation.IssueCodes;

/** {@code nota validate FILE|DIR... [--format text|json]}: exit 0 without errors, 1 with errors, 2 on usage or I/O problems. */
public class ValidateCommand {

	@Inject
	private NoteValidation validation;

	@Inject
	private SourceReader reader;

	public int run(List<String> arguments, Path folder, PrintStream out, PrintStream err) throws UsageException {
		boolean json = false;
		boolean noComments = false;
		int jobs = Batch.defaultJobs();
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.equals("--format")) {
				if (i + 1 >= arguments.size()) {
					throw new UsageException("--format verwacht 'text' of 'json'.");
				}
				json = switch (arguments.get(++i)) {
					case "json" -> true;
					case "text" -> false;
					default -> throw new UsageException("Onbekend formaat '" + arguments.get(i) + "'; kies 'text' of 'json'.");
				};
			} else if (argument.equals("--no-comments")) {
				noComments = true;
			} else if (argument.equals("-j") || argument.equals("--jobs")) {
				jobs = OptionValues.count(arguments, ++i, argument);
			} else if (argument.startsWith("--format=")) {
				json = argument.equals("--format=json");
			} else if (argument.startsWith("-")) {
				throw new UsageException("Onbekende optie " + argument + " voor 'nota validate'.");
			} else {
				paths.add(argument);
			}
		}
		if (paths.isEmpty()) {
			throw new UsageException("Geef een of meer .nota-bestanden of mappen op: nota validate FILE|DIR...");
		}
		List<NoteFile> files = NoteFiles.expand(folder, paths, List.of("nota", "notatype"));
		List<Diagnostic> diagnostics = new ArrayList<>();
		Batch.each(files, jobs, out, err, (file, index, noteOut, noteErr) -> {
			try {
				SourceReader.Source source = reader.read(file.path(), file.displayName());
				if (source.problem() != null) {
					return List.of(source.problem());
				}
				NoteValidation.Checked checked = validation.check(file.path(), file.displayName(), source.text());
				validation.sayNotices(checked, noteErr);
				return checked.diagnostics();
			} catch (IOException e) {
				// one file gone or unreadable (deleted while a folder is checked): said for that file, the others count
				String reason = e instanceof java.nio.file.NoSuchFileException ? "het bestaat niet meer" : e.getMessage();
				return List.of(new Diagnostic(file.displayName(), 1, 1, true, "Het bestand kan niet worden gelezen: " + reason
						+ ". Controleer of het er (nog) is en of u het mag lezen.", nl.nota.lang.validation.IssueCodes.UNREADABLE));
			}
		}).forEach(diagnostics::addAll);
		if (noComments) {
			// the gate before sending: an open review remark is an error
			diagnostics.replaceAll(diagnostic -> IssueCodes.REVIEW_COMMENT.equals(diagnostic.code()) && !diagnostic.error()
					? new Diagnostic(diagnostic.file(), diagnostic.line(), diagnostic.column(), true, diagnostic.message()
							+ " (--no-comments: een nota met open opmerkingen is nog niet klaar om te versturen)", diagnostic.code())
					: diagnostic);
		}
		long errors = diagnostics.stream().filter(Diagnostic::error).count();
		long warnings = diagnostics.size() - errors;
		if (json) {
			out.println(DiagnosticsJson.write(diagnostics, files.size()));
		} else {
			diagnostics.forEach(diagnostic -> out.println(diagnostic.toLine()));
			err.println(files.size() + (files.size() == 1 ? " bestand" : " bestanden") + " gecontroleerd: " + errors
					+ (errors == 1 ? " fout" : " fouten") + ", " + warnings + (warnings == 1 ? " waarschuwing." : " waarschuwingen."));
		}
		return errors > 0 ? 1 : 0;
	}
}
