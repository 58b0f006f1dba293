package nl.nota.lang.model;

import java.time.LocalDate;
import java.util.List;

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
	 * in with {@code today}, the others with a placeholder), and every required section with its required
	 * sub-sections, each with a placeholder for its text. It has no errors: what is still to be written is
	 * a {@code {invullen: ...}} placeholder, a warning that says what, and documents show it as a concept.
	 */
	public static String note(NoteType type, String subject, String houseStyle, LocalDate today) {
		return note(type, subject, houseStyle, null, today);
	}

	/** The same, with {@code ministerie:} filled in with the ministry of the house style chosen. */
	public static String note(NoteType type, String subject, String houseStyle, String ministry, LocalDate today) {
		// no line ends in a space: the editor's End key stops before one, and what is typed there still belongs
		StringBuilder text = new StringBuilder(type.getName()).append(": ")
				.append(subject == null || subject.isBlank() ? placeholder("onderwerp") : subject.strip()).append('\n');
		for (FieldSpec field : type.getFields()) {
			if (field.getName().equals("huisstijl") && houseStyle != null && !houseStyle.isBlank()) {
				text.append("huisstijl: ").append(houseStyle).append('\n');
			} else if (field.getName().equals("ministerie") && ministry != null && !ministry.isBlank()) {
				text.append("ministerie: ").append(ministry.strip()).append('\n');
			} else if (field.getRequirement() != Requirement.OPTIONAL) {
				text.append(field.getName()).append(": ").append(field.getValueType() == ValueType.DATE ? DutchDate.format(today)
						: placeholder(lowerFirst(field.getLabel() == null ? field.getName() : field.getLabel()))).append('\n');
			}
		}
		for (SectionSpec section : type.getSections()) {
			if (section.getRequirement() == Requirement.REQUIRED) {
				text.append('\n').append(section(section, "#", true));
			}
		}
		if (type.isQuestions()) {
			text.append("\n# Vraag 1\n").append(placeholder("de eerste vraag, letterlijk")).append("\n\n# Antwoord 1\n")
					.append(placeholder("het antwoord")).append('\n');
		}
		return text.toString().replaceAll("\n+$", "\n");
	}

	/** A section: its heading, a first point where points are asked for, and its required sub-sections. */
	public static String section(SectionSpec spec, String marker) {
		return section(spec, marker, false);
	}

	/** With {@code placeholders}, every point and every text the section needs is a placeholder. */
	private static String section(SectionSpec spec, String marker, boolean placeholders) {
		StringBuilder text = new StringBuilder(marker).append(' ').append(spec.getHeading()).append('\n');
		List<SectionSpec> required = spec.getSections().stream().filter(sub -> sub.getRequirement() == Requirement.REQUIRED).toList();
		if (spec.getMinItems() > 0) {
			for (int point = 1; point <= (placeholders ? spec.getMinItems() : 1); point++) {
				text.append(placeholders ? "- " + placeholder(spec.getMinItems() == 1 ? "een punt" : "punt " + point) : "-").append('\n');
			}
		} else if (placeholders && required.isEmpty()) {
			text.append(placeholder(lowerFirst(spec.getHeading()))).append('\n');
		}
		for (SectionSpec sub : required) {
			text.append('\n').append(marker).append("# ").append(sub.getHeading()).append('\n');
			if (placeholders) {
				text.append(placeholder(lowerFirst(sub.getHeading()))).append('\n');
			}
		}
		return text.append('\n').toString();
	}

	/** {@code {invullen: what}}: text still to be written. */
	public static String placeholder(String what) {
		return "{invullen: " + what + "}";
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() || text.length() > 1 && Character.isUpperCase(text.charAt(1)) ? text
				: Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
