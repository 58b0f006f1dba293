package nl.nota.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

	@TempDir
	Path folder;

	private Path seed() throws Exception {
		Path copy = folder.resolve("beslisnota-dmm-2025-10-15.txt");
		Files.copy(CliRun.examples().resolve("import/beslisnota-dmm-2025-10-15.txt"), copy);
		return copy;
	}

	@Test
	void theSeedImportsToABeslisnotaThatValidates() throws Exception {
		Path seed = seed();
		CliRun run = CliRun.of("import", seed.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		Path result = folder.resolve("beslisnota-dmm-2025-10-15.nota");
		String note = Files.readString(result);
		assertTrue(note.contains("\nbeslisnota:\nvan: DE DIRECTEUR-GENERAAL BELEID\n"), note);
		assertTrue(note.contains("\n# Toelichting\n## Financiële overwegingen\nUit de geannoteerde agenda volgen geen financiële consequenties.\n"), note);
		assertTrue(note.contains("\n- Denemarken heeft Nederland verzocht"), note);
		assertTrue(run.err().contains("Notasoort 'beslisnota' afgeleid uit de koppen."), run.err());
		CliRun validate = CliRun.of("validate", result.toString());
		assertEquals(0, validate.exitCode(), validate.out());
	}

	@Test
	void nothingOfTheSeedIsLost() throws Exception {
		Path seed = seed();
		CliRun.of("import", seed.toString());
		String note = Files.readString(folder.resolve("beslisnota-dmm-2025-10-15.nota"));
		// a word broken over two lines ("anti- / drone") comes back whole, hyphen kept
		List<String> before = words(Files.readString(seed).replace("«", " ").replaceAll("(\\p{L})-\\s+(\\p{Ll})", "$1-$2"));
		List<String> after = words(note.lines().filter(line -> !line.startsWith("//"))
				.map(line -> line.replaceFirst("^(#+|-|beslisnota:|van:)\\s*", "")).reduce("", (a, b) -> a + "\n" + b));
		assertEquals(before, after);
	}

	@Test
	void missingPartsBecomeErrorsNotInventions() throws Exception {
		Path text = folder.resolve("kort.txt");
		Files.writeString(text, "Aanleiding\nEr is iets gebeurd.\n\nGeadviseerd besluit\nIn te stemmen.\n");
		CliRun run = CliRun.of("import", text.toString(), "-o", folder.resolve("uit/kort.nota").toString());
		assertEquals(1, run.exitCode(), run.out());
		assertTrue(run.out().contains("De sectie 'Kernpunten' ontbreekt"), run.out());
		assertTrue(run.out().contains("Het veld 'van' (Van) ontbreekt"), run.out());
		String note = Files.readString(folder.resolve("uit/kort.nota"));
		assertTrue(!note.contains("# Kernpunten"), note);
	}

	@Test
	void unknownPartsAreKeptAsText() throws Exception {
		Path text = folder.resolve("vrij.txt");
		Files.writeString(text, "Voorwoord van de directeur {met accolades} en *sterren*\n\nAanleiding\nReden.\n");
		CliRun.of("import", text.toString(), "--kind", "informatienota");
		String note = Files.readString(folder.resolve("vrij.nota"));
		assertTrue(note.contains("Voorwoord van de directeur \\{met accolades\\} en \\*sterren\\*"), note);
		CliRun validate = CliRun.of("validate", folder.resolve("vrij.nota").toString());
		assertTrue(validate.out().contains("[nota.text-outside-section]"), validate.out());
	}

	@Test
	void anExistingNoteIsNeverOverwritten() throws Exception {
		Path seed = seed();
		Path existing = folder.resolve("beslisnota-dmm-2025-10-15.nota");
		Files.writeString(existing, "mijn eigen werk\n");
		CliRun run = CliRun.of("import", seed.toString());
		assertEquals(2, run.exitCode());
		assertEquals("mijn eigen werk\n", Files.readString(existing));
		assertEquals(0, CliRun.of("import", seed.toString(), "--force").exitCode());
	}

	@Test
	void aNonUtf8SourceWritesNothing() throws Exception {
		Path text = folder.resolve("oud.txt");
		Files.write(text, "Aanleiding\nFinanci\u00eble steun\n".getBytes(StandardCharsets.ISO_8859_1));
		CliRun run = CliRun.of("import", text.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.out().contains("geen UTF-8"), run.out());
		assertTrue(Files.notExists(folder.resolve("oud.nota")));
	}

	/**
	 * A nota as other ministries publish it: "Ministerie van ...", "Nota", the labels on their own line with
	 * the value under them, no "Geadviseerd besluit" (an informatienota), the sender in capitals at the end.
	 */
	@Test
	void thePublishedHeaderOfANotaBecomesItsFieldsAndKind() throws Exception {
		Path text = folder.resolve("gevangeniswezen.txt");
		Files.copy(CliRun.examples().resolve("import/informatienota-jenv-gevangeniswezen.txt"), text);
		CliRun run = CliRun.of("import", text.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String note = Files.readString(folder.resolve("gevangeniswezen.nota"));
		assertTrue(note.contains("""
				informatienota: Capaciteit van het gevangeniswezen in 2026
				ministerie: Justitie en Veiligheid
				aan: de minister van Justitie en Veiligheid
				van: de directeur-generaal Straffen en Beschermen
				datum: 12 november 2025
				kenmerk: 6512345
				"""), note);
		assertTrue(note.contains("// Ondertekening: DE DIRECTEUR-GENERAAL STRAFFEN EN BESCHERMEN"), note);
		assertTrue(run.err().contains("Notasoort 'informatienota' afgeleid uit de koppen."), run.err());
		assertEquals(0, CliRun.of("validate", folder.resolve("gevangeniswezen.nota").toString()).exitCode());
		assertEquals(words(normalizeSource(Files.readString(text))), words(normalizeNote(note)));
	}

	@Test
	void aPublishedLetterImportsAsAKamerbriefWithItsAddresseeDateSubjectSectionsAndSigner() throws Exception {
		Path text = folder.resolve("ondermijning.txt");
		Files.copy(CliRun.examples().resolve("import/kamerbrief-jenv-ondermijning.txt"), text);
		CliRun run = CliRun.of("import", text.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String note = Files.readString(folder.resolve("ondermijning.nota"));
		assertTrue(note.contains("""
				kamerbrief: Voortgang aanpak ondermijning
				aan: de Voorzitter van de Tweede Kamer der Staten-Generaal
				datum: 14 november 2025
				functie: De Minister van Justitie en Veiligheid
				ondertekenaar: D.M. van Weel
				"""), note);
		assertTrue(note.contains("\n# Resultaten in de regio\nDe regionale") && note.contains("\n# Plannen voor 2026\n"), note);
		assertTrue(note.contains("// Adresregel: Postbus 20018"), note);
		CliRun validate = CliRun.of("validate", folder.resolve("ondermijning.nota").toString());
		assertTrue(!validate.out().contains("error"), validate.out());
		assertEquals(words(normalizeSource(Files.readString(text))), words(normalizeNote(note)));
	}

	/** The source's words without the header's labels, which become keys. */
	private static String normalizeSource(String text) {
		return text.lines().filter(line -> !line.strip().matches("(?i)aan|van|datum|kenmerk|onderwerp|nota"))
				.map(line -> line.replaceFirst("^(Datum|Betreft|Aan) ", "").replaceFirst("^Ministerie van ", "").replace("•", " "))
				.reduce("", (a, b) -> a + "\n" + b);
	}

	/** The note's words without its keys, markers and the import's own first comment line. */
	private static String normalizeNote(String note) {
		return note.lines().skip(1).map(line -> line.replaceFirst("^// (Adresregel|Ondertekening): ", "").replaceFirst("^// ", "")
				.replaceFirst("^(#+|-|[a-z-]+:)\\s*", "")).reduce("", (a, b) -> a + "\n" + b);
	}

	/**
	 * Generate → import → validate: the DOCX of the seed's nota and Kamerbrief come back as notes that
	 * validate, with every section (by heading) and every word of the body, the header fields, the footnote
	 * and the redactions.
	 */
	@Test
	void aDocxRoundTripKeepsEverySectionWordAndField() throws Exception {
		Path original = folder.resolve("dmm.nota");
		Files.copy(CliRun.examples().resolve("dmm-2025-10-15.nota"), original);
		assertEquals(0, CliRun.of("generate", original.toString(), "--format", "docx", "-o", folder.toString()).exitCode());
		String source = Files.readString(original);
		String notaSource = source.substring(0, source.indexOf("\nkamerbrief:"));
		String letterSource = source.substring(source.indexOf("\nkamerbrief:"));
		for (String[] roundTrip : new String[][] { { "dmm.nota.docx", notaSource }, { "dmm.kamerbrief.docx", letterSource } }) {
			Path docx = folder.resolve(roundTrip[0]);
			Path imported = folder.resolve(roundTrip[0].replace(".docx", ".terug.nota"));
			CliRun run = CliRun.of("import", docx.toString(), "-o", imported.toString());
			assertEquals(0, run.exitCode(), run.out() + run.err());
			String note = Files.readString(imported);
			assertEquals(headings(roundTrip[1]), headings(note), note);
			assertEquals(words(bodyText(roundTrip[1])), words(bodyText(note)), note);
			assertEquals(0, CliRun.of("validate", imported.toString()).exitCode(), note);
		}
		String nota = Files.readString(folder.resolve("dmm.nota.terug.nota"));
		for (String field : List.of("aan: de minister", "van: DE DIRECTEUR-GENERAAL BELEID", "datum: 30 september 2025",
				"kenmerk: BS2025027315", "steller: {lak 5.1.2e: J. de Vries}", "ondertekenaar: {lak 5.1.2e: mr. A.B. Jansen}",
				"beslisnota: Geannoteerde agenda DMM 15 oktober 2025")) {
			assertTrue(nota.contains("\n" + field + "\n"), () -> field + " missing:\n" + nota);
		}
		String letter = Files.readString(folder.resolve("dmm.kamerbrief.terug.nota"));
		for (String field : List.of("aan: de Voorzitter van de Tweede Kamer der Staten-Generaal", "datum: 3 oktober 2025",
				"kenmerk: BS2025027316", "functie: De minister van Defensie", "ondertekenaar: R.P. Brekelmans")) {
			assertTrue(letter.contains("\n" + field + "\n"), () -> field + " missing:\n" + letter);
		}
		assertTrue(letter.replaceAll("\\s+", " ").contains("{voetnoot: Kamerstuk 28 676, nr. 500.}"), letter);
	}

	/**
	 * A Word document that another program wrote: LibreOffice saves the OCW letter (from our ODT) as DOCX,
	 * with its own styles, numbering and footnotes; the import gives back its sections, table, footnotes
	 * and link, and the note validates.
	 */
	@Test
	void aDocxWrittenByLibreOfficeImportsWithItsStructure() throws Exception {
		Path original = folder.resolve("ocw.nota");
		Files.copy(CliRun.examples().resolve("ocw-lerarentekort-2025.nota"), original);
		assertEquals(0, CliRun.of("generate", original.toString(), "--format", "odt", "-o", folder.toString()).exitCode());
		Path converted = folder.resolve("lo");
		Process soffice = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + folder.resolve("profiel"),
				"--convert-to", "docx:MS Word 2007 XML", "--outdir", converted.toString(), folder.resolve("ocw.kamerbrief.odt").toString())
				.redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
		assertTrue(soffice.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) && soffice.exitValue() == 0, Files.readString(folder.resolve("soffice.log")));
		Path docx = converted.resolve("ocw.kamerbrief.docx");
		Path imported = folder.resolve("terug.nota");
		CliRun run = CliRun.of("import", docx.toString(), "-o", imported.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		String note = Files.readString(imported);
		String letter = Files.readString(original).substring(Files.readString(original).indexOf("\nkamerbrief:"));
		assertEquals(headings(letter), headings(note), note);
		assertTrue(note.contains("| Amsterdam | 1.420 | 1.350 | 15,8 % |") && note.contains(": Tekort aan leraren in het primair onderwijs"), note);
		assertTrue(note.replaceAll("\\s+", " ").contains("informeren.{voetnoot: Kamerstuk 27 923, nr. 480.}"), note);
		assertTrue(note.contains("{link het team Lerarenbeleid | mailto:leraren@minocw.nl}"), note);
		assertTrue(CliRun.of("validate", imported.toString()).out().lines().noneMatch(line -> line.contains(": error:")), note);
		assertEquals(words(bodyText(letter)), words(bodyText(note)), note);
	}

	/** A bar in a table cell comes back as one escaped bar, not as a backslash and a cell border. */
	@Test
	void aBarInATableCellSurvivesTheRoundTrip() throws Exception {
		Path original = folder.resolve("balk.nota");
		Files.writeString(original, Files.readString(CliRun.examples().resolve("ocw-lerarentekort-2025.nota"))
				.replace("| Utrecht | 390 |", "| Utrecht \\| Amersfoort | 390 |"));
		assertEquals(0, CliRun.of("generate", original.toString(), "--format", "docx", "-o", folder.toString()).exitCode());
		Path imported = folder.resolve("balk.terug.nota");
		CliRun run = CliRun.of("import", folder.resolve("balk.kamerbrief.docx").toString(), "-o", imported.toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(Files.readString(imported).contains("| Utrecht \\| Amersfoort | 390 | 360 | 10,2 % |"), Files.readString(imported));
	}

	/** A Word document that is not one is a diagnostic, and nothing is written. */
	@Test
	void aBrokenDocxWritesNothing() throws Exception {
		Path docx = folder.resolve("kapot.docx");
		Files.writeString(docx, "dit is geen zip");
		CliRun run = CliRun.of("import", docx.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.out().contains("kapot.docx:1:1: error:") && run.out().contains("[nota.unreadable]"), run.out());
		assertTrue(Files.notExists(folder.resolve("kapot.nota")));
	}

	private static List<String> headings(String note) {
		return note.lines().filter(line -> line.startsWith("#")).map(String::strip).toList();
	}

	/** The running text from the first heading on (or after the header), without markup, keys and comments. */
	private static String bodyText(String note) {
		List<String> lines = note.lines().filter(line -> !line.startsWith("//")).toList();
		int start = 0;
		while (start < lines.size() && !lines.get(start).isBlank()) {
			start++; // the header block, up to the first blank line after the part line
		}
		while (start < lines.size() && lines.get(start).isBlank() || start < lines.size() && lines.get(start).matches("[a-z-]+:.*")) {
			start++;
		}
		return String.join("\n", lines.subList(start, lines.size())).replaceAll("\\{kamerstuk ([^}]*)}", "Kamerstuk $1")
				.replace("{kamerbrief}", "kamerbrief").replaceAll("\\{lak [^:}]*: ", "").replaceAll("\\{voetnoot: ?", " ")
				.replace("}", "").replace("*", "").replaceAll("(?m)^\\s*(#+|-|\\d+\\.|[a-z]\\.)\\s", "")
				.replaceAll("(?m)^\\|[-:| ]+\\|$", "").replaceAll("(?m)^: ", "").replace("|", " ").replace("mailto:", "");
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.replace("\\", "").split("[\\s]+")) {
			// a trailing comma belongs to the layout ("De minister van X," above the signature)
			String bare = word.replaceAll(",$", "");
			if (!bare.isBlank()) {
				words.add(bare.toLowerCase(Locale.ROOT));
			}
		}
		Collections.sort(words);
		return words;
	}

	/**
	 * #17: remarks round-trip: the internal nota's DOCX carries them as Word comments, and importing that
	 * document's comments into the note without them gives the note with them back, at the same words; a second
	 * import adds nothing; a remark whose words are gone is reported whole and the note stays as it is.
	 */
	@Test
	void commentsOfAReviewedDocxGoBackIntoTheSource() throws Exception {
		String seed = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"));
		String reviewed = seed.replace("in Brussel voor", "in Brussel {opmerking J. de Vries: of Mons?} voor")
				.replace("defensie-uitgaven te\nverhogen", "defensie-uitgaven te\nverhogen {opmerking Kees: in de brief?}")
				.replace("de Nederlandse bijdrage aan\nDenemarken op te nemen.", "de Nederlandse bijdrage aan\nDenemarken {opmerking Kees: welke bijdrage?} op te nemen.");
		assertTrue(reviewed.split("\\{opmerking", -1).length == 4, "three remarks: two in the nota, one in the letter");
		Path note = Files.writeString(folder.resolve("dmm.nota"), reviewed);
		CliRun generate = CliRun.of("generate", note.toString(), "--format", "docx", "-o", folder.resolve("uit").toString());
		assertEquals(0, generate.exitCode(), generate.out() + generate.err());
		Path docx = folder.resolve("uit/dmm.nota.docx");

		String without = reviewed.replace(" {opmerking J. de Vries: of Mons?}", "").replace(" {opmerking Kees: welke bijdrage?}", "");
		Files.writeString(note, without);
		CliRun imported = CliRun.of("import", "--comments", docx.toString(), note.toString());
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
		assertEquals(reviewed, Files.readString(note), imported.out());
		assertTrue(imported.out().contains("dmm.nota:17:75: opmerking van J. de Vries geplaatst: of Mons?"), imported.out());

		CliRun again = CliRun.of("import", "--comments", docx.toString(), note.toString());
		assertEquals(0, again.exitCode(), again.out() + again.err());
		assertEquals(reviewed, Files.readString(note));
		assertTrue(again.err().contains("0 opmerking(en) geplaatst, 2 stond(en) er al"), again.err());

		String rewritten = without.replace("Op 15 oktober 2025 komen de NAVO-ministers van Defensie bijeen in Brussel voor de Defence",
				"Half oktober vergaderen de ministers over de Defence");
		Files.writeString(note, rewritten);
		CliRun gone = CliRun.of("import", "--comments", docx.toString(), note.toString());
		assertEquals(1, gone.exitCode(), gone.out() + gone.err());
		assertTrue(gone.out().contains("niet geplaatst (de tekst 'Brussel' staat niet meer in de nota): opmerking van J. de Vries: of Mons?"),
				gone.out());
		assertTrue(Files.readString(note).contains("Denemarken {opmerking Kees: welke bijdrage?} op te nemen."), "the other one is placed");
	}

	/**
	 * #17: a reviewer's tracked changes in Word are proposals: {@code import --comments} shows each where it
	 * applies in the source (here the changes of a comparison, as a reviewer would have typed them), and changes
	 * nothing.
	 */
	@Test
	void trackedChangesOfAReviewedDocxAreShownWhereTheyApply() throws Exception {
		String seed = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"));
		Path source = Files.writeString(folder.resolve("dmm.nota"), seed);
		Path proposed = Files.writeString(folder.resolve("voorstel.nota"),
				seed.replace("spreken de bondgenoten over uiteenlopende onderwerpen", "spreken de bondgenoten over drie onderwerpen")
						.replace("datum: 30 september 2025", "datum: 2 oktober 2025"));
		CliRun generate = CliRun.of("generate", proposed.toString(), "--compare", source.toString(), "--author", "Kees", "--format", "docx",
				"-o", folder.resolve("uit").toString());
		assertEquals(0, generate.exitCode(), generate.out() + generate.err());

		CliRun imported = CliRun.of("import", "--comments", folder.resolve("uit/voorstel.nota.wijzigingen.docx").toString(), source.toString());
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
		int deleted = seed.indexOf("uiteenlopende") + "uiteenlopende".length();
		int line = (int) seed.substring(0, deleted).chars().filter(c -> c == '\n').count() + 1;
		int column = deleted - seed.lastIndexOf('\n', deleted - 1);
		assertTrue(imported.out().contains("dmm.nota:" + line + ":" + column + ": voorstel van Kees: schrappen [-uiteenlopende-]"), imported.out());
		int after = seed.indexOf("over uiteenlopende") + "over".length();
		assertTrue(imported.out().contains("dmm.nota:" + line + ":" + (after - seed.lastIndexOf('\n', after - 1)) + ": voorstel van Kees: invoegen {+drie+}"),
				imported.out());
		// a replacement at the start of a field: the new text stands where the old one was
		int date = seed.indexOf("30 september") + "30 september".length();
		String at = "dmm.nota:" + (seed.substring(0, date).chars().filter(c -> c == '\n').count() + 1) + ":" + (date - seed.lastIndexOf('\n', date - 1));
		assertTrue(imported.out().contains(at + ": voorstel van Kees: schrappen [-30 september-]")
				&& imported.out().contains(at + ": voorstel van Kees: invoegen {+2 oktober+}"), imported.out());
		assertTrue(imported.err().contains("4 wijzigingsvoorstel(len) hierboven"), imported.err());
		assertEquals(seed, Files.readString(source), "proposals are not applied");
	}

	/**
	 * #17: a change of ours the reviewer rejected in Word (the deleted word back, the new one gone) leaves the
	 * document's text other than the source's: {@code import --comments} shows that paragraph's difference at its
	 * place in the source, and changes nothing.
	 */
	@Test
	void aRejectedChangeShowsAsADifferenceWithTheSource() throws Exception {
		String seed = Files.readString(CliRun.examples().resolve("dmm-2025-10-15.nota"));
		Path old = Files.writeString(folder.resolve("oud.nota"), seed);
		String changed = seed.replace("spreken de bondgenoten over uiteenlopende onderwerpen", "spreken de bondgenoten over drie onderwerpen");
		Path now = Files.writeString(folder.resolve("dmm.nota"), changed);
		CliRun generate = CliRun.of("generate", now.toString(), "--compare", old.toString(), "--author", "Kees", "--format", "docx",
				"-o", folder.resolve("uit").toString());
		assertEquals(0, generate.exitCode(), generate.out() + generate.err());
		Path docx = folder.resolve("uit/dmm.nota.wijzigingen.docx");

		// the reviewer rejects both halves of the change in Word: the deletion is undone, the insertion removed
		byte[] rejected = rewriteEntry(Files.readAllBytes(docx), "word/document.xml", xml -> xml
				.replaceAll("<w:del [^>]*><w:r>(<w:rPr>.*?</w:rPr>)?<w:delText([^>]*)>uiteenlopende </w:delText></w:r></w:del>",
						"<w:r>$1<w:t$2>uiteenlopende </w:t></w:r>")
				.replaceAll("<w:ins [^>]*><w:r>(<w:rPr>.*?</w:rPr>)?<w:t[^>]*>drie </w:t></w:r></w:ins>", ""));
		Path reviewed = Files.write(folder.resolve("beoordeeld.docx"), rejected);

		CliRun imported = CliRun.of("import", "--comments", reviewed.toString(), now.toString());
		assertEquals(0, imported.exitCode(), imported.out() + imported.err());
		int paragraph = changed.indexOf("- Tijdens de DMM") + "- ".length();
		int line = (int) changed.substring(0, paragraph).chars().filter(c -> c == '\n').count() + 1;
		assertTrue(imported.out().contains("dmm.nota:" + line + ":"), imported.out());
		assertTrue(imported.out().contains("in het beoordeelde document staat deze alinea anders: ")
				&& imported.out().contains("over [-drie-] {+uiteenlopende+} onderwerpen"), imported.out());
		assertTrue(!imported.out().contains("voorstel van"), "no pending changes are left: " + imported.out());
		assertEquals(1, imported.out().lines().filter(l -> l.contains("staat deze alinea anders")).count(), imported.out());
		assertEquals(changed, Files.readString(now), "nothing is applied");
	}

	/** The zip with one entry's text rewritten. */
	private static byte[] rewriteEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> rewrite) throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip)); var zipped = new java.util.zip.ZipOutputStream(out)) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals(name)) {
					String rewritten = rewrite.apply(new String(bytes, StandardCharsets.UTF_8));
					assertTrue(!rewritten.equals(new String(bytes, StandardCharsets.UTF_8)), "the rewrite found its text");
					bytes = rewritten.getBytes(StandardCharsets.UTF_8);
				}
				zipped.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				zipped.write(bytes);
				zipped.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
