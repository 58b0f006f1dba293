package nl.nota.lang.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Douma, the Dutch adaptation of Flesch reading ease: 206.835 - 0.93 x words per sentence - 77 x
 * syllables per word. Higher is easier; 60-70 reads as plain language. Its known limits: it counts only
 * length (of words and sentences), not how common or concrete the words are, and the syllable count is a
 * rule of thumb (vowel groups) that misjudges some loanwords and abbreviations.
 */
public final class Readability {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

	/** The counts of a stretch of text and its score. */
	public record Score(int words, int sentences, int syllables) {

		public double wordsPerSentence() {
			return sentences == 0 ? 0 : (double) words / sentences;
		}

		public double fleschDouma() {
			return words == 0 ? 0 : 206.835 - 0.93 * wordsPerSentence() - 77.0 * syllables / words;
		}

		/**
		 * The score as a writer reads it: on the scale of 0 (very hard) to 100 (very easy). The formula goes
		 * below 0 for long sentences of long words; "-3" would only puzzle.
		 */
		public long shown() {
			return Math.max(0, Math.min(100, Math.round(fleschDouma())));
		}

		/** The usual reading of a Flesch-Douma score; taalniveau B1 lies around 60 and above. */
		public String band() {
			double score = fleschDouma();
			return score >= 80 ? "makkelijk" : score >= 60 ? "redelijk makkelijk (B1)" : score >= 40 ? "moeilijk" : "zeer moeilijk";
		}

		public Score plus(Score other) {
			return new Score(words + other.words, sentences + other.sentences, syllables + other.syllables);
		}
	}

	private Readability() {
	}

	public static Score score(String text) {
		List<String> words = words(text);
		int syllables = words.stream().mapToInt(Readability::syllables).sum();
		int sentences = sentences(text).size();
		return new Score(words.size(), words.isEmpty() ? 0 : Math.max(1, sentences), syllables);
	}

	/** The words of a text: letters and digits, with ' ’ and - inside a word ("NAVO-top", "ministerie's"). */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		int length = text.length();
		int at = 0;
		while (at < length) {
			int end = wordEnd(text, at);
			if (end > at) {
				words.add(text.substring(at, end));
				at = end;
			} else {
				at++;
			}
		}
		return words;
	}

	/** How many words the text has: {@code words(text).size()}, without making them (every paragraph, every change). */
	public static int countWords(String text) {
		int count = 0;
		int length = text.length();
		int at = 0;
		while (at < length) {
			int end = wordEnd(text, at);
			if (end > at) {
				count++;
				at = end;
			} else {
				at++;
			}
		}
		return count;
	}

	/** Whether the text has a word; cheaper than {@code !words(text).isEmpty()}. */
	static boolean hasWord(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLetterOrDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** The end of the word starting at {@code at}, or {@code at} when no word starts there. */
	private static int wordEnd(String text, int at) {
		if (!Character.isLetterOrDigit(text.charAt(at))) {
			return at;
		}
		int end = at + 1;
		while (end < text.length()) {
			char c = text.charAt(end);
			if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-') {
				end++;
			} else {
				break;
			}
		}
		return end;
	}

	/** The sentences of a text; a sentence ends at . ! or ? followed by a space. */
	public static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		Matcher matcher = SENTENCE_END.matcher(text);
		int start = 0;
		while (matcher.find()) {
			String sentence = text.substring(start, matcher.end()).strip();
			if (hasWord(sentence) && !isAbbreviationDot(text, matcher.start())) {
				sentences.add(sentence);
				start = matcher.end();
			}
		}
		String rest = text.substring(start).strip();
		if (hasWord(rest)) {
			sentences.add(rest);
		}
		return sentences;
	}

	/** "nr. 296", "mr. A.B. Jansen", "o.a." do not end a sentence. */
	private static boolean isAbbreviationDot(String text, int dot) {
		int wordStart = dot;
		while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
			wordStart--;
		}
		String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
		return word.length() <= 3 && (word.equals("nr") || word.equals("mr") || word.equals("dr") || word.equals("drs")
				|| word.equals("ir") || word.equals("ca") || word.equals("bijv") || word.contains(".") || word.length() == 1);
	}

	/** Vowel groups, where a diaeresis starts a new syllable: "fi-nan-ci-ë-le", "Oe-kra-ï-ne". */
	static int syllables(String word) {
		int count = 0;
		boolean inGroup = false;
		for (int i = 0; i < word.length(); i++) {
			char c = Character.toLowerCase(word.charAt(i));
			boolean vowel = "aeiouyàáâäèéêëìíîïòóôöùúûü".indexOf(c) >= 0;
			boolean ij = c == 'j' && inGroup && i > 0 && Character.toLowerCase(word.charAt(i - 1)) == 'i';
			if (vowel || ij) {
				// a diaeresis inside a vowel group starts a new syllable
				if (!inGroup || "ëïöü".indexOf(c) >= 0) {
					count++;
				}
				inGroup = true;
			} else {
				inGroup = false;
			}
		}
		return Math.max(1, count);
	}
}
