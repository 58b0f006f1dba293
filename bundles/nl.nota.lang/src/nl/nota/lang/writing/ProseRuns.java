package nl.nota.lang.writing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

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

	/**
	 * The runs of a parsed part, kept while the part lives: the writing checks read them several times per
	 * validation. A parse makes new parts, so an edited note never sees old runs.
	 */
	private static final Map<Part, List<Run>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

	public static List<Run> of(Part part) {
		return CACHE.computeIfAbsent(part, ProseRuns::collect);
	}

	private static List<Run> collect(Part part) {
		List<Run> runs = new ArrayList<>();
		for (Block block : blocks(part)) {
			for (Text text : EcoreUtil2.getAllContentsOfType(block, Text.class)) {
				ICompositeNode node = NodeModelUtils.getNode(text);
				// a reviewer's remark is not the note's prose: not spell-checked, not counted
				if (node != null && EcoreUtil2.getContainerOfType(text, nl.nota.lang.nota.ReviewComment.class) == null) {
					// the text and its offset of the same span: getText() includes leading hidden tokens (the blank after
					// a list item's dash), getOffset() does not, which put every remark in a list item one character late
					runs.add(new Run(text, node.getText(), node.getTotalOffset()));
				}
			}
		}
		return List.copyOf(runs);
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
