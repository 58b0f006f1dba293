package nl.nota.docgen.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real office software as the reader of generated documents: LibreOffice (headless) converts DOCX and ODT
 * to PDF, poppler's pdftotext extracts the text. CI installs both (.ci/run); a missing tool fails the test.
 */
final class OfficeReader {

	private OfficeReader() {
	}

	/** Converts the files to PDF with LibreOffice; returns the PDFs, in the same order. */
	static List<Path> toPdf(Path workFolder, List<Path> documents) throws Exception {
		List<Path> pdfs = new ArrayList<>();
		int n = 0;
		for (Path document : documents) {
			Path folder = Files.createDirectories(workFolder.resolve("pdf" + n++));
			run(workFolder, "soffice", "-env:UserInstallation=" + workFolder.resolve("lo-profile").toUri(), "--headless",
					"--norestore", "--convert-to", "pdf", "--outdir", folder.toString(), document.toString());
			String name = document.getFileName().toString();
			Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
			if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
				throw new AssertionError("LibreOffice did not convert " + document + " (it could not open it)");
			}
			pdfs.add(pdf);
		}
		return pdfs;
	}

	static String text(Path pdf) throws Exception {
		return run(pdf.getParent(), "pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
	}

	/** The text as laid out on the page: a table's row on one line. */
	static String layoutText(Path pdf) throws Exception {
		return run(pdf.getParent(), "pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
	}

	private static String run(Path folder, String... command) throws IOException, InterruptedException {
		Path log = Files.createTempFile(folder, "out", ".txt");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in 120 s");
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
		}
		return output;
	}
}
