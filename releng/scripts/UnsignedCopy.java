import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without its signature: the signature files in META-INF and the manifest's per-entry digests
 * go, everything else (the manifest's main section with the bundle headers, every class and resource) is
 * copied as it is. Java's ahead-of-time cache leaves out every class of a signed jar; the workbench puts this
 * copy of the OSGi framework on its class path so that the cache holds the framework's classes too (see
 * nota-workbench). Run by train-workbench.sh as a source-file program:
 * {@code java releng/scripts/UnsignedCopy.java SIGNED.jar COPY.jar}.
 */
public final class UnsignedCopy {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	private UnsignedCopy() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: java UnsignedCopy.java SIGNED.jar COPY.jar");
			System.exit(2);
		}
		Path target = Path.of(args[1]);
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		try (ZipFile signed = new ZipFile(args[0]); OutputStream file = Files.newOutputStream(partial);
				ZipOutputStream copy = new ZipOutputStream(file)) {
			for (Enumeration<? extends ZipEntry> entries = signed.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry copied = new ZipEntry(entry.getName());
				copied.setTime(entry.getTime());
				copy.putNextEntry(copied);
				try (InputStream in = signed.getInputStream(entry)) {
					if (entry.getName().equals("META-INF/MANIFEST.MF")) {
						copy.write(mainSection(in.readAllBytes()));
					} else {
						in.transferTo(copy);
					}
				}
				copy.closeEntry();
			}
		}
		// whole or not at all: a half-written jar on the workbench's class path would stop it from starting
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** The manifest up to its first blank line: the main attributes, without the per-entry digest sections. */
	static byte[] mainSection(byte[] manifest) {
		String text = new String(manifest, StandardCharsets.UTF_8).replace("\r\n", "\n");
		int end = text.indexOf("\n\n");
		String main = end < 0 ? text : text.substring(0, end + 1);
		return (main + "\n").getBytes(StandardCharsets.UTF_8);
	}
}
