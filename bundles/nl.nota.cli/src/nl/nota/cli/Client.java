package nl.nota.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/**
 * The client side of the resident {@code nota} process ({@link Server}): sends the working folder and the
 * arguments, copies what the server prints to standard output and error and exits with its exit code. It uses
 * nothing but the JDK's own classes, so it starts about as fast as a bare JVM.
 *
 * <p>Protocol: the request is {@link Server#HELLO}, the working folder, the number of arguments and the
 * arguments, each string as a 4-byte length and UTF-8 bytes; the answer is frames of a type byte
 * ({@link Server#OUT}, {@link Server#ERR}, {@link Server#EXIT}), a 4-byte length and that many bytes, the last
 * one the exit code.
 */
public final class Client {

	/** The exit code that tells {@code ./nota} there is no server to answer (it then runs the command itself). */
	public static final int NO_SERVER = 111;

	private Client() {
	}

	/** Arguments: SOCKET, then the arguments of the nota command. */
	public static void main(String[] args) {
		Path socket = Paths.get(args[0]);
		List<String> arguments = Arrays.asList(args).subList(1, args.length);
		System.exit(run(socket, Paths.get("").toAbsolutePath(), arguments, System.out, System.err));
	}

	/** The exit code of the command as the server ran it; {@link #NO_SERVER} when none answered before printing anything. */
	public static int run(Path socket, Path workingFolder, List<String> arguments, OutputStream out, OutputStream err) {
		SocketChannel channel;
		try {
			channel = SocketChannel.open(UnixDomainSocketAddress.of(socket));
		} catch (IOException | RuntimeException e) {
			return NO_SERVER;
		}
		boolean printed = false;
		try (channel) {
			DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
			write(request, Server.HELLO);
			write(request, workingFolder.toString());
			request.writeInt(arguments.size());
			for (String argument : arguments) {
				write(request, argument);
			}
			request.flush();
			DataInputStream answer = new DataInputStream(Channels.newInputStream(channel));
			while (true) {
				int type = answer.readUnsignedByte();
				byte[] bytes = answer.readNBytes(answer.readInt());
				switch (type) {
					case Server.OUT -> {
						out.write(bytes);
						out.flush();
						printed = true;
					}
					case Server.ERR -> {
						err.write(bytes);
						err.flush();
						printed = true;
					}
					case Server.EXIT -> {
						return java.nio.ByteBuffer.wrap(bytes).getInt();
					}
					default -> throw new IOException("unknown frame " + type);
				}
			}
		} catch (IOException e) {
			if (!printed) {
				return NO_SERVER; // gone before it said anything: the command is run without it
			}
			try {
				err.write(("nota: het achtergrondproces van nota stopte midden in de opdracht (" + e.getMessage()
						+ "); voer de opdracht opnieuw uit. NOTA_SERVER=off werkt zonder.\n").getBytes(StandardCharsets.UTF_8));
			} catch (IOException ignored) {
				// standard error is gone too
			}
			return 2;
		}
	}

	/** Whether a server answers on {@code socket}. */
	static boolean answers(Path socket) {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			return channel.connect(UnixDomainSocketAddress.of(socket));
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static void write(DataOutputStream out, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}
}
