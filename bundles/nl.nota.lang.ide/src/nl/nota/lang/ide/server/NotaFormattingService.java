package nl.nota.lang.ide.server;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import nl.nota.lang.ide.services.NotaFormatter;

/** Formatting over LSP: the whole note, never its prose. */
public class NotaFormattingService extends FormattingService {

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params, CancelIndicator cancel) {
		return edits(document);
	}

	@Override
	public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentRangeFormattingParams params,
			CancelIndicator cancel) {
		return edits(document);
	}

	private static List<TextEdit> edits(Document document) {
		return NotaFormatter.format(document.getContents())
				.map(edit -> List.of(new TextEdit(new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length())),
						edit.text())))
				.orElse(List.of());
	}
}
