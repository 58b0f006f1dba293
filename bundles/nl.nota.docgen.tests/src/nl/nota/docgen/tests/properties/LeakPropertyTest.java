package nl.nota.docgen.tests.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.docgen.render.Format;
import nl.nota.docgen.tests.properties.NotePlaces.Kind;
import nl.nota.docgen.tests.properties.NotePlaces.Place;

/**
 * Property: whatever place of a note holds a redaction, in whatever form, no byte of any public output
 * holds the redacted text: not the Kamerbrief, not the publication version, not its inventory, in any
 * format, in no zip entry, PDF string, stream or metadata. The internal nota does show it (so the test
 * sees the secret where it may be).
 */
class LeakPropertyTest {

	/** Ways to redact a secret S; some are mistakes a writer makes (no ground, unknown ground, unclosed). */
	private static final List<String> REDACTIONS = List.of("{lak 5.1.2e: S}", "{lak 5.1.2e: *S*}", "*{lak 5.1.2e: S}*",
			"{lak 5.1.2a: voor S na}", "{lak 5.2: S}", "{lak: S}", "{lak 9.9.9: S}", "{lak 5.1.2e: {kamerstuk S}}",
			"{lak 5.1.2e: *nadruk S", "{lak 5.1.2e:S}", "{ lak  5.1.2e :  S }", "{LAK 5.1.2E: S}", "{lak 5.1.2e: {onbekend: S}}",
			"{lak 5.1.2e: S", "{onbekend: {lak 5.1.2e: S}}");

	/** The nota's names of officials are withheld in the publication even when written plainly. */
	private static final Set<String> OFFICIALS = Set.of("steller", "ondertekenaar");

	@TempDir
	Path root;

	@Test
	void noRedactedTextReachesAnyPublicByte() throws Exception {
		Path folder = Trial.folder(root);
		List<Place> places = new NotePlaces(Trial.catalog(folder)).all();
		NotePlaces notes = new NotePlaces(Trial.catalog(folder));
		Settings settings = Settings.fromSystem(places.size());
		Random random = settings.random();
		System.out.println("Leak property: " + settings.trials() + " trials over " + places.size() + " places, seed " + settings.seed());
		List<Place> order = new ArrayList<>(places);
		Collections.shuffle(order, random);
		int internalShown = 0;
		for (int trial = 0; trial < settings.trials(); trial++) {
			Place place = order.get(trial % order.size());
			String secret = secret(random);
			boolean plainName = !place.inLetter() && place.kind() == Kind.FIELD && OFFICIALS.contains(place.name())
					&& random.nextBoolean();
			String value = place.kind() == Kind.WITHHELD_SECTION || plainName ? secret
					: REDACTIONS.get(random.nextInt(REDACTIONS.size())).replace("S", secret);
			String note = notes.note(place, value);
			Set<Format> formats = settings.pdf(trial) ? EnumSet.allOf(Format.class) : EnumSet.complementOf(EnumSet.of(Format.PDF));
			Trial.Outputs outputs = Trial.run(folder, "leak-" + trial, note, formats);
			String context = "seed " + settings.seed() + ", trial " + trial + ", " + place + ", " + value + ":\n" + note;
			OutputChecks.nothingPublished(outputs, secret, context);
			byte[] internal = outputs.internalFiles().get("nota.html");
			if (internal != null && new String(internal, StandardCharsets.UTF_8).contains(secret)) {
				internalShown++;
			}
			if (!place.inLetter() && place.kind().inText()) {
				assertTrue(internal != null && new String(internal, StandardCharsets.UTF_8).contains(secret),
						() -> "the internal nota shows what the publication withholds (" + context + ")");
			}
		}
		assertFalse(internalShown == 0, "no trial showed its secret in the internal nota: the test would see nothing");
	}

	private static String secret(Random random) {
		StringBuilder secret = new StringBuilder("Zq");
		for (int i = 0; i < 10; i++) {
			secret.append((char) ('a' + random.nextInt(26)));
		}
		return secret.toString();
	}
}
