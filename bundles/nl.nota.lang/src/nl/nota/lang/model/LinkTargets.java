package nl.nota.lang.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Where a link may lead, and the addresses that prose makes into links by themselves. A generated document
 * links only to the web (http, https) and to e-mail (mailto): no script, data or file addresses, whatever
 * a note says.
 */
public final class LinkTargets {

	private LinkTargets() {
	}

	private static final String TAIL = "[^\\s<>\"{}|\\\\^`]*[^\\s<>\"{}|\\\\^`.,;:!?)\\]']";

	/** A web address or an e-mail address in running text; a period or comma after it ends the sentence, not the address. */
	private static final Pattern IN_PROSE = Pattern.compile("(?<![\\p{L}\\p{N}@/.])(?:https?://" + TAIL
			+ "|www\\.[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+(?:/" + TAIL + ")?/?"
			+ "|[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,})", Pattern.CASE_INSENSITIVE);

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

	/** Every address in running text, in order. */
	public static List<MatchResult> all(String text) {
		// the pattern tries every letter as the start of an e-mail address: prose without '@', "://" or "www."
		// (nearly all of it) is not searched at all
		if (text.indexOf('@') < 0 && !text.contains("://") && !containsWww(text)) {
			return List.of();
		}
		return IN_PROSE.matcher(text).results().toList();
	}

	private static boolean containsWww(String text) {
		for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
			if (i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The address a link leads to, as the document writes it: "https://...", "http://...", "mailto:...";
	 * "www.example.nl" becomes https, a bare e-mail address mailto. Empty for anything else (another
	 * scheme, spaces, characters an address cannot hold): such a link is an error and shows as its text.
	 */
	public static Optional<String> target(String address) {
		if (address == null) {
			return Optional.empty();
		}
		String value = address.strip();
		if (value.isEmpty() || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || "<>\"{}|\\^`".indexOf(c) >= 0)) {
			return Optional.empty();
		}
		String lower = value.toLowerCase(Locale.ROOT);
		String target;
		if (lower.startsWith("https://") || lower.startsWith("http://")) {
			target = value;
		} else if (lower.startsWith("mailto:")) {
			target = EMAIL.matcher(value.substring(7)).matches() ? value : null;
		} else if (lower.startsWith("www.")) {
			target = "https://" + value;
		} else if (EMAIL.matcher(value).matches()) {
			target = "mailto:" + value;
		} else {
			target = null;
		}
		if (target == null || XmlCharacters.find(target, 0) >= 0) {
			return Optional.empty();
		}
		try {
			java.net.URI uri = new java.net.URI(target);
			boolean web = uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https");
			return web && (uri.getHost() == null || uri.getHost().isEmpty()) ? Optional.empty() : Optional.of(target);
		} catch (java.net.URISyntaxException e) {
			return Optional.empty();
		}
	}
}
