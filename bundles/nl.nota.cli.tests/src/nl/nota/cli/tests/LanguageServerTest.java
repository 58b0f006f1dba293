package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.cli.LspCommand;

/**
 * {@code nota lsp} driven as an editor would drive it, through LSP4J's client launcher over a pair of
 * pipes: initialize, open a note, receive its diagnostics, ask for completion, hover, symbols,
 * formatting and the quick fix.
 */
class LanguageServerTest {

	@TempDir
	Path folder;

	private LanguageServer server;
	private Thread serverThread;
	private PipedOutputStream toServer;
	private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

	@BeforeEach
	void start() throws IOException {
		toServer = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 16);
		PipedOutputStream fromServer = new PipedOutputStream();
		PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 16);
		serverThread = new Thread(() -> LspCommand.run(serverIn, fromServer, new PrintStream(System.err, true, StandardCharsets.UTF_8)),
				"nota lsp");
		serverThread.setDaemon(true);
		serverThread.start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	@AfterEach
	void stop() throws Exception {
		server.shutdown().get(10, TimeUnit.SECONDS);
		toServer.close();
		serverThread.join(5000);
	}

	@Test
	void anEditorGetsDiagnosticsCompletionHoverSymbolsFormattingAndQuickFixes() throws Exception {
		String example = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"));
		int start = example.indexOf("# Kernpunten\n");
		String text = example.substring(0, start) + example.substring(example.indexOf("# Toelichting", start));
		Path note = folder.resolve("zonder-kernpunten.nota");
		Files.writeString(note, text);
		String uri = note.toUri().toString();

		InitializeParams init = new InitializeParams();
		init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "notas")));
		init.setRootUri(folder.toUri().toString());
		TextDocumentClientCapabilities textCapabilities = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		textCapabilities.setDocumentSymbol(symbols);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setTextDocument(textCapabilities);
		init.setCapabilities(capabilities);
		var advertised = server.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities();
		// only what it answers: completion (also on '#' and '{'), hover, outline, formatting, quick fixes
		assertEquals(List.of("#", "{"), advertised.getCompletionProvider().getTriggerCharacters());
		assertTrue(advertised.getHoverProvider() != null && advertised.getDocumentSymbolProvider() != null
				&& advertised.getDocumentFormattingProvider() != null && advertised.getCodeActionProvider() != null);
		assertTrue(advertised.getDefinitionProvider() == null && advertised.getReferencesProvider() == null
				&& advertised.getRenameProvider() == null && advertised.getWorkspaceSymbolProvider() == null
				&& advertised.getDocumentHighlightProvider() == null && advertised.getSignatureHelpProvider() == null, advertised.toString());
		server.initialized(new InitializedParams());
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nota", 1, text)));

		Diagnostic missing = missingSectionDiagnostic(uri);
		assertTrue(missing.getMessage().getLeft().startsWith("De sectie 'Kernpunten' ontbreekt"), missing.getMessage().getLeft());
		assertEquals("nota", missing.getSource());

		// completion on an empty line before Toelichting offers the missing section first
		int toelichting = text.indexOf("# Toelichting");
		String withBlank = text.substring(0, toelichting) + "\n" + text.substring(toelichting);
		Position blankLine = position(withBlank, toelichting);
		server.getTextDocumentService().didChange(change(uri, 2, withBlank));
		List<CompletionItem> items = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), blankLine))
				.get(30, TimeUnit.SECONDS).getRight().getItems();
		assertEquals("# Kernpunten", items.get(0).getLabel(), items.toString());
		assertEquals("# Kernpunten\n-\n", items.get(0).getTextEdit().getLeft().getNewText());

		// hover on a heading: what the note type says about it
		Position aanleiding = position(withBlank, withBlank.indexOf("# Aanleiding") + 3);
		String hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), aanleiding))
				.get(30, TimeUnit.SECONDS).getContents().getRight().getValue();
		assertTrue(hover.startsWith("**Aanleiding** — verplicht in een beslisnota"), hover);

		// document symbols: the outline
		List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> outline = server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
		DocumentSymbol nota = outline.get(0).getRight();
		assertTrue(nota.getName().startsWith("beslisnota: Geannoteerde agenda DMM"), nota.getName());
		assertEquals("Aanleiding", nota.getChildren().get(0).getName());

		// formatting: runs of blank lines become one; nothing else in this note changes
		List<? extends TextEdit> formatting = server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(2, true)))
				.get(30, TimeUnit.SECONDS);
		assertEquals(1, formatting.size());
		String formatted = apply(withBlank, formatting.get(0));
		assertTrue(!formatted.contains("\n\n\n") && withBlank.contains("\n\n\n"), formatted);
		assertEquals(withBlank.replaceAll("\n+", "\n"), formatted.replaceAll("\n+", "\n"));

		// the quick fix for the missing section, as a code action
		diagnostics.clear();
		server.getTextDocumentService().didChange(change(uri, 3, text));
		Diagnostic again = missingSectionDiagnostic(uri);
		List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = server.getTextDocumentService()
				.codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), again.getRange(), new CodeActionContext(List.of(again))))
				.get(30, TimeUnit.SECONDS);
		CodeAction fix = actions.get(0).getRight();
		assertEquals("Voeg de sectie 'Kernpunten' toe", fix.getTitle());
		TextEdit edit = fix.getEdit().getChanges().get(uri).get(0);
		String fixed = apply(text, edit);
		assertTrue(fixed.indexOf("# Kernpunten\n-\n") > 0 && fixed.indexOf("# Kernpunten") < fixed.indexOf("# Toelichting"), fixed);
	}

	private Diagnostic missingSectionDiagnostic(String uri) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < deadline) {
			PublishDiagnosticsParams published = diagnostics.poll(1, TimeUnit.SECONDS);
			if (published != null && published.getUri().equals(uri)) {
				for (Diagnostic diagnostic : published.getDiagnostics()) {
					if (diagnostic.getCode() != null && "nota.missing-section".equals(diagnostic.getCode().getLeft())) {
						return diagnostic;
					}
				}
			}
		}
		throw new AssertionError("no nota.missing-section diagnostic for " + uri);
	}

	private static org.eclipse.lsp4j.DidChangeTextDocumentParams change(String uri, int version, String text) {
		return new org.eclipse.lsp4j.DidChangeTextDocumentParams(new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, version),
				List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent(text)));
	}

	private static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	private static int offset(String text, Position position) {
		int at = 0;
		for (int line = 0; line < position.getLine(); line++) {
			at = text.indexOf('\n', at) + 1;
		}
		return at + position.getCharacter();
	}

	private static String apply(String text, TextEdit edit) {
		int from = offset(text, edit.getRange().getStart());
		int to = offset(text, edit.getRange().getEnd());
		return text.substring(0, from) + edit.getNewText() + text.substring(to);
	}

	/** The editor's side: it records diagnostics and answers the server's requests. */
	private final class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void showMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams params) {
		}

		@Override
		public CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams params) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public CompletableFuture<List<Object>> configuration(org.eclipse.lsp4j.ConfigurationParams params) {
			return CompletableFuture.completedFuture(List.of());
		}

	}
}
