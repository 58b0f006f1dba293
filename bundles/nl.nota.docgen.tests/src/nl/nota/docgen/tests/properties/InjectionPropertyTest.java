package nl.nota.docgen.tests.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.render.Format;
import nl.nota.docgen.tests.properties.NotePlaces.Place;

/**
 * Property: whatever text a note holds at whatever place, every output parses in its format, and the
 * HTML holds only the elements and attributes the renderer writes. Note text never becomes markup, in the
 * internal nota, the Kamerbrief and the publication alike, also in drafts with syntax errors.
 */
class InjectionPropertyTest {

	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
			"' onmouseover='alert(1)' x='", "</style><script>alert(2)</script>", "</title><script>alert(3)</script>",
			"@import url(https://example.org/x.css);", "x; } body { background: url(javascript:alert(1)) } p {",
			"\\\" ; content: url(x) \\\"", "\"; } @page { @top-center { content: \"x", "&amp; &lt; &nbsp; &foo; &#0; &#x1F;",
			"]]><![CDATA[<b>x</b>]]>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]>&e;", "<!-- commentaar --> <!--",
			"\u0001\u0002\u0008\u000b\u000c\u001b\u001f", "\u0000 nul", "\ufffe\uffff", "\u0085\u007f\u009f",
			"\u202e\u2066 bidi \u2069\u202c", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", "<text:p>x</text:p></office:text>",
			"javascript:alert(1)", "\u2028 \u2029", "\\ \\\\ \\{ {onbekend: <b>x</b>} *<i>*", "<svg onload=alert(1)>",
			"<a href=\"https://example.org\">link</a>", "%s %n %1$s {0} ${x}");


	@TempDir
	Path root;

	@Test
	void noNoteTextBecomesMarkup() throws Exception {
		Path folder = Trial.folder(root);
		NotePlaces notes = new NotePlaces(Trial.catalog(folder));
		List<Place> places = new ArrayList<>(notes.all());
		Settings settings = Settings.fromSystem(Math.max(places.size(), PAYLOADS.size()));
		Random random = settings.random();
		System.out.println("Injection property: " + settings.trials() + " trials over " + places.size() + " places and "
				+ PAYLOADS.size() + " payloads, seed " + settings.seed());
		Collections.shuffle(places, random);
		int offset = random.nextInt(PAYLOADS.size());
		for (int trial = 0; trial < settings.trials(); trial++) {
			Place place = places.get(trial % places.size());
			// every payload in the first round, then at random
			String payload = trial < PAYLOADS.size() ? PAYLOADS.get((trial + offset) % PAYLOADS.size())
					: PAYLOADS.get(random.nextInt(PAYLOADS.size()));
			String note = notes.note(place, payload);
			Set<Format> formats = settings.pdf(trial) ? EnumSet.allOf(Format.class) : EnumSet.complementOf(EnumSet.of(Format.PDF));
			Trial.Outputs outputs = Trial.run(folder, "injectie-" + trial, note, formats);
			String context = "seed " + settings.seed() + ", trial " + trial + ", " + place + ", payload " + escapeJava(payload);
			List<Map.Entry<String, byte[]>> files = new ArrayList<>(outputs.publicFiles().entrySet());
			files.addAll(outputs.internalFiles().entrySet());
			assertTrue(!files.isEmpty(), "nothing was generated: " + context);
			for (Map.Entry<String, byte[]> file : files) {
				OutputChecks.wellFormed(file.getKey(), file.getValue(), context);
			}
		}
	}

	private static String escapeJava(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
		return out.toString();
	}
}
