package nl.nota.cli.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the notes for the on-demand batch benchmark (releng/scripts/benchmark-generate.sh, not part of the
 * test suite): COUNT synthetic notes of the seed's size into FOLDER/notes, and the same content as Markdown for
 * pandoc twice: one file per note (nota and letter in one) in FOLDER/markdown, and one file per document, as
 * {@code nota} makes them (FOLDER/markdown-documents: NAME.nota.md and NAME.kamerbrief.md; how issue #15
 * measured pandoc). The script then times {@code ./nota generate} and pandoc on them side by side, as whole
 * processes, as a user would run them.
 */
public final class GenerateBenchmark {

	private static final String[] WORDS = ("de het een van en in op te met voor dat is zijn wordt aan over bij door ook als "
			+ "Kamer minister bondgenoten afspraken uitvoering defensie luchtverdediging capaciteit verdediging steun "
			+ "Oekraïne financiële gevolgen juridische overwegingen communicatie planning kosten raming programma "
			+ "samenwerking Europese productie materieel inzet bijeenkomst agenda besluit advies kabinet").split(" ");

	private GenerateBenchmark() {
	}

	/** Arguments: COUNT FOLDER. */
	public static void main(String[] args) throws Exception {
		int count = Integer.parseInt(args[0]);
		Path work = Paths.get(args[1]);
		Path notes = Files.createDirectories(work.resolve("notes"));
		Path markdown = Files.createDirectories(work.resolve("markdown"));
		Path documents = Files.createDirectories(work.resolve("markdown-documents"));
		Random random = new Random(42);
		for (int i = 0; i < count; i++) {
			Synthetic note = synthetic(random, i);
			Files.writeString(notes.resolve("nota-" + i + ".nota"), note.nota(), StandardCharsets.UTF_8);
			Files.writeString(markdown.resolve("nota-" + i + ".md"), note.markdown(), StandardCharsets.UTF_8);
			int letter = note.markdown().indexOf(LETTER);
			Files.writeString(documents.resolve("nota-" + i + ".nota.md"), note.markdown().substring(0, letter), StandardCharsets.UTF_8);
			Files.writeString(documents.resolve("nota-" + i + ".kamerbrief.md"), note.markdown().substring(letter), StandardCharsets.UTF_8);
		}
	}

	private static final String LETTER = "# Kamerbrief: ";

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
		String opening = paragraphs(random, 1, 50).get(0);
		nota.append("\nkamerbrief: ").append(subject).append("\naan: de Voorzitter van de Tweede Kamer der Staten-Generaal\n")
				.append("datum: 3 oktober 2025\nfunctie: De minister van Defensie\nondertekenaar: R.P. Brekelmans\nkenmerk: K")
				.append(n).append("\n\n").append(opening).append("\n\n");
		md.append(LETTER).append(subject).append("\n\n").append(opening).append("\n\n");
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
