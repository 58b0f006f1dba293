package nl.nota.lang.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nota.lang.model.Headings;
import nl.nota.lang.model.NoteText;
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
	private static final Pattern JOINTLY = Pattern.compile("(?i)mede\\s+namens\\s+(.+?),?");
	/** Marks a value that is nota syntax already (from a structured source), so it is written as it is. */
	private static final String MARKED = "\u0000";
	/** The pseudo-key for the subject, which is the part line's text, not a field. */
	private static final String TITLE = "";
	/**
	 * The labels of a published nota's or letter's header, as printed: alone on a line with the value on the
	 * next, or before the value on the same line ("Datum 30 september 2025"). Value: the field they fill.
	 */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("aan", "aan"), Map.entry("van", "van"),
			Map.entry("datum", "datum"), Map.entry("kenmerk", "kenmerk"), Map.entry("ons kenmerk", "kenmerk"),
			Map.entry("onze referentie", "kenmerk"), Map.entry("uw kenmerk", "uw-kenmerk"), Map.entry("uw referentie", "uw-kenmerk"),
			Map.entry("onderwerp", TITLE), Map.entry("betreft", TITLE), Map.entry("bijlage", "bijlage"), Map.entry("bijlagen", "bijlage"),
			Map.entry("bijlage(n)", "bijlage"), Map.entry("directie", "directie"), Map.entry("rubricering", "rubricering"),
			Map.entry("contactpersoon", "contactpersoon"), Map.entry("steller", "steller"));
	/** Labels whose value may follow on the same line after one space: they never start a sentence. */
	private static final List<String> SAME_LINE = List.of("datum", "kenmerk", "ons kenmerk", "onze referentie", "uw kenmerk",
			"uw referentie", "onderwerp", "betreft", "bijlage", "bijlagen", "bijlage(n)", "rubricering", "contactpersoon");
	private static final Pattern MINISTRY = Pattern.compile("(?i)(?:het\\s+)?ministerie\\s+(?:van|voor)\\s+(.{3,80})");
	private static final Pattern ADDRESSEE = Pattern.compile("(?i)aan\\s+(de\\s+voorzitter\\s+van\\s+de\\s+(?:tweede|eerste)\\s+kamer.*)");
	private static final Pattern CLOSING_FUNCTION = Pattern.compile("(?i)(de\\s+(?:minister|staatssecretaris|minister-president)\\b.{0,120}?),?");
	private static final int WIDTH = 96;

	private enum LineKind { HEADING, BULLET, TEXT, TABLE }

	/** What a line of a structured source (a Word document) is known to be; plain text knows only TEXT. */
	public enum Hint {
		TEXT, HEADING1, HEADING2, BULLET, NUMBERED, LETTERED, TABLE_ROW,
		/** A row of a header table: the label as text, the value as markup (plain). */
		FIELD
	}

	/**
	 * A line of the source.
	 *
	 * @param text        the plain text, to recognise headings, labels and the signature
	 * @param blankBefore whether a blank line precedes it (a structured source: every paragraph is its own)
	 * @param hint        what the source says it is
	 * @param depth       a list item's level: 0, or 1 for an item of a sub-list
	 * @param markup      the text in nota syntax (emphasis, footnotes, links, escapes), or null to escape the text
	 */
	public record SourceLine(String text, boolean blankBefore, Hint hint, int depth, String markup) {

		public static SourceLine plain(String text, boolean blankBefore) {
			return new SourceLine(text, blankBefore, Hint.TEXT, 0, null);
		}
	}

	private record Line(String text, boolean blankBefore, Hint hint, int depth, String markup) {
	}

	private record Heading(SectionSpec spec, int level) {
	}

	/** A block of output: a heading, or a paragraph or list item whose text grows line by line. */
	private static final class Block {
		final LineKind kind;
		final int level;
		final StringBuilder text = new StringBuilder();
		/** The text is nota syntax already (from a structured source): not escaped again. */
		boolean marked;
		/** A list item's marker: "- ", "1. ", "a. ". */
		String marker = "- ";

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
		return convert(meaningfulLines(text), isDoubleSpaced(text), kind, catalog, sourceName);
	}

	/**
	 * A structured source (a Word document) whose lines say what they are: headings by style, list items by
	 * numbering, table rows, text already in nota syntax. The header, the kind and the signature are read as
	 * from plain text.
	 */
	public Result convert(List<SourceLine> source, String kind, NoteTypeCatalog catalog, String sourceName) {
		List<Line> lines = source.stream().filter(line -> !line.text().isBlank() || line.hint() == Hint.TABLE_ROW)
				.map(line -> new Line(line.text().strip(), line.blankBefore(), line.hint(), line.depth(), line.markup())).toList();
		return convert(lines, false, kind, catalog, sourceName);
	}

	private Result convert(List<Line> lines, boolean doubleSpaced, String kind, NoteTypeCatalog catalog, String sourceName) {
		List<String> remarks = new ArrayList<>();
		// the header first, with every nota heading known: it ends where the body starts
		Map<String, Heading> anyHeading = new LinkedHashMap<>();
		catalog.all().stream().filter(type -> type.getCategory() == Category.NOTA).forEach(type -> anyHeading.putAll(headingsOf(type)));
		// the labels the note types give their fields ("Uiterste besluitdatum" is deadline)
		Map<String, String> fieldKeys = new LinkedHashMap<>();
		catalog.all().forEach(type -> type.getFields().forEach(spec -> fieldKeys.putIfAbsent(spec.getLabel().toLowerCase(Locale.ROOT),
				spec.getName())));
		Header header = header(lines, anyHeading, fieldKeys);
		List<Line> body = lines.subList(header.end(), lines.size());
		NoteType inferred = inferType(body, catalog);
		NoteType type;
		String chosenKind;
		if (kind != null) {
			type = catalog.find(kind);
			chosenKind = kind;
			if (type == null) {
				remarks.add("De notasoort '" + kind + "' is onbekend; koppen worden niet herkend.");
			}
		} else if (header.kind() != null && catalog.find(header.kind()) != null) {
			type = catalog.find(header.kind());
			chosenKind = type.getName();
			remarks.add("Notasoort '" + chosenKind + "' afgeleid uit de kop van het stuk.");
		} else if (inferred != null) {
			type = inferred;
			chosenKind = type.getName();
			remarks.add("Notasoort '" + chosenKind + "' afgeleid uit de koppen.");
		} else if (header.letterLike() && catalog.find("kamerbrief") != null) {
			type = catalog.find("kamerbrief");
			chosenKind = type.getName();
			remarks.add("Notasoort 'kamerbrief' afgeleid uit 'Betreft' en de ondertekening.");
		} else {
			chosenKind = "informatienota";
			type = catalog.find(chosenKind);
			remarks.add("Geen bekende koppen gevonden; als soort is 'informatienota' gekozen. Geef zo nodig --kind op.");
		}
		Map<String, Heading> headings = headingsOf(type);

		Map<String, List<String>> fields = new LinkedHashMap<>();
		List<String> comments = new ArrayList<>();
		String title = header.title();
		header.fields().forEach((key, values) -> fields.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values));
		comments.addAll(header.comments());
		List<Block> blocks = new ArrayList<>();
		boolean letter = type != null && type.getCategory() == Category.LETTER;
		int signatureStart = letter ? letterClosing(lines, fields) : signatureStart(lines, headings);
		Block current = null;
		for (int i = header.end(); i < lines.size(); i++) {
			Line line = lines.get(i);
			String content = line.text();
			if (i >= signatureStart) {
				if (!letter) {
					String key = capitals(content, headings) ? "van" : "ondertekenaar";
					String value = line.markup() != null ? MARKED + line.markup() : content;
					if (!fields.containsKey(key)) {
						fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
					} else {
						comments.add("Ondertekening: " + (line.markup() != null ? line.markup() : content));
					}
				}
				continue;
			}
			if (line.hint() != Hint.TEXT) {
				current = structured(line, headings, blocks);
				continue;
			}
			if (letter && looksLikeHeading(lines, i)) {
				current = null;
				blocks.add(new Block(LineKind.HEADING, 1, content));
				continue;
			}
			Heading heading = headings.get(Headings.normalize(content));
			Matcher bullet = BULLET.matcher(content);
			// header fields were read by header(): a "key: value" line here is text of the body
			if (heading != null) {
				current = null;
				blocks.add(new Block(LineKind.HEADING, heading.level(), heading.spec().getHeading()));
			} else if (bullet.find()) {
				current = new Block(LineKind.BULLET, 0, content.substring(bullet.end()).strip());
				blocks.add(current);
			} else if (current != null && !startsParagraph(current, line, doubleSpaced)) {
				current.append(content);
			} else {
				current = new Block(LineKind.TEXT, 0, line.markup() != null ? line.markup() : content);
				current.marked = line.markup() != null;
				blocks.add(current);
			}
		}
		// a field the kind does not have is kept as a comment, never as a field that would be an error
		if (type != null) {
			java.util.Set<String> known = new java.util.HashSet<>();
			type.getFields().forEach(spec -> known.add(spec.getName()));
			for (var field : List.copyOf(fields.entrySet())) {
				if (!known.contains(field.getKey())) {
					field.getValue().forEach(value -> comments.add(capitalize(field.getKey()) + ": " + value));
					fields.remove(field.getKey());
				}
			}
			if (title != null && !header.fields().isEmpty()) {
				remarks.add("Kop gelezen: " + String.join(", ", fields.keySet()) + (title.isEmpty() ? "" : ", onderwerp") + ".");
			}
		}
		return new Result(render(sourceName, chosenKind, title, fields, comments, blocks), chosenKind, remarks);
	}

	/** A line whose kind the source says: a heading by its style, a list item by its numbering, a table row. */
	private static Block structured(Line line, Map<String, Heading> headings, List<Block> blocks) {
		String text = line.markup() != null ? line.markup() : escape(line.text());
		Block block;
		switch (line.hint()) {
			case HEADING1, HEADING2 -> {
				Heading known = headings.get(Headings.normalize(line.text()));
				block = known != null ? new Block(LineKind.HEADING, known.level(), known.spec().getHeading())
						: new Block(LineKind.HEADING, line.hint() == Hint.HEADING1 ? 1 : 2, line.text());
			}
			case BULLET, NUMBERED, LETTERED -> {
				block = new Block(LineKind.BULLET, line.depth(), text);
				block.marker = line.hint() == Hint.NUMBERED ? "1. " : line.hint() == Hint.LETTERED ? "a. " : "- ";
			}
			case TABLE_ROW -> block = new Block(LineKind.TABLE, 0, text);
			default -> block = new Block(LineKind.TEXT, 0, text);
		}
		block.marked = true;
		blocks.add(block);
		return null; // the next line starts a block of its own
	}

	/** What the header block gave: the subject, fields, lines kept as comments, and the index of the first body line. */
	private record Header(String title, Map<String, List<String>> fields, List<String> comments, int end, String kind,
			boolean letterLike) {
	}

	/**
	 * The header block of a published nota or letter, up to the first heading or the first line of running
	 * text: "Ministerie van ..." (the ministry), the word "Nota" or the kind, labels with their values
	 * (below or beside them), the addressee of a letter ("Aan de Voorzitter van de Tweede Kamer ...") with its
	 * address lines, the return address. Lines it cannot place end the header; nothing is dropped: what is
	 * not a field becomes a comment in the result.
	 */
	private static Header header(List<Line> lines, Map<String, Heading> headings, Map<String, String> fieldKeys) {
		HeaderFields found = new HeaderFields();
		Map<String, List<String>> fields = found.fields;
		List<String> comments = new ArrayList<>();
		String kind = null;
		int i = 0;
		while (i < lines.size()) {
			String content = lines.get(i).text();
			Hint hint = lines.get(i).hint();
			if (hint == Hint.FIELD) {
				String label = content.toLowerCase(Locale.ROOT).replaceAll(":$", "").strip();
				String key = LABELS.containsKey(label) ? LABELS.get(label) : fieldKeys.getOrDefault(label, label.replaceAll("\\s+", "-"));
				String value = lines.get(i).markup() == null ? "" : lines.get(i).markup().strip();
				found.put(key, value.isEmpty() ? "" : MARKED + value, null);
				i++;
				continue;
			}
			if (headings.containsKey(Headings.normalize(content)) || hint != Hint.TEXT) {
				break; // a heading, a list or a table starts the body
			}
			String lower = NoteText.collapseSpaces(content.toLowerCase(Locale.ROOT)).replaceAll(":$", "").strip();
			Matcher field = HEADER_FIELD.matcher(content);
			Matcher ministry = MINISTRY.matcher(content);
			Matcher addressee = ADDRESSEE.matcher(content);
			if (field.matches()) {
				found.put(LABELS.getOrDefault(field.group(1).toLowerCase(Locale.ROOT), field.group(1).toLowerCase(Locale.ROOT)),
						field.group(2).strip(), null);
				i++;
			} else if (LABELS.containsKey(lower) && i + 1 < lines.size() && !isLabel(lines.get(i + 1).text())
					&& !headings.containsKey(Headings.normalize(lines.get(i + 1).text()))) {
				String key = LABELS.get(lower);
				String value = lines.get(i + 1).text();
				i += 2;
				// a subject printed over two lines continues without a blank line in between
				while (key.equals(TITLE) && i < lines.size() && !lines.get(i).blankBefore() && !isLabel(lines.get(i).text())
						&& !headings.containsKey(Headings.normalize(lines.get(i).text())) && lines.get(i).text().length() < 80) {
					value += " " + lines.get(i).text();
					i++;
				}
				found.put(key, value, lower);
			} else if (sameLineLabel(content) != null) {
				String label = sameLineLabel(content);
				found.put(LABELS.get(label), content.substring(label.length()).strip(), label);
				i++;
			} else if (ministry.matches() && !fields.containsKey("ministerie")) {
				fields.computeIfAbsent("ministerie", k -> new ArrayList<>()).add(ministry.group(1).strip());
				i++;
			} else if (lower.equals("nota") || lower.equals("beslisnota") || lower.equals("informatienota") || lower.equals("kamerbrief")) {
				kind = lower.equals("nota") ? kind : lower;
				i++;
			} else if (addressee.matches()) {
				String to = addressee.group(1).strip();
				kind = "kamerbrief";
				i++;
				// "der Staten-Generaal" on the next line continues the addressee
				while (i < lines.size() && !lines.get(i).blankBefore() && Character.isLowerCase(lines.get(i).text().charAt(0))) {
					to += " " + lines.get(i).text();
					i++;
				}
				fields.computeIfAbsent("aan", k -> new ArrayList<>()).add(to);
				// the address of the Kamer is printed by the letter itself; kept as a comment
				while (i < lines.size() && (lines.get(i).text().matches("(?i)postbus\\s+\\d+.*") || lines.get(i).text().matches("\\d{4}\\s?[A-Z]{2}\\s+.+"))) {
					comments.add("Adresregel: " + lines.get(i).text());
					i++;
				}
			} else if (lower.startsWith("> retouradres") || lower.startsWith("retouradres")) {
				comments.add(content);
				i++;
			} else {
				break;
			}
		}
		boolean letterLike = found.betreft && lines.stream().skip(Math.max(0, lines.size() - 6))
				.anyMatch(line -> CLOSING_FUNCTION.matcher(line.text()).matches());
		return new Header(found.title, fields, comments, i, kind, letterLike);
	}

	private static String capitalize(String key) {
		return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

	/** What the header block has found so far: the subject (and whether "Betreft" gave it), and the fields. */
	private static final class HeaderFields {
		final Map<String, List<String>> fields = new LinkedHashMap<>();
		String title;
		boolean betreft;

		/** A value under its key; the subject's pseudo-key sets the title, with the label it was printed under (or null). */
		void put(String key, String value, String label) {
			if (key.equals(TITLE)) {
				title = value;
				betreft |= "betreft".equals(label);
			} else if (!value.isEmpty()) {
				fields.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
			}
		}
	}

	private static boolean isLabel(String line) {
		String lower = NoteText.collapseSpaces(line.toLowerCase(Locale.ROOT)).replaceAll(":$", "").strip();
		return LABELS.containsKey(lower) || HEADER_FIELD.matcher(line).matches() || sameLineLabel(line) != null;
	}

	/** "Datum 30 september 2025", "Aan  de minister" (two spaces or a tab, as laid-out text has it): the label, or null. */
	private static String sameLineLabel(String line) {
		String lower = line.toLowerCase(Locale.ROOT);
		for (String label : LABELS.keySet()) {
			if (lower.startsWith(label) && line.length() > label.length() + 1) {
				String rest = line.substring(label.length());
				boolean wide = rest.startsWith("  ") || rest.startsWith("\t");
				boolean narrow = SAME_LINE.contains(label) && rest.startsWith(" ") && !rest.isBlank();
				if (wide || narrow) {
					return label;
				}
			}
		}
		return null;
	}

	/**
	 * A letter's closing: from the line with the signer's function ("De minister van Defensie,") to the end,
	 * the name below it. Fills functie and ondertekenaar; returns where the closing starts.
	 */
	private static int letterClosing(List<Line> lines, Map<String, List<String>> fields) {
		for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 6); i--) {
			Matcher function = CLOSING_FUNCTION.matcher(lines.get(i).text());
			if (function.matches() && lines.get(i).text().length() <= 120) {
				fields.computeIfAbsent("functie", k -> new ArrayList<>()).add(function.group(1).strip());
				List<String> rest = new ArrayList<>();
				for (Line after : lines.subList(i + 1, lines.size())) {
					Matcher jointly = JOINTLY.matcher(after.text());
					if (jointly.matches()) {
						fields.computeIfAbsent("mede-namens", k -> new ArrayList<>()).add(jointly.group(1).strip());
					} else {
						rest.add(after.text());
					}
				}
				if (!rest.isEmpty()) {
					fields.computeIfAbsent("ondertekenaar", k -> new ArrayList<>()).add(String.join(" ", rest));
				}
				return i;
			}
		}
		return lines.size();
	}

	/**
	 * In a letter's body (its sections are free): a short line without a closing period, after a blank line,
	 * with text right under it, is a heading.
	 */
	private static boolean looksLikeHeading(List<Line> lines, int i) {
		String text = lines.get(i).text();
		boolean next = i + 1 < lines.size() && !lines.get(i + 1).blankBefore();
		return lines.get(i).blankBefore() && next && text.length() <= 70 && Character.isUpperCase(text.charAt(0))
				&& ".,;:!?".indexOf(text.charAt(text.length() - 1)) < 0 && !BULLET.matcher(text).find()
				&& text.split("\\s+").length <= 10;
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
				lines.add(new Line(line, blank, Hint.TEXT, 0, null));
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
		// a name under the function in capitals (the signer, as a nota ends in Word) belongs to the signature
		if (start >= 2 && lines.get(start - 1).text().length() <= 60 && !lines.get(start - 1).text().endsWith(".")
				&& capitals(lines.get(start - 2).text(), headings)) {
			start--;
		}
		while (start > 0 && capitals(lines.get(start - 1).text(), headings)) {
			start--;
		}
		return start == lines.size() - 1 && !capitals(lines.get(start).text(), headings) ? lines.size() : start;
	}

	private static boolean capitals(String line, Map<String, Heading> headings) {
		return line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT)) && line.length() <= 80
				&& !headings.containsKey(Headings.normalize(line)) && !BULLET.matcher(line).find();
	}

	/**
	 * The nota type whose headings the text has most of; a type whose required sections are not all there
	 * loses a point per missing one, so a note without "Geadviseerd besluit" is an informatienota, not a
	 * beslisnota with a missing section.
	 */
	private static NoteType inferType(List<Line> lines, NoteTypeCatalog catalog) {
		NoteType best = null;
		int bestScore = 0;
		for (NoteType type : catalog.all()) {
			if (type.getCategory() != Category.NOTA) {
				continue;
			}
			Map<String, Heading> headings = headingsOf(type);
			java.util.Set<SectionSpec> found = new java.util.HashSet<>();
			for (Line line : lines) {
				Heading heading = headings.get(Headings.normalize(line.text()));
				if (heading != null) {
					found.add(heading.spec());
				}
			}
			long missing = type.getSections().stream()
					.filter(spec -> spec.getRequirement() == nl.nota.lang.types.noteType.Requirement.REQUIRED && !found.contains(spec)).count();
			int score = found.size() - (int) missing;
			if (!found.isEmpty() && (best == null || score > bestScore)) {
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
			List<String> comments, List<Block> blocks) {
		StringBuilder out = new StringBuilder();
		out.append("// Geïmporteerd uit ").append(sourceName).append(". Controleer de indeling en vul de kop aan.\n");
		comments.forEach(comment -> out.append("// ").append(comment).append('\n'));
		out.append(kind).append(':');
		if (title != null) {
			out.append(' ').append(title.startsWith(MARKED) ? title.substring(MARKED.length()) : escape(title));
		}
		out.append('\n');
		fields.forEach((key, values) -> values.forEach(value -> out.append(key).append(": ")
				.append(value.startsWith(MARKED) ? value.substring(MARKED.length()) : escape(value)).append('\n')));
		LineKind previous = null;
		for (Block block : blocks) {
			String text = NoteText.collapseSpaces(block.text.toString().strip());
			String body = block.marked ? text : escape(text);
			boolean together = previous == LineKind.HEADING || previous == LineKind.BULLET && block.kind == LineKind.BULLET
					|| previous == LineKind.TABLE && block.kind == LineKind.TABLE;
			out.append(together ? "" : "\n");
			switch (block.kind) {
				case HEADING -> out.append("#".repeat(Math.min(block.level, 2))).append(' ').append(text).append('\n');
				case BULLET -> {
					String indent = "   ".repeat(Math.min(block.level, 1));
					out.append(wrap(indent + block.marker, indent + " ".repeat(block.marker.length()), body));
				}
				case TABLE -> out.append(text).append('\n');
				case TEXT -> out.append(wrap("", "", body));
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
