package nl.nota.lang.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.DutchDate;
import nl.nota.lang.model.Headings;
import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Text;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.SectionSpec;
import nl.nota.lang.writing.ProseRuns;
import nl.nota.lang.writing.WritingRules.Level;
import nl.nota.lang.writing.WritingSettings;

/** The nota and its Kamerbrief agree: dates (of the note and of the events they name), who signs, the advice and the attachments. */
public class ConsistencyValidator extends NotaCheck {

	private static final Pattern POLITICIAN = Pattern.compile("(?i)^(de )?(minister|staatssecretaris|minister-president)\\b.*");
	private static final Pattern POLITICIAN_ANYWHERE = Pattern.compile("(?i).*\\b(minister|staatssecretaris)\\b.*");

	/**
	 * An event named just before its date: "de DMM van 15 oktober 2025", "NAVO-top op 24 juni 2025". The
	 * event is the run of capitalised words (or abbreviations) right before the date.
	 */
	private static final Pattern EVENT_WITH_DATE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}-]*(?:[ -]\\p{Lu}[\\p{L}\\p{N}-]*)*)"
			+ "\\s+(?:van |op |d\\.d\\. )?(\\d{1,2} (?:" + String.join("|", DutchDate.MONTHS) + ") \\d{4})");

	@Inject
	private PartTypes partTypes;

	/** One mention of an event with a date, where it is written. */
	private record Mention(String event, String key, LocalDate date, String written, Text text, int offset, int length, boolean inLetter) {
	}

	/**
	 * The same event carries the same date everywhere in the nota and its letter. NORMAL, like the writing
	 * checks: it reads all prose.
	 */
	@Check(org.eclipse.xtext.validation.CheckType.NORMAL)
	public void checkEventDates(Document document) {
		List<Mention> mentions = new ArrayList<>();
		for (Part part : document.getParts()) {
			NoteType type = partTypes.typeOf(part);
			boolean letter = type != null && type.getCategory() == Category.LETTER;
			for (Inline inline : part.getTitle()) {
				if (inline instanceof Text text) {
					mentions(text, letter, mentions);
				}
			}
			for (ProseRuns.Run run : ProseRuns.of(part)) {
				mentions(run.text(), letter, mentions);
			}
		}
		Map<String, Mention> first = new HashMap<>();
		WritingSettings settings = null;
		for (Mention mention : mentions) {
			Mention earlier = first.putIfAbsent(mention.key(), mention);
			if (earlier == null || earlier.date().equals(mention.date())) {
				continue;
			}
			String where = earlier.inLetter() == mention.inLetter() ? "eerder" : earlier.inLetter() ? "in de Kamerbrief" : "in de nota";
			String message = mention.event() + " staat " + where + " op " + earlier.written() + ", hier op " + mention.written()
					+ ". Noem voor dezelfde gebeurtenis overal dezelfde datum.";
			if (settings == null) {
				// read the folder's writing rules once, and only when there is something to report
				settings = WritingSettings.forNote(document.getParts().get(0));
			}
			report(settings, IssueCodes.EVENT_DATE, Level.WARNING, message, mention.text(), new int[] { mention.offset(), mention.length() },
					earlier.written(), mention.event());
		}
	}

	/** Words capitalised only because they start a sentence: "De DMM" is the DMM, "Op 15 oktober" names no event. */
	private static final java.util.Set<String> SENTENCE_STARTS = java.util.Set.of("de", "het", "een", "op", "van", "in", "tijdens", "voor",
			"na", "bij", "tot", "vanaf", "sinds", "om", "met", "over", "per");

	private static String withoutSentenceStart(String event) {
		String rest = event;
		while (!rest.isEmpty()) {
			int space = rest.indexOf(' ');
			String word = space < 0 ? rest : rest.substring(0, space);
			if (!SENTENCE_STARTS.contains(word.toLowerCase(Locale.ROOT))) {
				break;
			}
			rest = space < 0 ? "" : rest.substring(space + 1);
		}
		return rest;
	}

	private static void mentions(Text text, boolean letter, List<Mention> into) {
		ICompositeNode node = NodeModelUtils.getNode(text);
		if (node == null) {
			return;
		}
		String source = node.getText();
		if (DutchDate.MONTHS.stream().noneMatch(source::contains)) {
			return; // no date written out: the pattern would be tried at every capital of the prose
		}
		Matcher matcher = EVENT_WITH_DATE.matcher(source);
		while (matcher.find()) {
			String event = withoutSentenceStart(matcher.group(1));
			String written = matcher.group(2);
			if (event.isEmpty() || DutchDate.MONTHS.contains(event.toLowerCase(Locale.ROOT))) {
				continue;
			}
			Optional<LocalDate> date = DutchDate.parseLongForm(written);
			if (date.isPresent()) {
				into.add(new Mention(event, event.toLowerCase(Locale.ROOT), date.get(), written, text, node.getOffset() + matcher.start(2),
						written.length(), letter));
			}
		}
	}

	@Check
	public void checkDocument(Document document) {
		if (document.getParts().isEmpty()) {
			return;
		}
		Part nota = document.getParts().get(0);
		NoteType notaType = partTypes.typeOf(nota);
		Optional<Part> letter = document.getParts().stream().skip(1).filter(part -> {
			NoteType type = partTypes.typeOf(part);
			return type != null && type.getCategory() == Category.LETTER;
		}).findFirst();
		if (notaType == null || notaType.getCategory() != Category.NOTA) {
			return;
		}
		checkSender(nota);
		letter.ifPresent(part -> {
			checkDates(nota, part);
			checkSigners(part);
			checkAdvice(nota, notaType);
		});
		if (letter.isEmpty()) {
			for (Field attachment : PartFields.all(nota, "bijlage")) {
				if (NoteText.plain(attachment.getValue()).toLowerCase(Locale.ROOT).contains("kamerbrief")) {
					warning("Als bijlage staat een Kamerbrief genoemd, maar deze nota bevat er geen. Voeg de brief toe als deel "
							+ "'kamerbrief: ...' onder de nota.", attachment, Literals.FIELD__VALUE, IssueCodes.MISSING_ATTACHMENT);
				}
			}
		}
	}

	private void checkSender(Part nota) {
		for (Field sender : PartFields.all(nota, "van")) {
			if (POLITICIAN_ANYWHERE.matcher(NoteText.plain(sender.getValue())).matches()) {
				warning("Een nota komt van een ambtenaar (de steller of diens directeur), niet van een bewindspersoon.", sender,
						Literals.FIELD__VALUE, IssueCodes.SIGNER_ROLE);
			}
		}
	}

	private void checkDates(Part nota, Part letter) {
		Optional<LocalDate> notaDate = PartFields.date(nota, "datum");
		List<Field> letterDates = PartFields.all(letter, "datum");
		Optional<LocalDate> letterDate = PartFields.date(letter, "datum");
		if (notaDate.isPresent() && letterDate.isPresent() && letterDate.get().isBefore(notaDate.get())) {
			error("De Kamerbrief is gedateerd vóór de nota (" + DutchDate.format(notaDate.get()) + "); de brief volgt op het "
					+ "besluit over de nota.", letterDates.get(0), Literals.FIELD__VALUE, IssueCodes.LETTER_DATE);
		}
	}

	private void checkSigners(Part letter) {
		for (String key : List.of("functie", "mede-namens")) {
			for (Field field : PartFields.all(letter, key)) {
				if (!POLITICIAN.matcher(NoteText.plain(field.getValue())).matches()) {
					warning("Een Kamerbrief wordt ondertekend door een minister of staatssecretaris, zoals 'De minister van Defensie'.",
							field, Literals.FIELD__VALUE, IssueCodes.SIGNER_ROLE);
				}
			}
		}
	}

	/** The advice, under its heading or another the note type gives it ("Advies"), refers to the letter. */
	private void checkAdvice(Part nota, NoteType type) {
		SectionSpec advice = type.getSections().stream().filter(spec -> spec.getName().equals("geadviseerd-besluit")).findFirst()
				.orElse(null);
		for (Section section : nota.getSections()) {
			boolean isAdvice = advice != null ? Headings.names(advice, section.getHeading())
					: Headings.normalize(section.getHeading()).equals("geadviseerd besluit");
			if (!isAdvice) {
				continue;
			}
			boolean refers = !EcoreUtil2.getAllContentsOfType(section, LetterReference.class).isEmpty()
					|| section.getBlocks().stream().anyMatch(block -> block instanceof nl.nota.lang.nota.Paragraph paragraph
							&& NoteText.plain(paragraph.getInlines()).toLowerCase(Locale.ROOT).contains("kamerbrief"));
			if (!refers) {
				warning("Deze nota draagt een Kamerbrief; verwijs er in het geadviseerd besluit naar, bijvoorbeeld 'in te stemmen "
						+ "met de bijgevoegde {kamerbrief}'.", section, Literals.SECTION__HEADING, IssueCodes.ADVICE_WITHOUT_LETTER);
			}
		}
	}

}
