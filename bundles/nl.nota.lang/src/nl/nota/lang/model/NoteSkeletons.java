package nl.nota.lang.model;

import java.time.LocalDate;

import nl.nota.lang.types.noteType.FieldSpec;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;
import nl.nota.lang.types.noteType.SectionSpec;
import nl.nota.lang.types.noteType.ValueType;

/**
 * The text a new note or a missing section starts from, derived from the note type: the workbench's New
 * Nota wizard and the quick fix for a missing section write the same skeletons.
 */
public final class NoteSkeletons {

	private NoteSkeletons() {
	}

	/**
	 * A whole note of the given type: the kind line, every required and recommended field (dates filled
	 * in with {@code today}), and every required section with its required sub-sections.
	 */
	public static String note(NoteType type, String subject, String houseStyle, LocalDate today) {
		// no line ends in a space: the editor's End key stops before one, and what is typed there still belongs
		StringBuilder text = new StringBuilder(type.getName()).append(':')
				.append(subject == null || subject.isBlank() ? "" : " " + subject.strip()).append('\n');
		for (FieldSpec field : type.getFields()) {
			if (field.getName().equals("huisstijl") && houseStyle != null && !houseStyle.isBlank()) {
				text.append("huisstijl: ").append(houseStyle).append('\n');
			} else if (field.getRequirement() != Requirement.OPTIONAL) {
				text.append(field.getName()).append(':').append(field.getValueType() == ValueType.DATE ? " " + DutchDate.format(today) : "")
						.append('\n');
			}
		}
		for (SectionSpec section : type.getSections()) {
			if (section.getRequirement() == Requirement.REQUIRED) {
				text.append('\n').append(section(section, "#"));
			}
		}
		return text.toString().replaceAll("\n+$", "\n");
	}

	/** A section: its heading, a first point where points are asked for, and its required sub-sections. */
	public static String section(SectionSpec spec, String marker) {
		StringBuilder text = new StringBuilder(marker).append(' ').append(spec.getHeading()).append('\n');
		if (spec.getMinItems() > 0) {
			text.append("-\n");
		}
		for (SectionSpec sub : spec.getSections()) {
			if (sub.getRequirement() == Requirement.REQUIRED) {
				text.append('\n').append(marker).append("# ").append(sub.getHeading()).append('\n');
			}
		}
		return text.append('\n').toString();
	}
}
