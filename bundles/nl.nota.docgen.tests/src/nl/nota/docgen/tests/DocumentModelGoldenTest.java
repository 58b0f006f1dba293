package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.nota.docgen.transform.NoteTransformer;

/**
 * The document models of the examples against golden outlines that a person has read. To update after
 * an intended change: run with -Dnota.golden.update=true, then review the diff before committing.
 */
class DocumentModelGoldenTest {

	@ParameterizedTest
	@CsvSource({ "dmm-2025-10-15.nota, defensie", "beslisnota-vervanging-renovatie.nota, ienw",
			"informatienota-woo-2025.nota, bzk", "ocw-lerarentekort-2025.nota, ocw",
			"kamervragen-lerarentekort-almere.nota, ocw" })
	void theExamplesTransformAsReviewed(String example, String style) throws Exception {
		NoteTransformer.Output output = Notes.transform(Notes.examples().resolve(example), style, false);
		String base = example.replace(".nota", "");
		check(base + ".nota.txt", DocumentDump.dump(output.nota()));
		if (output.letter().isPresent()) {
			check(base + ".kamerbrief.txt", DocumentDump.dump(output.letter().get()));
		}
		if (output.answers().isPresent()) {
			check(base + ".antwoorden.txt", DocumentDump.dump(output.answers().get()));
		}
	}

	private static void check(String name, String actual) throws Exception {
		Path golden = Notes.golden(name);
		if (Boolean.getBoolean("nota.golden.update")) {
			Files.writeString(golden, actual, StandardCharsets.UTF_8);
		}
		assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "document model of " + name);
	}
}
