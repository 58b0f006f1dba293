package nl.nota.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import nl.nota.lang.fixes.QuickFixes.Fix;
import nl.nota.ui.NotaUiPlugin;

/** Ctrl+1: the quick fixes of the markers on the caret's line. */
class NotaQuickAssistProcessor implements IQuickAssistProcessor {

	private final NotaEditor editor;

	NotaQuickAssistProcessor(NotaEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation markerAnnotation && NotaMarkers.isNotaMarker(markerAnnotation.getMarker())
				&& !NotaFixes.fixesFor(markerAnnotation.getMarker(), editor.getDocument().get()).isEmpty();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		IAnnotationModel model = context.getSourceViewer().getAnnotationModel();
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		try {
			int line = document.getLineOfOffset(context.getOffset());
			String text = document.get();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof MarkerAnnotation annotation && NotaMarkers.isNotaMarker(annotation.getMarker())) {
					Position position = model.getPosition(annotation);
					if (position != null && document.getLineOfOffset(position.getOffset()) == line) {
						IMarker marker = annotation.getMarker();
						for (Fix fix : NotaFixes.fixesFor(marker, text)) {
							proposals.add(new FixProposal(fix));
						}
					}
				}
			}
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
		return proposals.toArray(new ICompletionProposal[0]);
	}

	/** A quick fix as a proposal in Ctrl+1's list. */
	static final class FixProposal implements ICompletionProposal {

		private final Fix fix;

		FixProposal(Fix fix) {
			this.fix = fix;
		}

		@Override
		public void apply(IDocument target) {
			try {
				NotaFixes.apply(fix, target);
			} catch (BadLocationException e) {
				NotaUiPlugin.log("De snelle oplossing paste niet meer op de tekst", e);
			}
		}

		@Override
		public Point getSelection(IDocument target) {
			// where the writer types next, with nothing selected: the next keystroke must not replace the fix
			return new Point(fix.caretAfter(), 0);
		}

		@Override
		public String getAdditionalProposalInfo() {
			return InfoText.wrap(fix.description());
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
