package nl.nota.cli;

import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server, saying what it answers for notes and nothing more: diagnostics (with "nota" as
 * their source), completion (also as the writer types "#" or "{"), hover, the outline, formatting and quick
 * fixes. Go-to-definition, references, rename, highlights, workspace symbols, signature help and code
 * lenses have no meaning for a note and are not advertised.
 */
public class NotaLanguageServer extends LanguageServerImpl {

	/** The source every diagnostic carries, so an editor can show where it comes from. */
	public static final String SOURCE = "nota";

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		CompletionOptions completion = new CompletionOptions(false, java.util.List.of("#", "{"));
		capabilities.setCompletionProvider(completion);
		capabilities.setDefinitionProvider((Either<Boolean, org.eclipse.lsp4j.DefinitionOptions>) null);
		capabilities.setReferencesProvider((Either<Boolean, org.eclipse.lsp4j.ReferenceOptions>) null);
		capabilities.setDocumentHighlightProvider((Either<Boolean, org.eclipse.lsp4j.DocumentHighlightOptions>) null);
		capabilities.setWorkspaceSymbolProvider((Either<Boolean, org.eclipse.lsp4j.WorkspaceSymbolOptions>) null);
		capabilities.setRenameProvider((Either<Boolean, org.eclipse.lsp4j.RenameOptions>) null);
		capabilities.setSignatureHelpProvider(null);
		capabilities.setCodeLensProvider(null);
		capabilities.setDocumentRangeFormattingProvider((Either<Boolean, org.eclipse.lsp4j.DocumentRangeFormattingOptions>) null);
		capabilities.setSemanticTokensProvider(null);
		capabilities.setCallHierarchyProvider((Either<Boolean, org.eclipse.lsp4j.CallHierarchyRegistrationOptions>) null);
		capabilities.setExecuteCommandProvider(null);
		return capabilities;
	}

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(SOURCE);
		return diagnostic;
	}
}
