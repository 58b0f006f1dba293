package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.nota.lang.nota.Document;

/** Parses a note from text and asserts on its issues by code and position. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NotaInjectorProvider.class)
abstract class ValidationTestSupport {

	/** A complete beslisnota without any issue; tests break it in one place each. */
	protected static final String VALID = """
			beslisnota: Geannoteerde agenda
			aan: de minister
			van: DE DIRECTEUR-GENERAAL BELEID
			datum: 30 september 2025
			kenmerk: BS1
			ministerie: Defensie

			# Aanleiding
			Er is een overleg.

			# Geadviseerd besluit
			In te stemmen.

			# Kernpunten
			- Een punt.

			# Toelichting
			## Financiële overwegingen
			Geen.

			## Juridische overwegingen
			Geen.

			## Communicatie
			Geen.
			""";

	@Inject
	private ParseHelper<Document> parseHelper;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	protected List<Issue> validate(String text) throws Exception {
		return validator.validate(parseHelper.parse(text));
	}

	/** A note parsed and validated, with its issues: for tests about the parsed note itself. */
	protected record Checked(Document document, List<Issue> issues) {
	}

	protected Checked check(String text) throws Exception {
		Document document = parseHelper.parse(text);
		return new Checked(document, validator.validate(document));
	}

	/** Validates the text as the note {@code file} on disk, so the files in its folder apply. */
	protected List<Issue> validateAs(Path file, String text) throws Exception {
		Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // also a lone surrogate (as '?')
		return validator.validate(parseHelper.parse(text, URI.createFileURI(file.toString()), resourceSets.get()));
	}

	/** The one issue with this code; fails when there are none or several. */
	protected static Issue only(List<Issue> issues, String code) {
		List<Issue> matching = issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
		assertEquals(1, matching.size(), () -> "issues with code " + code + " in " + issues);
		return matching.get(0);
	}

	protected static void assertAt(Issue issue, Severity severity, int line, int column, int length) {
		assertEquals(severity, issue.getSeverity(), issue::toString);
		assertEquals(line, issue.getLineNumber(), issue::toString);
		assertEquals(column, issue.getColumn(), issue::toString);
		assertEquals(length, issue.getLength(), issue::toString);
	}
}
