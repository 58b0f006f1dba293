package nl.nota.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.formatter.IContentFormatter;
import org.eclipse.jface.text.formatter.IFormattingStrategy;

import nl.nota.lang.ide.services.NotaFormatter;

/** Formats the whole note with the language's formatter, which never changes prose (Ctrl+Shift+F). */
class NotaContentFormatter implements IContentFormatter {

	@Override
	public void format(IDocument document, IRegion region) {
		NotaFormatter.format(document.get()).ifPresent(edit -> {
			try {
				document.replace(edit.offset(), edit.length(), edit.text());
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	@Override
	public IFormattingStrategy getFormattingStrategy(String contentType) {
		return null;
	}
}
