package nl.nota.lang.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.DutchDate;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.model.Questions;
import nl.nota.lang.model.Questions.Entry;
import nl.nota.lang.model.Questions.Role;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.writing.ProseRuns;

/**
 * A beantwoording of Kamervragen: every question has its answer, the numbers run 1, 2, 3 without gaps or
 * doubles, "zie het antwoord op vraag N" points to a question there is, and the dates fit the term of three
 * weeks.
 */
public class QuestionsValidator extends NotaCheck {

	/** The usual term for answering written questions. */
	public static final int TERM_DAYS = 21;

	@Inject
	private PartTypes partTypes;

	/** Today, for the term; a test sets its own. */
	static Supplier<LocalDate> today = LocalDate::now;

	@Check
	public void checkQuestions(Part part) {
		NoteType type = partTypes.typeOf(part);
		if (type == null || !type.isQuestions()) {
			return;
		}
		List<Entry> entries = Questions.of(part);
		if (entries.stream().noneMatch(entry -> entry.role() == Role.QUESTION)) {
			error("Deze beantwoording heeft nog geen vragen. Schrijf elke vraag onder '# Vraag 1', '# Vraag 2', ... en het antwoord "
					+ "eronder onder '# Antwoord 1', ...", part, Literals.PART__KIND, IssueCodes.MISSING_ANSWER);
			return;
		}
		List<Entry> open = new ArrayList<>();
		int expected = 1;
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			switch (entry.role()) {
				case OTHER -> error("In een beantwoording staat elke vraag onder '# Vraag N' en elk antwoord onder '# Antwoord N'.",
						entry.section(), Literals.SECTION__HEADING, IssueCodes.QUESTION_HEADING);
				case QUESTION -> {
					for (int number : entry.numbers()) {
						if (number != expected) {
							error("Hier hoort vraag " + expected + ": nummer de vragen 1, 2, 3, ... zonder gaten of dubbelingen (of laat "
									+ "de nummers weg, dan nummert het hulpmiddel ze).", entry.section(), Literals.SECTION__HEADING,
									IssueCodes.QUESTION_NUMBER, String.valueOf(expected));
						}
						expected = Math.max(expected, number) + 1;
					}
					open.add(entry);
				}
				case ANSWER -> {
					List<Integer> waiting = open.stream().flatMap(question -> question.numbers().stream()).toList();
					if (waiting.isEmpty()) {
						error("Dit antwoord staat niet onder een vraag. Zet '# Vraag' met de vraag erboven, of voeg het samen met het "
								+ "antwoord erboven.", entry.section(), Literals.SECTION__HEADING, IssueCodes.ANSWER_NUMBER);
					} else if (!waiting.containsAll(entry.numbers()) || entry.numbers().isEmpty()) {
						error("Dit antwoord staat onder vraag " + Questions.join(waiting) + ": schrijf '# Antwoord " + Questions.join(waiting)
								+ "'.", entry.section(), Literals.SECTION__HEADING, IssueCodes.ANSWER_NUMBER, Questions.join(waiting));
					}
					for (Entry question : open) {
						if (!entry.numbers().containsAll(question.numbers()) && waiting.containsAll(entry.numbers())) {
							missingAnswer(question, entry.section());
						}
					}
					open.clear();
				}
			}
		}
		for (Entry question : open) {
			missingAnswer(question, null);
		}
		checkReferences(part, Questions.questionNumbers(entries));
		checkDates(part);
	}

	/** The question has no answer; the quick fix puts "# Antwoord N" under it, before {@code next} or at the end of the part. */
	private void missingAnswer(Entry question, Section next) {
		ICompositeNode node = NodeModelUtils.getNode(question.section());
		int insertAt = node.getEndOffset();
		String label = "Antwoord " + Questions.join(question.numbers());
		error("Vraag " + Questions.join(question.numbers()) + " heeft geen antwoord. Schrijf het onder de vraag, onder '# " + label + "'.",
				question.section(), Literals.SECTION__HEADING, IssueCodes.MISSING_ANSWER, label, String.valueOf(insertAt));
	}

	/** "Zie het antwoord op vraag N": there is a question N. */
	private void checkReferences(Part part, List<Integer> questions) {
		for (ProseRuns.Run run : ProseRuns.of(part)) {
			Matcher reference = Questions.REFERENCE.matcher(run.source());
			while (reference.find()) {
				Matcher number = Questions.NUMBER.matcher(reference.group(1));
				while (number.find()) {
					int n = Integer.parseInt(number.group());
					if (!questions.contains(n)) {
						getMessageAcceptor().acceptError("Er is geen vraag " + n + "; deze beantwoording heeft de vragen 1 tot en met "
								+ questions.size() + ".", run.text(), run.offset() + reference.start(1) + number.start(), number.group().length(),
								IssueCodes.QUESTION_REFERENCE);
					}
				}
			}
		}
	}

	/** Submitted before the answer's date; answered within three weeks or with an uitstelbericht. */
	private void checkDates(Part part) {
		List<Field> submittedFields = PartFields.all(part, "ingezonden");
		Optional<LocalDate> submitted = PartFields.date(part, "ingezonden");
		Optional<LocalDate> answered = PartFields.date(part, "datum");
		if (submitted.isEmpty()) {
			return;
		}
		if (answered.isPresent() && answered.get().isBefore(submitted.get())) {
			error("De antwoorden zijn gedateerd vóór de vragen zijn ingezonden (" + DutchDate.format(submitted.get()) + ").",
					PartFields.all(part, "datum").get(0), Literals.FIELD__VALUE, IssueCodes.QUESTIONS_DATE);
		}
		LocalDate term = submitted.get().plusDays(TERM_DAYS);
		LocalDate reference = answered.orElseGet(today);
		if (reference.isAfter(term) && PartFields.all(part, "uitstelbericht").isEmpty()) {
			warning("De termijn van drie weken liep af op " + DutchDate.format(term) + ". Stuur de Kamer een uitstelbericht en zet "
					+ "'uitstelbericht: <datum>' in de kop.", submittedFields.get(0), Literals.FIELD__VALUE, IssueCodes.ANSWER_DEADLINE,
					DutchDate.format(term));
		}
	}
}
