package nl.nota.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import nl.nota.cli.Main;

/**
 * On-demand benchmark (not part of the test suite): DOCX generation by {@code nota generate} for the
 * examples and for N synthetic notes of realistic size, against pandoc converting the same content as
 * Markdown to DOCX, measured side by side in one run. Run it with releng/scripts/benchmark-generate.sh.
 */
public final class GenerateBenchmark {

	private static final String[] WORDS = ("de het een van en in op te met voor dat is zijn wordt aan over bij door ook als "
			+ "Kamer minister bondgenoten afspraken uitvoering defensie luchtverdediging capaciteit verdediging steun "
			+ "Oekraïne financiële gevolgen juridische overwegingen communicatie planning kosten raming programma "
			+ "samenwerking Europese productie materieel inzet bijeenkomst agenda besluit advies kabinet").split(" ");

	private GenerateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Main.quietLog4j();
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		Path work = Files.createTempDirectory("nota-bench");
		Path examples = Paths.get(args.length > 1 ? args[1] : "examples");
		Path notes = Files.createDirectories(work.resolve("notes"));
		Path markdown = Files.createDirectories(work.resolve("markdown"));
		Random random = new Random(42);
		for (int i = 0; i < count; i++) {
			Synthetic note = synthetic(random, i);
			Files.writeString(notes.resolve("nota-" + i + ".nota"), note.nota(), StandardCharsets.UTF_8);
			Files.writeString(markdown.resolve("nota-" + i + ".md"), note.markdown(), StandardCharsets.UTF_8);
		}
		System.out.printf("work folder: %s%n", work);
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

		// warm-up on the examples, then the examples measured on their own
		run(quiet, examples.toString(), work.resolve("warmup"));
		long examplesNanos = run(quiet, examples.toString(), work.resolve("examples-out"));
		System.out.printf("examples: %d ms for the notes in %s (DOCX, letter and nota)%n", examplesNanos / 1_000_000, examples);

		long notaNanos = run(quiet, notes.toString(), work.resolve("nota-out"));
		long documents = Files.list(work.resolve("nota-out")).count();
		System.out.printf("nota generate: %d notes -> %d DOCX in %.2f s = %.1f notes/s%n", count, documents, notaNanos / 1e9,
				count / (notaNanos / 1e9));

		Path pandocOut = Files.createDirectories(work.resolve("pandoc-out"));
		long start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			Process process = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "docx", "-o",
					pandocOut.resolve("nota-" + i + ".docx").toString(), markdown.resolve("nota-" + i + ".md").toString())
					.inheritIO().start();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("pandoc failed on nota-" + i + ".md");
			}
		}
		long pandocNanos = System.nanoTime() - start;
		System.out.printf("pandoc:        %d notes -> %d DOCX in %.2f s = %.1f notes/s%n", count, count, pandocNanos / 1e9,
				count / (pandocNanos / 1e9));
		System.out.printf("ratio: nota generate is %.1f x pandoc's throughput (target: >= 10 x)%n",
				(double) pandocNanos / notaNanos);
	}

	private static long run(PrintStream quiet, String input, Path out) {
		long start = System.nanoTime();
		int code = Main.run(List.of("generate", input, "-o", out.toString(), "--format", "docx"), quiet, quiet);
		if (code != 0) {
			throw new IllegalStateException("nota generate failed for " + input);
		}
		return System.nanoTime() - start;
	}

	private record Synthetic(String nota, String markdown) {
	}

	/** A beslisnota with a Kamerbrief of about the seed's size: 5 sections, 4 points, ~900 words in all. */
	private static Synthetic synthetic(Random random, int n) {
		StringBuilder nota = new StringBuilder();
		StringBuilder md = new StringBuilder();
		String subject = "Synthetische nota " + n + " over " + sentence(random, 4);
		nota.append("beslisnota: ").append(subject).append("\nministerie: Defensie\naan: de minister\n")
				.append("van: DE DIRECTEUR-GENERAAL BELEID\ndatum: 30 september 2025\nkenmerk: BS").append(n).append("\n\n");
		md.append("# Beslisnota: ").append(subject).append("\n\nAan: de minister  \nVan: DE DIRECTEUR-GENERAAL BELEID  \n")
				.append("Datum: 30 september 2025\n\n");
		section(nota, md, "# ", "Aanleiding", paragraphs(random, 2, 60));
		section(nota, md, "# ", "Geadviseerd besluit", paragraphs(random, 1, 40));
		nota.append("# Kernpunten\n");
		md.append("## Kernpunten\n\n");
		for (int i = 0; i < 4; i++) {
			String point = sentence(random, 35);
			nota.append("- ").append(point).append('\n');
			md.append("- ").append(point).append('\n');
		}
		nota.append('\n');
		md.append('\n');
		nota.append("# Toelichting\n");
		md.append("## Toelichting\n\n");
		section(nota, md, "## ", "Financiële overwegingen", paragraphs(random, 1, 50));
		section(nota, md, "## ", "Juridische overwegingen", paragraphs(random, 1, 40));
		section(nota, md, "## ", "Communicatie", paragraphs(random, 1, 30));
		nota.append("\nkamerbrief: ").append(subject).append("\naan: de Voorzitter van de Tweede Kamer der Staten-Generaal\n")
				.append("datum: 3 oktober 2025\nfunctie: De minister van Defensie\nondertekenaar: R.P. Brekelmans\nkenmerk: K")
				.append(n).append("\n\n").append(paragraphs(random, 1, 50).get(0)).append("\n\n");
		md.append("# Kamerbrief: ").append(subject).append("\n\n");
		for (int s = 0; s < 3; s++) {
			section(nota, md, "# ", "Agendapunt " + (s + 1), paragraphs(random, 2, 70));
		}
		return new Synthetic(nota.toString(), md.toString());
	}

	private static void section(StringBuilder nota, StringBuilder md, String marker, String heading, List<String> paragraphs) {
		nota.append(marker).append(heading).append('\n');
		md.append(marker.equals("# ") ? "## " : "### ").append(heading).append("\n\n");
		for (String paragraph : paragraphs) {
			nota.append(paragraph).append("\n\n");
			md.append(paragraph).append("\n\n");
		}
	}

	private static List<String> paragraphs(Random random, int count, int words) {
		List<String> paragraphs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			paragraphs.add(sentence(random, words));
		}
		return paragraphs;
	}

	private static String sentence(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			String word = WORDS[random.nextInt(WORDS.length)];
			text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
			if (i % 12 == 11 && i < words - 1) {
				text.append('.');
			}
		}
		return text.append('.').toString();
	}
}
