package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.nota.lang.fixes.QuickFixes;
import nl.nota.lang.validation.IssueCodes;
import nl.nota.lang.writing.Readability;

class WritingValidationTest extends ValidationTestSupport {

	private static final String NOTA = """
			beslisnota: Onderwerp
			ministerie: Defensie
			aan: de minister
			van: DE DIRECTEUR
			datum: 30 september 2025
			kenmerk: K1

			# Aanleiding
			De NAVO-ministers spreken in de Defence Ministers Meeting (DMM) over de DMM-agenda.
			DCo verzorgt de communicatie.

			# Geadviseerd besluit
			In te stemmen met de {kamerbrief}.

			# Kernpunten
			- Een punt.

			# Toelichting
			## Financiële overwegingen
			Geen.

			## Juridische overwegingen
			Geen.

			## Communicatie
			Geen.


			kamerbrief: Betreft
			aan: de Voorzitter van de Tweede Kamer der Staten-Generaal
			datum: 3 oktober 2025
			functie: De minister van Defensie
			ondertekenaar: R.P. Brekelmans
			kenmerk: K2

			De DMM vindt plaats in Brussel. DCo is bereikbaar.
			""";

	@TempDir
	Path folder;

	private List<Issue> validateInFolder(String text) throws Exception {
		return validateAs(folder.resolve("n.nota"), text);
	}

	private static List<Issue> withCode(List<Issue> issues, String code) {
		return issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
	}

	/**
	 * A checked note is not kept alive by the writing checks: the runs they keep per part must not hold the
	 * part. They were kept in a weak map whose values (the runs' texts) referred back to the part, which kept
	 * every note ever checked: a batch grew by ~20 kB a note, the editor by a note per keystroke.
	 */
	@Test
	void aCheckedNoteCanBeCollected() throws Exception {
		java.lang.ref.WeakReference<Object> note = new java.lang.ref.WeakReference<>(checkedNote());
		for (int i = 0; i < 50 && note.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertTrue(note.get() == null, "the checked note is still reachable after 50 garbage collections");
	}

	/** A note parsed and validated, writing checks included; only a weak reference to it leaves this method. */
	private Object checkedNote() throws Exception {
		Checked checked = check(NOTA);
		assertTrue(checked.issues().stream().anyMatch(issue -> IssueCodes.ABBREVIATION.equals(issue.getCode())),
				"the writing checks ran: " + checked.issues());
		return checked.document();
	}

	@Test
	void theNotaAndTheLetterIntroduceTheirOwnAbbreviations() throws Exception {
		List<Issue> issues = withCode(validate(NOTA), IssueCodes.ABBREVIATION);
		assertEquals(2, issues.size(), issues::toString);
		// NAVO is well known, DMM is introduced and DCo is known inside the ministry: the nota is fine
		Issue dmm = issues.get(0);
		assertEquals(36, dmm.getLineNumber());
		assertEquals(4, dmm.getColumn());
		assertEquals(3, dmm.getLength());
		assertArrayEquals(new String[] { "DMM", "Defence Ministers Meeting", String.valueOf(NOTA.indexOf("De DMM vindt") + 3) },
				dmm.getData());
		assertTrue(dmm.getMessage().contains("'Defence Ministers Meeting (DMM)'"), dmm::getMessage);
		Issue dco = issues.get(1);
		assertEquals("DCo", dco.getData()[0]);
		assertTrue(dco.getMessage().contains("in de Kamerbrief"), dco::getMessage);
	}

	@Test
	void anUnknownAbbreviationIsFlaggedAndAProjectGlossaryExplainsIt() throws Exception {
		String text = NOTA.replace("DCo verzorgt de communicatie.", "Het OTB ligt ter inzage. Het OTB is klaar.");
		List<Issue> unknown = withCode(validateInFolder(text), IssueCodes.ABBREVIATION).stream()
				.filter(issue -> issue.getData()[0].equals("OTB")).toList();
		assertEquals(1, unknown.size(), "only the first use");
		assertEquals("", unknown.get(0).getData()[1]);
		Files.writeString(folder.resolve("project.afkortingen"), "OTB | Ontwerp-tracébesluit | intern\n");
		assertTrue(withCode(validateInFolder(text), IssueCodes.ABBREVIATION).stream()
				.noneMatch(issue -> issue.getData()[0].equals("OTB")));
	}

	@Test
	void longSentencesAndParagraphsAreReportedWhereTheyStart() throws Exception {
		String sentence = "Dit is een zin met heel veel woorden " + "die maar doorgaat ".repeat(8) + "tot het einde.";
		String text = NOTA.replace("DCo verzorgt de communicatie.", "Kort.\n" + sentence);
		Issue issue = withCode(validate(text), IssueCodes.LONG_SENTENCE).get(0);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(11, issue.getLineNumber());
		assertEquals(1, issue.getColumn());
		assertTrue(issue.getMessage().startsWith("Deze zin telt 35 woorden"), issue::getMessage);
		String paragraph = "Een korte zin. ".repeat(45);
		assertEquals(1, withCode(validate(NOTA.replace("DCo verzorgt de communicatie.", paragraph)), IssueCodes.LONG_PARAGRAPH).size());
	}

	@Test
	void severitiesAndLimitsComeFromTheProject() throws Exception {
		String sentence = "Dit is een zin met heel veel woorden " + "die maar doorgaat ".repeat(8) + "tot het einde.";
		String text = NOTA.replace("DCo verzorgt de communicatie.", sentence);
		assertEquals(1, withCode(validateInFolder(text), IssueCodes.LONG_SENTENCE).size());
		Files.writeString(folder.resolve("schrijfregels.properties"), "nota.long-sentence = fout\n");
		assertEquals(Severity.ERROR, withCode(validateInFolder(text), IssueCodes.LONG_SENTENCE).get(0).getSeverity());
		Files.writeString(folder.resolve("schrijfregels.properties"), "lange-zin = 40\n");
		assertEquals(0, withCode(validateInFolder(text), IssueCodes.LONG_SENTENCE).size());
		Files.writeString(folder.resolve("schrijfregels.properties"), "nota.abbreviation = uit\n");
		assertEquals(0, withCode(validateInFolder(NOTA), IssueCodes.ABBREVIATION).size());
	}

	@Test
	void datesInProseAndKamerstukReferences() throws Exception {
		String text = NOTA.replace("DCo verzorgt de communicatie.", "Op 7-10-2025 volgt {kamerstuk 21501-28 nr 296}.");
		List<Issue> issues = validate(text);
		Issue date = only(issues, IssueCodes.DATE_FORMAT);
		assertAt(date, Severity.WARNING, 10, 4, "7-10-2025".length());
		assertArrayEquals(new String[] { "7 oktober 2025" }, date.getData());
		assertAt(only(issues, IssueCodes.KAMERSTUK_FORMAT), Severity.WARNING, 10, 31, "21501-28 nr 296".length());
		assertTrue(withCode(validate(NOTA.replace("DCo verzorgt de communicatie.", "Zie {kamerstuk 21 501-28, nr. 296}.")),
				IssueCodes.KAMERSTUK_FORMAT).isEmpty());
		Issue prose = only(validate(NOTA.replace("DCo verzorgt de communicatie.", "Zie Kamerstuk 21501-28 nr 296.")),
				IssueCodes.KAMERSTUK_FORMAT);
		assertAt(prose, Severity.WARNING, 10, 15, "21501-28 nr 296".length());
		assertTrue(withCode(validate(NOTA.replace("DCo verzorgt de communicatie.", "Zie Kamerstuk 21 501-28, nr. 296.")),
				IssueCodes.KAMERSTUK_FORMAT).isEmpty());
	}

	@Test
	void theSameEventHasTheSameDateInNotaAndLetter() throws Exception {
		String agreeing = NOTA.replace("DCo verzorgt de communicatie.", "De DMM van 15 oktober 2025 is in Brussel.")
				.replace("De DMM vindt plaats in Brussel.", "De DMM op 15 oktober 2025 vindt plaats in Brussel.");
		assertTrue(withCode(validate(agreeing), IssueCodes.EVENT_DATE).isEmpty(), "same event, same date");
		String differing = agreeing.replace("De DMM op 15 oktober 2025 vindt", "De DMM op 16 oktober 2025 vindt");
		Issue issue = only(validate(differing), IssueCodes.EVENT_DATE);
		assertAt(issue, Severity.WARNING, 36, 11, "16 oktober 2025".length());
		assertEquals("DMM staat in de nota op 15 oktober 2025, hier op 16 oktober 2025. Noem voor dezelfde gebeurtenis overal "
				+ "dezelfde datum.", issue.getMessage());
		// another event, or a sentence that starts with a date, is not compared
		String other = agreeing.replace("De DMM op 15 oktober 2025 vindt", "De UDCG op 16 oktober 2025 vindt")
				.replace("Een punt.", "Op 16 oktober 2025 is er overleg.");
		assertTrue(withCode(validate(other), IssueCodes.EVENT_DATE).isEmpty());
		// the quick fix writes the date the note gave first
		String fixed = new QuickFixes().fixesFor(issue, differing).get(0).apply(differing);
		assertEquals(agreeing, fixed);
	}

	@Test
	void theNotaAndItsLetterAgree() throws Exception {
		Issue date = only(validate(NOTA.replace("datum: 3 oktober 2025", "datum: 1 september 2025")), IssueCodes.LETTER_DATE);
		assertAt(date, Severity.ERROR, 31, 8, "1 september 2025".length());
		Issue signer = only(validate(NOTA.replace("functie: De minister van Defensie", "functie: De directeur-generaal")),
				IssueCodes.SIGNER_ROLE);
		assertEquals(32, signer.getLineNumber());
		Issue sender = only(validate(NOTA.replace("van: DE DIRECTEUR", "van: de minister van Defensie")), IssueCodes.SIGNER_ROLE);
		assertEquals(4, sender.getLineNumber());
		Issue advice = only(validate(NOTA.replace("In te stemmen met de {kamerbrief}.", "In te stemmen.")),
				IssueCodes.ADVICE_WITHOUT_LETTER);
		assertEquals(12, advice.getLineNumber());
		String withoutLetter = NOTA.substring(0, NOTA.indexOf("\n\nkamerbrief:")).replace(" met de {kamerbrief}", "")
				.replace("kenmerk: K1", "kenmerk: K1\nbijlage: Kamerbrief over de DMM");
		assertEquals(7, only(validate(withoutLetter), IssueCodes.MISSING_ATTACHMENT).getLineNumber());
	}

	@Test
	void spellingUsesTheDutchDictionaryWithSuggestions() throws Exception {
		String text = NOTA.replace("DCo verzorgt de communicatie.", "De minister besluit snell over de financieele steun (zie 7th Summit, www.rijksoverheid.nl).");
		List<Issue> issues = withCode(validateInFolder(text), IssueCodes.SPELLING);
		assertEquals(List.of("snell", "financieele"), issues.stream().map(issue -> text.substring(issue.getOffset(),
				issue.getOffset() + issue.getLength())).toList(), issues::toString);
		assertAt(issues.get(0), Severity.WARNING, 10, 21, 5);
		assertTrue(List.of(issues.get(0).getData()).contains("snel"), () -> List.of(issues.get(0).getData()).toString());
		assertTrue(List.of(issues.get(1).getData()).contains("financiële"), () -> List.of(issues.get(1).getData()).toString());
		Files.writeString(folder.resolve("jargon.woorden"), "snell\n");
		assertEquals(1, withCode(validateInFolder(text), IssueCodes.SPELLING).size());
	}

	/**
	 * Regression (#16): in a list item every remark stood one character late (the run's text began with the
	 * blank after the dash, its offset after it); at the end of the note that put it past the end, and Xtext
	 * lost it with an IndexOutOfBoundsException.
	 */
	@Test
	void aRemarkInAListItemCoversItsWordAlsoAtTheEndOfTheNote() throws Exception {
		String text = "beslisnota: Geannoteerde agenda DMM 15 oktober 2025\n- Denemarken heeft Nederland verzocht om een bijd";
		List<Issue> issues = withCode(validateInFolder(text), IssueCodes.SPELLING);
		assertEquals(List.of("bijd"), issues.stream().map(issue -> text.substring(issue.getOffset(), issue.getOffset() + issue.getLength()))
				.toList(), issues::toString);
		String inSection = NOTA.replace("DCo verzorgt de communicatie.", "Het besluit:\n- de minister besluit snell");
		List<Issue> item = withCode(validateInFolder(inSection), IssueCodes.SPELLING);
		assertEquals(List.of("snell"), item.stream().map(issue -> inSection.substring(issue.getOffset(), issue.getOffset() + issue.getLength()))
				.toList(), item::toString);
		// a long sentence in a list item is marked from its first word
		String sentence = "Deze zin " + "gaat maar door en door ".repeat(6) + "tot hij te lang is.";
		String longItem = NOTA.replace("DCo verzorgt de communicatie.", "Het besluit:\n- " + sentence);
		Issue tooLong = withCode(validateInFolder(longItem), IssueCodes.LONG_SENTENCE).get(0);
		assertEquals(longItem.indexOf("Deze zin"), tooLong.getOffset());
	}

	/**
	 * Regression (#16): a note of thousands of distinct unknown words took many minutes (hunspell looks for
	 * suggestions for every wrong word, about 0.1 s each; all words were written before any answer was read,
	 * and the search among the words asked grew with their square). Now hunspell without its suggestion tables
	 * decides, a batch per round trip, within a time budget; a warning says where the check stopped, and the
	 * next check goes on from there.
	 */
	@Test
	void aNoteOfThousandsOfUnknownWordsIsCheckedWithinItsBudgetAndTheNextCheckGoesOn() throws Exception {
		java.util.Random random = new java.util.Random(16);
		java.util.Set<String> words = new java.util.LinkedHashSet<>();
		while (words.size() < 6000) {
			// no Dutch word starts with q and a vowel other than u
			StringBuilder word = new StringBuilder("q");
			for (int i = 1; i < 9; i++) {
				word.append((i % 2 == 0 ? "bdfgkprstvz" : "aeio").charAt(random.nextInt(i % 2 == 0 ? 11 : 4)));
			}
			words.add(word.toString());
		}
		StringBuilder prose = new StringBuilder();
		int n = 0;
		for (String word : words) {
			prose.append(n % 12 == 0 ? "Het " : "").append(word).append(++n % 12 == 0 ? ".\n\n" : " ");
		}
		String text = NOTA.replace("DCo verzorgt de communicatie.", prose + "Dat is alles.");
		List<Issue> first = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90),
				() -> validateInFolder(text));
		Issue stopped = only(first, IssueCodes.SPELLING_INCOMPLETE);
		assertEquals(Severity.WARNING, stopped.getSeverity());
		assertTrue(stopped.getMessage().matches("De spellingcontrole stopte na 2 s: \\d+ van de 60\\d\\d woorden zijn nog niet nagekeken, vanaf '\\w+'\\. .*"), stopped.getMessage());
		int reported = withCode(first, IssueCodes.SPELLING).size();
		assertTrue(reported > 0 && reported < 6000, () -> reported + " words reported");
		List<Issue> later = first;
		for (int round = 0; round < 30 && !withCode(later, IssueCodes.SPELLING_INCOMPLETE).isEmpty(); round++) {
			later = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(90), () -> validateInFolder(text));
		}
		assertEquals(List.of(), withCode(later, IssueCodes.SPELLING_INCOMPLETE));
		assertEquals(6000, withCode(later, IssueCodes.SPELLING).size());
	}

	/** The dictionary without suggestion tables decides as the whole one does, also for compounds. */
	@Test
	void theVerdictsOfTheBareDictionaryAreTheWholeOnes() throws Exception {
		var verdicts = new nl.nota.lang.writing.SpellChecker().check(List.of("schroomvol", "leidinggevende", "beleit", "begrooting"));
		assertTrue(verdicts.get("schroomvol").correct() && verdicts.get("leidinggevende").correct(), verdicts::toString);
		assertTrue(!verdicts.get("beleit").correct() && verdicts.get("beleit").suggestions().contains("beleid"), verdicts::toString);
		assertTrue(verdicts.get("begrooting").suggestions().contains("begroting"), verdicts::toString);
	}

	@Test
	void abbreviationsWithAPeriodNamesAfterAHyphenAndHyphenatedCompoundsAreDutch() throws Exception {
		String text = NOTA.replace("DCo verzorgt de communicatie.",
				"Het kost 12,5 mln. euro, zoals jl. gemeld; de motie-Van Nispen c.s. vraagt om anti-drone middelen.");
		assertEquals(List.of(), withCode(validateInFolder(text), IssueCodes.SPELLING));
		// a wrong part is still wrong, and the suggestion never just breaks the compound apart
		String wrong = NOTA.replace("DCo verzorgt de communicatie.", "Er komen anti-droen middelen.");
		List<Issue> issues = withCode(validateInFolder(wrong), IssueCodes.SPELLING);
		assertEquals(1, issues.size(), issues::toString);
		assertTrue(List.of(issues.get(0).getData()).stream().noneMatch(s -> s.equals("anti droen")), issues::toString);
	}

	@Test
	void fleschDoumaCountsDutchSyllables() {
		Readability.Score score = Readability.score("De minister leest de financiële nota. Zij besluit snel.");
		assertEquals(9, score.words());
		assertEquals(2, score.sentences());
		// de(1) mi-nis-ter(3) leest(1) de(1) fi-nan-ci-ë-le(5) no-ta(2) zij(1) be-sluit(2) snel(1) = 17
		assertEquals(17, score.syllables());
		assertEquals(206.835 - 0.93 * 4.5 - 77.0 * 17 / 9, score.fleschDouma(), 1e-9);
		assertEquals(2, Readability.sentences("Zie Kamerstuk 21 501-28, nr. 296 van mr. A.B. Jansen. Dat is alles.").size());
	}
}
