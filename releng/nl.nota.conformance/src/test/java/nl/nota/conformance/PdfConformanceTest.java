package nl.nota.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF: every PDF conforms to PDF/A-2a, which it claims, and to PDF/UA-1 where its metadata claims that too. */
class PdfConformanceTest {

	@BeforeAll
	static void initialise() {
		VeraGreenfieldFoundryProvider.initialise();
	}

	static Stream<Path> pdfs() {
		List<Path> pdfs = GeneratedDocuments.withExtension("pdf");
		assertFalse(pdfs.isEmpty(), "no PDFs were generated");
		return pdfs.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pdfs")
	void conformsToPdfA2a(Path pdf) throws Exception {
		assertConforms(pdf, PDFAFlavour.PDFA_2_A);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pdfs")
	void conformsToPdfUa1WhenItClaimsIt(Path pdf) throws Exception {
		if (new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1).contains("pdfuaid:part")) {
			assertConforms(pdf, PDFAFlavour.PDFUA_1);
		}
	}

	/** The check can fail: a plain PDF without metadata, output intent or structure is not PDF/A. */
	@Test
	void aPlainPdfIsRejected() throws Exception {
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
		List<Integer> offsets = new java.util.ArrayList<>();
		for (int i = 0; i < objects.length; i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj ").append(objects[i]).append(" endobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer << /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		try (InputStream in = new java.io.ByteArrayInputStream(pdf.toString().getBytes(StandardCharsets.US_ASCII))) {
			assertFalse(result(in, PDFAFlavour.PDFA_2_A).isCompliant(), "a plain PDF is not PDF/A-2a");
		}
	}

	private static ValidationResult result(InputStream in, PDFAFlavour flavour) throws Exception {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			return validator.validate(parser);
		}
	}

	private static void assertConforms(Path pdf, PDFAFlavour flavour) throws Exception {
		try (InputStream in = Files.newInputStream(pdf); PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			String failures = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
					.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
					.distinct().limit(20).collect(Collectors.joining("\n"));
			assertTrue(result.isCompliant(), () -> pdf + " does not conform to " + flavour + ":\n" + failures);
		}
	}
}
