package nl.nota.lang.types.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.validation.Check;

import nl.nota.lang.types.noteType.FieldSpec;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.NoteTypeModel;
import nl.nota.lang.types.noteType.NoteTypePackage.Literals;
import nl.nota.lang.types.noteType.SectionSpec;

/** Keeps note-type files consistent: unique names, unique headings, sensible minimums. */
public class NoteTypeValidator extends AbstractNoteTypeValidator {

	public static final String DUPLICATE_TYPE = "notatype.duplicate-type";
	public static final String DUPLICATE_FIELD = "notatype.duplicate-field";
	public static final String DUPLICATE_SECTION = "notatype.duplicate-section";
	public static final String EMPTY_TEXT = "notatype.empty-text";

	@Check
	public void checkUniqueTypes(NoteTypeModel model) {
		Set<String> names = new HashSet<>();
		for (NoteType type : model.getTypes()) {
			if (!names.add(type.getName().toLowerCase(Locale.ROOT))) {
				error("De notasoort '" + type.getName() + "' staat twee keer in dit bestand.", type, Literals.NOTE_TYPE__NAME,
						DUPLICATE_TYPE);
			}
		}
	}

	@Check
	public void checkFields(NoteType type) {
		if (type.getTitle() == null || type.getTitle().isBlank()) {
			error("Geef de notasoort een titel.", type, Literals.NOTE_TYPE__TITLE, EMPTY_TEXT);
		}
		Set<String> names = new HashSet<>();
		for (FieldSpec field : type.getFields()) {
			if (!names.add(field.getName().toLowerCase(Locale.ROOT))) {
				error("Het veld '" + field.getName() + "' staat twee keer in '" + type.getName() + "'.", field,
						Literals.FIELD_SPEC__NAME, DUPLICATE_FIELD);
			}
		}
		checkSections(type.getSections());
	}

	@Check
	public void checkSubsections(SectionSpec section) {
		if (section.getHeading() == null || section.getHeading().isBlank()) {
			error("Geef de sectie een kop.", section, Literals.SECTION_SPEC__HEADING, EMPTY_TEXT);
		}
		checkSections(section.getSections());
	}

	private void checkSections(List<SectionSpec> sections) {
		Set<String> names = new HashSet<>();
		Set<String> headings = new HashSet<>();
		for (SectionSpec section : sections) {
			if (!names.add(section.getName().toLowerCase(Locale.ROOT))) {
				error("De sectienaam '" + section.getName() + "' komt hier twee keer voor.", section,
						Literals.SECTION_SPEC__NAME, DUPLICATE_SECTION);
			} else if (section.getHeading() != null && !headings.add(section.getHeading().strip().toLowerCase(Locale.ROOT))) {
				error("De kop '" + section.getHeading() + "' komt hier twee keer voor.", section,
						Literals.SECTION_SPEC__HEADING, DUPLICATE_SECTION);
			}
		}
	}
}
