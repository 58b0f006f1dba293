package nl.nota.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the key items of a letter stand on its pages, read from a PDF with poppler's {@code pdftotext
 * -bbox}: a concept's banner, the logo, the return address, the addressee, Datum, Betreft, the first line of the body, the top
 * of the reference column, and the signer's name. Positions in millimetres from the page's top left.
 */
final class PageLayout {

	/** One word where it stands: page (from 1), left and top edge in mm. */
	record Word(int page, double x, double y, String text) {
	}

	private static final Pattern PAGE = Pattern.compile("<page [^>]*>(.*?)</page>", Pattern.DOTALL);
	private static final Pattern WORD = Pattern.compile(
			"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"[\\d.]+\">(.*?)</word>");
	private static final double MM_PER_POINT = 25.4 / 72;
	/** Left of this is the text column, right of it the reference column (which starts at 142 mm). */
	private static final double COLUMN_BORDER = 138;

	final int pages;
	final Map<String, Word> items = new LinkedHashMap<>();
	/** A nota's head: its title (the first word below the logo, in the text's first column) and its first entry. */
	final Map<String, Word> nota = new LinkedHashMap<>();

	private PageLayout(List<List<Word>> pages) {
		this.pages = pages.size();
		List<Word> first = pages.get(0);
		// a concept's banner, above the logo
		put("concept", first(first, w -> w.text().equals("CONCEPT") && w.y() < 10));
		put("logo", first(first, w -> w.text().equals("Ministerie") && w.y() < 40));
		put("retouradres", first(first, w -> w.text().contains("Retouradres")));
		put("geadresseerde", first(first, w -> w.text().equals("Aan") && w.x() < COLUMN_BORDER));
		put("Datum", first(first, w -> w.text().equals("Datum") && w.x() < COLUMN_BORDER));
		put("Betreft", first(first, w -> w.text().equals("Betreft") && w.x() < COLUMN_BORDER));
		Word subject = items.get("Betreft");
		put("eerste regel", first(first, w -> subject != null && w.y() > subject.y() + 5 && w.x() < COLUMN_BORDER));
		put("referentiekolom", first.stream().filter(w -> w.x() >= COLUMN_BORDER && w.y() > 40 && w.y() < 250)
				.min(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x)));
		// a nota's logo: the ministry's name right of the page's centre (below a concept's banner, which can be long)
		Optional<Word> notaLogo = first(first, w -> w.text().equals("Ministerie") && w.x() > 100 && w.x() < COLUMN_BORDER);
		notaLogo.ifPresent(found -> nota.put("logo", found));
		first(first, w -> notaLogo.isPresent() && w.y() > notaLogo.get().y() + 5 && w.x() < 30).ifPresent(found -> nota.put("titel", found));
		first(first, w -> w.text().equals("Aan") && w.x() < 30).ifPresent(found -> nota.put("Aan", found));
		List<Word> last = pages.get(pages.size() - 1);
		put("ondertekenaar", last.stream().filter(w -> w.x() < COLUMN_BORDER - 10 && w.y() < 265)
				.max(Comparator.comparingDouble(Word::y).thenComparingDouble(w -> -w.x())));
	}

	private void put(String key, Optional<Word> word) {
		word.ifPresent(found -> items.put(key, found));
	}

	private static Optional<Word> first(List<Word> words, Predicate<Word> test) {
		return words.stream().filter(test).findFirst();
	}

	static PageLayout of(Path pdf) throws IOException, InterruptedException {
		String boxes = Tools.run(pdf.getParent(), "pdftotext", "-bbox", pdf.toString(), "-");
		List<List<Word>> pages = new ArrayList<>();
		Matcher page = PAGE.matcher(boxes);
		while (page.find()) {
			List<Word> words = new ArrayList<>();
			Matcher word = WORD.matcher(page.group(1));
			while (word.find()) {
				words.add(new Word(pages.size() + 1, Double.parseDouble(word.group(1)) * MM_PER_POINT,
						Double.parseDouble(word.group(2)) * MM_PER_POINT, word.group(3)));
			}
			pages.add(words);
		}
		if (pages.isEmpty()) {
			throw new IllegalStateException("no pages in " + pdf);
		}
		return new PageLayout(pages);
	}

	/** Running the office and text tools the checks need. */
	static final class Tools {

		private Tools() {
		}

		static String run(Path folder, String... command) throws IOException, InterruptedException {
			Path log = Files.createTempFile(folder, "out", ".txt");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " did not finish in 180 s");
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Files.delete(log);
			if (process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
			}
			return output;
		}
	}
}
