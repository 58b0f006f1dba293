package nl.nota.lang.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts reviewers' remarks back into a note's source as {@code {opmerking NAAM: tekst}}, after the word they
 * are attached to. The word is found by the words of its paragraph before it (the reviewed document's text is
 * the source's text without markup and line breaks): of every place where the anchor's words stand, the one
 * with the most of those words right before it. A remark already in the source at that place is not added
 * again; one whose words are not found is not placed (the caller reports it, so nothing is lost).
 */
public final class RemarkPlacer {

	/**
	 * A remark from a reviewed document: who made it, what it says, the text it is attached to (empty for a
	 * remark at a point) and the text of its paragraph before that.
	 */
	public record Remark(String author, String text, String anchor, String before) {
	}

	/** The source with the remarks placed; {@code placed} and {@code unplaced} in the order given. */
	public record Result(String source, List<Placed> placed, List<Remark> unplaced, List<Remark> present) {
	}

	/** A remark and the offset in the new source where its markup starts. */
	public record Placed(Remark remark, int offset) {
	}

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
	/** How many words before the anchor are compared. */
	private static final int CONTEXT = 8;

	private RemarkPlacer() {
	}

	/**
	 * @param from where the text the remarks are about starts in the source (the nota's part)
	 * @param to   where it ends
	 */
	public static Result place(String source, int from, int to, List<Remark> remarks) {
		List<Placed> placed = new ArrayList<>();
		List<Remark> unplaced = new ArrayList<>();
		List<Remark> present = new ArrayList<>();
		StringBuilder text = new StringBuilder(source);
		for (Remark remark : remarks) {
			int at = locate(text.toString(), from, to + (text.length() - source.length()), remark.before(), remark.anchor());
			if (at < 0) {
				unplaced.add(remark);
				continue;
			}
			String markup = " " + markup(remark);
			if (text.indexOf(markup, at) == at || text.indexOf(markup.strip(), at) == at) {
				present.add(remark);
				continue;
			}
			text.insert(at, markup);
			placed.add(new Placed(remark, at + 1));
		}
		return new Result(text.toString(), placed, unplaced, present);
	}

	/**
	 * Where in the source (between from and to) the words of {@code anchor} end, chosen among their places by
	 * the words of {@code before} right before them; with no anchor, where the last word of {@code before} ends.
	 * -1 when the words are not found.
	 */
	public static int locate(String source, int from, int to, String before, String anchor) {
		List<String> context = strings(before);
		List<String> words = strings(anchor);
		if (words.isEmpty() && !context.isEmpty()) { // at a point: after the word before it
			words = List.of(context.remove(context.size() - 1));
		}
		return words.isEmpty() ? -1 : find(words(source, from, to), words, context);
	}

	/** {@code {opmerking NAAM: tekst}}, with what would end or nest the markup made harmless. */
	static String markup(Remark remark) {
		String author = remark.author().replaceAll("[{}:\\s]+", " ").strip();
		String text = nl.nota.lang.model.NoteText.collapseSpaces(remark.text().replace('{', '(').replace('}', ')')).strip();
		return "{opmerking" + (author.isEmpty() ? "" : " " + author) + ": " + text + "}";
	}

	/** The end offset of the best place of the anchor's words, or -1. */
	private static int find(List<Word> words, List<String> anchor, List<String> before) {
		int best = -1;
		int bestScore = -1;
		for (int i = 0; i + anchor.size() <= words.size(); i++) {
			if (!matches(words, i, anchor)) {
				continue;
			}
			int score = 0;
			for (int j = 1; j <= Math.min(CONTEXT, before.size()) && i - j >= 0; j++) {
				if (words.get(i - j).text().equals(before.get(before.size() - j))) {
					score++;
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = words.get(i + anchor.size() - 1).end();
			}
		}
		// with context to compare, at least half of it must agree: a common word elsewhere is not the place
		return bestScore * 2 >= Math.min(CONTEXT, before.size()) ? best : -1;
	}

	private static boolean matches(List<Word> words, int at, List<String> anchor) {
		for (int k = 0; k < anchor.size(); k++) {
			if (!words.get(at + k).text().equals(anchor.get(k))) {
				return false;
			}
		}
		return true;
	}

	private record Word(String text, int end) {
	}

	private static List<Word> words(String text, int from, int to) {
		List<Word> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text).region(Math.max(0, from), Math.min(text.length(), to));
		while (matcher.find()) {
			words.add(new Word(matcher.group(), matcher.end()));
		}
		return words;
	}

	private static List<String> strings(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}
}
