package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code nota diff}: two versions of the seed note, compared per part and section as a reviewer reads them. */
class DiffCommandTest {

	private static String seed() throws Exception {
		return Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"), StandardCharsets.UTF_8);
	}

	/** {@code nota diff oud.nota nieuw.nota OPTIONS}, the two versions written into the folder. */
	private static CliRun diff(Path folder, String old, String now, String... options) throws Exception {
		Path oldFile = Files.writeString(folder.resolve("oud.nota"), old);
		Path newFile = Files.writeString(folder.resolve("nieuw.nota"), now);
		List<String> arguments = new java.util.ArrayList<>(List.of("diff", oldFile.toString(), newFile.toString()));
		arguments.addAll(List.of(options));
		return CliRun.of(arguments.toArray(String[]::new));
	}

	/** The seed note as it was, and as the author changed it after the head of unit's review. */
	private static String[] versions() throws Exception {
		String seed = seed();
		String old = seed.replace("## Financiële overwegingen\nUit de geannoteerde agenda volgen geen financiële consequenties.\n\n", "");
		String now = seed.replace("datum: 30 september 2025", "datum: 2 oktober 2025")
				.replace("spreken de bondgenoten over uiteenlopende onderwerpen", "spreken de bondgenoten over drie onderwerpen")
				.replace("DCo verzorgt communicatie/persmomenten rondom de DMM.",
						"DCo verzorgt communicatie/persmomenten rondom de DMM.\n\nEr komt geen persbericht.");
		// in the letter, the Ukraine section moves above the one before it
		int ukraine = now.indexOf("# Ukraine Defence Contact Group");
		int danish = now.indexOf("# Nederlandse bijdrage");
		int strengthening = now.indexOf("# Versterking van de afschrikking");
		now = now.substring(0, strengthening) + now.substring(ukraine, danish) + now.substring(strengthening, ukraine)
				+ now.substring(danish);
		return new String[] { old, now };
	}

	@Test
	void twoVersionsOfTheSeedReadAtAGlance(@TempDir Path folder) throws Exception {
		String[] versions = versions();
		Path old = Files.writeString(folder.resolve("oud.nota"), versions[0]);
		Path now = Files.writeString(folder.resolve("nieuw.nota"), versions[1]);
		CliRun run = CliRun.of("diff", old.toString(), now.toString());
		assertEquals(1, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(List.of(
				old + " → " + now,
				"beslisnota",
				"  datum: 30 september 2025 → 2 oktober 2025",
				"  Kernpunten: gewijzigd",
				"    punt 3 gewijzigd: … spreken de bondgenoten over [-uiteenlopende-] {+drie+} onderwerpen omtrent afschrikking en …",
				"  Toelichting › Financiële overwegingen: nieuw",
				"  Toelichting › Communicatie: gewijzigd",
				"    alinea 2 nieuw: {+Er komt geen persbericht.+}",
				"kamerbrief",
				// two sections swapped: the one that went up moved
				"  Ukraine Defence Contact Group: verplaatst"), lines, run.out());
		// the same as JSON, for tools
		CliRun json = CliRun.of("diff", old.toString(), now.toString(), "--format", "json");
		assertEquals(1, json.exitCode(), json.err());
		JsonObject result = JsonParser.parseString(json.out()).getAsJsonObject();
		JsonObject nota = result.getAsJsonArray("parts").get(0).getAsJsonObject();
		assertEquals("beslisnota", nota.get("kind").getAsString());
		assertEquals("2 oktober 2025", nota.getAsJsonArray("fields").get(0).getAsJsonObject().get("new").getAsString());
		JsonObject kernpunten = nota.getAsJsonArray("sections").get(0).getAsJsonObject();
		assertEquals("changed", kernpunten.get("change").getAsString());
		assertEquals("{\"op\":\"deleted\",\"text\":\"uiteenlopende\"}",
				kernpunten.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonArray("words").get(1).toString());
		// the same version: nothing, exit 0
		CliRun same = CliRun.of("diff", now.toString(), now.toString());
		assertEquals(0, same.exitCode());
		assertTrue(same.out().contains("Geen verschillen"), same.out());
	}

	@Test
	void aParagraphAddedAboveLeavesTheRestUnchanged(@TempDir Path folder) throws Exception {
		String seed = seed();
		String now = seed.replace("# Aanleiding\n", "# Aanleiding\nEen nieuwe eerste alinea.\n\n");
		List<String> lines = diff(folder, seed, now).out().lines().toList();
		assertEquals(List.of("beslisnota", "  Aanleiding: gewijzigd", "    alinea 1 nieuw: {+Een nieuwe eerste alinea.+}"),
				lines.subList(1, lines.size()));
	}

	@Test
	void aHeadingRenamedToItsOtherNameIsTheSameSection(@TempDir Path folder) throws Exception {
		String seed = seed();
		// the beslisnota type knows "Advies" as another heading of Geadviseerd besluit
		String now = seed.replace("# Geadviseerd besluit\n", "# Advies\n");
		CliRun run = diff(folder, seed, now);
		assertEquals(1, run.exitCode(), run.out());
		assertEquals(List.of("beslisnota", "  Advies: kop gewijzigd (kop was 'Geadviseerd besluit')"),
				run.out().lines().toList().subList(1, 3), run.out());
		assertEquals(3, run.out().lines().count(), "its text is the same: nothing else");
	}

	@Test
	void aVersionInGitAgainstTheFile(@TempDir Path folder) throws Exception {
		String[] versions = versions();
		Path note = Files.writeString(folder.resolve("nota.nota"), versions[0]);
		git(folder, "init", "-q");
		git(folder, "add", "nota.nota");
		git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "eerste versie");
		Files.writeString(note, versions[1]);
		CliRun run = CliRun.of("diff", "--rev", "HEAD", note.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().startsWith("HEAD:nota.nota → " + note + "\nbeslisnota\n  datum: 30 september 2025 → 2 oktober 2025"),
				run.out());
		CliRun unknown = CliRun.of("diff", "--rev", "HEAD~5", note.toString());
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("Git kent HEAD~5:nota.nota niet"), unknown.err());
		CliRun usage = CliRun.of("diff", note.toString());
		assertEquals(2, usage.exitCode());
	}

	private static void git(Path folder, String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, output);
	}
}
