package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.output.NoteOutputs;

/** A note's outputs are written as a set: all of them, or, when writing fails, none. */
class OutputFilesTest {

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	/** Regression (#16): a full disk during a run replaced the nota's DOCX and ODT while the run failed. */
	@Test
	void whenOneFileCannotBeWrittenNoneIsReplaced(@TempDir Path folder) throws Exception {
		Path docx = folder.resolve("n.nota.docx");
		Path odt = folder.resolve("n.nota.odt");
		Files.write(docx, bytes("oude docx"));
		Files.write(odt, bytes("oude odt"));
		// the third file cannot be written (its folder is a file): the failure comes after the first two were done
		Files.write(folder.resolve("geen-map"), bytes("een bestand"));
		Map<Path, byte[]> rendered = new LinkedHashMap<>();
		rendered.put(docx, bytes("nieuwe docx"));
		rendered.put(odt, bytes("nieuwe odt"));
		rendered.put(folder.resolve("geen-map").resolve("n.nota.pdf"), bytes("nieuwe pdf"));
		assertThrows(IOException.class, () -> NoteOutputs.write(rendered));
		assertEquals("oude docx", Files.readString(docx));
		assertEquals("oude odt", Files.readString(odt));
		assertEquals(List.of("geen-map", "n.nota.docx", "n.nota.odt"), names(folder), "no temporary file left behind");
	}

	@Test
	void whenAllCanBeWrittenAllAreReplaced(@TempDir Path folder) throws Exception {
		Path docx = folder.resolve("n.nota.docx");
		Files.write(docx, bytes("oude docx"));
		Map<Path, byte[]> rendered = new LinkedHashMap<>();
		rendered.put(docx, bytes("nieuwe docx"));
		rendered.put(folder.resolve("n.nota.odt"), bytes("nieuwe odt"));
		NoteOutputs.write(rendered);
		assertEquals("nieuwe docx", Files.readString(docx));
		assertEquals("nieuwe odt", Files.readString(folder.resolve("n.nota.odt")));
		assertEquals(List.of("n.nota.docx", "n.nota.odt"), names(folder));
	}

	@Test
	void aLongNameIsShortenedToFitAFileSystemAndStaysDistinct() {
		String start = "a".repeat(240);
		String one = NoteOutputs.baseName(Path.of(start + "één.nota"));
		String other = NoteOutputs.baseName(Path.of(start + "twee.nota"));
		assertEquals(200, one.getBytes(StandardCharsets.UTF_8).length);
		assertEquals(true, one.startsWith("aaaa") && one.contains("~"), one);
		assertEquals(false, one.equals(other), "two long names that start alike stay apart");
		assertEquals("kort", NoteOutputs.baseName(Path.of("kort.nota")));
	}
}
