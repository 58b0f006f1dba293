package nl.nota.docgen.transform;

import java.util.ArrayList;
import java.util.List;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.model.Questions;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.Part;

/**
 * The documents of a beantwoording of Kamervragen, on the letter's frame (letterhead, reference column,
 * date): the cover letter to the Voorzitter, and the answers document with each question and its answer
 * under "Vraag N" and "Antwoord N". Both are public.
 */
final class Answers {

	private Answers() {
	}

	/** "Hierbij zend ik u de antwoorden op de vragen van het lid X over Y (ingezonden ...)." and the signature. */
	static GeneratedDocument coverLetter(GeneratedDocument frame, Part part, InlineConverter inline) {
		List<Run> subject = inline.convert(part.getTitle());
		List<Run> betreft = prefixed("Antwoorden Kamervragen over ", subject);
		List<Entry> header = withSubject(frame, betreft);
		List<Run> sentence = new ArrayList<>(Runs.of("Hierbij zend ik u"));
		for (Field jointly : PartFields.all(part, "mede-namens")) {
			sentence.add(Run.text(", mede namens "));
			sentence.addAll(InlineConverter.lowerCaseFirst(inline.convert(jointly.getValue())));
			sentence.add(Run.text(","));
		}
		sentence.add(Run.text(" de antwoorden op de vragen van "));
		sentence.addAll(questions(part, inline, subject));
		List<Reference> references = withTheirReference(frame.referenceColumn(), part, inline);
		List<Run> number = NoteTransformer.fieldRuns(part, "nummer", inline);
		references.removeIf(reference -> Reference.ATTACHMENTS.equals(reference.label()));
		references.add(new Reference(Reference.ATTACHMENTS, List.of(prefixed("Antwoorden Kamervragen ", number))));
		return new GeneratedDocument(frame.kind(), betreft, frame.style(), frame.classification(), frame.addressLines(), header,
				references, List.of(new Block.Paragraph(InlineConverter.normalized(sentence))), frame.closing(), frame.draftRemarks(),
				frame.audience());
	}

	/**
	 * The answers: an opening line that says whose answers to whose questions, then each question and its
	 * answer. In a draft an unanswered question gets a visible placeholder.
	 */
	static GeneratedDocument document(GeneratedDocument frame, Part part, InlineConverter inline, boolean draft) {
		List<Run> subject = inline.convert(part.getTitle());
		List<Run> title = prefixed("Antwoorden Kamervragen over ", subject);
		List<Entry> header = withSubject(frame, title);
		List<Run> opening = new ArrayList<>(Runs.of("Antwoorden van "));
		opening.addAll(InlineConverter.lowerCaseFirst(NoteTransformer.fieldRuns(part, "functie", inline)));
		opening.add(Run.text(" op vragen van "));
		opening.addAll(questions(part, inline, subject));
		List<Block> body = new ArrayList<>();
		body.add(new Block.Paragraph(InlineConverter.normalized(opening)));
		List<Questions.Entry> entries = Questions.of(part);
		// the letter's remarks, but what is to be filled in as this document's converter has seen it (its own text too)
		List<String> missing = new ArrayList<>(frame.draftRemarks().stream().filter(remark -> !remark.startsWith(InlineConverter.TO_FILL)).toList());
		for (int i = 0; i < entries.size(); i++) {
			Questions.Entry entry = entries.get(i);
			if (entry.role() == Questions.Role.OTHER) {
				continue;
			}
			body.add(new Block.Heading(1, Runs.of(entry.label())));
			body.addAll(NoteTransformer.blocks(entry.section().getBlocks(), inline));
			boolean answered = i + 1 < entries.size() && entries.get(i + 1).role() == Questions.Role.ANSWER
					&& entries.get(i + 1).numbers().containsAll(entry.numbers());
			boolean grouped = i + 1 < entries.size() && entries.get(i + 1).role() == Questions.Role.QUESTION;
			if (draft && entry.role() == Questions.Role.QUESTION && !answered && !grouped) {
				String what = "antwoord op vraag " + Questions.join(entry.numbers());
				body.add(new Block.Heading(1, Runs.of("Antwoord " + Questions.join(entry.numbers()))));
				body.add(new Block.Paragraph(List.of(new Run.Placeholder("ontbreekt: " + what))));
				missing.add(what);
			}
		}
		List<Reference> references = answerReferences(frame, part, inline);
		missing.addAll(inline.toFill());
		return new GeneratedDocument(frame.kind(), title, frame.style(), frame.classification(), List.of(), header,
				references, body, List.of(), missing, frame.audience());
	}

	/** The letter's Datum and Betreft, with this as the Betreft. */
	private static List<Entry> withSubject(GeneratedDocument frame, List<Run> subject) {
		return frame.headerEntries().stream().map(entry -> entry.subject() ? new Entry(entry.label(), subject, true) : entry).toList();
	}

	/** Whose questions and what about: "het lid X (P) over Y (ingezonden 3 november 2025, 2025Z19876).", as both documents say it. */
	private static List<Run> questions(Part part, InlineConverter inline, List<Run> subject) {
		List<Run> runs = new ArrayList<>(askers(part, inline));
		runs.add(Run.text(" over "));
		runs.addAll(subject);
		runs.addAll(submitted(part, inline));
		runs.add(Run.text("."));
		return runs;
	}

	/** The reference column with the questions' number as "Uw referentie", under "Onze referentie". */
	private static List<Reference> withTheirReference(List<Reference> column, Part part, InlineConverter inline) {
		List<Reference> references = new ArrayList<>(column);
		List<Run> number = NoteTransformer.fieldRuns(part, "nummer", inline);
		if (!number.isEmpty() && references.stream().noneMatch(reference -> "Uw referentie".equals(reference.label()))) {
			int at = references.size();
			for (int i = 0; i < references.size(); i++) {
				if (Reference.OUR_REFERENCE.equals(references.get(i).label())) {
					at = i + 1;
				}
			}
			references.add(at, new Reference("Uw referentie", List.of(number)));
		}
		return references;
	}

	/** The letter's reference column without the attachments (the answers are the attachment). */
	private static List<Reference> answerReferences(GeneratedDocument frame, Part part, InlineConverter inline) {
		List<Reference> references = withTheirReference(frame.referenceColumn(), part, inline);
		references.removeIf(reference -> Reference.ATTACHMENTS.equals(reference.label()) || "Contactpersoon".equals(reference.label()));
		return references;
	}

	/** "het lid Van Dijk (GroenLinks-PvdA)", or for more: "de leden A (X) en B (Y)" as written, joined with commas and "en". */
	private static List<Run> askers(Part part, InlineConverter inline) {
		List<List<Run>> askers = PartFields.all(part, "vragensteller").stream().map(field -> inline.convert(field.getValue()))
				.filter(runs -> !runs.isEmpty()).toList();
		List<Run> joined = new ArrayList<>();
		for (int i = 0; i < askers.size(); i++) {
			if (i > 0) {
				joined.add(Run.text(i == askers.size() - 1 ? " en " : ", "));
			}
			joined.addAll(askers.get(i));
		}
		return joined;
	}

	/** " (ingezonden 3 november 2025, 2025Z19876)" as far as the note has them. */
	private static List<Run> submitted(Part part, InlineConverter inline) {
		List<Run> date = NoteTransformer.fieldRuns(part, "ingezonden", inline);
		List<Run> number = NoteTransformer.fieldRuns(part, "nummer", inline);
		if (date.isEmpty() && number.isEmpty()) {
			return List.of();
		}
		List<Run> runs = new ArrayList<>(Runs.of(" ("));
		if (!date.isEmpty()) {
			runs.add(Run.text("ingezonden "));
			runs.addAll(date);
		}
		if (!number.isEmpty()) {
			runs.add(Run.text(date.isEmpty() ? "" : ", "));
			runs.addAll(number);
		}
		runs.add(Run.text(")"));
		return runs;
	}

	private static List<Run> prefixed(String text, List<Run> runs) {
		List<Run> result = new ArrayList<>(runs.size() + 1);
		result.add(Run.text(text));
		result.addAll(runs);
		return result;
	}
}
