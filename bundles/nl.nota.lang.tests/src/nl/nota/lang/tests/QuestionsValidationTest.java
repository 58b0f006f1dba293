package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import com.google.inject.Inject;

import nl.nota.lang.fixes.QuickFixes;
import nl.nota.lang.ide.services.Completion;
import nl.nota.lang.ide.services.NotaCompletions;
import nl.nota.lang.validation.IssueCodes;

/** A beantwoording of Kamervragen: every question answered, numbered without gaps, references and dates right. */
class QuestionsValidationTest extends ValidationTestSupport {

	static final String ANSWERS = """
			kamervragen: het lerarentekort in Almere
			nummer: 2025Z19876
			vragensteller: het lid Van Dijk (GroenLinks-PvdA)
			ingezonden: 3 november 2025
			aan: de Voorzitter van de Tweede Kamer der Staten-Generaal
			datum: 20 november 2025
			kenmerk: K1
			functie: De minister van Onderwijs, Cultuur en Wetenschap
			ondertekenaar: E.E. van Dam

			# Vraag 1
			Bent u bekend met het bericht?

			# Antwoord 1
			Ja.

			# Vraag 2
			Klopt het tekort?

			# Vraag 3
			Wat doet u eraan?

			# Antwoord 2 en 3
			Ja; de regioaanpak loopt door.

			# Vraag 4
			Kunt u de vragen snel beantwoorden?

			# Antwoord 4
			Ja. Zie het antwoord op vraag 2.
			""";

	@Inject
	private NotaCompletions completions;

	@Test
	void aCompleteBeantwoordingHasNoIssues() throws Exception {
		assertEquals(List.of(), validate(ANSWERS));
		assertEquals(List.of(), validate(ANSWERS.replaceAll("# (Vraag|Antwoord) \\d\\n", "# $1\n")), "numbers may be left out");
	}

	@Test
	void aQuestionWithoutAnAnswerIsAnErrorOnItsHeadingThatTheQuickFixAnswers() throws Exception {
		String text = ANSWERS.replace("# Antwoord 1\nJa.\n\n", "");
		Issue issue = only(validate(text), IssueCodes.MISSING_ANSWER);
		assertAt(issue, Severity.ERROR, 11, 1, "# Vraag 1".length());
		assertTrue(issue.getMessage().startsWith("Vraag 1 heeft geen antwoord"), issue.getMessage());
		QuickFixes.Fix fix = new QuickFixes().fixesFor(issue, text).get(0);
		String fixed = fix.apply(text);
		assertTrue(fixed.contains("Bent u bekend met het bericht?\n\n# Antwoord 1\n\n# Vraag 2"), fixed);
		// the last question unanswered at the end of the note
		String last = ANSWERS.substring(0, ANSWERS.indexOf("# Antwoord 4"));
		Issue end = only(validate(last), IssueCodes.MISSING_ANSWER);
		assertEquals(26, end.getLineNumber());
		// a question answered by an answer without number is the one right above it
		Issue grouped = only(validate(ANSWERS.replace("# Antwoord 2 en 3", "# Antwoord")), IssueCodes.MISSING_ANSWER);
		assertEquals(17, grouped.getLineNumber());
	}

	@Test
	void numbersRunWithoutGapsOrDoublesAndAnswersMatchTheirQuestions() throws Exception {
		Issue gap = only(validate(ANSWERS.replace("# Vraag 4", "# Vraag 5").replace("# Antwoord 4", "# Antwoord 5")), IssueCodes.QUESTION_NUMBER);
		assertEquals(26, gap.getLineNumber());
		assertTrue(gap.getMessage().startsWith("Hier hoort vraag 4"), gap.getMessage());
		only(validate(ANSWERS.replace("# Vraag 3", "# Vraag 2").replace("# Antwoord 2 en 3", "# Antwoord 2")), IssueCodes.QUESTION_NUMBER);
		Issue wrong = only(validate(ANSWERS.replace("# Antwoord 4", "# Antwoord 3")), IssueCodes.ANSWER_NUMBER);
		assertEquals(29, wrong.getLineNumber());
		Issue stray = only(validate(ANSWERS + "\n# Antwoord\nNog iets.\n"), IssueCodes.ANSWER_NUMBER);
		assertTrue(stray.getMessage().startsWith("Dit antwoord staat niet onder een vraag"), stray.getMessage());
		Issue other = only(validate(ANSWERS.replace("# Vraag 2\n", "# Tweede vraag\n")), IssueCodes.QUESTION_HEADING);
		assertEquals(17, other.getLineNumber());
	}

	@Test
	void aReferenceToAnAnswerPointsToAQuestionThereIs() throws Exception {
		String text = ANSWERS.replace("Zie het antwoord op vraag 2.", "Zie het antwoord op vraag 7.");
		Issue issue = only(validate(text), IssueCodes.QUESTION_REFERENCE);
		assertEquals(text.indexOf("7."), issue.getOffset());
		assertEquals(1, issue.getLength());
		assertTrue(issue.getMessage().contains("vragen 1 tot en met 4"), issue.getMessage());
	}

	@Test
	void theAnswersFollowTheQuestionsWithinThreeWeeksOrWithAnUitstelbericht() throws Exception {
		Issue early = only(validate(ANSWERS.replace("datum: 20 november 2025", "datum: 1 november 2025")), IssueCodes.QUESTIONS_DATE);
		assertEquals(6, early.getLineNumber());
		String late = ANSWERS.replace("datum: 20 november 2025", "datum: 28 november 2025");
		Issue deadline = only(validate(late), IssueCodes.ANSWER_DEADLINE);
		assertAt(deadline, Severity.WARNING, 4, 13, "3 november 2025".length());
		assertTrue(deadline.getMessage().contains("24 november 2025"), deadline.getMessage());
		assertEquals(List.of(), validate(late.replace("kenmerk: K1", "kenmerk: K1\nuitstelbericht: 21 november 2025")));
	}

	@Test
	void completionOffersTheAnswerToTheQuestionAboveAndTheNextQuestion() throws Exception {
		String text = ANSWERS.replace("# Antwoord 4\nJa. Zie het antwoord op vraag 2.\n", "|");
		int caret = text.indexOf('|');
		List<Completion> found = completions.complete(text.replace("|", ""), caret, null);
		assertEquals(List.of("# Antwoord 4", "# Vraag 5"),
				found.stream().filter(c -> c.kind() == Completion.Kind.SECTION).map(Completion::label).toList());
		assertTrue(found.stream().noneMatch(c -> c.kind() == Completion.Kind.PART), "no second letter part: " + found);
	}
}
