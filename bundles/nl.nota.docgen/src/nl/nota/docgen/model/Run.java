package nl.nota.docgen.model;

/**
 * Inline content of a generated document. Only what the transformation decided may be shown is here:
 * text, emphasis, a redaction box carrying just its Woo ground, and visible placeholders in drafts.
 */
public sealed interface Run permits Run.Text, Run.Redacted, Run.Placeholder, Run.Marked {

	/** Text as it appears, possibly emphasised. */
	record Text(String text, boolean emphasis) implements Run {
	}

	/** A redacted span in a public document: a box with the ground ("5.1.2e"), never the text. */
	record Redacted(String ground) implements Run {
	}

	/**
	 * Redacted text in an internal document, shown with its ground so the writer sees what the
	 * publication will withhold. A public document cannot hold one: see {@link GeneratedDocument}.
	 */
	record Marked(String text, String ground) implements Run {
	}

	/** What a draft lacks, shown so nobody mistakes the draft for the final document. */
	record Placeholder(String description) implements Run {
	}

	static Text text(String text) {
		return new Text(text, false);
	}
}
