package nl.nota.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The language server's input, checked message by message against the LSP base protocol: header lines, an
 * empty line, then exactly Content-Length bytes. A message without a valid Content-Length (missing, not a
 * number, negative, absurdly large) cannot be framed, so nothing after it can be read reliably: the stream
 * ends there, the server shuts down and says why, instead of staying alive without ever answering again.
 */
final class LspFraming extends InputStream {

	/** Larger than any note the tools accept (2 MB) in any encoding, with room for JSON escaping. */
	private static final long MAX_CONTENT = 64L * 1024 * 1024;
	private static final int MAX_HEADER = 8 * 1024;

	private final InputStream in;
	private final PrintStream err;
	private byte[] message = new byte[0];
	private int position;
	private boolean ended;

	LspFraming(InputStream in, PrintStream err) {
		this.in = in;
		this.err = err;
	}

	@Override
	public int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		return message[position++] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int count = Math.min(length, message.length - position);
		System.arraycopy(message, position, buffer, offset, count);
		position += count;
		return count;
	}

	/** Reads the next whole message when the current one is used up; false at the end of the input. */
	private boolean fill() throws IOException {
		if (position < message.length) {
			return true;
		}
		if (ended) {
			return false;
		}
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		int previous3 = -1;
		int previous2 = -1;
		int previous = -1;
		while (true) {
			int b = in.read();
			if (b < 0) {
				ended = true;
				if (header.size() > 0) {
					err.println("nota lsp: het laatste bericht is onvolledig (kop zonder einde); de verbinding wordt gesloten.");
				}
				return false;
			}
			header.write(b);
			if (previous3 == '\r' && previous2 == '\n' && previous == '\r' && b == '\n') {
				break;
			}
			if (header.size() > MAX_HEADER) {
				return malformed("de kop van een bericht is langer dan " + MAX_HEADER + " bytes");
			}
			previous3 = previous2;
			previous2 = previous;
			previous = b;
		}
		long length = -1;
		for (String line : header.toString(StandardCharsets.US_ASCII).split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
				try {
					length = Long.parseLong(line.substring(colon + 1).strip());
				} catch (NumberFormatException e) {
					return malformed("Content-Length '" + line.substring(colon + 1).strip() + "' is geen getal");
				}
			}
		}
		if (length < 0) {
			return malformed(length == -1 ? "de kop mist Content-Length" : "Content-Length is negatief");
		}
		if (length > MAX_CONTENT) {
			return malformed("Content-Length " + length + " is groter dan " + MAX_CONTENT);
		}
		byte[] body = in.readNBytes((int) length);
		if (body.length < length) {
			ended = true;
			err.println("nota lsp: het laatste bericht is korter dan zijn Content-Length; de verbinding wordt gesloten.");
			return false;
		}
		ByteArrayOutputStream whole = new ByteArrayOutputStream(header.size() + body.length);
		header.writeTo(whole);
		whole.write(body);
		message = whole.toByteArray();
		position = 0;
		return true;
	}

	private boolean malformed(String why) {
		ended = true;
		err.println("nota lsp: ongeldig bericht van de editor: " + why + ". De verbinding wordt gesloten.");
		return false;
	}
}
