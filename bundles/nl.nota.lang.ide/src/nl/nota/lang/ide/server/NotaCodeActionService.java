package nl.nota.lang.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

import nl.nota.lang.fixes.QuickFixes;

/** Quick fixes over LSP: for each diagnostic in the request, the language's fixes as workspace edits. */
public class NotaCodeActionService implements ICodeActionService2 {

	@Inject
	private QuickFixes quickFixes;

	@Inject
	private IResourceValidator validator;


	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getDocument() != null && options.getResource() instanceof XtextResource resource) {
			return actions(options, options.getDocument(), resource);
		}
		// Xtext 2.42 hands over only the URI: read the open document the way its own quick-fix service does
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> actions(options, context.getDocument(), (XtextResource) context.getResource()));
	}

	private List<Either<Command, CodeAction>> actions(Options options, Document document, XtextResource resource) {
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, options.getCancelIndicator());
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft()
					: String.valueOf(diagnostic.getCode().getRight());
			int line = diagnostic.getRange().getStart().getLine() + 1;
			for (Issue issue : issues) {
				if (!Objects.equals(issue.getCode(), code) || issue.getLineNumber() == null || issue.getLineNumber() != line) {
					continue;
				}
				for (QuickFixes.Fix fix : quickFixes.fixesFor(issue, document.getContents())) {
					CodeAction action = new CodeAction(fix.label());
					action.setKind(CodeActionKind.QuickFix);
					action.setDiagnostics(List.of(diagnostic));
					List<TextEdit> edits = fix.edits().stream()
							.map(edit -> new TextEdit(new Range(document.getPosition(edit.offset()), document.getPosition(edit.offset() + edit.length())),
									edit.text()))
							.toList();
					action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), edits)));
					actions.add(Either.forRight(action));
				}
			}
		}
		return actions;
	}
}
