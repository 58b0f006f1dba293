package nl.nota.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Copies of generated packages with one part changed, for the validators' negative controls. */
final class Zips {

	private Zips() {
	}

	static byte[] replace(byte[] zip, String part, UnaryOperator<String> change) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals(part)) {
					content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				if (entry.getMethod() == ZipEntry.STORED) {
					// ODF wants its mimetype first and uncompressed
					copy.setMethod(ZipEntry.STORED);
					copy.setSize(content.length);
					CRC32 crc = new CRC32();
					crc.update(content);
					copy.setCrc(crc.getValue());
				}
				out.putNextEntry(copy);
				out.write(content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
