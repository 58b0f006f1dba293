package nl.nota.docgen.model;

import java.util.List;

/** A block of the letter's reference column: an optional label ("Onze referentie") and its lines. */
public record Reference(String label, List<List<Run>> lines) {

	public static final String OUR_REFERENCE = "Onze referentie";
	public static final String ATTACHMENTS = "Bijlage(n)";

	/** A block of fixed lines (house style data: addresses, the website). */
	public static Reference of(String label, List<String> lines) {
		return new Reference(label, lines.stream().map(Runs::of).toList());
	}
}
