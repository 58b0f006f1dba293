package nl.nota.lang.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.DutchDate;
import nl.nota.lang.model.Headings;
import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.NoteType;

/** The nota and its Kamerbrief agree: dates, who signs, the advice and the attachments. */
public class ConsistencyValidator extends NotaCheck {

	private static final Pattern POLITICIAN = Pattern.compile("(?i)^(de )?(minister|staatssecretaris|minister-president)\\b.*");
	private static final Pattern POLITICIAN_ANYWHERE = Pattern.compile("(?i).*\\b(minister|staatssecretaris)\\b.*");

	@Inject
	private PartTypes partTypes;

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
			checkAdvice(nota);
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
		Optional<LocalDate> notaDate = date(nota);
		List<Field> letterDates = PartFields.all(letter, "datum");
		Optional<LocalDate> letterDate = date(letter);
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

	private void checkAdvice(Part nota) {
		for (Section section : nota.getSections()) {
			if (!Headings.normalize(section.getHeading()).equals("geadviseerd besluit")) {
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

	private static Optional<LocalDate> date(Part part) {
		String value = PartFields.value(part, "datum");
		return value == null ? Optional.empty() : DutchDate.parseLongForm(value);
	}
}
