package nl.nota.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;

/**
 * The Nu Html Checker (the checker behind validator.w3.org/nu) with its full HTML schema: no HTML document
 * has an error. Warnings are allowed. One checker is set up for all files (loading its schema takes seconds).
 */
class HtmlConformanceTest {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
	private static final List<String> ERRORS = new ArrayList<>();
	private static SimpleDocumentValidator checker;

	@BeforeAll
	static void setUp() throws Exception {
		checker = new SimpleDocumentValidator(true, false, true);
		checker.setUpMainSchema(SCHEMA, new SystemErrErrorHandler());
		checker.setUpValidatorAndParsers(new ErrorHandler() {
			@Override
			public void warning(SAXParseException exception) {
				// allowed
			}

			@Override
			public void error(SAXParseException exception) {
				ERRORS.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
			}

			@Override
			public void fatalError(SAXParseException exception) {
				error(exception);
			}
		}, false, false);
	}

	static Stream<Path> htmls() {
		List<Path> htmls = GeneratedDocuments.withExtension("html");
		assertFalse(htmls.isEmpty(), "no HTML files were generated");
		return htmls.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("htmls")
	void hasNoErrors(Path html) throws Exception {
		List<String> errors = check(html);
		assertTrue(errors.isEmpty(), () -> html + " has errors:\n" + errors.stream().collect(Collectors.joining("\n")));
	}

	/** The check can fail: a block inside a paragraph and a stray end tag are errors. */
	@Test
	void anInvalidDocumentIsRejected(@TempDir Path folder) throws Exception {
		Path html = folder.resolve("ongeldig.html");
		Files.writeString(html, "<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><p><div></p></span></body></html>");
		assertFalse(check(html).isEmpty(), "errors are found");
	}

	private static synchronized List<String> check(Path html) throws Exception {
		ERRORS.clear();
		checker.checkHtmlFile(html.toFile(), true);
		return List.copyOf(ERRORS);
	}
}
