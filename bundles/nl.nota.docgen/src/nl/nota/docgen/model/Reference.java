package nl.nota.docgen.model;

import java.util.List;

/** A block of the letter's reference column: an optional label ("Onze referentie") and its lines. */
public record Reference(String label, List<String> lines) {
}
