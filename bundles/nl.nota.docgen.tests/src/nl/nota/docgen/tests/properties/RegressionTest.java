package nl.nota.docgen.tests.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.nota.docgen.render.Format;
import nl.nota.docgen.tests.properties.NotePlaces.Kind;
import nl.nota.docgen.tests.properties.NotePlaces.Place;
import nl.nota.docgen.tests.properties.NotePlaces.Shape;

/**
 * The leaks and injections found by hand before the property tests existed (issue 13), each as it was
 * found, in every format including PDF.
 */
class RegressionTest {

	private static final String SECRET = "Zqgeheimewaarde";

	@TempDir
	Path root;

	/** Shape 0: beslisnota with a Kamerbrief; shape 2: the user's free nota type with a geannoteerde agenda. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			the directorate the Kamerbrief takes from the nota    | 0 | false | FIELD   | directie    |
			the sender under the publication                       | 0 | false | FIELD   | van         |
			a heading of the Kamerbrief                            | 0 | true  | HEADING | vrij-agendapunt |
			a sub-heading of the Kamerbrief                        | 0 | true  | HEADING | vrij-agendapunt | vrij-agendapunt-sub
			a free heading of a user's note type                   | 2 | false | HEADING | vrij-agendapunt |
			a rubricering of a user's type that allows any value   | 2 | false | FIELD   | rubricering |
			""")
	void aRedactionThatWasPublished(String what, int shape, boolean inLetter, Kind kind, String name, String sub) throws Exception {
		Place place = new Place(NotePlaces.SHAPES.get(shape), inLetter, kind, name, sub);
		Trial.Outputs outputs = run(place, "Overleg {lak 5.1.2e: " + SECRET + "}");
		assertTrue(outputs.publicFiles().keySet().stream().anyMatch(file -> file.startsWith(inLetter ? "kamerbrief" : "openbaar")),
				outputs.publicFiles()::toString);
		OutputChecks.nothingPublished(outputs, SECRET, what);
		String internal = new String(outputs.internalFiles().get("nota.html"), StandardCharsets.UTF_8);
		if (!inLetter && !name.equals("directie")) {
			assertTrue(internal.contains(SECRET), "the internal nota shows it");
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			a script element in the rubricering           | <script>alert(1)</script>
			a style element closed by the rubricering     | </style><script>alert(2)</script>
			a style sheet import in the rubricering       | @import url(https://example.org/x.css);
			an attribute breaker in the rubricering       | `"><img src=x onerror=alert(1)>`
			entities and a CDATA end in the rubricering   | &nbsp; &foo; ]]> <?xml version="1.0"?>
			control characters in the rubricering         | a\u0001b\u001fc\ufffe
			""")
	void markupInARubricering(String what, String payload) throws Exception {
		String value = payload.replace("\\u0001", "\u0001").replace("\\u001f", "\u001f").replace("\\ufffe", "\ufffe");
		for (int shape : new int[] { 0, 2 }) {
			Trial.Outputs outputs = run(new Place(NotePlaces.SHAPES.get(shape), false, Kind.FIELD, "rubricering", null), value);
			assertEquals(true, outputs.internalFiles().containsKey("nota.pdf"), what);
			for (Map.Entry<String, byte[]> file : outputs.internalFiles().entrySet()) {
				OutputChecks.wellFormed(file.getKey(), file.getValue(), what);
			}
			for (Map.Entry<String, byte[]> file : outputs.publicFiles().entrySet()) {
				OutputChecks.wellFormed(file.getKey(), file.getValue(), what);
			}
		}
	}

	@ParameterizedTest(name = "control characters in {0}")
	@CsvSource({ "PROSE, aanleiding", "ITEM, kernpunten", "FIELD, kenmerk", "TITLE, ", "HEADING, kernpunten" })
	void controlCharacters(Kind kind, String name) throws Exception {
		Trial.Outputs outputs = run(new Place(NotePlaces.SHAPES.get(0), false, kind, name, null), "a\u0001\u0008\u000b\u001b\uffffb & ]]>");
		for (Map.Entry<String, byte[]> file : outputs.internalFiles().entrySet()) {
			OutputChecks.wellFormed(file.getKey(), file.getValue(), kind + " " + name);
		}
		String html = new String(outputs.internalFiles().get("nota.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("[ongeldig teken U+0001]") && html.contains("[ongeldig teken U+FFFF]"),
				"a draft shows the characters it cannot hold");
	}

	private Trial.Outputs run(Place place, String value) throws Exception {
		Path folder = Trial.folder(root);
		String note = new NotePlaces(Trial.catalog(folder)).note(place, value);
		return Trial.run(folder, "regressie", note, EnumSet.allOf(Format.class));
	}

	static {
		// the shapes the cases name
		assertEquals(new Shape("beslisnota", "kamerbrief"), NotePlaces.SHAPES.get(0));
		assertEquals(new Shape(NotePlaces.UserType.NAME, "geannoteerde-agenda"), NotePlaces.SHAPES.get(2));
	}
}
