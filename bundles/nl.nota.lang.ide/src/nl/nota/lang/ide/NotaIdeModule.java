package nl.nota.lang.ide;

import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;

import nl.nota.lang.ide.server.NotaCodeActionService;
import nl.nota.lang.ide.server.NotaContentAssistService;
import nl.nota.lang.ide.server.NotaDocumentSymbolService;
import nl.nota.lang.ide.server.NotaFormattingService;
import nl.nota.lang.ide.server.NotaHoverService;

/**
 * The IDE services of the nota language. Completion, hover, outline, formatting and quick fixes come from
 * the shared services in {@code nl.nota.lang.ide.services} (note types are data, not grammar), so the
 * language server answers what the workbench editor answers.
 */
public class NotaIdeModule extends AbstractNotaIdeModule {

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return NotaContentAssistService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return NotaHoverService.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return NotaDocumentSymbolService.class;
	}

	public Class<? extends IDocumentSymbolService> bindIDocumentSymbolService() {
		return NotaDocumentSymbolService.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return NotaFormattingService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return NotaCodeActionService.class;
	}
}
