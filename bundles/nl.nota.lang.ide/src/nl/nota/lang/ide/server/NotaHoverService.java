package nl.nota.lang.ide.server;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import nl.nota.lang.ide.services.NotaHovers;

/** Hover over LSP: sections, fields and Woo grounds, as in the workbench. */
public class NotaHoverService extends HoverService {

	@Inject
	private NotaHovers hovers;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		return hovers.hover(document.getContents(), offset, resource.getURI())
				.map(found -> new Hover(new MarkupContent(MarkupKind.MARKDOWN, found.markdown()),
						new Range(document.getPosition(found.offset()), document.getPosition(found.offset() + found.length()))))
				.orElse(new Hover(java.util.List.of()));
	}
}
