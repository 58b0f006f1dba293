package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

	@TempDir
	Path folder;

	private Path write(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** #17: open review remarks are warnings; --no-comments is the gate before sending, where they are errors. */
	@Test
	void openReviewCommentsFailTheNoCommentsGate(@TempDir Path folder) throws Exception {
		String seed = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"), StandardCharsets.UTF_8);
		Path note = Files.writeString(folder.resolve("nota.nota"),
				seed.replace("# Aanleiding\n", "# Aanleiding\n{opmerking J. Jansen: is de aanleiding nog actueel?}\n"), StandardCharsets.UTF_8);
		CliRun open = CliRun.of("validate", note.toString());
		assertEquals(0, open.exitCode(), open.out());
		assertTrue(open.out().contains("warning: Opmerking van J. Jansen: is de aanleiding nog actueel? Verwerk haar"), open.out());
		CliRun gate = CliRun.of("validate", "--no-comments", note.toString());
		assertEquals(1, gate.exitCode(), gate.out());
		assertTrue(gate.out().contains("error: Opmerking van J. Jansen") && gate.out().contains("nog niet klaar om te versturen"), gate.out());
		// resolved (deleted): through the gate
		Files.writeString(note, seed, StandardCharsets.UTF_8);
		assertEquals(0, CliRun.of("validate", "--no-comments", note.toString()).exitCode());
	}

	@Test
	void everyExampleValidatesWithoutErrors() {
		CliRun run = CliRun.of("validate", CliRun.examples().toString());
		assertEquals(0, run.exitCode(), run::out);
		assertTrue(run.err().contains("gecontroleerd: 0 fouten"), run::err);
		// the only remarks are writing checks on the real seed text: long sentences, and "anti-drone"
		assertTrue(run.out().lines().allMatch(line -> line.endsWith("[nota.long-sentence]") || line.contains("'anti-drone'")),
				run::out);
	}

	@Test
	void deletingARequiredSectionGivesItsLineAndCode() throws Exception {
		String example = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"));
		String broken = example.substring(0, example.indexOf("# Kernpunten")) + example.substring(example.indexOf("# Toelichting"));
		Path file = write("dmm.nota", broken);
		int line = (int) broken.substring(0, broken.indexOf("# Toelichting")).chars().filter(c -> c == '\n').count() + 1;
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals(List.of(file + ":" + line + ":1: error: De sectie 'Kernpunten' ontbreekt. Voeg '# Kernpunten' toe vóór 'Toelichting'. [nota.missing-section]"),
				run.out().lines().filter(output -> output.contains(": error: ")).toList());
	}

	@Test
	void warningsAloneExitZero() throws Exception {
		Path file = write("w.nota", "informatienota:\nvan: X\n\n# Aanleiding\nA.\n\n# Kernpunten\n- p\n");
		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(0, run.exitCode());
		assertTrue(run.out().contains(":1:1: warning: Geef de informatienota een onderwerp"), run::out);
	}

	@Test
	void jsonCarriesTheSameDiagnostics() throws Exception {
		Path file = write("j.nota", "beslisnota: \"Titel\"\nvan: X\ndatum: gisteren\n");
		CliRun text = CliRun.of("validate", file.toString());
		CliRun json = CliRun.of("validate", "--format", "json", file.toString());
		assertEquals(1, json.exitCode());
		long lines = text.out().lines().count();
		assertEquals(lines, json.out().split("\"code\": ", -1).length - 1);
		assertTrue(json.out().contains("\"line\": 3, \"column\": 8, \"severity\": \"error\", \"message\": \"Schrijf de datum voluit"),
				json::out);
		assertTrue(json.out().contains("\"files\": 1"), json::out);
	}

	/**
	 * Regression (#16): one file that could not be read while a folder was checked (deleted meanwhile) made the
	 * whole run exit 2 without the results of all the others. /proc/self/mem stands in for it: a regular file
	 * that exists when the files are listed and fails when it is read.
	 */
	@Test
	void aFileThatCannotBeReadIsReportedAndTheOthersStillCount() throws Exception {
		assertTrue(Files.isRegularFile(Path.of("/proc/self/mem")), "this test needs Linux's /proc");
		Path good = write("g.nota", "beslisnota: \"Titel\"\nvan: X\ndatum: gisteren\n");
		CliRun json = CliRun.of("validate", "--format", "json", good.toString(), "/proc/self/mem");
		assertEquals(1, json.exitCode(), json.out() + json.err());
		assertTrue(json.out().contains("\"files\": 2"), json::out);
		assertTrue(json.out().contains("Schrijf de datum voluit"), "the readable file's results: " + json.out());
		assertTrue(json.out().contains("Het bestand kan niet worden gelezen"), json::out);
		assertTrue(json.out().contains("nota.unreadable"), json::out);
	}

	@Test
	void usageAndMissingFilesExitTwo() {
		assertEquals(2, CliRun.of().exitCode());
		assertEquals(2, CliRun.of("validate").exitCode());
		assertEquals(2, CliRun.of("frobnicate").exitCode());
		CliRun missing = CliRun.of("validate", folder.resolve("bestaat-niet.nota").toString());
		assertEquals(2, missing.exitCode());
		assertTrue(missing.err().contains("bestaat niet"), missing::err);
		assertEquals(2, CliRun.of("validate", folder.toString()).exitCode(), "an empty folder holds no notes");
	}

	@Test
	void badInputGivesADiagnosticNotAStackTrace() throws Exception {
		Path latin1 = folder.resolve("latin1.nota");
		Files.write(latin1, "beslisnota: Financi\u00eble steun\n".getBytes(StandardCharsets.ISO_8859_1));
		Path binary = folder.resolve("binary.nota");
		Files.write(binary, new byte[] { 'P', 'K', 3, 4, 0, 0, 1, 2 });
		Path empty = write("empty.nota", "");
		Path huge = write("huge.nota", "beslisnota: T\n\n# Aanleiding\n" + "Een heel lange alinea. ".repeat(230_000));
		Path unterminated = write("open.nota", "beslisnota: T\nvan: X\n\n# Aanleiding\nTekst {lak 5.1.2e: open *nadruk\n");
		for (Path file : List.of(latin1, binary, empty, huge, unterminated)) {
			CliRun run = CliRun.of("validate", file.toString());
			assertEquals(1, run.exitCode(), file + ": " + run.out() + run.err());
			assertFalse(run.err().contains("Exception") || run.out().contains("Exception"), run.err());
			assertTrue(run.out().startsWith(file + ":"), run.out());
		}
		assertTrue(CliRun.of("validate", latin1.toString()).out().contains(":1:20: error: Het bestand is geen UTF-8 (byte 0xEB)"));
		assertTrue(CliRun.of("validate", binary.toString()).out().contains(":1:5: error: Dit is een binair bestand"));
		assertTrue(CliRun.of("validate", empty.toString()).out().contains("[nota.empty-document]"));
		assertTrue(CliRun.of("validate", huge.toString()).out().contains("te groot"));
		assertTrue(CliRun.of("validate", unterminated.toString()).out().contains(":5:7: error: Deze opmaak wordt niet afgesloten"));
	}

	@Test
	void typeFilesInAFolderAreValidatedToo() throws Exception {
		write("kapot.notatype", "notasoort kapot {\n\ttitel \"K\"\n\tcategorie nota\n\tsectie a \"A\"\n\tsectie a \"B\"\n}\n");
		write("n.nota", "informatienota: T\nvan: X\n\n# Aanleiding\nA.\n\n# Kernpunten\n- p\n");
		CliRun run = CliRun.of("validate", folder.toString());
		assertEquals(1, run.exitCode(), run.out());
		assertTrue(run.out().contains("kapot.notatype:5:9: error: De sectienaam 'a' komt hier twee keer voor."), run.out());
	}
}
