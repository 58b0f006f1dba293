package nl.nota.docgen.transform;

import java.util.ArrayList;
import java.util.List;

import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Text;
import nl.nota.lang.nota.UnknownMarkup;
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

	InlineConverter(Visibility visibility) {
		this.visibility = visibility;
	}

	boolean isPublic() {
		return visibility == Visibility.PUBLIC;
	}

	List<Run> convert(List<? extends Inline> inlines) {
		List<Run> runs = new ArrayList<>();
		append(inlines, false, runs);
		return normalize(runs);
	}

	private void append(List<? extends Inline> inlines, boolean emphasis, List<Run> runs) {
		for (Inline inline : inlines) {
			switch (inline) {
				case Text text -> text(text.getValue() == null ? "" : text.getValue(), emphasis, runs);
				case Emphasis nested -> append(nested.getInlines(), true, runs);
				case KamerstukReference kamerstuk -> text("Kamerstuk " + orEmpty(kamerstuk.getNumber()), emphasis, runs);
				case LetterReference letter -> runs.add(new Run.Text("kamerbrief", emphasis));
				case Redaction redaction -> {
					if (visibility == Visibility.INTERNAL) {
						List<Run> inner = new ArrayList<>();
						append(redaction.getInlines(), emphasis, inner);
						runs.add(new Run.Marked(Runs.plain(normalize(inner)), orEmpty(redaction.getGround())));
					} else {
						runs.add(new Run.Redacted(orEmpty(redaction.getGround())));
					}
				}
				case UnknownMarkup markup -> {
					if (visibility == Visibility.INTERNAL) {
						append(markup.getInlines(), emphasis, runs);
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

	/** A character XML forbids never reaches a document: it is a visible placeholder (validation reports it as an error). */
	private static void text(String value, boolean emphasis, List<Run> runs) {
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
		List<Run> result = new ArrayList<>();
		for (Run run : runs) {
			if (run instanceof Run.Text text && !result.isEmpty() && result.get(result.size() - 1) instanceof Run.Text last
					&& last.emphasis() == text.emphasis()) {
				result.set(result.size() - 1, new Run.Text(last.text() + text.text(), text.emphasis()));
			} else {
				result.add(run);
			}
		}
		for (int i = 0; i < result.size(); i++) {
			if (result.get(i) instanceof Run.Text text) {
				String collapsed = text.text().replaceAll("\\s+", " ");
				if (i == 0) {
					collapsed = collapsed.stripLeading();
				}
				if (i == result.size() - 1) {
					collapsed = collapsed.stripTrailing();
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

	private static String orEmpty(String value) {
		return value == null ? "" : XmlCharacters.strip(value).strip();
	}
}
