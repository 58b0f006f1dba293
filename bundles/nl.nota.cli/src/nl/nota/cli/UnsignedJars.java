package nl.nota.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * For the {@code nota} script's ahead-of-time cache (JDK 25): copies the tool's jars into a folder without
 * their signature files. The JDK leaves classes from signed jars out of its AOT cache, and most Eclipse
 * jars on Maven Central are signed; their integrity was checked when the build fetched them, and the
 * classes stay byte for byte the same. Writes into a temporary folder beside the target and renames it,
 * so a second {@code nota} starting at the same time never sees half a folder.
 * <p>
 * Usage: {@code java -cp JARS nl.nota.cli.UnsignedJars FROM-FOLDER TO-FOLDER}
 */
public final class UnsignedJars {

	private UnsignedJars() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: UnsignedJars FROM-FOLDER TO-FOLDER");
			System.exit(2);
		}
		Path from = Path.of(args[0]);
		Path to = Path.of(args[1]);
		if (Files.isDirectory(to)) {
			return;
		}
		Files.createDirectories(to.getParent());
		Path work = Files.createTempDirectory(to.getParent(), to.getFileName() + ".");
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(from, "*.jar")) {
			for (Path jar : jars) {
				copyWithoutSignatures(jar, work.resolve(jar.getFileName()));
			}
		}
		try {
			Files.move(work, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			// another run made it first: its copy is as good as this one
			deleteTree(work);
			if (!Files.isDirectory(to)) {
				throw e;
			}
		}
	}

	static void copyWithoutSignatures(Path jar, Path copy) throws IOException {
		try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in);
				OutputStream out = Files.newOutputStream(copy); ZipOutputStream target = new ZipOutputStream(out)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (isSignature(entry.getName())) {
					continue;
				}
				ZipEntry written = new ZipEntry(entry.getName());
				written.setTime(entry.getTime());
				target.putNextEntry(written);
				zip.transferTo(target);
				target.closeEntry();
			}
		}
	}

	/** META-INF/*.SF, *.RSA, *.DSA, *.EC: the signature of a signed jar. */
	static boolean isSignature(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
				&& (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
	}

	/** Deletes {@code folder} and everything in it (also used by {@link Server} for its warm-up folder). */
	static void deleteTree(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
