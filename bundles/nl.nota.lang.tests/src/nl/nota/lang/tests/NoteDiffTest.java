package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nota.lang.ide.services.NoteDiff;
import nl.nota.lang.ide.services.NoteDiff.Change;
import nl.nota.lang.ide.services.NoteDiff.Word;

/** The section diff behind {@code nota diff}: matched by heading, changes named as a reviewer names them. */
class NoteDiffTest {

	private static final String NOTE = """
			beslisnota: Onderwerp
			aan: de minister
			bijlage: A

			# Aanleiding
			Eerste alinea.

			Tweede alinea.

			# Kernpunten
			- Een.
			- Twee.

			# Toelichting
			## Financiële overwegingen
			Geen.

			## Communicatie
			Geen.
			""";

	private static List<String> summary(String before, String after) {
		return NoteDiff.compare(before, after).stream().flatMap(part -> java.util.stream.Stream.concat(
				part.fields().stream().map(field -> part.kind() + " " + field.key() + ": " + field.before() + " -> " + field.after()),
				part.sections().stream().map(section -> part.kind() + " " + String.join(" > ", section.path()) + ": " + section.change()
						+ section.blocks().stream().map(block -> " " + block.name() + " " + block.change()).reduce("", String::concat))))
				.toList();
	}

	@Test
	void theSameTextIsNoChangeAndLineEndingsDoNotCount() {
		assertEquals(List.of(), NoteDiff.compare(NOTE, NOTE));
		assertEquals(List.of(), NoteDiff.compare(NOTE, NOTE.replace("\n", "\r\n")));
		// lines broken elsewhere in a paragraph: the same words
		assertEquals(List.of(), NoteDiff.compare(NOTE, NOTE.replace("- Een.", "-   Een.")));
	}

	@Test
	void fieldsSectionsAndPoints() {
		String after = NOTE.replace("aan: de minister\n", "aan: de staatssecretaris\n").replace("bijlage: A\n", "bijlage: A\nbijlage: B\n")
				.replace("- Twee.\n", "- Twee.\n- Drie.\n").replace("## Communicatie\nGeen.\n", "")
				.replace("Tweede alinea.", "Tweede, langere alinea.");
		assertEquals(List.of("beslisnota aan: de minister -> de staatssecretaris", "beslisnota bijlage: A -> A; B",
				"beslisnota Aanleiding: CHANGED alinea 2 CHANGED", "beslisnota Kernpunten: CHANGED punt 3 ADDED",
				"beslisnota Toelichting > Communicatie: REMOVED"), summary(NOTE, after));
		NoteDiff.Block paragraph = NoteDiff.compare(NOTE, after).get(0).sections().get(0).blocks().get(0);
		assertEquals(List.of(new Word(Word.Op.SAME, "Tweede", false), new Word(Word.Op.INSERTED, ", langere", false),
				new Word(Word.Op.SAME, "alinea.", true)), paragraph.words());
	}

	@Test
	void aSubSectionIsMatchedUnderItsSectionAndAMovedSectionIsNamed() {
		String moved = NOTE.replace("## Financiële overwegingen\nGeen.\n\n## Communicatie\nGeen.\n", "## Communicatie\nGeen.\n\n## Financiële overwegingen\nGeen.\n");
		assertEquals(List.of("beslisnota Toelichting > Communicatie: MOVED"), summary(NOTE, moved));
		// the same heading under another section is another section
		String elsewhere = NOTE.replace("# Kernpunten\n", "# Kernpunten\n## Communicatie\nGeen.\n\n");
		assertEquals(List.of("beslisnota Kernpunten: CHANGED punt 1 REMOVED punt 2 REMOVED", "beslisnota Kernpunten > Communicatie: ADDED"),
				summary(NOTE, elsewhere));
	}

	@Test
	void aPartOrAKindLineThatIsNotThereIsStillADifference() {
		String withLetter = NOTE + "\n\nkamerbrief: Brief\naan: de Voorzitter\n\nTekst van de brief.\n";
		assertEquals(Change.ADDED, NoteDiff.compare(NOTE, withLetter).get(0).change());
		assertEquals(Change.REMOVED, NoteDiff.compare(withLetter, NOTE).get(0).change());
		assertEquals(List.of("tekst zonder soortregel tekst vóór de eerste kop: CHANGED alinea 1 CHANGED"),
				summary("Een losse tekst.", "Een andere losse tekst."));
	}
}
