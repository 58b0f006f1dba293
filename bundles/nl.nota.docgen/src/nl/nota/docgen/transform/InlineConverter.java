package nl.nota.docgen.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;

import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.Footnote;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.Link;
import nl.nota.lang.nota.Placeholder;
import nl.nota.lang.nota.ReviewComment;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Text;
import nl.nota.lang.nota.UnknownMarkup;
import nl.nota.lang.model.LinkTargets;
import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.XmlCharacters;

/**
 * Turns inline note content into runs under a visibility policy. This is where redacted text is kept
 * (for the internal nota) or replaced by a box with its ground (for anything public).
 */
final class InlineConverter {

	enum Visibility {
		INTERNAL, PUBLIC
	}

	private final Visibility visibility;
	private final boolean kamerstukAsFootnote;
	/** What the {invullen ...} placeholders met so far say is still to be written ("tekst" if nothing), in order, once each. */
	private final java.util.LinkedHashSet<String> toFill = new java.util.LinkedHashSet<>();

	/**
	 * @param kamerstukAsFootnote whether a {kamerstuk ...} reference in the text is a footnote (the house style
	 *                            decides), or stays in the sentence
	 */
	InlineConverter(Visibility visibility, boolean kamerstukAsFootnote) {
		this.visibility = visibility;
		this.kamerstukAsFootnote = kamerstukAsFootnote;
	}

	InlineConverter(Visibility visibility) {
		this(visibility, false);
	}

	/**
	 * The placeholders converted so far as one draft remark ("in te vullen: aan, kenmerk, aanleiding"), or none:
	 * a document with a placeholder is a concept.
	 */
	List<String> toFill() {
		return toFill.isEmpty() ? List.of() : List.of(TO_FILL + String.join(", ", toFill));
	}

	/** How the draft remark of the placeholders begins (see {@link #toFill()}). */
	static final String TO_FILL = "in te vullen: ";

	boolean isPublic() {
		return visibility == Visibility.PUBLIC;
	}

	/** A line of text outside the body (a field, a title, a heading): a footnote there has no place and is left out. */
	List<Run> convert(List<? extends Inline> inlines) {
		List<Run> runs = new ArrayList<>();
		append(inlines, false, Where.LINE, runs);
		return normalize(runs);
	}

	/** Text of the body (a paragraph, list item, table cell, caption): footnotes stay, and may hold redactions. */
	List<Run> convertBody(List<? extends Inline> inlines) {
		List<Run> runs = new ArrayList<>();
		append(inlines, false, Where.BODY, runs);
		return normalize(runs);
	}

	/** Where inline content stands: a footnote is only possible in the body, and not inside another footnote. */
	private enum Where {
		LINE, BODY, FOOTNOTE
	}

	private void append(List<? extends Inline> inlines, boolean emphasis, Where where, List<Run> runs) {
		for (Inline inline : inlines) {
			switch (inline) {
				case Text text -> text(text.getValue() == null ? "" : text.getValue(), emphasis, runs);
				case Emphasis nested -> append(nested.getInlines(), true, where, runs);
				case KamerstukReference kamerstuk when kamerstukAsFootnote && where == Where.BODY ->
					runs.add(new Run.Footnote(List.of(Run.text("Kamerstuk " + orEmpty(kamerstuk.getNumber())))));
				case KamerstukReference kamerstuk -> text("Kamerstuk " + orEmpty(kamerstuk.getNumber()), emphasis, runs);
				case Footnote footnote when where == Where.BODY -> {
					List<Run> content = new ArrayList<>();
					append(footnote.getInlines(), false, Where.FOOTNOTE, content);
					runs.add(new Run.Footnote(normalize(content)));
				}
				case Footnote footnote -> {
					// outside the body, or inside another footnote: an error; nothing of it is lost from sight in a draft
				}
				case Link link -> {
					String shown = NoteText.linkText(link);
					Optional<String> target = LinkTargets.target(link.getTarget());
					if (target.isPresent()) {
						runs.add(new Run.Link(XmlCharacters.strip(shown), target.get()));
					} else {
						text(shown, emphasis, runs);
					}
				}
				case LetterReference letter -> runs.add(new Run.Text("kamerbrief", emphasis));
				case Redaction redaction -> {
					if (visibility == Visibility.INTERNAL) {
						List<Run> inner = new ArrayList<>();
						append(redaction.getInlines(), emphasis, where == Where.BODY ? Where.LINE : where, inner);
						runs.add(new Run.Marked(Runs.plain(normalize(inner)), orEmpty(redaction.getGround())));
					} else {
						runs.add(new Run.Redacted(orEmpty(redaction.getGround())));
					}
				}
				case Placeholder placeholder -> {
					// what is still to be written, marked; its description as this audience may read it (a redaction
					// in it shows its ground only in a public document)
					List<Run> inner = new ArrayList<>();
					append(placeholder.getInlines(), false, where == Where.BODY ? Where.LINE : where, inner);
					String what = Runs.plain(normalize(inner)).strip();
					toFill.add(what.isEmpty() ? "tekst" : what);
					runs.add(new Run.Placeholder("in te vullen" + (what.isEmpty() ? "" : ": " + what)));
				}
				case ReviewComment comment -> {
					// the blank before a remark goes with it ("45 miljoen {opmerking ...}." reads "45 miljoen.")
					if (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Run.Text last && last.text().endsWith(" ")) {
						runs.set(runs.size() - 1, new Run.Text(last.text().stripTrailing(), last.emphasis()));
					}
					if (visibility == Visibility.INTERNAL && where == Where.BODY) {
						comment(comment, runs);
					} // elsewhere (the letter, anything public, a field, a heading, a footnote) it is in no document (the model refuses it in the letter and public documents)
				}
				case UnknownMarkup markup -> {
					if (visibility == Visibility.INTERNAL) {
						append(markup.getInlines(), emphasis, where, runs);
					} else {
						// an error, so only a draft gets here; it may be a mistyped {lak ...}: public text shows a placeholder
						runs.add(new Run.Placeholder("onbekende opmaak {" + orEmpty(markup.getName()) + "}"));
					}
				}
				default -> {
				}
			}
		}
	}

	/**
	 * A reviewer's remark in the internal nota's text: anchored on the word before it (split off the text run
	 * before), or on nothing when no word stands before it. Redacted text in the remark is shown as it is: the
	 * internal nota shows redacted text.
	 */
	private void comment(ReviewComment comment, List<Run> runs) {
		List<Run> inner = new ArrayList<>();
		append(comment.getInlines(), false, Where.LINE, inner);
		String remark = Runs.plain(normalize(inner)).strip();
		Run.Text anchor = Run.text("");
		if (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Run.Text last) {
			int word = last.text().lastIndexOf(' ') + 1;
			anchor = new Run.Text(last.text().substring(word), last.emphasis());
			runs.set(runs.size() - 1, new Run.Text(last.text().substring(0, word), last.emphasis()));
		}
		runs.add(new Run.Comment(anchor, orEmpty(comment.getAuthor()), remark));
	}

	/** Prose: web and e-mail addresses in it become links. */
	private static void text(String value, boolean emphasis, List<Run> runs) {
		int from = 0;
		for (MatchResult found : LinkTargets.all(value)) {
			Optional<String> target = LinkTargets.target(found.group());
			if (target.isEmpty()) {
				break;
			}
			checked(value.substring(from, found.start()), emphasis, runs);
			runs.add(new Run.Link(found.group(), target.get()));
			from = found.end();
		}
		checked(value.substring(from), emphasis, runs);
	}

	/** A character XML forbids never reaches a document: it is a visible placeholder (validation reports it as an error). */
	private static void checked(String value, boolean emphasis, List<Run> runs) {
		int from = 0;
		for (int at = XmlCharacters.find(value, 0); at >= 0; at = XmlCharacters.find(value, from)) {
			runs.add(new Run.Text(value.substring(from, at), emphasis));
			runs.add(new Run.Placeholder("ongeldig teken " + XmlCharacters.describe(value.charAt(at))));
			from = at + 1;
		}
		runs.add(new Run.Text(value.substring(from), emphasis));
	}

	/** Joins neighbouring text of the same emphasis, collapses whitespace, trims the ends. */
	private static List<Run> normalize(List<Run> runs) {
		List<Run> result = Runs.joined(runs);
		for (int i = 0; i < result.size(); i++) {
			if (result.get(i) instanceof Run.Text text) {
				String collapsed = NoteText.collapseSpaces(text.text());
				if (i == 0) {
					collapsed = collapsed.stripLeading();
				}
				if (i == result.size() - 1 || result.get(i + 1) instanceof Run.Footnote) {
					collapsed = collapsed.stripTrailing(); // a footnote's mark stands against the word before it
				}
				result.set(i, new Run.Text(collapsed, text.emphasis()));
			}
		}
		result.removeIf(run -> run instanceof Run.Text text && text.text().isEmpty());
		return result;
	}

	/** In capitals, as the sender is written under a nota; redacted text stays what it is. */
	static List<Run> upperCase(List<Run> runs) {
		return runs.stream().map(run -> run instanceof Run.Text text
				? (Run) new Run.Text(text.text().toUpperCase(java.util.Locale.ROOT), text.emphasis()) : run).toList();
	}

	/** "De minister van Defensie" as it reads inside a sentence: "de minister van Defensie". */
	static List<Run> lowerCaseFirst(List<Run> runs) {
		if (runs.isEmpty() || !(runs.get(0) instanceof Run.Text first) || first.text().isEmpty()) {
			return runs;
		}
		List<Run> result = new ArrayList<>(runs);
		result.set(0, new Run.Text(first.text().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + first.text().substring(1), first.emphasis()));
		return result;
	}

	/** Runs put together from pieces: neighbouring text joined and whitespace collapsed, as a converted line is. */
	static List<Run> normalized(List<Run> runs) {
		return normalize(runs);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : XmlCharacters.strip(value).strip();
	}
}
