package nl.nota.lang.writing;

/** An abbreviation of the glossary: "DGLC", "Defensie Grondgebonden Luchtverdedigingscommando", how well known. */
public record Abbreviation(String abbreviation, String expansion, Familiarity familiarity) {

	public enum Familiarity {
		/** Needs no expansion anywhere (NAVO). */
		WELL_KNOWN,
		/** Known inside the ministry: fine in a nota, to be introduced in a letter (DCo). */
		INTERNAL,
		/** Written in full at first use everywhere. */
		EXPLAIN
	}
}
