package nl.nota.ui.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import nl.nota.lang.ide.services.Completion;
import nl.nota.lang.ide.services.NotaCompletions;
import nl.nota.ui.NotaUiPlugin;

/** Content assist from the language's completions: sections the note type still lacks, fields, values, grounds. */
class NotaContentAssistProcessor implements IContentAssistProcessor {

	private final NotaEditor editor;

	NotaContentAssistProcessor(NotaEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		List<Completion> completions = NotaUiPlugin.injector().getInstance(NotaCompletions.class)
				.complete(viewer.getDocument().get(), offset, editor.noteUri());
		return completions.stream().map(NotaContentAssistProcessor::proposal).toArray(ICompletionProposal[]::new);
	}

	static ICompletionProposal proposal(Completion completion) {
		return new CompletionProposal(completion.text(), completion.offset(), completion.length(), completion.caret(), null,
				completion.label(), null, InfoText.wrap(completion.detail()));
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '{', '#' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
