package nl.nota.docgen.model;

import java.util.List;

/** A block of body content. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.BulletList {

	/** Level 1 is a section, level 2 a sub-section; a heading is inline content like any other text. */
	record Heading(int level, List<Run> runs) implements Block {
	}

	record Paragraph(List<Run> runs) implements Block {
	}

	record BulletList(List<List<Run>> items) implements Block {
	}
}
