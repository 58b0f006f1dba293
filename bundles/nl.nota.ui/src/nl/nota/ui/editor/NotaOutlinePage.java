package nl.nota.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import nl.nota.lang.ide.services.NotaStructure;

/**
 * The outline: parts, sections and sub-sections with the readability of their prose (Flesch-Douma).
 * Selecting a section shows it in the editor; moving the caret selects its section.
 */
public class NotaOutlinePage extends ContentOutlinePage {

	private final NotaEditor editor;
	private NotaStructure structure;
	private boolean revealing;

	NotaOutlinePage(NotaEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((NotaStructure) input).parts().toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((NotaStructure.Node) parent).outline().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((NotaStructure.Node) element).outline().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((NotaStructure.Node) element);
			}
		});
		viewer.addSelectionChangedListener(event -> {
			if (!revealing && event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof NotaStructure.Node node) {
				editor.selectAndReveal(node.offset(), node.length());
			}
		});
		if (structure != null) {
			viewer.setInput(structure);
			viewer.expandAll();
		}
	}

	/** "Toelichting · leesbaarheid 52", "Communicatie · kort: 6 woorden" */
	public static String label(NotaStructure.Node node) {
		String readability = node.readabilityText();
		return readability == null ? node.label() : node.label() + "  · " + readability;
	}

	void update(NotaStructure newStructure) {
		structure = newStructure;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(newStructure);
			viewer.expandAll();
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/** Selects the innermost section containing the offset, without moving the editor. */
	void reveal(int offset) {
		TreeViewer viewer = getTreeViewer();
		if (structure == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		NotaStructure.Node node = structure.at(offset);
		revealing = true;
		try {
			viewer.setSelection(node == null ? StructuredSelection.EMPTY : new StructuredSelection(node), true);
		} finally {
			revealing = false;
		}
	}

	/** What the outline shows, for tests. */
	public List<NotaStructure.Node> roots() {
		return structure == null ? List.of() : structure.parts();
	}
}
