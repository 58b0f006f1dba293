package nl.nota.lang.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nota.lang.model.Headings;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.SectionSpec;

/**
 * Turns a nota as published in plain text (headings on their own lines, "«" or "•" bullets, page
 * furniture, often a blank line after every line) into nota source. Headings are recognised from the
 * note types; everything else is kept as text, never dropped: what the source lacks shows up when the
 * result is validated, not as invented content.
 */
public class PlainTextImporter {

	/** The source, the kind it chose and why, in the writer's terms. */
	public record Result(String source, String kind, List<String> remarks) {
	}

	private static final Pattern PAGE_FURNITURE = Pattern.compile(
			"(?i)(pagina|blad|page)\\s+\\d+(\\s+(van|of)\\s+\\d+)?|-?\\s*\\d{1,3}\\s*-?|\\d{1,3}\\s*/\\s*\\d{1,3}");
	private static final Pattern BULLET = Pattern.compile("^[«•▪●■◦–\\-*]\\s+");
	private static final Pattern HEADER_FIELD = Pattern.compile(
			"(?i)^(aan|van|datum|kenmerk|onderwerp|betreft|ministerie|directie|rubricering|bijlage|bijlagen)\\s*:\\s*(.+)$");
	private static final int WIDTH = 96;

	private enum LineKind { HEADING, BULLET, TEXT }

	private record Line(String text, boolean blankBefore) {
	}

	private record Heading(SectionSpec spec, int level) {
	}

	/** A block of output: a heading, or a paragraph or list item whose text grows line by line. */
	private static final class Block {
		final LineKind kind;
		final int level;
		final StringBuilder text = new StringBuilder();

		Block(LineKind kind, int level, String first) {
			this.kind = kind;
			this.level = level;
			text.append(first);
		}

		void append(String line) {
			boolean hyphenated = text.length() > 1 && text.charAt(text.length() - 1) == '-'
					&& Character.isLetter(text.charAt(text.length() - 2)) && Character.isLowerCase(line.charAt(0));
			if (!hyphenated) {
				text.append(' ');
			}
			text.append(line);
		}
	}

	/**
	 * @param text      the plain text
	 * @param kind      the kind of note, or null to infer it from the headings
	 * @param catalog   the note types that apply where the result will be written
	 * @param sourceName shown in the comment at the top of the result
	 */
	public Result convert(String text, String kind, NoteTypeCatalog catalog, String sourceName) {
		List<String> remarks = new ArrayList<>();
		List<Line> lines = meaningfulLines(text);
		NoteType type = kind != null ? catalog.find(kind) : inferType(lines, catalog);
		String chosenKind;
		if (kind != null) {
			chosenKind = kind;
			if (type == null) {
				remarks.add("De notasoort '" + kind + "' is onbekend; koppen worden niet herkend.");
			}
		} else if (type != null) {
			chosenKind = type.getName();
			remarks.add("Notasoort '" + chosenKind + "' afgeleid uit de koppen.");
		} else {
			chosenKind = "informatienota";
			type = catalog.find(chosenKind);
			remarks.add("Geen bekende koppen gevonden; als soort is 'informatienota' gekozen. Geef zo nodig --kind op.");
		}
		Map<String, Heading> headings = headingsOf(type);
		boolean doubleSpaced = isDoubleSpaced(text);

		Map<String, List<String>> fields = new LinkedHashMap<>();
		String title = null;
		List<Block> blocks = new ArrayList<>();
		int signatureStart = signatureStart(lines, headings);
		Block current = null;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			String content = line.text();
			if (i >= signatureStart) {
				fields.computeIfAbsent("van", k -> new ArrayList<>()).add(content);
				continue;
			}
			Heading heading = headings.get(Headings.normalize(content));
			Matcher field = HEADER_FIELD.matcher(content);
			Matcher bullet = BULLET.matcher(content);
			if (heading != null) {
				current = null;
				blocks.add(new Block(LineKind.HEADING, heading.level(), heading.spec().getHeading()));
			} else if (blocks.isEmpty() && field.matches()) {
				String key = field.group(1).toLowerCase(Locale.ROOT);
				if (key.equals("onderwerp") || key.equals("betreft")) {
					title = field.group(2).strip();
				} else {
					fields.computeIfAbsent(key.equals("bijlagen") ? "bijlage" : key, k -> new ArrayList<>()).add(field.group(2).strip());
				}
				current = null;
			} else if (bullet.find()) {
				current = new Block(LineKind.BULLET, 0, content.substring(bullet.end()).strip());
				blocks.add(current);
			} else if (current != null && !startsParagraph(current, line, doubleSpaced)) {
				current.append(content);
			} else {
				current = new Block(LineKind.TEXT, 0, content);
				blocks.add(current);
			}
		}
		return new Result(render(sourceName, chosenKind, title, fields, blocks), chosenKind, remarks);
	}

	private static boolean startsParagraph(Block current, Line line, boolean doubleSpaced) {
		if (!line.blankBefore()) {
			return false;
		}
		if (!doubleSpaced) {
			return true;
		}
		String previous = current.text.toString().strip();
		char last = previous.isEmpty() ? '.' : previous.charAt(previous.length() - 1);
		return ".!?:;".indexOf(last) >= 0 && Character.isUpperCase(line.text().charAt(0)) && current.kind == LineKind.TEXT;
	}

	/** The trimmed, non-blank lines without page furniture, each knowing whether a blank line preceded it. */
	private static List<Line> meaningfulLines(String text) {
		List<Line> lines = new ArrayList<>();
		boolean blank = false;
		for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n').split("\n", -1)) {
			String line = raw.replace('\u00a0', ' ').strip();
			if (line.isEmpty()) {
				blank = true;
			} else if (!PAGE_FURNITURE.matcher(line).matches()) {
				lines.add(new Line(line, blank));
				blank = false;
			}
		}
		return lines;
	}

	/** PDF text often has a blank line after every line; then a blank line does not end a paragraph. */
	private static boolean isDoubleSpaced(String text) {
		String[] lines = text.replace("\r\n", "\n").split("\n");
		long blank = java.util.Arrays.stream(lines).filter(String::isBlank).count();
		return blank >= 0.6 * (lines.length - blank);
	}

	/** The closing lines in capitals ("DE DIRECTEUR-GENERAAL BELEID") are the sender's function. */
	private static int signatureStart(List<Line> lines, Map<String, Heading> headings) {
		int start = lines.size();
		while (start > 0) {
			String line = lines.get(start - 1).text();
			boolean capitals = line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT))
					&& line.length() <= 80 && !headings.containsKey(Headings.normalize(line)) && !BULLET.matcher(line).find();
			if (!capitals) {
				break;
			}
			start--;
		}
		return start;
	}

	private static NoteType inferType(List<Line> lines, NoteTypeCatalog catalog) {
		NoteType best = null;
		int bestScore = 0;
		for (NoteType type : catalog.all()) {
			if (type.getCategory() != Category.NOTA) {
				continue;
			}
			Map<String, Heading> headings = headingsOf(type);
			int score = (int) lines.stream().filter(line -> headings.containsKey(Headings.normalize(line.text()))).count();
			if (score > bestScore) {
				best = type;
				bestScore = score;
			}
		}
		return best;
	}

	private static Map<String, Heading> headingsOf(NoteType type) {
		Map<String, Heading> headings = new LinkedHashMap<>();
		if (type != null) {
			collect(type.getSections(), 1, headings);
		}
		return headings;
	}

	private static void collect(List<SectionSpec> specs, int level, Map<String, Heading> headings) {
		for (SectionSpec spec : specs) {
			headings.putIfAbsent(Headings.normalize(spec.getHeading()), new Heading(spec, level));
			for (String alias : spec.getAliases()) {
				headings.putIfAbsent(Headings.normalize(alias), new Heading(spec, level));
			}
			collect(spec.getSections(), level + 1, headings);
		}
	}

	private static String render(String sourceName, String kind, String title, Map<String, List<String>> fields,
			List<Block> blocks) {
		StringBuilder out = new StringBuilder();
		out.append("// Geïmporteerd uit ").append(sourceName).append(". Controleer de indeling en vul de kop aan.\n");
		out.append(kind).append(':');
		if (title != null) {
			out.append(' ').append(escape(title));
		}
		out.append('\n');
		fields.forEach((key, values) -> values.forEach(value -> out.append(key).append(": ").append(escape(value)).append('\n')));
		LineKind previous = null;
		for (Block block : blocks) {
			String text = block.text.toString().strip().replaceAll("\\s+", " ");
			boolean together = previous == LineKind.HEADING || previous == LineKind.BULLET && block.kind == LineKind.BULLET;
			out.append(together ? "" : "\n");
			switch (block.kind) {
				case HEADING -> out.append("#".repeat(Math.min(block.level, 2))).append(' ').append(text).append('\n');
				case BULLET -> out.append(wrap("- ", "  ", escape(text)));
				case TEXT -> out.append(wrap("", "", escape(text)));
			}
			previous = block.kind;
		}
		return out.toString();
	}

	/** Characters that would be read as markup are escaped; so is a line start that would be read as structure. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if (c == '{' || c == '}' || c == '*' || c == '\\') {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/** Wraps prose at {@value #WIDTH} columns, never so that a line starts like a heading, bullet, comment or key. */
	static String wrap(String firstPrefix, String prefix, String text) {
		StringBuilder out = new StringBuilder();
		StringBuilder line = new StringBuilder(firstPrefix);
		boolean first = true;
		for (String word : text.split(" ")) {
			boolean fits = line.length() + 1 + word.length() <= WIDTH;
			if (!fits && !(first && line.length() == firstPrefix.length()) && !startsStructure(word)) {
				out.append(line).append('\n');
				line = new StringBuilder(prefix);
				first = false;
			} else if (line.length() > (first ? firstPrefix.length() : prefix.length())) {
				line.append(' ');
			}
			line.append(word);
		}
		String body = out.append(line).append('\n').toString();
		return firstPrefix.isEmpty() ? escapeStructureAtStart(body) : body;
	}

	/** A paragraph that starts like a heading, bullet, comment or "key:" line is made literal with a backslash. */
	private static String escapeStructureAtStart(String paragraph) {
		String firstWord = paragraph.split("[ \n]", 2)[0];
		if (firstWord.matches("[\\p{L}][\\p{L}\\p{N}_-]*:")) {
			return paragraph.replaceFirst(":", "\\\\:");
		}
		return startsStructure(firstWord) ? "\\" + paragraph : paragraph;
	}

	private static boolean startsStructure(String word) {
		return word.startsWith("#") || word.startsWith("//") || word.equals("-") || word.equals("•") || word.equals("*")
				|| word.matches("[\\p{L}][\\p{L}\\p{N}_-]*:");
	}
}
