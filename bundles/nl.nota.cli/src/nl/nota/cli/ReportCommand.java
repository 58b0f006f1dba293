package nl.nota.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.inject.Inject;

import nl.nota.cli.NoteFiles.NoteFile;
import nl.nota.lang.model.Headings;
import nl.nota.lang.model.NoteText;
import nl.nota.lang.nota.Block;
import nl.nota.lang.nota.BulletList;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Paragraph;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Subsection;
import nl.nota.lang.writing.Readability;
import nl.nota.lang.writing.Readability.Score;

/**
 * {@code nota report FILE...}: readability per section (Flesch-Douma; higher is easier, 60-70 is plain
 * language), with words, sentences and words per sentence.
 */
public class ReportCommand {

	@Inject
	private SourceReader reader;

	@Inject
	private NoteValidation validation;

	public int run(List<String> arguments, Path folder, PrintStream out, PrintStream err) throws UsageException {
		if (arguments.isEmpty() || arguments.stream().anyMatch(argument -> argument.startsWith("-"))) {
			throw new UsageException("Geef een of meer .nota-bestanden op: nota report FILE...");
		}
		int status = 0;
		for (NoteFile file : NoteFiles.expand(folder, arguments, List.of("nota"))) {
			try {
				SourceReader.Source source = reader.read(file.path(), file.displayName());
				if (source.problem() != null) {
					out.println(source.problem().toLine());
					status = 1;
					continue;
				}
				NoteValidation.Checked checked = validation.check(file.path(), file.displayName(), source.text());
				Document document = (Document) checked.resource().getContents().get(0);
				out.println(file.displayName());
				for (Part part : document.getParts()) {
					table(out, part);
				}
			} catch (IOException e) {
				throw new UsageException("Het bestand " + file.displayName() + " kan niet worden gelezen: " + e.getMessage());
			}
		}
		out.println("Flesch-Douma: 206,835 - 0,93 x woorden per zin - 77 x lettergrepen per woord; hoger is makkelijker, "
				+ "60-70 is eenvoudig Nederlands (B1). De score telt alleen lengtes, niet hoe gewoon of concreet de woorden zijn.");
		return status;
	}

	private static void table(PrintStream out, Part part) {
		out.println();
		out.println("  " + part.getKind() + ": " + NoteText.plain(part.getTitle()));
		out.printf("  %-44s %7s %6s %9s %13s%n", "Sectie", "Woorden", "Zinnen", "Woord/zin", "Flesch-Douma");
		List<Row> rows = new ArrayList<>();
		if (!part.getBlocks().isEmpty()) {
			rows.add(new Row("(inleiding)", score(part.getBlocks())));
		}
		for (Section section : part.getSections()) {
			List<Block> blocks = new ArrayList<>(section.getBlocks());
			Score own = score(section.getBlocks());
			Score total = own;
			List<Row> subsections = new ArrayList<>();
			for (Subsection subsection : section.getSubsections()) {
				Score sub = score(subsection.getBlocks());
				subsections.add(new Row("  " + Headings.visible(subsection.getHeading()), sub));
				total = total.plus(sub);
				blocks.addAll(subsection.getBlocks());
			}
			rows.add(new Row(Headings.visible(section.getHeading()), total));
			rows.addAll(subsections);
		}
		Score all = new Score(0, 0, 0);
		for (Row row : rows) {
			if (!row.name().startsWith("  ")) {
				all = all.plus(row.score());
			}
			print(out, row.name(), row.score());
		}
		print(out, "Totaal", all);
	}

	private record Row(String name, Score score) {
	}

	private static void print(PrintStream out, String name, Score score) {
		String shown = name.length() > 44 ? name.substring(0, 43) + "…" : name;
		out.printf(Locale.ROOT, "  %-44s %7d %6d %9.1f %13.1f%n", shown, score.words(), score.sentences(), score.wordsPerSentence(),
				score.fleschDouma());
	}

	private static Score score(List<Block> blocks) {
		Score score = new Score(0, 0, 0);
		for (Block block : blocks) {
			if (block instanceof Paragraph paragraph) {
				score = score.plus(Readability.score(NoteText.plain(paragraph.getInlines())));
			} else if (block instanceof BulletList list) {
				for (var item : list.getItems()) {
					score = score.plus(Readability.score(NoteText.plain(item.getInlines())));
				}
			}
		}
		return score;
	}
}
