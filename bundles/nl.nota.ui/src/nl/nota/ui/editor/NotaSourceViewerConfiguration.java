package nl.nota.ui.editor;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.formatter.IContentFormatter;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/** Wires the nota language's services into Eclipse's source viewer. */
class NotaSourceViewerConfiguration extends TextSourceViewerConfiguration {

	/**
	 * How long the writer must pause before the note is analysed again, in milliseconds. Short, because the
	 * first step (parse and structural checks) is cheap and a newer keystroke cancels a running analysis.
	 */
	static final int RECONCILE_DELAY = 20;

	private final NotaEditor editor;

	NotaSourceViewerConfiguration(NotaEditor editor, IPreferenceStore store) {
		super(store);
		this.editor = editor;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		NotaHighlighter highlighter = new NotaHighlighter();
		editor.highlighter = highlighter;
		reconciler.setDamager(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(highlighter, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IReconciler getReconciler(ISourceViewer sourceViewer) {
		return new NotaReconciler(editor, RECONCILE_DELAY);
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant(true);
		assistant.setContentAssistProcessor(new NotaContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
		assistant.enableAutoActivation(true);
		assistant.setAutoActivationDelay(150);
		assistant.enableAutoInsert(false);
		assistant.setShowEmptyList(true);
		assistant.setInformationControlCreator(InfoText.CREATOR);
		return assistant;
	}

	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new NotaQuickAssistProcessor(editor));
		assistant.setInformationControlCreator(InfoText.CREATOR);
		return assistant;
	}

	@Override
	public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
		return new NotaTextHover(editor, sourceViewer);
	}

	@Override
	public IContentFormatter getContentFormatter(ISourceViewer sourceViewer) {
		return new NotaContentFormatter();
	}

	@Override
	public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
		return new String[] { "//", "" };
	}
}
