package nl.nota.docgen.model;

import java.util.List;

import nl.nota.docgen.style.HouseStyle;

/**
 * A document ready to render: a Kamerbrief or a nota, with everything decided except layout. Renderers
 * take only this; they never see the note it came from.
 *
 * @param kind             what to lay out
 * @param title            the document title (metadata and first heading)
 * @param style            the ministry's house style
 * @param classification   rubricering in capitals, or null
 * @param addressLines     the letter's addressee block; empty for a nota
 * @param headerEntries    letter: Datum, Betreft; nota: Aan, Van, Datum, ...
 * @param referenceColumn  the letter's reference column; empty for a nota
 * @param body             sections and their content
 * @param closing          letter: function and name; nota: the signature
 * @param draftRemarks     what a draft lacks; empty when the note is complete
 * @param audience         who may read it; a public document cannot hold redacted text
 */
public record GeneratedDocument(Kind kind, String title, HouseStyle style, String classification, List<String> addressLines,
		List<Entry> headerEntries, List<Reference> referenceColumn, List<Block> body, List<String> closing,
		List<String> draftRemarks, Audience audience) {

	/** Internal documents show redacted text marked with its ground; public ones only the ground. */
	public enum Audience {
		INTERNAL, PUBLIC
	}

	public GeneratedDocument {
		if (audience == Audience.PUBLIC) {
			// the model itself refuses redacted text, so no renderer, present or future, can leak it
			headerEntries.forEach(entry -> requirePublic(entry.value()));
			for (Block block : body) {
				switch (block) {
					case Block.Paragraph paragraph -> requirePublic(paragraph.runs());
					case Block.BulletList list -> list.items().forEach(GeneratedDocument::requirePublic);
					case Block.Heading heading -> {
					}
				}
			}
		}
	}

	private static void requirePublic(List<Run> runs) {
		if (runs.stream().anyMatch(Run.Marked.class::isInstance)) {
			throw new IllegalArgumentException("A public document cannot hold redacted text");
		}
	}

	public enum Kind {
		LETTER, NOTA
	}

	/** BCP 47 language of every generated document. */
	public static final String LANGUAGE = "nl-NL";

	public boolean isDraft() {
		return !draftRemarks.isEmpty();
	}
}
