package nl.nota.lang.ide.server;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

import nl.nota.lang.ide.services.Completion;
import nl.nota.lang.ide.services.NotaCompletions;

/** Completion over LSP: the same proposals as the workbench editor (sections, fields, values, grounds). */
public class NotaContentAssistService extends ContentAssistService {

	@Inject
	private NotaCompletions completions;

	@Override
	public CompletionList createCompletionList(Document document, XtextResource resource, CompletionParams params, CancelIndicator cancel) {
		int offset = document.getOffSet(params.getPosition());
		CompletionList list = new CompletionList();
		int sort = 0;
		for (Completion completion : completions.complete(document.getContents(), offset, resource.getURI())) {
			CompletionItem item = new CompletionItem(completion.label());
			item.setDetail(completion.detail());
			item.setKind(kind(completion.kind()));
			item.setSortText(String.format("%04d", sort++));
			item.setFilterText(document.getContents().substring(completion.offset(), completion.offset() + completion.length())
					+ completion.label());
			item.setInsertTextFormat(InsertTextFormat.PlainText);
			Range range = new Range(document.getPosition(completion.offset()), document.getPosition(completion.offset() + completion.length()));
			item.setTextEdit(org.eclipse.lsp4j.jsonrpc.messages.Either.forLeft(new TextEdit(range, completion.text())));
			list.getItems().add(item);
		}
		return list;
	}

	private static CompletionItemKind kind(Completion.Kind kind) {
		return switch (kind) {
			case SECTION, PART -> CompletionItemKind.Module;
			case FIELD -> CompletionItemKind.Field;
			case VALUE -> CompletionItemKind.Value;
			case KEYWORD -> CompletionItemKind.Keyword;
			case GROUND -> CompletionItemKind.Constant;
			case KIND -> CompletionItemKind.Class;
		};
	}
}
