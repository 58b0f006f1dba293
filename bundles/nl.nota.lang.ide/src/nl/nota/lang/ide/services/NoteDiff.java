package nl.nota.lang.ide.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nota.lang.model.Headings;
import nl.nota.lang.model.Sequences;
import nl.nota.lang.parser.NotaScanner;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.SectionSpec;

/**
 * What changed between two versions of a note, as a reviewer asks it: per part (the nota, the Kamerbrief)
 * the header fields that changed, and the sections that are new, gone, moved or changed, with the points,
 * paragraphs and tables that changed in them and the words that changed within those. Sections are matched
 * by their heading (and their place under a section; with the note types also by their other headings), not by line, so a paragraph added above does not
 * make everything below "changed". Read from the scanner alone, like {@link NotaStructure}: a version that
 * does not parse can still be compared.
 */
public final class NoteDiff {

	public enum Change {
		ADDED, REMOVED, CHANGED, MOVED
	}

	/** A header field: {@code before} is null for a new field, {@code after} for a removed one. */
	public record Field(String key, String before, String after) {
	}

	/**
	 * A run of words (and punctuation) of a changed block, kept, inserted or deleted, spaced as written;
	 * {@code spaced}: a space stands before it.
	 */
	public record Word(Op op, String text, boolean spaced) {
		public Word(Op op, String text) {
			this(op, text, false);
		}

		public enum Op {
			SAME, INSERTED, DELETED
		}
	}

	/** A point, paragraph or table of a section: "punt 3", "alinea 2", "tabel 1". */
	public record Block(String name, Change change, List<Word> words) {
	}

	/**
	 * A section by its path of headings ("Toelichting", "Financiële overwegingen"); {@code renamedFrom}: its
	 * heading in the old version when that was another heading of the same section ("Advies" for
	 * "Geadviseerd besluit"), else null.
	 */
	public record Section(List<String> path, Change change, List<Block> blocks, String renamedFrom) {
		public Section(List<String> path, Change change, List<Block> blocks) {
			this(path, change, blocks, null);
		}
	}

	/** A part by its kind ("beslisnota", "kamerbrief"). */
	public record Part(String kind, Change change, List<Field> fields, List<Section> sections) {
		public boolean isEmpty() {
			return change == Change.CHANGED && fields.isEmpty() && sections.isEmpty();
		}
	}

	/** The name of the text under a part that stands before its first heading (a letter's opening). */
	public static final String OPENING = "tekst vóór de eerste kop";
	/** The part of a text without a kind line. */
	public static final String WITHOUT_KIND = "tekst zonder soortregel";

	private static final Pattern FIELD = Pattern.compile("([\\p{L}][\\p{L}\\p{N}-]*)[ \\t]*:[ \\t]*(.*)");
	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,-][\\p{L}\\p{N}]+)*|\\S");
	/** Beyond this many words a changed block is shown as replaced as a whole (the word diff is quadratic). */
	private static final int MAX_WORDS = 3000;

	private NoteDiff() {
	}

	/** Which section a heading names in a part of a kind: a key two headings share when they name the same one. */
	@FunctionalInterface
	public interface Sections {
		String key(String kind, List<String> path);

		/** Headings as written (case, spacing, a trailing colon and the not-public mark aside). */
		Sections AS_WRITTEN = (kind, path) -> path.stream().map(Headings::normalize).reduce((a, b) -> a + " › " + b).orElse("");

		/**
		 * By the note types: a heading and its other headings ({@code ook "Advies"}) name the same section, so
		 * "# Advies" in one version and "# Geadviseerd besluit" in the other are one section.
		 */
		static Sections of(java.util.function.Function<String, NoteType> types) {
			return (kind, path) -> {
				NoteType type = types.apply(kind);
				List<SectionSpec> level = type == null ? List.of() : type.getSections();
				List<String> keys = new ArrayList<>();
				for (String heading : path) {
					SectionSpec spec = Headings.find(level, heading);
					keys.add(spec != null ? "=" + spec.getName() : Headings.normalize(heading));
					level = spec != null ? spec.getSections() : List.of();
				}
				return String.join(" › ", keys);
			};
		}
	}

	/** The parts of the two versions, headings compared as written; see {@link #compare(String, String, Sections)}. */
	public static List<Part> compare(String before, String after) {
		return compare(before, after, Sections.AS_WRITTEN);
	}

	/** The parts of the two versions, in the new version's order, removed parts last; unchanged parts are left out. */
	public static List<Part> compare(String before, String after, Sections sections) {
		List<PartText> old = parts(before, sections);
		List<PartText> now = parts(after, sections);
		List<Part> result = new ArrayList<>();
		List<PartText> unmatched = new ArrayList<>(old);
		for (PartText part : now) {
			PartText counterpart = unmatched.stream().filter(candidate -> candidate.kind.equals(part.kind)).findFirst().orElse(null);
			if (counterpart == null) {
				result.add(new Part(part.kind, Change.ADDED, List.of(), List.of()));
				continue;
			}
			unmatched.remove(counterpart);
			Part changes = new Part(part.kind, Change.CHANGED, fields(counterpart.fields, part.fields),
					sections(counterpart.sections, part.sections));
			if (!changes.isEmpty()) {
				result.add(changes);
			}
		}
		for (PartText part : unmatched) {
			result.add(new Part(part.kind, Change.REMOVED, List.of(), List.of()));
		}
		return result;
	}

	// ---- reading a version

	private record SectionText(List<String> path, String text, String key) {
	}

	private record PartText(String kind, Map<String, String> fields, List<SectionText> sections) {
	}

	private static List<PartText> parts(String text, Sections keys) {
		List<PartText> parts = new ArrayList<>();
		NotaStructure structure = NotaStructure.of(text);
		for (NotaStructure.Node part : structure.parts()) {
			int headerEnd = part.children().isEmpty() ? part.end() : part.children().get(0).offset();
			int firstLineEnd = lineEnd(text, part.offset());
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher subject = FIELD.matcher(text.substring(part.offset(), firstLineEnd).strip());
			if (subject.matches()) {
				fields.put("onderwerp", subject.group(2).strip());
			}
			List<SectionText> sections = new ArrayList<>();
			StringBuilder opening = new StringBuilder();
			boolean inHeader = true;
			for (String line : text.substring(Math.min(firstLineEnd, headerEnd), headerEnd).split("\r?\n|\r", -1)) {
				if (inHeader) {
					Matcher field = FIELD.matcher(line);
					if (line.isBlank() || line.startsWith("//")) {
						continue;
					}
					if (field.matches()) {
						fields.merge(field.group(1).toLowerCase(Locale.ROOT), field.group(2).strip(), (a, b) -> a + "; " + b);
						continue;
					}
					inHeader = false;
				}
				opening.append(line).append('\n');
			}
			if (!opening.toString().isBlank()) {
				sections.add(new SectionText(List.of(OPENING), opening.toString(), OPENING));
			}
			for (NotaStructure.Node section : part.children()) {
				List<String> path = List.of(section.name());
				sections.add(new SectionText(path, ownText(text, section), keys.key(part.name(), path)));
				for (NotaStructure.Node sub : section.children()) {
					List<String> subPath = List.of(section.name(), sub.name());
					sections.add(new SectionText(subPath, ownText(text, sub), keys.key(part.name(), subPath)));
				}
			}
			parts.add(new PartText(part.name(), fields, sections));
		}
		if (parts.isEmpty() && !text.isBlank()) {
			// no kind line (yet): the text as a whole, so a difference is never missed
			parts.add(new PartText(WITHOUT_KIND, Map.of(), List.of(new SectionText(List.of(OPENING), text, OPENING))));
		}
		return parts;
	}

	/** The text under a heading up to its first sub-heading. */
	private static String ownText(String text, NotaStructure.Node node) {
		int start = Math.min(lineEnd(text, node.offset()), node.end());
		int end = node.children().isEmpty() ? node.end() : node.children().get(0).offset();
		return text.substring(start, Math.max(start, end));
	}

	private static int lineEnd(String text, int offset) {
		int newline = text.indexOf('\n', offset);
		return newline < 0 ? text.length() : newline + 1;
	}


	// ---- fields

	private static List<Field> fields(Map<String, String> before, Map<String, String> after) {
		List<Field> changes = new ArrayList<>();
		after.forEach((key, value) -> {
			String old = before.get(key);
			if (old == null) {
				changes.add(new Field(key, null, value));
			} else if (!old.equals(value)) {
				changes.add(new Field(key, old, value));
			}
		});
		before.forEach((key, value) -> {
			if (!after.containsKey(key)) {
				changes.add(new Field(key, value, null));
			}
		});
		return changes;
	}

	// ---- sections

	private static List<Section> sections(List<SectionText> before, List<SectionText> after) {
		Map<String, SectionText> old = new LinkedHashMap<>();
		before.forEach(section -> old.putIfAbsent(section.key(), section));
		Map<String, SectionText> now = new LinkedHashMap<>();
		after.forEach(section -> now.putIfAbsent(section.key(), section));
		// the sections both have, in the old order and the new: those off their longest common order moved
		List<String> oldOrder = old.keySet().stream().filter(now::containsKey).toList();
		List<String> newOrder = now.keySet().stream().filter(old::containsKey).toList();
		List<String> staying = Sequences.aligned(oldOrder, newOrder, String::equals).stream().map(pair -> oldOrder.get(pair[0])).toList();
		List<Section> changes = new ArrayList<>();
		for (SectionText section : now.values()) {
			SectionText counterpart = old.get(section.key());
			if (counterpart == null) {
				changes.add(new Section(section.path(), Change.ADDED, List.of()));
				continue;
			}
			List<Block> blocks = blocks(blocksOf(counterpart.text()), blocksOf(section.text()));
			String oldHeading = counterpart.path().get(counterpart.path().size() - 1);
			String renamedFrom = Headings.normalize(oldHeading).equals(Headings.normalize(section.path().get(section.path().size() - 1)))
					? null : oldHeading;
			if (!staying.contains(section.key())) {
				changes.add(new Section(section.path(), Change.MOVED, blocks, renamedFrom));
			} else if (!blocks.isEmpty() || renamedFrom != null) {
				changes.add(new Section(section.path(), Change.CHANGED, blocks, renamedFrom));
			}
		}
		for (SectionText section : old.values()) {
			if (!now.containsKey(section.key())) {
				changes.add(new Section(section.path(), Change.REMOVED, List.of()));
			}
		}
		return changes;
	}

	// ---- blocks: points, paragraphs, tables

	private record BlockText(String kind, int number, String text) {
		String name() {
			return kind + " " + number;
		}
	}

	private static List<BlockText> blocksOf(String text) {
		List<BlockText> blocks = new ArrayList<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		StringBuilder current = new StringBuilder();
		String kind = null;
		for (String line : text.split("\r?\n|\r", -1)) {
			String stripped = line.strip();
			boolean comment = stripped.startsWith("//");
			if (comment) {
				continue;
			}
			String lineKind = stripped.isEmpty() ? null
					: stripped.startsWith("|") || stripped.startsWith(":") && "tabel".equals(kind) ? "tabel"
							: NotaScanner.itemMarker(stripped) > 0 ? "punt" : null;
			boolean continues = !stripped.isEmpty() && lineKind == null && kind != null
					&& (kind.equals("alinea") || kind.equals("punt") && Character.isWhitespace(line.charAt(0)));
			boolean startsNew = stripped.isEmpty() || lineKind != null && !(lineKind.equals("tabel") && "tabel".equals(kind)) || !continues;
			if (startsNew && kind != null) {
				blocks.add(new BlockText(kind, counts.merge(kind, 1, Integer::sum), current.toString().strip()));
				current.setLength(0);
				kind = null;
			}
			if (!stripped.isEmpty()) {
				if (kind == null) {
					kind = lineKind != null ? lineKind : "alinea";
				}
				// a point's text without its dash or number
				current.append("punt".equals(lineKind) ? stripped.substring(NotaScanner.itemMarker(stripped)).strip() : stripped).append(' ');
			}
		}
		if (kind != null) {
			blocks.add(new BlockText(kind, counts.merge(kind, 1, Integer::sum), current.toString().strip()));
		}
		return blocks;
	}

	private static List<Block> blocks(List<BlockText> before, List<BlockText> after) {
		List<int[]> kept = Sequences.aligned(before, after, (a, b) -> a.kind().equals(b.kind()) && a.text().equals(b.text()));
		List<Block> changes = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (int k = 0; k <= kept.size(); k++) {
			// the blocks between two kept ones: paired up as changed where their kinds agree, the rest new or gone
			int untilBefore = k < kept.size() ? kept.get(k)[0] : before.size();
			int untilAfter = k < kept.size() ? kept.get(k)[1] : after.size();
			List<BlockText> removed = new ArrayList<>(before.subList(i, untilBefore));
			for (BlockText block : after.subList(j, untilAfter)) {
				BlockText old = removed.stream().filter(candidate -> candidate.kind().equals(block.kind())).findFirst().orElse(null);
				if (old != null) {
					removed.remove(old);
					changes.add(new Block(block.name(), Change.CHANGED, words(old.text(), block.text())));
				} else {
					changes.add(new Block(block.name(), Change.ADDED, List.of(new Word(Word.Op.INSERTED, block.text(), false))));
				}
			}
			for (BlockText block : removed) {
				changes.add(new Block(block.name(), Change.REMOVED, List.of(new Word(Word.Op.DELETED, block.text()))));
			}
			i = untilBefore + 1;
			j = untilAfter + 1;
		}
		return changes;
	}

	/** The words of a changed block: kept, deleted and inserted, in reading order. */
	public static List<Word> words(String before, String after) {
		List<Token> old = tokens(before);
		List<Token> now = tokens(after);
		if (old.size() > MAX_WORDS || now.size() > MAX_WORDS) {
			return List.of(new Word(Word.Op.DELETED, before), new Word(Word.Op.INSERTED, after, true));
		}
		List<Word> words = new ArrayList<>();
		int i = 0;
		int j = 0;
		for (int[] pair : Sequences.aligned(old, now, (a, b) -> a.text().equals(b.text()))) {
			while (i < pair[0]) {
				add(words, Word.Op.DELETED, old.get(i++));
			}
			while (j < pair[1]) {
				add(words, Word.Op.INSERTED, now.get(j++));
			}
			add(words, Word.Op.SAME, now.get(j));
			i++;
			j++;
		}
		while (i < old.size()) {
			add(words, Word.Op.DELETED, old.get(i++));
		}
		while (j < now.size()) {
			add(words, Word.Op.INSERTED, now.get(j++));
		}
		return words;
	}

	/** A word or punctuation mark, and whether white space stood before it. */
	private record Token(String text, boolean spaced) {
	}

	/** Runs of one kind become one: "[-dertig miljoen-]" rather than two. */
	private static void add(List<Word> words, Word.Op op, Token token) {
		if (!words.isEmpty() && words.get(words.size() - 1).op() == op) {
			Word last = words.remove(words.size() - 1);
			words.add(new Word(op, last.text() + (token.spaced() ? " " : "") + token.text(), last.spaced()));
		} else {
			words.add(new Word(op, token.text(), token.spaced()));
		}
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		int end = 0;
		while (matcher.find()) {
			tokens.add(new Token(matcher.group(), matcher.start() > end || tokens.isEmpty() && matcher.start() > 0));
			end = matcher.end();
		}
		return tokens;
	}
}
