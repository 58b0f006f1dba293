package nl.nota.lang.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Bedoelt u ...?": the known name closest to a misspelt one, if it is close enough to be a typo. */
public final class Suggestions {

	private Suggestions() {
	}

	public static Optional<String> closest(String written, Collection<String> known) {
		String wanted = written.strip().toLowerCase(Locale.ROOT);
		int allowed = Math.max(2, wanted.length() / 4);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : known) {
			int distance = distance(wanted, candidate.toLowerCase(Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return bestDistance > 0 && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
	}

	/** " Bedoelt u 'x'?" or the empty string. */
	public static String hint(String written, Collection<String> known) {
		return closest(written, known).map(name -> " Bedoelt u '" + name + "'?").orElse("");
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
