package nl.nota.docgen.transform;

import java.util.ArrayList;
import java.util.List;

import nl.nota.docgen.model.Run;
import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Text;
import nl.nota.lang.nota.UnknownMarkup;

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
				case Text text -> runs.add(new Run.Text(text.getValue() == null ? "" : text.getValue(), emphasis));
				case Emphasis nested -> append(nested.getInlines(), true, runs);
				case KamerstukReference kamerstuk -> runs.add(new Run.Text("Kamerstuk " + orEmpty(kamerstuk.getNumber()), emphasis));
				case LetterReference letter -> runs.add(new Run.Text("kamerbrief", emphasis));
				case Redaction redaction -> {
					if (visibility == Visibility.INTERNAL) {
						List<Run> inner = new ArrayList<>();
						append(redaction.getInlines(), emphasis, inner);
						runs.add(new Run.Marked(plain(normalize(inner)), orEmpty(redaction.getGround())));
					} else {
						runs.add(new Run.Redacted(orEmpty(redaction.getGround())));
					}
				}
				case UnknownMarkup markup -> append(markup.getInlines(), emphasis, runs);
				default -> {
				}
			}
		}
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

	static String plain(List<Run> runs) {
		StringBuilder text = new StringBuilder();
		for (Run run : runs) {
			switch (run) {
				case Run.Text t -> text.append(t.text());
				case Run.Redacted r -> text.append('[').append(r.ground()).append(']');
				case Run.Placeholder p -> text.append('[').append(p.description()).append(']');
				case Run.Marked m -> text.append(m.text());
			}
		}
		return text.toString();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value.strip();
	}
}
