package nl.nota.docgen.model;

import java.util.List;

/** A block of body content. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.BulletList, Block.NumberedList {

	/** Level 1 is a section, level 2 a sub-section; a heading is inline content like any other text. */
	record Heading(int level, List<Run> runs) implements Block {
	}

	record Paragraph(List<Run> runs) implements Block {
	}

	record BulletList(List<List<Run>> items) implements Block {
	}

	/** A list numbered 1, 2, 3 or lettered a, b, c; each list starts at the first. */
	record NumberedList(Numbering numbering, List<List<Run>> items) implements Block {
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
