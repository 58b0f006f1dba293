package nl.nota.lang.ide.services;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.nota.lang.fixes.QuickFixes.Edit;
import nl.nota.lang.parser.NotaScanner;
import nl.nota.lang.parser.NotaScanner.Lexeme;

/**
 * Formats a note without touching its prose: trailing whitespace goes, a run of blank lines becomes one, a
 * heading that follows text gets a blank line before it (a heading right under a heading stays there), {@code key:   value} in a header and {@code #   Kop} become
 * {@code key: value} and {@code # Kop}, and the file ends with one line break. Words, their order and the
 * line breaks inside paragraphs stay as written. Line endings (LF or CRLF) are kept; a lone CR (an old Mac line
 * end, or one pasted into a line) is a line break to the scanner, so here too, and is written as the note's line end.
 */
public final class NotaFormatter {

	private NotaFormatter() {
	}

	/** The edit that formats the text, or empty when it is formatted already. */
	public static Optional<Edit> format(String text) {
		String formatted = formatted(text);
		if (formatted.equals(text)) {
			return Optional.empty();
		}
		int prefix = 0;
		int max = Math.min(text.length(), formatted.length());
		while (prefix < max && text.charAt(prefix) == formatted.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix && text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
			suffix++;
		}
		return Optional.of(new Edit(prefix, text.length() - prefix - suffix, formatted.substring(prefix, formatted.length() - suffix)));
	}

	public static String formatted(String text) {
		if (text.isEmpty()) {
			return text;
		}
		String newline = text.contains("\r\n") ? "\r\n" : "\n";
		Map<Integer, NotaScanner.Kind> lineKinds = new HashMap<>();
		List<Lexeme> lexemes = NotaScanner.scan(text);
		for (Lexeme lexeme : lexemes) {
			switch (lexeme.kind()) {
				case H1, H2, PART_KEY, FIELD_KEY -> lineKinds.put(lineStart(text, lexeme.start()), lexeme.kind());
				default -> {
					// only these lines have whitespace that is layout rather than text
				}
			}
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		int blankRun = 0;
		boolean first = true;
		boolean afterHeading = false;
		int at = 0;
		while (at < text.length()) {
			int end = NotaScanner.lineEnd(text, at);
			int next = NotaScanner.nextLineStart(text, end);
			String line = text.substring(at, end).stripTrailing();
			NotaScanner.Kind kind = lineKinds.get(at);
			if (line.isEmpty()) {
				blankRun++;
			} else {
				boolean heading = kind == NotaScanner.Kind.H1 || kind == NotaScanner.Kind.H2;
				if (!first && blankRun == 0 && heading && !afterHeading) {
					blankRun = 1;
				}
				afterHeading = heading;
				if (!first && blankRun > 0) {
					out.append(newline);
				}
				blankRun = 0;
				first = false;
				out.append(layout(line, kind)).append(newline);
			}
			at = next;
		}
		return out.toString();
	}

	private static String layout(String line, NotaScanner.Kind kind) {
		if (kind == NotaScanner.Kind.H1 || kind == NotaScanner.Kind.H2) {
			String indent = line.substring(0, line.length() - line.stripLeading().length());
			String content = line.stripLeading();
			int marker = kind == NotaScanner.Kind.H1 ? 1 : 2;
			return indent + content.substring(0, marker) + " " + content.substring(marker).strip();
		}
		if (kind == NotaScanner.Kind.FIELD_KEY || kind == NotaScanner.Kind.PART_KEY) {
			int colon = line.indexOf(':');
			String value = line.substring(colon + 1).strip();
			return line.substring(0, colon + 1) + (value.isEmpty() ? "" : " " + value);
		}
		return line;
	}

	private static int lineStart(String text, int offset) {
		return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
	}
}
