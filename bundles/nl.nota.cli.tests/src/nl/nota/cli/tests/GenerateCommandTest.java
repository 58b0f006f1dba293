package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

	@TempDir
	Path folder;

	private Path copyExample(String name) throws Exception {
		Path copy = folder.resolve(name);
		Files.copy(CliRun.examples().resolve(name), copy);
		return copy;
	}

	private List<String> outputFiles(Path out) throws Exception {
		try (Stream<Path> files = Files.list(out)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void theSeedGeneratesTheLetterAndTheNotaInAllFormats() throws Exception {
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", CliRun.examples().resolve("dmm-2025-10-15.nota").toString(), "-o", out.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(List.of("dmm-2025-10-15.kamerbrief.docx", "dmm-2025-10-15.kamerbrief.html", "dmm-2025-10-15.kamerbrief.odt",
				"dmm-2025-10-15.kamerbrief.pdf", "dmm-2025-10-15.nota.docx", "dmm-2025-10-15.nota.html", "dmm-2025-10-15.nota.odt",
				"dmm-2025-10-15.nota.pdf"), outputFiles(out));
		String html = Files.readString(out.resolve("dmm-2025-10-15.kamerbrief.html"));
		assertTrue(html.contains("Geannoteerde agenda bijeenkomst NAVO-ministers van Defensie 15 oktober 2025"), html);
		assertTrue(run.err().contains("1 nota gegenereerd."), run.err());
	}

	@Test
	void publicationWritesOnlyPublicDocumentsAndTheInventory() throws Exception {
		Path out = folder.resolve("openbaar");
		CliRun run = CliRun.of("generate", "--publication", CliRun.examples().resolve("dmm-2025-10-15.nota").toString(), "-o",
				out.toString(), "--format", "html,pdf");
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(List.of("dmm-2025-10-15.kamerbrief.html", "dmm-2025-10-15.kamerbrief.pdf", "dmm-2025-10-15.openbaar.html",
				"dmm-2025-10-15.openbaar.pdf", "dmm-2025-10-15.woo-inventaris.csv", "dmm-2025-10-15.woo-inventaris.json"),
				outputFiles(out));
		assertEquals("document;grond;omschrijving;aantal\ndmm-2025-10-15.openbaar;5.1.2e;eerbiediging van de persoonlijke levenssfeer;2\n",
				Files.readString(out.resolve("dmm-2025-10-15.woo-inventaris.csv")));
		String html = Files.readString(out.resolve("dmm-2025-10-15.openbaar.html"));
		assertTrue(!html.contains("de Vries") && !html.contains("Jansen"), "names withheld");
		assertTrue(html.contains(">5.1.2e</span>"), html);
		Path classified = folder.resolve("geheim.nota");
		Files.writeString(classified, Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"))
				.replace("rubricering: geen", "rubricering: Stg. Confidentieel"));
		CliRun refused = CliRun.of("generate", "--publication", classified.toString(), "-o", out.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.out().contains("[nota.not-publishable]"), refused.out());
		assertEquals(2, CliRun.of("generate", "--publication", "--draft", classified.toString()).exitCode());
	}

	@Test
	void formatsAndHouseStyleCanBeChosen() throws Exception {
		Path note = copyExample("informatienota-woo-2025.nota");
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", note.toString(), "-o", out.toString(), "--format", "html,docx", "--house-style", "ienw");
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(List.of("informatienota-woo-2025.nota.docx", "informatienota-woo-2025.nota.html"), outputFiles(out));
		assertTrue(Files.readString(out.resolve("informatienota-woo-2025.nota.html")).contains("Infrastructuur en"));
		assertEquals(2, CliRun.of("generate", note.toString(), "--format", "rtf").exitCode());
		CliRun unknownStyle = CliRun.of("generate", note.toString(), "-o", out.toString(), "--house-style", "onbekend");
		assertEquals(1, unknownStyle.exitCode());
		assertTrue(unknownStyle.out().contains("beschikbaar: defensie, bzk, ienw, az, bz"), unknownStyle.out());
	}

	@Test
	void aNoteOfAnyMinistryGetsThatMinistrysLetterhead() throws Exception {
		Path note = folder.resolve("jenv.nota");
		Files.writeString(note, Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"))
				.replace("ministerie: Defensie", "ministerie: JenV").replace("huisstijl: defensie\n", ""));
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", note.toString(), "-o", out.toString(), "--format", "html");
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String letter = Files.readString(out.resolve("jenv.kamerbrief.html"));
		assertTrue(letter.contains("Ministerie van Justitie en<br/>Veiligheid") && letter.contains("Turfmarkt 147")
				&& letter.contains("Postbus 20301"), letter);

		// a ministry without a style: the generic one, and a warning where the ministry is named
		Files.writeString(note, Files.readString(note).replace("ministerie: JenV", "ministerie: Onbekende Zaken"));
		CliRun unknown = CliRun.of("generate", note.toString(), "-o", out.toString(), "--format", "html");
		assertEquals(0, unknown.exitCode(), unknown.out() + unknown.err());
		assertTrue(unknown.out().contains("jenv.nota:4:1: warning: Geen huisstijl voor het ministerie 'Onbekende Zaken'"),
				unknown.out());
		assertTrue(Files.readString(out.resolve("jenv.kamerbrief.html")).contains("Rijksoverheid"));
	}

	@Test
	void aHouseStyleNextToTheNotesIsUsedWithItsLogo() throws Exception {
		BufferedImage image = new BufferedImage(120, 240, BufferedImage.TYPE_INT_RGB);
		ImageIO.write(image, "png", folder.resolve("wapen.png").toFile());
		Files.writeString(folder.resolve("justitie.huisstijl"), """
				ministerie = Ministerie van Justitie en Veiligheid
				logo = Ministerie van Justitie en | Veiligheid
				postadres = Postbus 20301 | 2500 EH  Den Haag
				retouradres = > Retouradres Postbus 20301 2500 EH  Den Haag
				logo-afbeelding = wapen.png
				""");
		Path note = folder.resolve("jenv.nota");
		Files.writeString(note, Files.readString(CliRun.examples().resolve("informatienota-woo-2025.nota"))
				.replace("ministerie: Binnenlandse Zaken en Koninkrijksrelaties", "huisstijl: justitie"));
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", note.toString(), "-o", out.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String html = Files.readString(out.resolve("jenv.nota.html"));
		assertTrue(html.contains("Ministerie van Justitie en<br/>Veiligheid"), html);
		assertTrue(html.contains("src=\"data:image/png;base64,"), "logo embedded in the HTML");
		try (ZipFile docx = new ZipFile(out.resolve("jenv.nota.docx").toFile());
				ZipFile odt = new ZipFile(out.resolve("jenv.nota.odt").toFile())) {
			assertTrue(docx.stream().anyMatch(entry -> entry.getName().startsWith("word/media/")), "logo in the DOCX");
			assertTrue(odt.getEntry("Pictures/logo.png") != null, "logo in the ODT");
		}
	}

	@Test
	void aNoteWithErrorsIsNotGeneratedAndEarlierOutputStaysIntact() throws Exception {
		Path note = copyExample("dmm-2025-10-15.nota");
		Path out = folder.resolve("out");
		assertEquals(0, CliRun.of("generate", note.toString(), "-o", out.toString(), "--format", "html").exitCode());
		byte[] before = Files.readAllBytes(out.resolve("dmm-2025-10-15.kamerbrief.html"));
		String text = Files.readString(note);
		Files.writeString(note, text.replace("# Kernpunten", "# Kernpuntn"), StandardCharsets.UTF_8);
		CliRun run = CliRun.of("generate", note.toString(), "-o", out.toString(), "--format", "html");
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains("[nota.unknown-section]"), run.out());
		assertTrue(run.err().contains("niet gegenereerd omdat de nota fouten bevat"), run.err());
		assertArrayEquals(before, Files.readAllBytes(out.resolve("dmm-2025-10-15.kamerbrief.html")));
		assertEquals(List.of("dmm-2025-10-15.kamerbrief.html", "dmm-2025-10-15.nota.html"), outputFiles(out), "no temp files left");
	}

	@Test
	void draftGeneratesAnywayWithVisiblePlaceholders() throws Exception {
		Path note = folder.resolve("half.nota");
		Files.writeString(note, "beslisnota: Half af\nministerie: Defensie\nvan: DE DIRECTEUR\n\n# Aanleiding\nEr is iets.\n");
		Path out = folder.resolve("out");
		assertEquals(1, CliRun.of("generate", note.toString(), "-o", out.toString()).exitCode());
		CliRun draft = CliRun.of("generate", note.toString(), "-o", out.toString(), "--format", "html", "--draft");
		assertEquals(0, draft.exitCode(), draft.out() + draft.err());
		assertTrue(draft.err().contains("gegenereerd als CONCEPT"), draft.err());
		String html = Files.readString(out.resolve("half.nota.html"));
		assertTrue(html.contains("CONCEPT — onvolledig"), html);
		assertTrue(html.contains("<span class=\"placeholder\">[ontbreekt: Kernpunten]</span>"), html);
	}

	@Test
	void aFolderGeneratesEveryNoteAndNamesTheOnesThatFailed() throws Exception {
		copyExample("dmm-2025-10-15.nota");
		copyExample("informatienota-woo-2025.nota");
		Files.writeString(folder.resolve("kapot.nota"), "beslisnota: Kapot\nministerie: Defensie\n");
		Files.writeString(folder.resolve("Ünïcode & spaties.nota"), Files.readString(folder.resolve("informatienota-woo-2025.nota")));
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", folder.toString(), "-o", out.toString(), "--format", "html");
		assertEquals(1, run.exitCode());
		assertTrue(run.err().contains("[1/4]") && run.err().contains("[4/4]"), run.err());
		assertTrue(run.err().contains("3 nota's gegenereerd, 1 mislukt: " + folder + "/kapot.nota"), run.err());
		assertTrue(Files.exists(out.resolve("Ünïcode___spaties.nota.html")), outputFiles(out)::toString);
		assertTrue(Files.exists(out.resolve("dmm-2025-10-15.kamerbrief.html")));
	}

	/**
	 * The notes of a folder are generated side by side (#15); what is printed and written is what a run of one note
	 * at a time prints and writes, in the same order, each note's lines together.
	 */
	@Test
	void aFolderGeneratedSideBySidePrintsAndWritesWhatOneAtATimeDoes() throws Exception {
		Path notes = Files.createDirectories(folder.resolve("notes"));
		String seed = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"));
		String woo = Files.readString(CliRun.examples().resolve("informatienota-woo-2025.nota"));
		for (int i = 0; i < 8; i++) {
			Files.writeString(notes.resolve("nota-" + i + ".nota"), (i % 2 == 0 ? seed : woo) + "\n");
		}
		Files.writeString(notes.resolve("nota-3.nota"), "beslisnota: Kapot\nministerie: Defensie\n");
		CliRun one = CliRun.of("generate", notes.toString(), "-o", folder.resolve("een").toString(), "--format", "html", "-j", "1");
		CliRun four = CliRun.of("generate", notes.toString(), "-o", folder.resolve("vier").toString(), "--format", "html", "-j", "4");
		assertEquals(1, one.exitCode(), one.err());
		assertEquals(one.exitCode(), four.exitCode());
		assertEquals(one.out().replace(folder.resolve("een").toString(), "OUT"), four.out().replace(folder.resolve("vier").toString(), "OUT"));
		assertEquals(one.err(), four.err());
		assertTrue(four.err().indexOf("[3/8]") < four.err().indexOf("[4/8]") && four.err().contains("7 nota's gegenereerd, 1 mislukt"),
				four.err());
		assertEquals(outputFiles(folder.resolve("een")), outputFiles(folder.resolve("vier")));
		for (String name : outputFiles(folder.resolve("een"))) {
			assertEquals(Files.readString(folder.resolve("een").resolve(name)), Files.readString(folder.resolve("vier").resolve(name)), name);
		}
		CliRun validatedOne = CliRun.of("validate", notes.toString(), "-j", "1");
		CliRun validatedFour = CliRun.of("validate", notes.toString(), "-j", "4");
		assertEquals(validatedOne, validatedFour);
		assertTrue(validatedFour.out().contains("nota-3.nota:"), validatedFour.out());
		assertEquals(2, CliRun.of("generate", notes.toString(), "-j", "0").exitCode());
		assertTrue(CliRun.of("validate", notes.toString(), "-j", "twee").err().contains("-j verwacht een heel getal van 1 of meer"));
	}

	/** Regression (#16): notes of the same name in different folders overwrote each other's outputs in one -o folder. */
	@Test
	void notesThatWouldWriteTheSameFilesAreRefusedBeforeAnythingIsWritten() throws Exception {
		Path a = Files.createDirectories(folder.resolve("a"));
		Path b = Files.createDirectories(folder.resolve("b"));
		Files.copy(CliRun.examples().resolve("dmm-2025-10-15.nota"), a.resolve("nota.nota"));
		Files.copy(CliRun.examples().resolve("informatienota-woo-2025.nota"), b.resolve("nota.nota"));
		Files.copy(CliRun.examples().resolve("informatienota-woo-2025.nota"), b.resolve("andere.nota"));
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", folder.toString(), "-o", out.toString(), "--format", "html");
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains(a.resolve("nota.nota") + ":1:1: error: Niet gegenereerd: " + b.resolve("nota.nota")), run.out());
		assertTrue(run.out().contains("[nota.output-collision]"), run.out());
		assertEquals(List.of("andere.nota.html"), outputFiles(out), "only the note without a twin");
		assertTrue(run.err().contains("1 nota gegenereerd, 2 mislukt"), run.err());
		// next to the notes (no -o) they do not collide
		assertEquals(0, CliRun.of("generate", folder.toString(), "--format", "html").exitCode());
		assertTrue(Files.exists(a.resolve("nota.kamerbrief.html")) && Files.exists(b.resolve("nota.nota.html")));
	}

	/** Regression (#16): a very long note name failed with "File name too long" on the temporary file. */
	@Test
	void aVeryLongNameIsShortenedSafely() throws Exception {
		// a name a file system takes (247 bytes), whose outputs (+ ".kamerbrief.docx") it would not
		String name = "geannoteerde-agenda-" + "ontzettend-lange-naam-".repeat(10) + "é.nota";
		int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		assertTrue(bytes > 240 && bytes <= 255, bytes + " bytes");
		Path note = folder.resolve(name);
		Files.copy(CliRun.examples().resolve("dmm-2025-10-15.nota"), note);
		Path out = folder.resolve("out");
		CliRun run = CliRun.of("generate", note.toString(), "-o", out.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		List<String> written = outputFiles(out);
		assertEquals(8, written.size(), written::toString);
		for (String file : written) {
			assertTrue(file.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 255, file);
			assertTrue(file.startsWith("geannoteerde-agenda-ontzettend-lange-naam-") && file.contains("~"), file);
		}
		assertTrue(written.contains(written.get(0).substring(0, written.get(0).indexOf(".")) + ".kamerbrief.pdf"), written::toString);
	}

	/**
	 * #17: {@code --compare OLD} writes the nota and letter with their changes since OLD (and only those); with
	 * --publication the public ones, in which a redacted name that changed appears in no byte, not as a deletion.
	 */
	@Test
	void compareWritesTheChangesSinceTheOldVersionAndAPublicOneLeaksNothing() throws Exception {
		String seed = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"));
		Path old = Files.writeString(folder.resolve("oud.nota"), seed.replace("steller: {lak 5.1.2e: J. de Vries}", "steller: {lak 5.1.2e: Zqoudnaam}")
				.replace("in Brussel voor", "in {lak 5.1.2e: Zqoudeplek} voor"));
		Path now = Files.writeString(folder.resolve("dmm.nota"), seed.replace("spreken de bondgenoten over uiteenlopende onderwerpen",
				"spreken de bondgenoten over drie onderwerpen"));
		Path out = folder.resolve("uit");
		CliRun run = CliRun.of("generate", now.toString(), "--compare", old.toString(), "--author", "Kees", "-o", out.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertEquals(List.of("dmm.kamerbrief.wijzigingen.docx", "dmm.kamerbrief.wijzigingen.html", "dmm.kamerbrief.wijzigingen.odt",
				"dmm.kamerbrief.wijzigingen.pdf", "dmm.nota.wijzigingen.docx", "dmm.nota.wijzigingen.html", "dmm.nota.wijzigingen.odt",
				"dmm.nota.wijzigingen.pdf"), outputFiles(out));
		String html = Files.readString(out.resolve("dmm.nota.wijzigingen.html"));
		assertTrue(html.contains("Verwijderd door Kees") && html.contains(">uiteenlopende </del>") && html.contains(">drie </ins>"), html);
		// the internal nota shows the old redacted text as deleted (it shows redacted text anyway)
		assertTrue(html.contains("Zqoudeplek"), "the internal comparison shows what was there");

		Path published = folder.resolve("openbaar");
		CliRun publication = CliRun.of("generate", now.toString(), "--compare", old.toString(), "--publication", "-o", published.toString());
		assertEquals(0, publication.exitCode(), publication.out() + publication.err());
		for (String file : outputFiles(published)) {
			byte[] bytes = Files.readAllBytes(published.resolve(file));
			String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) + unzipped(bytes);
			assertTrue(!text.contains("Zqoud") && !text.contains("Vries"), file + " shows redacted text");
		}
		assertTrue(Files.readString(published.resolve("dmm.openbaar.wijzigingen.html")).contains(">uiteenlopende </del>"));

		CliRun two = CliRun.of("generate", CliRun.examples().toString(), "--compare", old.toString());
		assertEquals(2, two.exitCode(), "--compare takes one note");

		// the earlier version from Git: the same comparison
		Path repository = Files.createDirectories(folder.resolve("git"));
		Path note = Files.writeString(repository.resolve("dmm.nota"), Files.readString(old));
		git(repository, "init", "-q");
		git(repository, "add", ".");
		git(repository, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "eerste");
		Files.writeString(note, Files.readString(now));
		Path fromGit = folder.resolve("uit-git");
		CliRun rev = CliRun.of("generate", note.toString(), "--compare-rev", "HEAD", "--author", "Kees", "--format", "html", "-o", fromGit.toString());
		assertEquals(0, rev.exitCode(), rev.out() + rev.err());
		assertEquals(html, Files.readString(fromGit.resolve("dmm.nota.wijzigingen.html")), "the same changes as from the file");
		CliRun unknown = CliRun.of("generate", note.toString(), "--compare-rev", "HEAD~3", "-o", fromGit.toString());
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.out().contains("error: Git kent HEAD~3:dmm.nota niet"), unknown.out());
	}

	/** The text of every entry of a zip (DOCX, ODT), or nothing for another file. */
	private static String unzipped(byte[] bytes) throws Exception {
		StringBuilder text = new StringBuilder();
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				text.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

	private static void git(Path folder, String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		Process git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		String output = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertEquals(0, git.waitFor(), String.join(" ", command) + ": " + output);
	}
}
