package nl.nota.lang.writing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
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
	 * The runs of a parsed part, kept with the part (an adapter on it) as long as the part lives: the writing
	 * checks read them several times per validation. A parse makes new parts, so an edited note never sees old
	 * runs. Not in a map keyed by the part, not even a weak one: the runs refer to the part's texts, which refer
	 * to the part, so such a map kept every part ever checked, and with it its whole note (a batch of 1,000
	 * notes grew by ~20 kB a note; the editor by a note per keystroke).
	 */
	public static List<Run> of(Part part) {
		synchronized (part) {
			for (Adapter adapter : part.eAdapters()) {
				if (adapter instanceof Cached cached) {
					return cached.runs;
				}
			}
			List<Run> runs = collect(part);
			part.eAdapters().add(new Cached(runs));
			return runs;
		}
	}

	private static final class Cached extends AdapterImpl {

		final List<Run> runs;

		Cached(List<Run> runs) {
			this.runs = runs;
		}
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
