package nl.nota.cli;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The resident {@code nota} process: one JVM, started in the background by the first {@code ./nota} run, that keeps
 * Xtext's injector, the loaded classes and the compiled code and answers the next runs over a Unix domain socket
 * in the user's own folder, so a {@code nota validate} in a pre-commit hook does not pay for a JVM start and the
 * injector each time. It runs each request as {@link Main#run} in the client's working folder and sends what it
 * prints as it is printed; it stops by itself after a time without requests, or when its socket is gone (a new
 * build uses a new socket). See {@link Client} for the other side and the protocol.
 */
public final class Server {

	/** Frame types from server to client: bytes for standard output, for standard error, the exit code. */
	static final int OUT = 1, ERR = 2, EXIT = 3;

	/** The first line of a request: the protocol and its version. */
	static final String HELLO = "nota-server/1";

	private final ServerSocketChannel channel;
	private final Path socket;
	/** The socket file this server made (its inode): the one it removes when it stops, not a later server's. */
	private final Object socketFile;
	private final AtomicInteger running = new AtomicInteger();
	private final AtomicLong lastRequest = new AtomicLong(System.nanoTime());
	private volatile boolean stopped;

	private Server(ServerSocketChannel channel, Path socket) throws IOException {
		this.channel = channel;
		this.socket = socket;
		this.socketFile = fileKey(socket);
	}

	private static Object fileKey(Path file) throws IOException {
		return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
	}

	/**
	 * Arguments: SOCKET [IDLE-MINUTES [WARM-UP-NOTE]]. Exits quietly when another server already answers on SOCKET.
	 */
	public static void main(String[] args) throws IOException {
		Main.configureLibraries();
		Path socket = Paths.get(args[0]);
		Duration idle = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 30);
		Server server = start(socket);
		if (server == null) {
			return;
		}
		if (args.length > 2) {
			// beside the first requests, not before them: a run that comes meanwhile is answered at once
			Thread warm = new Thread(() -> warmUp(Paths.get(args[2])), "nota-server-warm-up");
			warm.setDaemon(true);
			warm.setPriority(Thread.MIN_PRIORITY);
			warm.start();
		}
		server.serve(idle);
	}

	/** A server listening on {@code socket}, or null when another one already answers there. */
	public static Server start(Path socket) throws IOException {
		Files.createDirectories(socket.getParent());
		if (Files.exists(socket)) {
			if (Client.answers(socket)) {
				return null;
			}
			Files.deleteIfExists(socket); // left by a server that was killed
		}
		ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		try {
			channel.bind(UnixDomainSocketAddress.of(socket));
		} catch (IOException e) {
			channel.close();
			if (Client.answers(socket)) {
				return null; // another server started at the same moment
			}
			throw e;
		}
		// only the user who started it may hand it commands (its folder is the user's own as well)
		try {
			Files.setPosixFilePermissions(socket, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException e) {
			// not a POSIX file system: the folder's permissions are what protects it
		}
		try {
			return new Server(channel, socket);
		} catch (IOException e) {
			channel.close();
			throw e;
		}
	}

	/**
	 * Answers requests, each on a thread of its own, until {@link #stop()}, {@code idle} without one, or its
	 * socket file gone ({@code ./nota --stop-server} removes it): the socket's folder is watched, so the
	 * server goes at once rather than at its next look (every 5 s, also where the folder cannot be watched).
	 */
	public void serve(Duration idle) {
		Thread watch = new Thread(() -> {
			java.nio.file.WatchService folder = null;
			try {
				folder = socket.getFileSystem().newWatchService();
				socket.toAbsolutePath().getParent().register(folder, java.nio.file.StandardWatchEventKinds.ENTRY_DELETE);
			} catch (IOException | UnsupportedOperationException e) {
				folder = null; // looked at every 5 s only
			}
			try {
				while (!stopped) {
					// first a look, then the wait: a socket removed before the folder was watched is seen too
					boolean idleTooLong = running.get() == 0 && System.nanoTime() - lastRequest.get() > idle.toNanos();
					if (idleTooLong || !Files.exists(socket)) {
						stop();
						break;
					}
					long wait = Math.min(idle.toMillis(), 5_000);
					if (folder == null) {
						Thread.sleep(wait);
					} else {
						java.nio.file.WatchKey key = folder.poll(wait, java.util.concurrent.TimeUnit.MILLISECONDS);
						if (key != null) {
							key.pollEvents();
							key.reset();
						}
					}
				}
			} catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
				// the server is going
			} finally {
				if (folder != null) {
					try {
						folder.close();
					} catch (IOException e) {
						// closing anyway
					}
				}
			}
		}, "nota-server-watch");
		watch.setDaemon(true);
		watch.start();
		while (!stopped) {
			SocketChannel client;
			try {
				client = channel.accept();
			} catch (IOException e) {
				break; // closed by stop()
			}
			running.incrementAndGet();
			lastRequest.set(System.nanoTime());
			Thread thread = new Thread(() -> {
				try (client) {
					answer(client);
				} catch (IOException | RuntimeException e) {
					// the client went away; nothing to tell anyone
				} finally {
					lastRequest.set(System.nanoTime());
					running.decrementAndGet();
				}
			}, "nota-server-request");
			thread.start();
		}
	}

	public void stop() {
		stopped = true;
		try {
			channel.close();
		} catch (IOException e) {
			// closing anyway
		}
		// Where the file system has inodes, the file this server made, not "if no server answers there": until
		// the thread that waits in accept() has returned, the closed socket still takes connections (the file was
		// then left behind: a flaky ServerTest).
		try {
			if (socketFile != null ? socketFile.equals(fileKey(socket)) : Files.exists(socket) && !Client.answers(socket)) {
				Files.deleteIfExists(socket);
			}
		} catch (IOException e) {
			// a socket file left behind is replaced by the next server
		}
	}

	private static void answer(SocketChannel client) throws IOException {
		DataInputStream in = new DataInputStream(Channels.newInputStream(client));
		Request request = Request.read(in);
		OutputStream channelOut = Channels.newOutputStream(client);
		try (PrintStream out = new PrintStream(new FrameStream(channelOut, OUT), true, StandardCharsets.UTF_8);
				PrintStream err = new PrintStream(new FrameStream(channelOut, ERR), true, StandardCharsets.UTF_8)) {
			int code;
			if (!request.arguments().isEmpty() && request.arguments().get(0).equals("lsp")) {
				// the language server talks over the standard input and output of a process of its own
				err.println("nota: de taalserver (nota lsp) draait niet in het achtergrondproces; start hem met NOTA_SERVER=off.");
				code = 2;
			} else {
				code = Main.run(request.arguments(), out, err, request.workingFolder());
			}
			out.flush();
			err.flush();
			synchronized (channelOut) {
				channelOut.write(frame(EXIT, ByteBuffer.allocate(4).putInt(code).array(), 0, 4));
				channelOut.flush();
			}
		}
	}

	/** What a client asks: its working folder and its arguments. */
	record Request(Path workingFolder, List<String> arguments) {

		static Request read(DataInputStream in) throws IOException {
			if (!HELLO.equals(string(in))) {
				throw new IOException("not a nota client");
			}
			Path folder = Paths.get(string(in));
			int count = in.readInt();
			if (count < 0 || count > 100_000) {
				throw new IOException("not a nota client");
			}
			List<String> arguments = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				arguments.add(string(in));
			}
			return new Request(folder, arguments);
		}

		private static String string(DataInputStream in) throws IOException {
			int length = in.readInt();
			if (length < 0 || length > 1 << 20) {
				throw new IOException("not a nota client");
			}
			return new String(in.readNBytes(length), StandardCharsets.UTF_8);
		}
	}

	static byte[] frame(int type, byte[] bytes, int offset, int length) {
		return ByteBuffer.allocate(5 + length).put((byte) type).putInt(length).put(bytes, offset, length).array();
	}

	/** Standard output or error of one request, sent to the client a frame per write. */
	private static final class FrameStream extends OutputStream {
		private final OutputStream channel;
		private final int type;

		FrameStream(OutputStream channel, int type) {
			this.channel = channel;
			this.type = type;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			if (length == 0) {
				return;
			}
			synchronized (channel) {
				channel.write(frame(type, bytes, offset, length));
			}
		}
	}

	/** Validates and generates {@code note} a few times, so that the first request finds compiled code. */
	private static void warmUp(Path note) {
		try {
			Path folder = Files.createTempDirectory("nota-server");
			try {
				Files.copy(note, folder.resolve("warmup.nota"));
				PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
				for (int i = 0; i < 3; i++) {
					Main.run(List.of("validate", "warmup.nota"), quiet, quiet, folder);
					Main.run(List.of("generate", "warmup.nota", "--format", "docx", "-o", "uit"), quiet, quiet, folder);
				}
			} finally {
				UnsignedJars.deleteTree(folder);
			}
		} catch (IOException | RuntimeException e) {
			// a server that is not warmed up still answers
		}
	}
}
