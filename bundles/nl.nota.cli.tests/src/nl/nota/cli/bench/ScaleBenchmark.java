package nl.nota.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import nl.nota.cli.Main;

/**
 * On-demand benchmark (not part of the test suite): how validation time grows with a note's size. Notes of
 * 1,000, 5,000, 20,000 and 50,000 lines (the last one just under the tool's 2 MB limit) are validated in
 * one JVM with {@code nota validate}, each three times after a warm-up; the median and the cost per line
 * are printed. A beslisnota with the seed's header and sections, its Toelichting grown with sub-sections
 * of Dutch prose in lines of about 40 characters. Run it with releng/scripts/benchmark-scale.sh.
 */
public final class ScaleBenchmark {

	private static final String[] WORDS = ("de het een van en in op te met voor dat is zijn wordt aan over bij door ook als "
			+ "minister bondgenoten afspraken uitvoering defensie luchtverdediging capaciteit verdediging steun "
			+ "financiële gevolgen juridische overwegingen communicatie planning kosten raming programma "
			+ "samenwerking productie materieel inzet bijeenkomst agenda besluit advies kabinet").split(" ");

	private ScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Main.configureLibraries();
		Path work = Files.createTempDirectory("nota-scale");
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		int[] sizes = { 1_000, 5_000, 20_000, 50_000, 61_000 }; // the last just under the 2 MB limit
		List<Path> notes = new ArrayList<>();
		for (int lines : sizes) {
			Path note = work.resolve("nota-" + lines + ".nota");
			Files.writeString(note, note(lines, new Random(lines)), StandardCharsets.UTF_8);
			notes.add(note);
		}
		// warm-up: the JIT and hunspell's cache of the words
		for (int i = 0; i < 3; i++) {
			time(quiet, notes.get(0));
		}
		time(quiet, notes.get(notes.size() - 1));
		System.out.printf("%-8s %10s %12s %14s%n", "lines", "bytes", "median ms", "µs per line");
		for (int i = 0; i < sizes.length; i++) {
			List<Long> runs = new ArrayList<>();
			for (int run = 0; run < 3; run++) {
				runs.add(time(quiet, notes.get(i)));
			}
			Collections.sort(runs);
			long median = runs.get(1);
			System.out.printf("%-8d %10d %12.1f %14.1f%n", sizes[i], Files.size(notes.get(i)), median / 1e6, median / 1e3 / sizes[i]);
		}
		// the worst case of that size: one markup left open after the header, so all prose after it is inside it
		String largest = Files.readString(notes.get(notes.size() - 1), StandardCharsets.UTF_8);
		int body = largest.indexOf("\n# ");
		Files.writeString(work.resolve("open-markup.nota"), largest.substring(0, body + 1) + "{lak 5.1.2e: " + largest.substring(body + 1),
				StandardCharsets.UTF_8);
		System.out.println("work folder: " + work);
	}

	private static long time(PrintStream quiet, Path note) {
		long start = System.nanoTime();
		int code = Main.run(List.of("validate", note.toString()), quiet, quiet);
		long nanos = System.nanoTime() - start;
		if (code == 2) {
			throw new IllegalStateException("nota validate could not read " + note);
		}
		return nanos;
	}

	/** A valid beslisnota of about {@code lines} lines. */
	static String note(int lines, Random random) {
		StringBuilder note = new StringBuilder("""
				beslisnota: Voortgang programma
				ministerie: Defensie
				aan: de minister
				van: DE DIRECTEUR-GENERAAL BELEID
				datum: 30 september 2025
				kenmerk: BS2025027315

				# Aanleiding
				De Kamer vraagt om een overzicht.

				# Geadviseerd besluit
				In te stemmen met de aanpak.

				# Kernpunten
				- De uitvoering ligt op schema.

				# Toelichting
				## Financiële overwegingen
				Geen.

				## Juridische overwegingen
				Geen.

				## Communicatie
				Geen.
				""");
		int written = (int) note.chars().filter(c -> c == '\n').count();
		int section = 0;
		while (written < lines - 2) {
			note.append("\n## Onderwerp ").append(++section).append('\n');
			written += 2;
			// paragraphs of three to eight short sentences, in lines of about 40 characters
			for (int paragraph = 0; paragraph < 10 && written < lines - 2; paragraph++) {
				StringBuilder line = new StringBuilder();
				int sentences = 3 + random.nextInt(6);
				for (int s = 0; s < sentences; s++) {
					int words = 6 + random.nextInt(10);
					for (int w = 0; w < words; w++) {
						String word = WORDS[random.nextInt(WORDS.length)];
						if (w == 0) {
							word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
						}
						if (line.length() + word.length() > 40) {
							note.append(line.toString().strip()).append('\n');
							written++;
							line.setLength(0);
						}
						line.append(word).append(w == words - 1 ? ". " : " ");
					}
				}
				note.append(line.toString().strip()).append("\n\n");
				written += 2;
			}
		}
		return note.toString();
	}
}
