package nl.nota.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.nota.lang.validation.IssueCodes;

/**
 * Reads a text file the way the tools need it: UTF-8 only, no binary files, no files larger than any
 * real note. Problems become a diagnostic at the place they occur, never an exception.
 */
public class SourceReader {

	public static final long MAX_BYTES = 2L * 1024 * 1024;

	/** Either the text, or why it cannot be read. */
	public record Source(String text, Diagnostic problem) {
	}

	public Source read(Path file, String displayName) throws IOException {
		long size = Files.size(file);
		// said before reading: a large file is never read whole
		return size > MAX_BYTES ? tooLarge(displayName, size) : decode(Files.readAllBytes(file), displayName);
	}

	/** The text of a note's bytes (from a file, or from Git), or the problem that stops it being read. */
	public Source decode(byte[] bytes, String displayName) {
		if (bytes.length > MAX_BYTES) {
			return tooLarge(displayName, bytes.length);
		}
		int nul = indexOf(bytes, (byte) 0);
		if (nul >= 0) {
			int[] position = position(bytes, nul);
			return problem(displayName, position[0], position[1],
					"Dit is een binair bestand, geen tekst. Exporteer het document eerst als tekst (UTF-8).");
		}
		int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return new Source(decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString(), null);
		} catch (CharacterCodingException e) {
			int bad = firstInvalidUtf8(bytes, start);
			int[] position = position(bytes, bad);
			return problem(displayName, position[0], position[1], String.format(
					"Het bestand is geen UTF-8 (byte 0x%02X). Sla het op als UTF-8, bijvoorbeeld met 'Opslaan als' en "
							+ "codering UTF-8, of met: iconv -f windows-1252 -t utf-8.", bytes[bad] & 0xff));
		}
	}

	private static Source tooLarge(String file, long size) {
		return problem(file, 1, 1, String.format("Het bestand is te groot (%.1f MB); een nota is hooguit %d MB. Is dit wel een nota?",
				size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
	}

	private static Source problem(String file, int line, int column, String message) {
		return new Source(null, new Diagnostic(file, line, column, true, message, IssueCodes.UNREADABLE));
	}

	private static int indexOf(byte[] bytes, byte wanted) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	/** Line and column (1-based, in characters of the valid prefix) of a byte offset. */
	private static int[] position(byte[] bytes, int offset) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
				column = 1;
			} else if ((bytes[i] & 0xc0) != 0x80) {
				column++;
			}
		}
		return new int[] { line, column };
	}

	private static int firstInvalidUtf8(byte[] bytes, int start) {
		int i = start;
		while (i < bytes.length) {
			int b = bytes[i] & 0xff;
			int length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
			if (length == 0 || i + length > bytes.length) {
				return i;
			}
			for (int k = 1; k < length; k++) {
				if ((bytes[i + k] & 0xc0) != 0x80) {
					return i;
				}
			}
			i += length;
		}
		return bytes.length - 1;
	}
}
