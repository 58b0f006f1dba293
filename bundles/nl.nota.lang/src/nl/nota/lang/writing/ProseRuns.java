package nl.nota.lang.writing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import nl.nota.lang.nota.Block;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Subsection;
import nl.nota.lang.nota.Text;

/** The body prose of a part in reading order, as written in the source (offsets are exact). */
public final class ProseRuns {

	/** One run of prose: its text as it stands in the file, and where. */
	public record Run(Text text, String source, int offset) {
	}

	private ProseRuns() {
	}

	public static List<Run> of(Part part) {
		List<Run> runs = new ArrayList<>();
		for (Block block : blocks(part)) {
			for (Text text : EcoreUtil2.getAllContentsOfType(block, Text.class)) {
				ICompositeNode node = NodeModelUtils.getNode(text);
				if (node != null) {
					runs.add(new Run(text, node.getText(), node.getOffset()));
				}
			}
		}
		return runs;
	}

	/** The body blocks: text before the first section, then each section and sub-section in order. */
	public static List<Block> blocks(Part part) {
		List<Block> blocks = new ArrayList<>(part.getBlocks());
		for (Section section : part.getSections()) {
			blocks.addAll(section.getBlocks());
			for (Subsection subsection : section.getSubsections()) {
				blocks.addAll(subsection.getBlocks());
			}
		}
		return blocks;
	}
}
