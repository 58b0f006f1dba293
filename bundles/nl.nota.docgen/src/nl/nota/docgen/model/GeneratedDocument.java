package nl.nota.docgen.model;

import java.util.List;
import java.util.function.Consumer;

import nl.nota.docgen.style.HouseStyle;

/**
 * A document ready to render: a Kamerbrief or a nota, with everything decided except layout. Renderers
 * take only this; they never see the note it came from. Everything that comes from the note is inline
 * content ({@link Run}s), so a public document can check every part of itself for redacted text; plain
 * strings here are fixed labels and house style data.
 *
 * @param kind             what to lay out
 * @param title            the document title (metadata and first heading)
 * @param style            the ministry's house style
 * @param classification   rubricering in capitals; empty when the document is not classified
 * @param addressLines     the letter's addressee block; empty for a nota
 * @param headerEntries    letter: Datum, Betreft; nota: Aan, Van, Datum, ...
 * @param referenceColumn  the letter's reference column; empty for a nota
 * @param body             sections and their content
 * @param closing          letter: function and name; nota: the signature
 * @param draftRemarks     what a draft lacks; empty when the note is complete
 * @param audience         who may read it; a public document cannot hold redacted text
 */
public record GeneratedDocument(Kind kind, List<Run> title, HouseStyle style, List<Run> classification,
		List<List<Run>> addressLines, List<Entry> headerEntries, List<Reference> referenceColumn, List<Block> body,
		List<List<Run>> closing, List<String> draftRemarks, Audience audience) {

	/** Internal documents show redacted text marked with its ground; public ones only the ground. */
	public enum Audience {
		INTERNAL, PUBLIC
	}

	public GeneratedDocument {
		if (audience == Audience.PUBLIC || kind == Kind.LETTER) {
			// the model itself refuses redacted text in any public part, and a reviewer's remark in anything but the
			// internal nota, so no renderer, present or future, can leak them
			boolean isPublic = audience == Audience.PUBLIC;
			// the parameters: in a compact constructor the fields are not assigned yet
			forEachRuns(title, classification, addressLines, headerEntries, referenceColumn, body, closing, runs -> refuse(runs, isPublic));
		}
	}

	/** Every list of runs of the document, in all its parts (not inside footnotes or revisions). */
	public void forEachRuns(Consumer<List<Run>> action) {
		forEachRuns(title, classification, addressLines, headerEntries, referenceColumn, body, closing, action);
	}

	private static void forEachRuns(List<Run> title, List<Run> classification, List<List<Run>> addressLines, List<Entry> headerEntries,
			List<Reference> referenceColumn, List<Block> body, List<List<Run>> closing, Consumer<List<Run>> action) {
		action.accept(title);
		action.accept(classification);
		addressLines.forEach(action);
		headerEntries.forEach(entry -> action.accept(entry.value()));
		referenceColumn.forEach(reference -> reference.lines().forEach(action));
		body.forEach(block -> runsOf(block, action));
		closing.forEach(action);
	}

	/** Whether the document shows changes against an earlier version ({@link Run.Revision}). */
	public boolean hasRevisions() {
		boolean[] found = { false };
		forEachRuns(runs -> found[0] |= runs.stream().anyMatch(Run.Revision.class::isInstance));
		return found[0];
	}

	/** Every run list of the block, its items and cells (not inside footnotes or revisions). */
	public static void runsOf(Block block, Consumer<List<Run>> check) {
		switch (block) {
			case Block.Heading heading -> check.accept(heading.runs());
			case Block.Paragraph paragraph -> check.accept(paragraph.runs());
			case Block.BulletList list -> list.items().forEach(item -> runsOf(item, check));
			case Block.NumberedList list -> list.items().forEach(item -> runsOf(item, check));
			case Block.Table table -> {
				check.accept(table.caption());
				table.header().cells().forEach(check);
				table.rows().forEach(row -> row.cells().forEach(check));
			}
		}
	}

	private static void runsOf(Block.Item item, Consumer<List<Run>> check) {
		check.accept(item.runs());
		item.nested().forEach(block -> runsOf(block, check));
	}

	/**
	 * A reviewer's remark anywhere in these runs, and redacted text if the document is public; footnotes and
	 * revisions (a deletion too) included.
	 */
	private static void refuse(List<Run> runs, boolean isPublic) {
		for (Run run : runs) {
			if (run instanceof Run.Marked && isPublic) {
				throw new IllegalArgumentException("A public document cannot hold redacted text");
			}
			if (run instanceof Run.Comment) {
				throw new IllegalArgumentException("Only the internal nota holds reviewers' remarks");
			}
			if (run instanceof Run.Footnote footnote) {
				refuse(footnote.content(), isPublic);
			}
			if (run instanceof Run.Revision revision) {
				refuse(revision.runs(), isPublic);
			}
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

	/** How long the concept banner may be: one line across the page head at its size. */
	static final int DRAFT_BANNER_LENGTH = 100;

	/**
	 * The concept banner, "CONCEPT — onvolledig: ...", what a draft lacks. A nota has it at the top of its
	 * text, whole; a letter in the page head of every page, above the logo, so it never moves the address
	 * out of the envelope window: there it is one line, a longer list cut at a word with "…" (each gap is
	 * marked where it is in the letter).
	 */
	public String draftBanner() {
		String full = "CONCEPT — onvolledig: " + String.join(", ", draftRemarks);
		if (kind != Kind.LETTER || full.length() <= DRAFT_BANNER_LENGTH) {
			return full;
		}
		int cut = full.lastIndexOf(' ', DRAFT_BANNER_LENGTH - 2);
		return full.substring(0, cut).replaceAll("[,;:]+$", "") + " …";
	}

	public boolean isClassified() {
		return !classification.isEmpty();
	}

	/**
	 * What the reference column of a letter's follow-up pages repeats (Rijkshuisstijl): Datum and Onze
	 * referentie, as far as the letter has them. Empty for a nota.
	 */
	public List<Reference> followUpColumn() {
		if (kind != Kind.LETTER) {
			return List.of();
		}
		List<Reference> column = new java.util.ArrayList<>();
		headerEntries.stream().filter(entry -> entry.label().equals(Entry.DATE) && !entry.value().isEmpty()).findFirst()
				.ifPresent(date -> column.add(new Reference(Entry.DATE, List.of(date.value()))));
		referenceColumn.stream().filter(reference -> Reference.OUR_REFERENCE.equals(reference.label())).findFirst()
				.ifPresent(column::add);
		return column;
	}

	/** The title as plain text, for metadata. */
	public String plainTitle() {
		return Runs.plain(title);
	}
}
