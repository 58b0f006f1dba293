package nl.nota.docgen.model;

import java.util.List;

/**
 * Inline content of a generated document. Only what the transformation decided may be shown is here:
 * text, emphasis, a redaction box carrying just its Woo ground, and visible placeholders in drafts.
 */
public sealed interface Run permits Run.Text, Run.Redacted, Run.Placeholder, Run.Marked, Run.Footnote, Run.Link, Run.Comment,
		Run.Revision {

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

	/**
	 * A footnote: its mark stands here, its text at the foot of the page (or, on screen, at the end). The
	 * number follows from the order of the footnotes in the document.
	 */
	record Footnote(List<Run> content) implements Run {
	}

	/** A link: the text shown and the address it leads to, always http, https or mailto (see {@link Links}). */
	record Link(String text, String target) implements Run {
	}

	/**
	 * A reviewer's remark ({opmerking NAAM: tekst}) on the word before it, for the internal nota only: Word
	 * shows it as a comment in the margin, ODF as an annotation, both on the anchor; on paper and on screen
	 * only the anchor is shown. The letter and public documents cannot hold one: see {@link GeneratedDocument}.
	 *
	 * @param anchor the text the remark is about, shown as ordinary text (may be empty: a remark at a point)
	 * @param author who made the remark, as written (may be empty)
	 * @param remark the remark as plain text
	 */
	record Comment(Text anchor, String author, String remark) implements Run {
	}

	/**
	 * A change against an earlier version ({@code nota generate --compare}): text inserted or deleted by the
	 * author at the time; Word and ODF show it as a tracked change, PDF and HTML as a redline. It holds the
	 * runs of the version they come from, so a public document's deletion holds only what is public.
	 */
	record Revision(Change change, List<Run> runs, String author, java.time.Instant time) implements Run {

		public enum Change {
			INSERTED, DELETED
		}

		public boolean inserted() {
			return change == Change.INSERTED;
		}
	}

	static Text text(String text) {
		return new Text(text, false);
	}
}
