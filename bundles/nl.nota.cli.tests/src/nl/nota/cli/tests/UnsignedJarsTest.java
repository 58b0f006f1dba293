package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.cli.UnsignedJars;

/** The jars of the AOT cache: the same entries, byte for byte, without the signature files. */
class UnsignedJarsTest {

	@Test
	void copiesKeepEveryEntryButTheSignature(@TempDir Path folder) throws Exception {
		Path plugins = Files.createDirectories(folder.resolve("plugins"));
		List<String> names = List.of("META-INF/MANIFEST.MF", "META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "META-INF/other.ec",
				"META-INF/maven/x/pom.properties", "META-INF/maven/x/keep.sf", "org/example/A.class", "plugin.properties");
		try (OutputStream out = Files.newOutputStream(plugins.resolve("signed.jar")); ZipOutputStream jar = new ZipOutputStream(out)) {
			for (String name : names) {
				jar.putNextEntry(new ZipEntry(name));
				jar.write(("inhoud van " + name).getBytes(StandardCharsets.UTF_8));
				jar.closeEntry();
			}
		}
		Path target = folder.resolve("cache").resolve("jars");
		UnsignedJars.main(new String[] { plugins.toString(), target.toString() });
		List<String> kept = new ArrayList<>();
		try (ZipFile copy = new ZipFile(target.resolve("signed.jar").toFile())) {
			for (ZipEntry entry : java.util.Collections.list(copy.entries())) {
				kept.add(entry.getName());
				assertArrayEquals(("inhoud van " + entry.getName()).getBytes(StandardCharsets.UTF_8),
						copy.getInputStream(entry).readAllBytes(), entry.getName());
			}
		}
		assertEquals(List.of("META-INF/MANIFEST.MF", "META-INF/maven/x/pom.properties", "META-INF/maven/x/keep.sf",
				"org/example/A.class", "plugin.properties"), kept);
		// no work folder is left beside it; a second run leaves the finished folder alone
		UnsignedJars.main(new String[] { plugins.toString(), target.toString() });
		try (var beside = Files.list(target.getParent())) {
			assertEquals(List.of(target), beside.toList());
		}
	}
}
