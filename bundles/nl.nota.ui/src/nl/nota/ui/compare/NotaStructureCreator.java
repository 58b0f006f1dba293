package nl.nota.ui.compare;

import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DocumentRangeNode;
import org.eclipse.compare.structuremergeviewer.IStructureComparator;
import org.eclipse.compare.structuremergeviewer.StructureCreator;
import org.eclipse.compare.ISharedDocumentAdapter;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;

import nl.nota.lang.ide.services.NotaStructure;

/**
 * The parts and sections of a note for Eclipse's compare editor: its upper pane lists the sections that
 * differ between two versions (matched by heading, as the outline shows them), the lower pane their text.
 */
public class NotaStructureCreator extends StructureCreator {

	@Override
	public String getName() {
		return "Delen en secties van de nota";
	}

	@Override
	protected IStructureComparator createStructureComparator(Object input, IDocument document, ISharedDocumentAdapter adapter,
			IProgressMonitor monitor) {
		Section root = new Section(null, "nota", document, 0, document.getLength());
		for (NotaStructure.Node part : NotaStructure.of(document.get()).parts()) {
			add(root, part, document);
		}
		return root;
	}

	private static void add(Section parent, NotaStructure.Node node, IDocument document) {
		// a node's offset and length are its heading line; its text runs to where the next one starts
		int end = Math.min(node.end(), document.getLength());
		Section section = new Section(parent, node.name(), document, node.offset(), end - node.offset());
		for (NotaStructure.Node child : node.children()) {
			if (child.level() == NotaStructure.Level.SECTION || child.level() == NotaStructure.Level.SUBSECTION) {
				add(section, child, document);
			}
		}
	}

	@Override
	public String getContents(Object node, boolean ignoreWhitespace) {
		if (node instanceof DocumentRangeNode range) {
			try {
				String text = range.getDocument().get(range.getRange().getOffset(), range.getRange().getLength());
				return ignoreWhitespace ? nl.nota.lang.model.NoteText.collapseSpaces(text).strip() : text;
			} catch (BadLocationException e) {
				return null;
			}
		}
		return null;
	}

	/** A part or section: a range of the note's text, named by its heading (the part by its kind). */
	static final class Section extends DocumentRangeNode implements ITypedElement {

		Section(Section parent, String name, IDocument document, int start, int length) {
			super(parent, 1, name, document, start, length);
			if (parent != null) {
				parent.addChild(this);
			}
		}

		@Override
		public String getName() {
			return getId();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return NotaCompareInput.TYPE;
		}
	}
}
