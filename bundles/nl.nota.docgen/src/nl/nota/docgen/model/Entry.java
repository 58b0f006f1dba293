package nl.nota.docgen.model;

import java.util.List;

/**
 * A labelled entry: "Datum" / "30 september 2025".
 *
 * @param subject true for the entry that names what the document is about (a letter's Betreft): formats
 *                with a heading structure make it the document's first-level heading
 */
public record Entry(String label, List<Run> value, boolean subject) {

	public static final String DATE = "Datum";

	public Entry(String label, List<Run> value) {
		this(label, value, false);
	}

	public static Entry of(String label, String value) {
		return new Entry(label, List.of(Run.text(value)));
	}
}
