package nl.nota.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three paper formats keep the same page layout: LibreOffice lays out every letter's DOCX and ODT as
 * PDF, and the key items (logo, return address, addressee, Datum, Betreft, first line of the body, the
 * reference column, the signer; a concept's banner) stand where the PDF renderer puts them, on the same page, and the letters
 * have the same number of pages. The head of the first page must agree within 3 mm. The signer, after
 * pages of text that two layout engines break into lines each in their own way, must stand on the same
 * page within 6 mm (a line is 4.8 mm).
 */
class LayoutConsistencyTest {

	private static final double HEAD = 3;
	private static final double SIGNER = 6;

	private static Path docxPdfs;
	private static Path odtPdfs;

	/** The letters, without the publication run's copies (the same letters). */
	static Stream<Path> letters() {
		return internal(".kamerbrief.pdf");
	}

	/** The notas, without the publication run's copies. */
	static Stream<Path> notas() {
		return internal(".nota.pdf");
	}

	private static Stream<Path> internal(String suffix) {
		List<Path> documents = GeneratedDocuments.withExtension("pdf").stream()
				.filter(pdf -> pdf.getFileName().toString().endsWith(suffix))
				.filter(pdf -> !pdf.getParent().getFileName().toString().equals("openbaar")).toList();
		assertFalse(documents.isEmpty(), "no " + suffix + " were generated");
		return documents.stream();
	}

	@BeforeAll
	static void convertWithLibreOffice() throws Exception {
		Path work = Paths.get(System.getProperty("nota.out", "target/documents")).toAbsolutePath().resolveSibling("layout");
		docxPdfs = Files.createDirectories(work.resolve("docx"));
		odtPdfs = Files.createDirectories(work.resolve("odt"));
		List<String> docx = new ArrayList<>();
		List<String> odt = new ArrayList<>();
		Stream.concat(letters(), notas()).forEach(pdf -> {
			String base = pdf.toString().substring(0, pdf.toString().length() - ".pdf".length());
			docx.add(base + ".docx");
			odt.add(base + ".odt");
		});
		convert(work, docxPdfs, docx);
		convert(work, odtPdfs, odt);
	}

	private static void convert(Path work, Path folder, List<String> documents) throws Exception {
		List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
				"--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.toString()));
		command.addAll(documents);
		PageLayout.Tools.run(work, command.toArray(String[]::new));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("letters")
	void docxLaysOutAsThePdf(Path pdf) throws Exception {
		assertSameLayout(pdf, docxPdfs.resolve(pdf.getFileName()), "DOCX");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("letters")
	void odtLaysOutAsThePdf(Path pdf) throws Exception {
		assertSameLayout(pdf, odtPdfs.resolve(pdf.getFileName()), "ODT");
	}

	/**
	 * A nota's head as in the PDF: the logo, the title and the first entry ("Aan") on the first page, each
	 * within 3 mm. The page count is not compared: a nota is a page or two of text that each layout engine
	 * breaks in its own way, and a full page may run over by a line in one of them (the letters, a fixed form,
	 * are compared page by page).
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("notas")
	void notaHeadOfTheDocxAsInThePdf(Path pdf) throws Exception {
		assertSameNotaHead(pdf, docxPdfs.resolve(pdf.getFileName()), "DOCX");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("notas")
	void notaHeadOfTheOdtAsInThePdf(Path pdf) throws Exception {
		assertSameNotaHead(pdf, odtPdfs.resolve(pdf.getFileName()), "ODT");
	}

	private static void assertSameNotaHead(Path pdf, Path office, String format) throws Exception {
		assertTrue(Files.isRegularFile(office), () -> "LibreOffice did not convert the " + format + " of " + pdf);
		PageLayout expected = PageLayout.of(pdf);
		PageLayout actual = PageLayout.of(office);
		for (String item : List.of("logo", "titel", "Aan")) {
			PageLayout.Word where = expected.nota.get(item);
			PageLayout.Word found = actual.nota.get(item);
			assertNotNull(where, () -> "the PDF of " + pdf.getFileName() + " has no " + item);
			assertNotNull(found, () -> format + " of " + pdf.getFileName() + ": no " + item);
			String message = format + " of " + pdf.getFileName() + ": " + item + " at (" + round(found.x()) + ", "
					+ round(found.y()) + ") mm, the PDF has it at (" + round(where.x()) + ", " + round(where.y()) + ")";
			assertTrue(Math.abs(where.x() - found.x()) <= HEAD && Math.abs(where.y() - found.y()) <= HEAD, message);
		}
	}

	private static void assertSameLayout(Path pdf, Path office, String format) throws Exception {
		assertTrue(Files.isRegularFile(office), () -> "LibreOffice did not convert the " + format + " of " + pdf);
		PageLayout expected = PageLayout.of(pdf);
		PageLayout actual = PageLayout.of(office);
		assertEquals(expected.pages, actual.pages, () -> format + " of " + pdf.getFileName() + ": pages");
		expected.items.forEach((item, where) -> {
			PageLayout.Word found = actual.items.get(item);
			assertNotNull(found, () -> format + " of " + pdf.getFileName() + ": no " + item);
			double tolerance = item.equals("ondertekenaar") ? SIGNER : HEAD;
			String message = format + " of " + pdf.getFileName() + ": " + item + " at page " + found.page() + " ("
					+ round(found.x()) + ", " + round(found.y()) + ") mm, the PDF has it at page " + where.page() + " ("
					+ round(where.x()) + ", " + round(where.y()) + ") mm";
			assertEquals(where.page(), found.page(), message);
			assertTrue(Math.abs(where.x() - found.x()) <= tolerance && Math.abs(where.y() - found.y()) <= tolerance, message);
		});
		int keyItems = expected.items.containsKey("concept") ? 9 : 8;
		assertEquals(keyItems, expected.items.size(), () -> "the PDF of " + pdf.getFileName() + " lacks key items: " + expected.items.keySet());
	}

	private static String round(double millimetres) {
		return String.format(java.util.Locale.ROOT, "%.1f", millimetres);
	}
}
