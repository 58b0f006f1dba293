package nl.nota.docgen.model;

import java.util.List;

/** A block of body content. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.BulletList, Block.NumberedList, Block.Table {

	/** Level 1 is a section, level 2 a sub-section; a heading is inline content like any other text. */
	record Heading(int level, List<Run> runs) implements Block {
	}

	record Paragraph(List<Run> runs) implements Block {
	}

	record BulletList(List<Item> items) implements Block {
	}

	/** A list numbered 1, 2, 3 or lettered a, b, c; each list starts at the first. */
	record NumberedList(Numbering numbering, List<Item> items) implements Block {
	}

	/**
	 * A list item: its text, and the list indented under it (a {@link BulletList} or {@link NumberedList};
	 * the language allows one level, so a nested item has none).
	 */
	record Item(List<Run> runs, List<Block> nested) {

		public static Item of(List<Run> runs) {
			return new Item(runs, List.of());
		}
	}

	/**
	 * A table of text: a header row, the rows under it, how each column is aligned, and a caption (empty
	 * when there is none). Every row has as many cells as there are columns.
	 */
	record Table(List<Run> caption, Row header, List<Row> rows, List<Alignment> columns) implements Block {
	}

	record Row(List<List<Run>> cells) {
	}

	enum Alignment {
		LEFT, RIGHT, CENTER
	}

	enum Numbering {
		DECIMAL, LOWER_LETTER;

		/** How a list whose first item is marked like this is numbered: "1." and "1)", "a." and "a)"; null for a bullet. */
		public static Numbering of(String marker) {
			if (marker == null || marker.isEmpty()) {
				return null;
			}
			char first = marker.charAt(0);
			return Character.isDigit(first) ? DECIMAL : Character.isLetter(first) ? LOWER_LETTER : null;
		}
	}
}
