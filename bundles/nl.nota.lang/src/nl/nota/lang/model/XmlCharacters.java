package nl.nota.lang.model;

/**
 * The characters XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE, U+FFFF and
 * unpaired surrogates). Every output format is XML or made from it, so such a character in a note is an
 * error, and no output ever carries one.
 */
public final class XmlCharacters {

	private XmlCharacters() {
	}

	public static boolean allowed(int codePoint) {
		return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || (codePoint >= 0x20 && codePoint <= 0xD7FF)
				|| (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
	}

	/**
	 * The index of the first forbidden character at or after {@code from}, or -1. Every text of every output
	 * passes here, most of it characters between U+0020 and U+D7FF, which need no further look.
	 */
	public static int find(String text, int from) {
		int length = text.length();
		for (int i = from; i < length; i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < 0xD800) {
				continue;
			}
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c) || !allowed(c)) {
				return i;
			}
		}
		return -1;
	}

	/** The text without forbidden characters. */
	public static String strip(String text) {
		int first = find(text, 0);
		if (first < 0) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		int from = 0;
		for (int at = first; at >= 0; at = find(text, from)) {
			clean.append(text, from, at);
			from = at + 1;
		}
		return clean.append(text, from, text.length()).toString();
	}

	/** "U+0001", as a writer can look it up. */
	public static String describe(char c) {
		return String.format("U+%04X", (int) c);
	}
}
