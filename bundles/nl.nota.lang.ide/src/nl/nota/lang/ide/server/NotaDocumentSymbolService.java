package nl.nota.lang.ide.server;

import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import nl.nota.lang.ide.services.NotaStructure;

/** The outline over LSP: parts, sections and sub-sections with readability as detail, and the tables and footnotes in them. */
public class NotaDocumentSymbolService extends HierarchicalDocumentSymbolService {

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params, CancelIndicator cancel) {
		return NotaStructure.of(document.getContents()).parts().stream().map(node -> symbol(document, node)).toList();
	}

	private static DocumentSymbol symbol(Document document, NotaStructure.Node node) {
		Range whole = new Range(document.getPosition(node.offset()), document.getPosition(Math.max(node.offset(), node.end())));
		Range heading = new Range(document.getPosition(node.offset()), document.getPosition(node.offset() + node.length()));
		String detail = node.readabilityText();
		SymbolKind kind = switch (node.level()) {
			case PART -> SymbolKind.File;
			case SECTION, SUBSECTION -> SymbolKind.Namespace;
			case TABLE -> SymbolKind.Array;
			case FOOTNOTE -> SymbolKind.String;
		};
		DocumentSymbol symbol = new DocumentSymbol(node.label(), kind, whole, heading, detail);
		symbol.setChildren(node.outline().stream().map(child -> symbol(document, child)).toList());
		return symbol;
	}
}
