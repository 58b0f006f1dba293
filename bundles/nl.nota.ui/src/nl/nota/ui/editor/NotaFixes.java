package nl.nota.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.xtext.validation.Issue;

import nl.nota.lang.fixes.QuickFixes;
import nl.nota.lang.fixes.QuickFixes.Edit;
import nl.nota.lang.fixes.QuickFixes.Fix;
import nl.nota.ui.NotaUiPlugin;

/** The language's quick fixes for a marker, and applying one to a document as a single undoable change. */
public final class NotaFixes {

	private NotaFixes() {
	}

	public static List<Fix> fixesFor(IMarker marker, String text) {
		if (!NotaMarkers.isNotaMarker(marker)) {
			return List.of();
		}
		Issue issue = NotaMarkers.issueOf(marker);
		if (issue.getOffset() + issue.getLength() > text.length()) {
			return List.of();
		}
		try {
			return NotaUiPlugin.injector().getInstance(QuickFixes.class).fixesFor(issue, text);
		} catch (RuntimeException e) {
			// fix data from an older text that no longer fits: no fix rather than a wrong one
			return List.of();
		}
	}

	public static void apply(Fix fix, IDocument document) throws BadLocationException {
		List<Edit> edits = new ArrayList<>(fix.edits());
		edits.sort(Comparator.comparingInt(Edit::offset).reversed());
		DocumentRewriteSession session = document instanceof IDocumentExtension4 extension
				? extension.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL)
				: null;
		try {
			for (Edit edit : edits) {
				document.replace(edit.offset(), edit.length(), edit.text());
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}
}
