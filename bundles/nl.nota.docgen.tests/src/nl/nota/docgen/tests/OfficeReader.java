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
		return convert(workFolder, documents, "pdf");
	}

	/** Converts the files with LibreOffice to the format of the extension ("pdf", "odt"); returns them in the same order. */
	static List<Path> convert(Path workFolder, List<Path> documents, String extension) throws Exception {
		List<Path> converted = new ArrayList<>();
		int n = 0;
		for (Path document : documents) {
			Path folder = Files.createDirectories(workFolder.resolve(extension + n++));
			run(workFolder, "soffice", "-env:UserInstallation=" + workFolder.resolve("lo-profile").toUri(), "--headless",
					"--norestore", "--convert-to", extension, "--outdir", folder.toString(), document.toString());
			String name = document.getFileName().toString();
			Path result = folder.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
			if (!Files.isRegularFile(result) || Files.size(result) == 0) {
				throw new AssertionError("LibreOffice did not convert " + document + " (it could not open it)");
			}
			converted.add(result);
		}
		return converted;
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
