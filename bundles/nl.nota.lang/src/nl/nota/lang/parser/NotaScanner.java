package nl.nota.lang.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-oriented lexer of the nota language. A context-free lexer would turn Dutch words in prose
 * into keywords; this one decides per line what a line is (part line, field, heading, list item,
 * paragraph, continuation, comment) and only then splits the line's inline content into prose and
 * markup. Every character of the input is covered by exactly one lexeme, so offsets stay exact.
 *
 * <p>Structure is decided by the start of a line only, which keeps error recovery local: an unclosed
 * markup or emphasis ends with its paragraph, a wrong heading is one wrong line.
 */
public final class NotaScanner {

	/** What a lexeme is; the token sources map these onto the parser's token types. */
	public enum Kind {
		PART_KEY, FIELD_KEY, H1, H2, PARA, BULLET, SUB_BULLET, ROW, CELL, ROW_END, RULE, CAPTION, EMPH_OPEN, EMPH_CLOSE,
		PROSE, NAME, ARG, WS, COMMENT, LBRACE, RBRACE, COLON, PIPE, KW_LAK, KW_KAMERSTUK, KW_KAMERBRIEF, KW_VOETNOOT, KW_LINK, KW_INVULLEN, KW_OPMERKING;

		public boolean isHidden() {
			return this == WS || this == COMMENT;
		}
	}

	/** A lexeme covering {@code [start, end)} of the input. */
	public record Lexeme(Kind kind, int start, int end) {
	}

	private enum Mode { START, HEADER, BODY }

	private enum Open { NONE, TITLE, FIELD, ITEM, PARAGRAPH, ROW, CAPTION }

	private static final Pattern KEY = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_-]*:(?=\\s|$)");
	private static final Pattern LOWER_KEY = Pattern.compile("[\\p{Ll}][\\p{L}\\p{N}_-]*:(?=\\s|$)");
	/** "ministerie:Defensie" in a header: a key without the space after it is still a key ("https://" is not). */
	private static final Pattern TIGHT_KEY = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_-]*:(?=[^\\s/])");

	private final String text;
	private final List<Lexeme> lexemes = new ArrayList<>();
	private int covered;

	private Mode mode = Mode.START;
	private Open open = Open.NONE;
	private boolean blankSince;
	/** Since the last list item only blank lines, comments or continuation lines: an indented item is a sub-item. */
	private boolean inList;
	/** The inline content waiting to be scanned: from spanStart to spanEnd, minus the comment lines in it. */
	private int spanStart = -1;
	private int spanEnd;
	private final List<int[]> spanComments = new ArrayList<>();

	private NotaScanner(String text) {
		this.text = text;
	}

	public static List<Lexeme> scan(String text) {
		NotaScanner scanner = new NotaScanner(text);
		scanner.run(0, null, 0, 0);
		return scanner.lexemes;
	}

	/**
	 * The lexemes of {@code text} after one change ({@code removed} characters at {@code offset} replaced by
	 * {@code inserted} ones), from {@code previous}, the lexemes of the text before it: only the stretch from
	 * the last heading before the change to the first heading after it is scanned again, the rest is taken
	 * over (moved by the change's length). A heading at a line's start is a safe point to start again: whatever
	 * came before, the scanner's state after it is the same. The result is what {@link #scan} gives.
	 */
	public static List<Lexeme> rescan(String text, List<Lexeme> previous, int offset, int removed, int inserted) {
		int restart = -1;
		for (int i = firstStartingAt(previous, offset) - 1; i >= 0 && restart < 0; i--) {
			Lexeme lexeme = previous.get(i);
			if ((lexeme.kind() == Kind.H1 || lexeme.kind() == Kind.H2) && atLineStart(text, lexeme.start())
					&& lineEnd(text, lexeme.end()) < offset) {
				restart = i;
			}
		}
		NotaScanner scanner = new NotaScanner(text);
		if (restart < 0) {
			scanner.run(0, null, 0, 0);
		} else {
			scanner.lexemes.addAll(previous.subList(0, restart));
			scanner.covered = previous.get(restart).start();
			scanner.mode = Mode.BODY;
			scanner.run(scanner.covered, previous, offset + inserted, inserted - removed);
		}
		return scanner.lexemes;
	}

	/** The index of the first lexeme starting at or after {@code offset} (lexemes come in order). */
	private static int firstStartingAt(List<Lexeme> lexemes, int offset) {
		int low = 0;
		int high = lexemes.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (lexemes.get(middle).start() < offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static boolean atLineStart(String text, int at) {
		return at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r';
	}

	/** Where the line from {@code from} ends: at a LF, a CRLF or a lone CR, each a line break to the scanner. */
	public static int lineEnd(String text, int from) {
		int end = from;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	/** Where the line after the one ending at {@code lineEnd} starts (past its LF, CRLF or lone CR); at most the text's end. */
	public static int nextLineStart(String text, int lineEnd) {
		boolean crlf = lineEnd + 1 < text.length() && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n';
		return Math.min(text.length(), lineEnd + (crlf ? 2 : 1));
	}

	/**
	 * Scans the lines from {@code from}. With {@code previous}: stops at the first heading at a line's start
	 * at or after {@code changeEnd} that {@code previous} has too ({@code delta} earlier), and takes the
	 * previous lexemes from there.
	 */
	private void run(int from, List<Lexeme> previous, int changeEnd, int delta) {
		int lineStart = from;
		int length = text.length();
		while (lineStart < length) {
			int lineEnd = lineEnd(text, lineStart);
			if (previous != null && lineStart >= changeEnd && lineStart > from && text.charAt(lineStart) == '#'
					&& headingLevel(text.substring(lineStart, lineEnd).strip()) > 0) {
				int same = headingAt(previous, lineStart - delta);
				if (same >= 0) {
					closeBlock();
					if (covered < lineStart) {
						lexemes.add(new Lexeme(Kind.WS, covered, lineStart));
					}
					for (Lexeme lexeme : previous.subList(same, previous.size())) {
						lexemes.add(new Lexeme(lexeme.kind(), lexeme.start() + delta, lexeme.end() + delta));
					}
					return;
				}
			}
			line(lineStart, lineEnd);
			lineStart = nextLineStart(text, lineEnd);
		}
		flushSpan();
		if (covered < length) {
			emit(Kind.WS, covered, length);
		}
	}

	/** The index of the heading lexeme starting at {@code start}, or -1. */
	private static int headingAt(List<Lexeme> lexemes, int start) {
		for (int i = firstStartingAt(lexemes, start); i < lexemes.size() && lexemes.get(i).start() == start; i++) {
			if (lexemes.get(i).kind() == Kind.H1 || lexemes.get(i).kind() == Kind.H2) {
				return i;
			}
		}
		return -1;
	}

	private void line(int lineStart, int lineEnd) {
		int contentStart = lineStart;
		while (contentStart < lineEnd && isBlank(text.charAt(contentStart))) {
			contentStart++;
		}
		int contentEnd = lineEnd;
		while (contentEnd > contentStart && isBlank(text.charAt(contentEnd - 1))) {
			contentEnd--;
		}
		boolean indented = contentStart > lineStart;
		if (contentStart == contentEnd) {
			blankSince = true;
			if (mode == Mode.HEADER) {
				mode = Mode.BODY;
			}
			closeBlock();
			return;
		}
		if (text.startsWith("//", contentStart)) {
			if (spanStart >= 0) {
				spanComments.add(new int[] { contentStart, contentEnd });
			} else {
				emit(Kind.COMMENT, contentStart, contentEnd);
			}
			return;
		}
		String content = text.substring(contentStart, contentEnd);
		// a key is a word and a colon: a line without a colon (most prose) needs no pattern (the key patterns,
		// letter by letter, were a sixth of a 5,000-line note's parse)
		boolean colon = content.indexOf(':') > 0;
		Matcher key = colon ? KEY.matcher(content) : null;
		boolean startsWithKey = colon && key.lookingAt();
		if (colon && !startsWithKey && (mode == Mode.START || mode == Mode.HEADER && !indented)) {
			key = TIGHT_KEY.matcher(content);
			startsWithKey = key.lookingAt();
		}

		if (mode == Mode.START && startsWithKey) {
			part(contentStart, contentStart + key.end(), contentEnd);
		} else if (mode == Mode.BODY && blankSince && !indented && startsWithKey && LOWER_KEY.matcher(content).lookingAt()
				&& startsPart(content.substring(0, key.end() - 1), lineEnd)) {
			part(contentStart, contentStart + key.end(), contentEnd);
		} else if (mode == Mode.HEADER && startsWithKey) {
			openBlock(Open.FIELD);
			emit(Kind.FIELD_KEY, contentStart, contentStart + key.end());
			startSpan(contentStart + key.end(), contentEnd);
		} else if (mode == Mode.HEADER && indented && (open == Open.FIELD || open == Open.TITLE)) {
			extendSpan(contentStart, contentEnd);
		} else if (content.charAt(0) == '|') {
			mode = Mode.BODY;
			row(contentStart, contentEnd);
		} else if (open == Open.ROW && content.charAt(0) == ':' && (content.length() == 1 || isBlank(content.charAt(1)))) {
			openBlock(Open.CAPTION);
			emit(Kind.CAPTION, contentStart, contentStart + 1);
			startSpan(contentStart + 1, contentEnd);
		} else if (headingLevel(content) > 0) {
			mode = Mode.BODY;
			inList = false;
			closeBlock();
			emit(headingLevel(content) == 1 ? Kind.H1 : Kind.H2, contentStart, contentEnd);
			blankSince = false;
		} else if (itemMarker(content) > 0) {
			mode = Mode.BODY;
			openBlock(Open.ITEM);
			int marker = itemMarker(content);
			emit(indented && inList ? Kind.SUB_BULLET : Kind.BULLET, contentStart, contentStart + marker);
			inList = true;
			startSpan(contentStart + marker, contentEnd);
		} else if (mode == Mode.BODY && !blankSince && (open == Open.PARAGRAPH || open == Open.ITEM)) {
			extendSpan(contentStart, contentEnd);
		} else {
			mode = Mode.BODY;
			inList = false;
			openBlock(Open.PARAGRAPH);
			if (lineStart == 0) {
				emit(Kind.PARA, contentStart, contentStart);
			} else {
				boolean crlf = lineStart >= 2 && text.charAt(lineStart - 1) == '\n' && text.charAt(lineStart - 2) == '\r';
				emit(Kind.PARA, lineStart - (crlf ? 2 : 1), lineStart);
			}
			startSpan(contentStart, contentEnd);
		}
	}

	/**
	 * Whether a lower-case "word:" line after a blank line starts a new part rather than a paragraph: when the
	 * word names a kind of document ("...nota", "...brief", "...vragen") or the next line is a header field.
	 * "bijvoorbeeld: dit is ..." stays prose.
	 */
	private boolean startsPart(String word, int lineEnd) {
		String kind = word.toLowerCase(java.util.Locale.ROOT);
		if (kind.endsWith("nota") || kind.endsWith("brief") || kind.endsWith("vragen") || kind.endsWith("antwoorden")) {
			return true;
		}
		int next = nextLineStart(text, lineEnd);
		return KEY.matcher(text.substring(next, lineEnd(text, next))).lookingAt();
	}

	/**
	 * A table row: a rule line ("|---|--:|") as one lexeme; otherwise ROW at the first "|", CELL at each "|"
	 * that starts a next cell and ROW_END at a last "|" with nothing after it. A "|" inside {markup} or
	 * escaped ("\|") belongs to the cell.
	 */
	private void row(int contentStart, int contentEnd) {
		openBlock(Open.ROW);
		inList = false;
		if (isRule(text.substring(contentStart, contentEnd))) {
			emit(Kind.RULE, contentStart, contentEnd);
			return;
		}
		emit(Kind.ROW, contentStart, contentStart + 1);
		int cellStart = contentStart + 1;
		int depth = 0;
		for (int i = contentStart + 1; i < contentEnd; i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < contentEnd) {
				i++;
			} else if (c == '{') {
				depth++;
			} else if (c == '}' && depth > 0) {
				depth--;
			} else if (c == '|' && depth == 0) {
				cell(cellStart, i);
				boolean last = text.substring(i + 1, contentEnd).isBlank();
				emit(last ? Kind.ROW_END : Kind.CELL, i, i + 1);
				cellStart = i + 1;
				if (last) {
					return;
				}
			}
		}
		cell(cellStart, contentEnd);
	}

	private void cell(int from, int to) {
		while (to > from && isBlank(text.charAt(to - 1))) {
			to--;
		}
		startSpan(from, to);
		flushSpan();
	}

	/** Cells of only dashes, with a colon for alignment; "| - |" alone is a row of cells saying "none", "|---|" or "|:-:|" a rule. */
	private static final Pattern RULE_LINE = Pattern.compile("\\|?(\\s*:?-+:?\\s*\\|)*\\s*:?-+:?\\s*\\|?");

	private static boolean isRule(String line) {
		return RULE_LINE.matcher(line).matches() && (line.contains("---") || line.contains(":-") || line.contains("-:"));
	}

	private void part(int keyStart, int keyEnd, int contentEnd) {
		inList = false;
		closeBlock();
		mode = Mode.HEADER;
		open = Open.TITLE;
		blankSince = false;
		emit(Kind.PART_KEY, keyStart, keyEnd);
		startSpan(keyEnd, contentEnd);
	}

	private void openBlock(Open kind) {
		closeBlock();
		open = kind;
		blankSince = false;
	}

	private void closeBlock() {
		flushSpan();
		open = Open.NONE;
	}

	private void startSpan(int from, int to) {
		while (from < to && isBlank(text.charAt(from))) {
			from++;
		}
		spanStart = from;
		spanEnd = to;
	}

	private void extendSpan(int from, int to) {
		if (spanStart < 0 || spanStart >= spanEnd) {
			// nothing on the opening line: the continuation line starts the content
			for (int[] comment : spanComments) {
				emit(Kind.COMMENT, comment[0], comment[1]);
			}
			spanComments.clear();
			startSpan(from, to);
			return;
		}
		spanEnd = to;
	}

	private void flushSpan() {
		boolean content = spanStart >= 0 && spanStart < spanEnd;
		List<int[]> inside = new ArrayList<>();
		List<int[]> after = new ArrayList<>();
		for (int[] comment : spanComments) {
			(content && comment[0] < spanEnd ? inside : after).add(comment);
		}
		if (content) {
			new InlineScanner(spanStart, spanEnd, inside).run();
		}
		for (int[] comment : after) {
			emit(Kind.COMMENT, comment[0], comment[1]);
		}
		spanStart = -1;
		spanComments.clear();
	}

	/** How deep markup may nest ({lak: {kamerstuk}} is two); a "{" deeper than this is text. */
	public static final int MAX_NESTING = 16;

	/** Splits one block's inline content into prose, emphasis and {markup}. */
	private final class InlineScanner {
		private final int end;
		private final List<int[]> comments;
		private int nextComment;
		private int i;
		private int proseStart = -1;
		/** What is open, innermost last: '{' for markup with prose inside, '*' for emphasis. */
		private final java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();

		InlineScanner(int start, int end, List<int[]> comments) {
			this.i = start;
			this.end = end;
			this.comments = comments;
		}

		void run() {
			while (i < end) {
				if (skipComment()) {
					continue;
				}
				char c = text.charAt(i);
				if (c == '\\' && i + 1 < end && NotaValueConverters.ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
					prose(2);
				} else if (c == '{' && open.size() >= MAX_NESTING) {
					// deeper markup is text: the parser's recursion stays bounded (the validator says why)
					prose(1);
				} else if (c == '{') {
					flushProse(i, false);
					emit(Kind.LBRACE, i, i + 1);
					i++;
					markupHead();
				} else if (c == '}' && open.contains('{')) {
					flushProse(i, true);
					closeUntil('{', i);
					emit(Kind.RBRACE, i, i + 1);
					i++;
				} else if (c == '*' && !open.contains('*') && canOpenEmphasis()) {
					flushProse(i, false);
					emit(Kind.EMPH_OPEN, i, i + 1);
					i++;
					open.push('*');
				} else if (c == '*' && open.peek() != null && open.peek() == '*' && canCloseEmphasis()) {
					flushProse(i, true);
					emit(Kind.EMPH_CLOSE, i, i + 1);
					i++;
					open.pop();
				} else {
					prose(1);
				}
			}
			flushProse(end, true);
			closeUntil(null, end);
		}

		/**
		 * Closes what is still open with zero-length closers: emphasis inside markup that ends, or anything
		 * open at the end of the paragraph. The parser then sees a whole construct, and the validator reports
		 * the missing closer at the opening character, where the writer has to look.
		 */
		private void closeUntil(Character stop, int at) {
			while (!open.isEmpty() && !open.peek().equals(stop)) {
				emit(open.pop() == '*' ? Kind.EMPH_CLOSE : Kind.RBRACE, at, at);
			}
			if (stop != null && !open.isEmpty()) {
				open.pop();
			}
		}

		/** The comment lines inside the block come in order: only the next one can start here (linear, not per character). */
		private boolean skipComment() {
			while (nextComment < comments.size() && comments.get(nextComment)[0] < i) {
				nextComment++;
			}
			if (nextComment < comments.size() && comments.get(nextComment)[0] == i) {
				int[] comment = comments.get(nextComment++);
				flushProse(i, true);
				emit(Kind.COMMENT, comment[0], comment[1]);
				i = comment[1];
				skipBlanks();
				return true;
			}
			return false;
		}

		private void prose(int width) {
			if (proseStart < 0) {
				proseStart = i;
			}
			i = Math.min(end, i + width);
		}

		/** After '{': the directive name, then its argument, then ':' and prose or '}'. */
		private void markupHead() {
			skipBlanks();
			int wordStart = i;
			while (i < end && isWordChar(text.charAt(i))) {
				i++;
			}
			Kind directive = i > wordStart ? directive(text.substring(wordStart, i)) : null;
			if (directive != null) {
				emit(directive, wordStart, i);
			}
			skipBlanks();
			if (directive == Kind.KW_LINK) {
				linkArguments();
				return;
			}
			int argStart = i;
			while (i < end && ":}{\n\r".indexOf(text.charAt(i)) < 0) {
				i++;
			}
			int argEnd = i;
			while (argEnd > argStart && Character.isWhitespace(text.charAt(argEnd - 1))) {
				argEnd--;
			}
			if (argEnd > argStart) {
				emit(Kind.ARG, argStart, argEnd);
			}
			if (i < end && text.charAt(i) == ':') {
				emit(Kind.COLON, i, i + 1);
				i++;
				open.push('{');
				skipBlanks();
			} else if (i < end && text.charAt(i) == '}') {
				emit(Kind.RBRACE, i, i + 1);
				i++;
			} else {
				emit(Kind.RBRACE, argEnd, argEnd);
			}
		}

		/**
		 * "{link url}" or "{link text | url}": an address holds ':', so everything up to the closing brace is
		 * the argument; the last '|' separates the text from the address. A '{' ends it too: markup inside a
		 * link ("{link {lak ...: naam} | ...}") is markup of its own, never text a link would show.
		 */
		private void linkArguments() {
			int argStart = i;
			int pipe = -1;
			while (i < end && "{}\n\r".indexOf(text.charAt(i)) < 0) {
				if (text.charAt(i) == '|') {
					pipe = i;
				}
				i++;
			}
			if (pipe >= 0) {
				argument(argStart, pipe);
				emit(Kind.PIPE, pipe, pipe + 1);
				argument(pipe + 1, i);
			} else {
				argument(argStart, i);
			}
			if (i < end && text.charAt(i) == '}') {
				emit(Kind.RBRACE, i, i + 1);
				i++;
			} else {
				emit(Kind.RBRACE, i, i);
			}
		}

		private void argument(int from, int to) {
			while (from < to && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			if (to > from) {
				emit(Kind.ARG, from, to);
			}
		}

		private void skipBlanks() {
			while (i < end && Character.isWhitespace(text.charAt(i)) && !startsComment(i)) {
				i++;
			}
		}

		private boolean startsComment(int at) {
			for (int k = nextComment; k < comments.size() && comments.get(k)[0] <= at; k++) {
				if (comments.get(k)[0] == at) {
					return true;
				}
			}
			return false;
		}

		private void flushProse(int at, boolean trimTrailing) {
			if (proseStart < 0) {
				return;
			}
			int proseEnd = at;
			if (trimTrailing) {
				while (proseEnd > proseStart && Character.isWhitespace(text.charAt(proseEnd - 1))) {
					proseEnd--;
				}
			}
			if (proseEnd > proseStart) {
				emit(Kind.PROSE, proseStart, proseEnd);
			}
			proseStart = -1;
		}

		private boolean canOpenEmphasis() {
			boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
			boolean after = i + 1 < end && !Character.isWhitespace(text.charAt(i + 1)) && text.charAt(i + 1) != '*';
			return before && after;
		}

		private boolean canCloseEmphasis() {
			boolean before = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
			boolean after = i + 1 >= end || !Character.isLetterOrDigit(text.charAt(i + 1));
			return before && after;
		}
	}

	/** Directives ignore case: "{LAK 5.1.2e: ...}" is a redaction too, never unknown markup whose text would be shown. */
	private static Kind directive(String word) {
		return switch (word.toLowerCase(java.util.Locale.ROOT)) {
			case "lak" -> Kind.KW_LAK;
			case "kamerstuk" -> Kind.KW_KAMERSTUK;
			case "kamerbrief" -> Kind.KW_KAMERBRIEF;
			case "voetnoot" -> Kind.KW_VOETNOOT;
			case "link" -> Kind.KW_LINK;
			case "invullen" -> Kind.KW_INVULLEN;
			case "opmerking" -> Kind.KW_OPMERKING;
			default -> Kind.NAME;
		};
	}

	private void emit(Kind kind, int start, int end) {
		if (start > covered) {
			lexemes.add(new Lexeme(Kind.WS, covered, start));
		}
		lexemes.add(new Lexeme(kind, start, end));
		covered = end;
	}

	private static int headingLevel(String content) {
		int level = 0;
		while (level < content.length() && content.charAt(level) == '#') {
			level++;
		}
		boolean separated = level == content.length() || Character.isWhitespace(content.charAt(level));
		return level >= 1 && level <= 2 && separated ? level : 0;
	}

	private static final Pattern NUMBERED = Pattern.compile("(?:\\d{1,3}|[a-z])[.)](?=\\s)");

	/**
	 * The length of a list item's marker at the start of a line, or 0: "- ", "* ", "• " (and "-" or "•" right
	 * before a word), and for numbered and lettered lists "1. ", "12) ", "a. " (followed by a space, so "2025."
	 * or "a.s." stay prose). The one decision of what starts a point, also for the quick fixes.
	 */
	public static int itemMarker(String content) {
		if (content.isEmpty()) {
			return 0;
		}
		char c = content.charAt(0);
		if ((c == '-' || c == '•' || c == '*') && (content.length() == 1 || Character.isWhitespace(content.charAt(1)))) {
			return 1;
		}
		// "-Nederland": the point typed straight after the dash (a negative figure, "-3", stays prose)
		if ((c == '-' || c == '•') && content.length() > 1 && Character.isLetter(content.charAt(1))) {
			return 1;
		}
		Matcher numbered = NUMBERED.matcher(content);
		return numbered.lookingAt() ? numbered.end() : 0;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '_';
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f';
	}
}
