package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.nota.cli.LspCommand;

/**
 * Regression (#16): a message whose header cannot frame it (no Content-Length, not a number, negative) left
 * the language server alive but deaf. Now it closes the connection and says why. The editor's side of the
 * pipe stays open, as an editor's would: the server has to end by itself.
 */
class LanguageServerFramingTest {

	@ParameterizedTest
	@ValueSource(strings = { "Content-Type: application/vscode-jsonrpc\r\n\r\n{}", "Content-Length: veel\r\n\r\n{}",
			"Content-Length: -5\r\n\r\n{}" })
	void aMessageThatCannotBeFramedClosesTheConnectionWithAReason(String message) throws Exception {
		PipedOutputStream editor = new PipedOutputStream();
		PipedInputStream serverIn = new PipedInputStream(editor, 1 << 16);
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
		Thread server = new Thread(() -> LspCommand.run(serverIn, new ByteArrayOutputStream(), err), "nota lsp");
		server.setDaemon(true);
		server.start();
		editor.write(message.getBytes(StandardCharsets.US_ASCII));
		editor.flush();
		server.join(30_000);
		assertFalse(server.isAlive(), "the server still waits after: " + message);
		assertTrue(errors.toString(StandardCharsets.UTF_8).contains("ongeldig bericht van de editor"), errors::toString);
		editor.close();
	}
}
