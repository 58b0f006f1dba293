package nl.nota.ui.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.compare.contentmergeviewer.TextMergeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** The text of two versions of a note side by side, their differences marked (Eclipse's text merge viewer). */
public class NotaMergeViewerCreator implements IViewerCreator {

	@Override
	public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
		return new TextMergeViewer(parent, configuration);
	}
}
