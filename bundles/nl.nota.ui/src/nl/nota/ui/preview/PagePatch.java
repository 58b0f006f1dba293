package nl.nota.ui.preview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The change from the preview page the browser shows to the next one, as a script that replaces only the
 * changed blocks, instead of loading the whole page again: a page loaded whole is shown from its top, so at
 * every pause in the typing the preview jumped away from where the writer was reading. (For WebKit it is
 * about as much work on a long note, which it lays out again either way; see the README's speed section.)
 *
 * <p>A page is the {@code HtmlRenderer}'s: XML-serialised HTML in which every {@code <} starts a tag (text
 * is escaped). Its one {@code <div class="page ...">} holds the page's parts (the draft banner, the
 * letterhead, the reference column, the body, the closing, the notes), and the body,
 * {@code <div class="body">}, the document's blocks. A patch replaces the parts that changed around the body
 * and the body's blocks that changed. Where the head of the page changed (its title, its style) or parts
 * changed on both sides of the body, there is no patch: the page is loaded whole.
 *
 * <p>Each page the browser holds carries a number ({@code data-nota-page} on its body element); a patch
 * applies only to the page with the number it was made from, and gives the page the next one. It says so by
 * the title it gives the page (the browser tells the view of a new title). A patch that finds another page
 * (a load not yet done, a patch that failed) changes nothing and says so, and the view loads the page.
 */
public final class PagePatch {

	public static final String PAGE_ATTRIBUTE = "data-nota-page";
	private static final String BODY = "<div class=\"body\">";
	private static final Pattern PAGE = Pattern.compile("<div class=\"page [a-z ]+\">");
	/** The title a patch gives the page when it ran, and when it found another page: the view hears of titles. */
	private static final String DONE = "nota-patch ";
	private static final String FAILED = "nota-patch-failed ";
	/** Stands for the body among the page's parts: the body is compared block by block. */
	private static final String BODY_PART = "\0body";

	private PagePatch() {
	}

	/** An element cut in three: its start tag and everything before it, its children, its end tag and everything after. */
	public record Parts(String head, List<String> blocks, String tail) {
	}

	/** The page with its number on its body element, for the browser; the page itself when it has no body element. */
	public static String numbered(String page, long number) {
		int body = page.indexOf("<body");
		if (body < 0) {
			return page;
		}
		int at = body + "<body".length();
		return page.substring(0, at) + " " + PAGE_ATTRIBUTE + "=\"" + number + "\"" + page.substring(at);
	}

	/**
	 * The script that makes page {@code from} (shown with the number {@code fromNumber}) into page {@code to}
	 * (numbered {@code toNumber}); null when the page must be loaded whole.
	 */
	public static String script(String from, long fromNumber, String to, long toNumber) {
		return script(Cut.of(from), fromNumber, Cut.of(to), toNumber);
	}

	/** A page cut around its parts and around its body's blocks: done once per page, off the UI thread. */
	public record Cut(String page, Parts parts, Parts body) {
		public static Cut of(String page) {
			return new Cut(page, PagePatch.page(page), split(page));
		}
	}

	/** {@link #script(String, long, String, long)} of pages cut already. */
	public static String script(Cut from, long fromNumber, Cut to, long toNumber) {
		Parts pageBefore = from.parts();
		Parts pageAfter = to.parts();
		Parts bodyBefore = from.body();
		Parts bodyAfter = to.body();
		if (pageBefore == null || pageAfter == null || bodyBefore == null || bodyAfter == null || !pageBefore.head().equals(pageAfter.head())
				|| !pageBefore.tail().equals(pageAfter.tail())) {
			return null;
		}
		Change parts = Change.of(withoutBody(pageBefore.blocks()), withoutBody(pageAfter.blocks()));
		if (parts == null || parts.removed().contains(BODY_PART) || parts.inserted().contains(BODY_PART)) {
			return null;
		}
		Change blocks = Change.of(bodyBefore.blocks(), bodyAfter.blocks());
		// the page's number and its parts are checked before anything changes: a patch for another page fails whole;
		// the body's blocks are replaced first, then the parts around the body (which keeps its place among them)
		return "(function(){var d=document.body,p=document.querySelector('div.page'),b=document.querySelector('div.body');"
				+ "if(!d||d.getAttribute('" + PAGE_ATTRIBUTE + "')!=='" + fromNumber + "'||!p||!b||p.children.length!==" + pageBefore.blocks().size()
				+ "||b.children.length!==" + bodyBefore.blocks().size() + "){document.title='" + FAILED + toNumber + "';return;}"
				+ "function r(e,at,n,html){for(var i=0;i<n;i++)e.removeChild(e.children[at]);"
				+ "var t=document.createElement('template');t.innerHTML=html;e.insertBefore(t.content,e.children[at]||null);}"
				+ blocks.call("b") + parts.call("p") + "d.setAttribute('" + PAGE_ATTRIBUTE + "','" + toNumber + "');"
				+ "document.title='" + DONE + toNumber + "';})();";
	}

	/**
	 * What a patch's title says: the number of the page it made, that number negated when it found another page
	 * and changed nothing, 0 for any other title.
	 */
	public static long patched(String title) {
		try {
			if (title != null && title.startsWith(DONE)) {
				return Long.parseLong(title.substring(DONE.length()));
			}
			if (title != null && title.startsWith(FAILED)) {
				return -Long.parseLong(title.substring(FAILED.length()));
			}
		} catch (NumberFormatException e) {
			// a page's own title that happens to start so
		}
		return 0;
	}

	/** Where two lists of blocks differ: how many are the same at the start, those taken away after them, those put in. */
	private record Change(int same, List<String> removed, List<String> inserted) {

		static Change of(List<String> old, List<String> now) {
			if (old == null || now == null) {
				return null;
			}
			int same = 0;
			while (same < old.size() && same < now.size() && old.get(same).equals(now.get(same))) {
				same++;
			}
			int sameAtEnd = 0;
			while (sameAtEnd < old.size() - same && sameAtEnd < now.size() - same
					&& old.get(old.size() - 1 - sameAtEnd).equals(now.get(now.size() - 1 - sameAtEnd))) {
				sameAtEnd++;
			}
			return new Change(same, old.subList(same, old.size() - sameAtEnd), now.subList(same, now.size() - sameAtEnd));
		}

		/** The call of the script's function that makes the change in the element named; nothing when there is none. */
		String call(String element) {
			if (removed.isEmpty() && inserted.isEmpty()) {
				return "";
			}
			return "r(" + element + "," + same + "," + removed.size() + "," + literal(String.join("", inserted)) + ");";
		}
	}

	/** The page's parts with the body as {@link #BODY_PART}; null unless the body is one of them, once. */
	private static List<String> withoutBody(List<String> parts) {
		List<String> result = new ArrayList<>(parts.size());
		for (String part : parts) {
			result.add(part.startsWith(BODY) ? BODY_PART : part);
		}
		return result.stream().filter(BODY_PART::equals).count() == 1 ? result : null;
	}

	/** The page cut around its parts (the children of its {@code <div class="page ...">}); null without one such element. */
	private static Parts page(String page) {
		Matcher matcher = PAGE.matcher(page);
		if (!matcher.find()) {
			return null;
		}
		int start = matcher.end();
		return matcher.find() ? null : children(page, start);
	}

	/** The page cut around the blocks of its body ({@code <div class="body">}); null without one body. */
	public static Parts split(String page) {
		int start = page.indexOf(BODY);
		if (start < 0 || page.indexOf(BODY, start + 1) >= 0) {
			return null;
		}
		return children(page, start + BODY.length());
	}

	/** The children of the div whose start tag ends at {@code start}; null when they cannot be told apart. */
	private static Parts children(String page, int start) {
		List<String> blocks = new ArrayList<>();
		ArrayDeque<String> open = new ArrayDeque<>();
		int blockStart = start;
		int at = start;
		while (true) {
			int tag = page.indexOf('<', at);
			if (tag < 0) {
				return null;
			}
			if (open.isEmpty() && !page.substring(at, tag).isBlank()) {
				return null; // text outside the blocks: not a page of the renderer's
			}
			int close = tagEnd(page, tag);
			if (close < 0 || page.startsWith("<!", tag) || page.startsWith("<?", tag)) {
				return null;
			}
			if (page.charAt(tag + 1) == '/') {
				String name = page.substring(tag + 2, close).strip();
				if (open.isEmpty()) {
					return name.equals("div") ? new Parts(page.substring(0, start), blocks, page.substring(tag)) : null;
				}
				if (!open.pop().equals(name)) {
					return null; // not well-formed
				}
				if (open.isEmpty()) {
					blocks.add(page.substring(blockStart, close + 1));
				}
			} else if (page.charAt(close - 1) == '/') {
				if (open.isEmpty()) {
					blocks.add(page.substring(tag, close + 1));
				}
			} else {
				if (open.isEmpty()) {
					blockStart = tag;
				}
				open.push(name(page, tag + 1, close));
			}
			at = close + 1;
		}
	}

	/** The element name of a start tag: up to the first space or the tag's end. */
	private static String name(String page, int from, int close) {
		int end = from;
		while (end < close && !Character.isWhitespace(page.charAt(end)) && page.charAt(end) != '/') {
			end++;
		}
		return page.substring(from, end);
	}

	/** The {@code >} that ends the tag starting at {@code open}, past quoted attribute values; -1 if none. */
	private static int tagEnd(String page, int open) {
		char quote = 0;
		for (int i = open + 1; i < page.length(); i++) {
			char c = page.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '>') {
				return i;
			}
		}
		return -1;
	}

	/** The text as a JavaScript string literal. */
	public static String literal(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length() + 16).append('\'');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\'' -> out.append("\\'");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '<' -> out.append("\\x3c");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !validPair(text, i)) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('\'').toString();
	}

	private static boolean validPair(CharSequence text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}
}
