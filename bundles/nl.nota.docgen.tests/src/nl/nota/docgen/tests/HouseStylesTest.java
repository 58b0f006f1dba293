package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.nota.docgen.output.NoteOutputs;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.lang.nota.Part;

/** Every ministry of the central government has a built-in house style, found by the names notes use for it. */
class HouseStylesTest {

	/** The ministries of ../shared/reference/ministries.md: abbreviation, name in the logo, postal address. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			AZ       | Ministerie van Algemene Zaken                                  | Postbus 20001
			BZ       | Ministerie van Buitenlandse Zaken                              | Postbus 20061
			BZK      | Ministerie van Binnenlandse Zaken en Koninkrijksrelaties       | Postbus 20011
			Defensie | Ministerie van Defensie                                        | Postbus 20701
			EZ       | Ministerie van Economische Zaken                               | Postbus 20401
			Fin      | Ministerie van Financiën                                       | Postbus 20201
			IenW     | Ministerie van Infrastructuur en Waterstaat                    | Postbus 20901
			JenV     | Ministerie van Justitie en Veiligheid                          | Postbus 20301
			AenM     | Ministerie van Asiel en Migratie                               | Postbus 20301
			KGG      | Ministerie van Klimaat en Groene Groei                         | Postbus 20401
			LVVN     | Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur  | Postbus 20401
			OCW      | Ministerie van Onderwijs, Cultuur en Wetenschap                | Postbus 16375
			SZW      | Ministerie van Sociale Zaken en Werkgelegenheid                | Postbus 90801
			VRO      | Ministerie van Volkshuisvesting en Ruimtelijke Ordening        | Postbus 20011
			VWS      | Ministerie van Volksgezondheid, Welzijn en Sport               | Postbus 20350
			""")
	void everyMinistryIsFoundByItsUsualNames(String abbreviation, String ministry, String postbus) {
		HouseStyles styles = HouseStyles.builtIn();
		HouseStyle style = styles.forMinistry(ministry).orElseThrow(() -> new AssertionError("no style for " + ministry));
		assertEquals(ministry, style.ministry());
		assertTrue(style.postalAddress().get(0).startsWith(postbus), style::toString);
		assertFalse(style.visitingAddress().isEmpty(), style::toString);
		String shortName = ministry.substring("Ministerie van ".length());
		for (String name : new String[] { abbreviation, abbreviation.toUpperCase(), shortName, shortName.toLowerCase(), "  " + ministry + " " }) {
			assertEquals(style.id(), styles.forMinistry(name).map(HouseStyle::id).orElse("none"), name);
		}
	}

	@Test
	void andTheUsualVariantsOfAName() {
		HouseStyles styles = HouseStyles.builtIn();
		assertEquals("jenv", styles.forMinistry("J&V").orElseThrow().id());
		assertEquals("ienw", styles.forMinistry("I&W").orElseThrow().id());
		assertEquals("fin", styles.forMinistry("Financien").orElseThrow().id());
		assertTrue(styles.forMinistry("Ministerie van Onbekende Zaken").isEmpty());
		assertTrue(styles.forMinistry("Zaken").isEmpty(), "a word of a name is not a name");
	}

	@Test
	void anUnknownMinistryGetsTheGenericStyleWithAWarning(@TempDir Path folder) throws Exception {
		Path note = folder.resolve("n.nota");
		Files.writeString(note, Files.readString(Notes.examples().resolve("dmm-2025-10-15.nota"))
				.replace("ministerie: Defensie", "ministerie: Ministerie van Onbekende Zaken").replace("huisstijl: defensie\n", ""));
		Part nota = Notes.load(note).getParts().get(0);
		HouseStyles styles = HouseStyles.builtIn();
		assertEquals(HouseStyles.GENERIC, NoteOutputs.houseStyle(styles, null, nota).orElseThrow().id());
		String warning = NoteOutputs.unknownMinistry(styles, null, nota).orElseThrow();
		assertTrue(warning.contains("'Ministerie van Onbekende Zaken'") && warning.contains("Rijksoverheid"), warning);
		assertTrue(NoteOutputs.unknownMinistry(styles, "defensie", nota).isEmpty(), "a style chosen by name is not a guess");
		assertTrue(NoteOutputs.houseStyle(styles, "onbekend", nota).isEmpty(), "a style asked for by a wrong name is an error");
	}
}
