package nl.nota.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Runs in the reconciler's background thread after the writer pauses: parses and validates the whole note
 * and hands the analysis to the editor, which updates markers, outline, folding and previews. The UI thread
 * never waits for it.
 */
class NotaReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final NotaEditor editor;
	private IDocument document;
	private IProgressMonitor monitor;

	NotaReconcilingStrategy(NotaEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcile();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcile();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcile();
	}

	private void reconcile() {
		if (document != null) {
			editor.analyse(document.get(), () -> monitor != null && monitor.isCanceled());
		}
	}
}
