package nl.nota.docgen.model;

import java.util.List;

/** Inline content as one line of text, for where a format has no runs: metadata, titles, running headers. */
public final class Runs {

	private Runs() {
	}

	/** Fixed text (labels, house style data); note text goes through the transformation instead. */
	public static List<Run> of(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(Run.text(text));
	}

	/** Every footnote in these runs, in order. */
	public static java.util.stream.Stream<Run.Footnote> footnotes(List<Run> runs) {
		return runs.stream().filter(Run.Footnote.class::isInstance).map(Run.Footnote.class::cast);
	}

	/** The text a reader sees: a redaction box as its ground in brackets, a placeholder as its description. */
	public static String plain(List<Run> runs) {
		StringBuilder text = new StringBuilder();
		for (Run run : runs) {
			switch (run) {
				case Run.Text t -> text.append(t.text());
				case Run.Redacted r -> text.append('[').append(r.ground()).append(']');
				case Run.Placeholder p -> text.append('[').append(p.description()).append(']');
				case Run.Marked m -> text.append(m.text());
				case Run.Footnote f -> {
					// at the foot of the page, not in the line
				}
				case Run.Link l -> text.append(l.text());
				case Run.Comment c -> text.append(c.anchor().text());
				case Run.Revision r -> text.append(r.inserted() ? plain(r.runs()) : ""); // the text as it is now
			}
		}
		return text.toString();
	}

	/** Neighbouring text of the same emphasis as one run, in a new list. */
	public static List<Run> joined(List<Run> runs) {
		List<Run> result = new java.util.ArrayList<>();
		for (Run run : runs) {
			if (run instanceof Run.Text text && !result.isEmpty() && result.get(result.size() - 1) instanceof Run.Text last
					&& last.emphasis() == text.emphasis()) {
				result.set(result.size() - 1, new Run.Text(last.text() + text.text(), text.emphasis()));
			} else {
				result.add(run);
			}
		}
		return result;
	}
}
