package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.cli.Client;
import nl.nota.cli.Main;
import nl.nota.cli.Server;

/** The resident nota process (#15): a client's command runs in the client's folder and prints and exits as a run of its own would. */
class ServerTest {

	@TempDir
	Path folder;

	private Path socket;
	private Server server;
	private Thread serving;

	@BeforeEach
	void start() throws Exception {
		socket = Files.createTempDirectory("nota-sock").resolve("s");
		server = Server.start(socket);
		serving = new Thread(() -> server.serve(Duration.ofMinutes(5)));
		serving.setDaemon(true);
		serving.start();
	}

	@AfterEach
	void stop() {
		server.stop();
	}

	private record Answer(int code, String out, String err) {
	}

	private Answer client(Path workingFolder, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Client.run(socket, workingFolder, List.of(arguments), out, err);
		return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Answer direct(Path workingFolder, String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = Main.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), workingFolder);
		return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aCommandRunsInTheClientsFolderAndAnswersAsARunOfItsOwn() throws Exception {
		Files.copy(CliRun.examples().resolve("dmm-2025-10-15.nota"), folder.resolve("goed.nota"));
		Files.writeString(folder.resolve("kapot.nota"), "beslisnota: Kapot\nministerie: Defensie\n");
		Answer broken = client(folder, "validate", "kapot.nota");
		assertEquals(1, broken.code(), broken.err());
		assertTrue(broken.out().startsWith("kapot.nota:"), broken.out());
		assertEquals(direct(folder, "validate", "kapot.nota"), broken);
		assertEquals(0, client(folder, "validate", "goed.nota").code());
		// relative output folder: in the client's folder, not the server's
		Answer generated = client(folder, "generate", "goed.nota", "--format", "html", "-o", "uit");
		assertEquals(0, generated.code(), generated.out() + generated.err());
		assertTrue(Files.exists(folder.resolve("uit/goed.kamerbrief.html")), generated.out());
		// usage errors and unknown files as a run of its own
		assertEquals(direct(folder, "validate", "weg.nota"), client(folder, "validate", "weg.nota"));
		assertEquals(2, client(folder, "onzin").code());
		assertEquals(direct(folder, "--version"), client(folder, "--version"));
		// the language server needs a process of its own
		Answer lsp = client(folder, "lsp");
		assertEquals(2, lsp.code());
		assertTrue(lsp.err().contains("NOTA_SERVER=off"), lsp.err());
		// nobody else may hand it commands
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
	}

	@Test
	void clientsAtTheSameTimeEachGetTheirOwnAnswer() throws Exception {
		List<Path> folders = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Path own = Files.createDirectories(folder.resolve("map" + i));
			Files.writeString(own.resolve("nota.nota"), i % 2 == 0 ? "beslisnota: Kapot " + i + "\n"
					: Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota")));
			folders.add(own);
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Answer>> answers = new ArrayList<>();
			for (Path own : folders) {
				answers.add(pool.submit(() -> client(own, "validate", "nota.nota")));
			}
			for (int i = 0; i < 4; i++) {
				Answer answer = answers.get(i).get();
				assertEquals(i % 2 == 0 ? 1 : 0, answer.code(), answer.out());
				assertEquals(direct(folders.get(i), "validate", "nota.nota"), answer);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/**
	 * {@code ./nota --stop-server} removes the socket file: the server goes at once (it watches the socket's
	 * folder), not at its next look, which came every 5 s and kept a stopped server's memory for that long.
	 */
	@Test
	void aServerWhoseSocketIsRemovedGoesAtOnce() throws Exception {
		assertEquals(2, client(folder, "validate", "x.nota").code(), "the server answers first (no such note: 2)");
		Files.delete(socket);
		serving.join(4_000); // far less than the 5 s between looks; the event comes in milliseconds
		assertFalse(serving.isAlive(), "the server still runs 4 s after its socket file was removed");
		assertEquals(Client.NO_SERVER, client(folder, "validate", "x.nota").code());
	}

	@Test
	void withoutAServerTheClientSaysSoAndOneServerPerSocket() throws Exception {
		assertNull(Server.start(socket), "a second server on the same socket stands down");
		server.stop();
		assertTrue(Files.notExists(socket), "a stopped server removes its socket");
		assertEquals(Client.NO_SERVER, client(folder, "validate", "x.nota").code());
		// a socket left by a server that was killed is replaced
		try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			dead.bind(UnixDomainSocketAddress.of(socket));
		}
		assertTrue(Files.exists(socket));
		server = Server.start(socket);
		assertNotNull(server);
		serving = new Thread(() -> server.serve(Duration.ofMinutes(5)));
		serving.setDaemon(true);
		serving.start();
		assertEquals(2, client(folder, "validate", "x.nota").code());
	}
}
