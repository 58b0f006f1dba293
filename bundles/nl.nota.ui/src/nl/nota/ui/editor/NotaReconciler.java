package nl.nota.ui.editor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;

/**
 * Analyses the note in a background thread a fixed pause after the last change. Simpler and more exact
 * than the platform's MonoReconciler (whose pause can double): the text is taken on the UI thread when it
 * changes (a copy, no parsing), the analysis runs on its own thread, and any newer change cancels it.
 */
final class NotaReconciler implements IReconciler, IDocumentListener, ITextInputListener {

	private final NotaEditor editor;
	private final int delay;
	private final AtomicLong generation = new AtomicLong();
	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "Nota-analyse");
		thread.setDaemon(true);
		thread.setPriority(Thread.NORM_PRIORITY - 1);
		return thread;
	});
	private ScheduledFuture<?> pending;
	private ITextViewer viewer;
	private IDocument document;

	NotaReconciler(NotaEditor editor, int delay) {
		this.editor = editor;
		this.delay = delay;
	}

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		attach(viewer.getDocument());
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
		}
		attach(null);
		generation.incrementAndGet();
		executor.shutdownNow();
	}

	private void attach(IDocument newDocument) {
		if (document != null) {
			document.removeDocumentListener(this);
		}
		document = newDocument;
		if (document != null) {
			document.addDocumentListener(this);
			schedule(document.get(), stamp(document), 0);
		}
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		// attach() below removes the listener from the old document
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		attach(newInput);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// an analysis of the text as it was is of no use any more
		generation.incrementAndGet();
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		schedule(event.getDocument().get(), stamp(event.getDocument()), delay);
	}

	/**
	 * The document's modification stamp, which tells later on whether the text is still this one (the editor, the
	 * marker writer, the highlighter); unknown for none.
	 */
	static long stamp(IDocument document) {
		return document instanceof IDocumentExtension4 extension ? extension.getModificationStamp() : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	}

	private synchronized void schedule(String text, long stamp, int pause) {
		long current = generation.incrementAndGet();
		if (pending != null) {
			pending.cancel(false);
		}
		if (!executor.isShutdown()) {
			pending = executor.schedule(() -> {
				if (generation.get() == current) {
					editor.analyse(text, stamp, () -> generation.get() != current);
				}
			}, pause, TimeUnit.MILLISECONDS);
		}
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}
}
