package nl.nota.ui.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;

/** Ctrl+/: puts "// " before every selected line, or takes it away when all of them have it. */
class ToggleCommentAction extends Action {

	private final NotaEditor editor;

	ToggleCommentAction(NotaEditor editor) {
		super("Commentaar aan/uit");
		this.editor = editor;
	}

	@Override
	public void run() {
		IDocument document = editor.getDocument();
		if (!(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection) || document == null
				|| !editor.isEditable()) {
			return;
		}
		try {
			toggle(document, selection.getStartLine(), selection.getEndLine());
		} catch (BadLocationException e) {
			// the selection no longer fits the document: nothing to toggle
		}
	}

	static void toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		boolean allCommented = true;
		for (int line = firstLine; line <= lastLine; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
				allCommented = false;
			}
		}
		for (int line = lastLine; line >= firstLine; line--) {
			String text = lineText(document, line);
			int offset = document.getLineOffset(line);
			if (allCommented) {
				int at = text.indexOf("//");
				if (at >= 0) {
					int length = text.startsWith("// ", at) ? 3 : 2;
					document.replace(offset + at, length, "");
				}
			} else if (!text.isBlank()) {
				document.replace(offset, 0, "// ");
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		return document.get(document.getLineOffset(line), document.getLineLength(line));
	}
}
