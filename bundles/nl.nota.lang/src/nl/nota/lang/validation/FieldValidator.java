package nl.nota.lang.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.DutchDate;
import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.model.Suggestions;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.noteType.FieldSpec;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;
import nl.nota.lang.types.noteType.ValueType;

/** The header fields of a part, against the fields its note type declares. */
public class FieldValidator extends NotaCheck {

	@Inject
	private PartTypes partTypes;

	@Check
	public void checkFields(Part part) {
		NoteType type = partTypes.typeOf(part);
		if (type == null) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (Field field : part.getFields()) {
			String key = PartFields.key(field);
			FieldSpec spec = spec(type, key);
			if (spec == null) {
				List<String> allowed = type.getFields().stream().map(FieldSpec::getName).toList();
				error("Onbekend veld '" + field.getKey() + "' in een " + type.getName() + "." + Suggestions.hint(key, allowed)
						+ " Mogelijk zijn: "
						+ String.join(", ", allowed) + ".", field, Literals.FIELD__KEY, IssueCodes.UNKNOWN_FIELD,
						allowed.toArray(String[]::new));
				continue;
			}
			if (!seen.add(key) && !spec.isRepeatable()) {
				error("Het veld '" + key + "' staat er twee keer; een " + type.getName() + " heeft er één.", field,
						Literals.FIELD__KEY, IssueCodes.DUPLICATE_FIELD);
				continue;
			}
			checkValue(field, spec);
		}
		for (FieldSpec spec : type.getFields()) {
			if (spec.getRequirement() != Requirement.OPTIONAL && !seen.contains(spec.getName().toLowerCase(Locale.ROOT))) {
				reportMissing(part, type, spec);
			}
		}
	}

	private void checkValue(Field field, FieldSpec spec) {
		String value = NoteText.plain(field.getValue());
		if (value.isEmpty()) {
			error("Het veld '" + spec.getName() + "' is leeg: vul het in of verwijder de regel.", field, Literals.FIELD__KEY,
					IssueCodes.EMPTY_FIELD);
		} else if (spec.getValueType() == ValueType.DATE && DutchDate.parseLongForm(value).isEmpty()) {
			String suggestion = DutchDate.parseNumeric(value).map(DutchDate::format).orElse(null);
			String example = suggestion != null ? suggestion : "30 september 2025";
			error("Schrijf de datum voluit, zoals '" + example + "'.", field, Literals.FIELD__VALUE, IssueCodes.INVALID_DATE,
					suggestion == null ? new String[0] : new String[] { suggestion });
		} else if (!spec.getValues().isEmpty()
				&& spec.getValues().stream().noneMatch(allowed -> allowed.equalsIgnoreCase(value))) {
			error("'" + value + "' is geen geldige waarde voor '" + spec.getName() + "'. Mogelijk zijn: "
					+ String.join(", ", spec.getValues()) + ".", field, Literals.FIELD__VALUE, IssueCodes.INVALID_VALUE,
					spec.getValues().toArray(String[]::new));
		}
	}

	private void reportMissing(Part part, NoteType type, FieldSpec spec) {
		String message = "Het veld '" + spec.getName() + "' (" + spec.getLabel() + ") ontbreekt"
				+ (spec.getRequirement() == Requirement.REQUIRED ? "" : "; het wordt aanbevolen") + ". Voeg in de kop een regel '"
				+ spec.getName() + ": ...' toe.";
		String[] data = { spec.getName(), spec.getLabel(), String.valueOf(insertOffset(part)) };
		if (spec.getRequirement() == Requirement.REQUIRED) {
			error(message, part, Literals.PART__KIND, IssueCodes.MISSING_FIELD, data);
		} else {
			warning(message, part, Literals.PART__KIND, IssueCodes.MISSING_FIELD, data);
		}
	}

	/** Where a new field line goes: after the last field, or after the part line. */
	private static int insertOffset(Part part) {
		INode last;
		if (!part.getFields().isEmpty()) {
			last = NodeModelUtils.findActualNodeFor(part.getFields().get(part.getFields().size() - 1));
		} else if (!part.getTitle().isEmpty()) {
			last = NodeModelUtils.findActualNodeFor(part.getTitle().get(part.getTitle().size() - 1));
		} else {
			List<INode> kind = NodeModelUtils.findNodesForFeature(part, Literals.PART__KIND);
			last = kind.isEmpty() ? null : kind.get(0);
		}
		if (last == null) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(part);
			return node == null ? 0 : node.getOffset();
		}
		return last.getEndOffset();
	}

	static FieldSpec spec(NoteType type, String key) {
		return type.getFields().stream().filter(spec -> spec.getName().equalsIgnoreCase(key)).findFirst().orElse(null);
	}

	static boolean isKnownFieldKey(NoteTypeCatalog catalog, String key) {
		return catalog.all().stream().anyMatch(type -> spec(type, key) != null);
	}
}
