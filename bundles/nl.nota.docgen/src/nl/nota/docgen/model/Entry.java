package nl.nota.docgen.model;

import java.util.List;

/** A labelled entry: "Datum" / "30 september 2025", or a block of the reference column. */
public record Entry(String label, List<Run> value) {

	public static Entry of(String label, String value) {
		return new Entry(label, List.of(Run.text(value)));
	}
}
