package nl.nota.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ODF Toolkit validator: every ODT is valid against the ODF schemas of the version it declares (1.3)
 * and the package rules. It runs as its own process from its jar-with-dependencies, whose XML libraries
 * would otherwise meet the other validators' on one class path.
 */
class OdtConformanceTest {

	static Stream<Path> odts() {
		List<Path> odts = GeneratedDocuments.withExtension("odt");
		assertFalse(odts.isEmpty(), "no ODT files were generated");
		return odts.stream();
	}

	private static String reportOnAll;

	/** One run of the validator over every file (a start of the validator takes seconds); each file's lines name it. */
	private static synchronized String reportOnAll() throws Exception {
		if (reportOnAll == null) {
			reportOnAll = validate(odts().toArray(Path[]::new));
		}
		return reportOnAll;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("odts")
	void isValidOdf(Path odt) throws Exception {
		String report = reportOnAll().lines().filter(line -> line.contains(odt.toString())).collect(Collectors.joining("\n"));
		assertFalse(report.isEmpty(), () -> "the validator says nothing about " + odt + ":\n" + reportOnAll);
		assertFalse(report.contains("Error") || report.contains("Fatal"), () -> odt + " is not valid ODF:\n" + report);
		assertFalse(reportOnAll().contains("aborted"), reportOnAll);
	}

	/** The check can fail: an element ODF does not have is reported. */
	@Test
	void anInvalidDocumentIsRejected() throws Exception {
		Path odt = odts().findFirst().orElseThrow();
		Path broken = odt.resolveSibling("ongeldig.odt.tmp");
		Files.write(broken, Zips.replace(Files.readAllBytes(odt), "content.xml",
				xml -> xml.replace("<office:text>", "<office:text><text:onbekend/>")));
		try {
			assertTrue(validate(broken).contains("Error"), "an unknown element is an error");
		} finally {
			Files.delete(broken);
		}
	}

	private static String validate(Path... odts) throws Exception {
		Path jar = Paths.get(System.getProperty("nota.odfvalidator"));
		assertTrue(Files.isRegularFile(jar), "the ODF validator is at " + jar);
		List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
				jar.toString(), "-v"));
		Stream.of(odts).map(Path::toString).forEach(command::add);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the ODF validator finished");
		return report;
	}
}
