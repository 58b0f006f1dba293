package nl.nota.lang.model;

import java.util.List;
import java.util.Locale;

import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.Part;

/** Reads the header fields of a part by key, ignoring case. */
public final class PartFields {

	private PartFields() {
	}

	public static List<Field> all(Part part, String key) {
		return part.getFields().stream().filter(field -> key(field).equals(key.toLowerCase(Locale.ROOT))).toList();
	}

	/** The plain text of the first field with this key, or null. */
	public static String value(Part part, String key) {
		List<Field> fields = all(part, key);
		return fields.isEmpty() ? null : NoteText.plain(fields.get(0).getValue());
	}

	/** The first field with this key read as a date in long form ("30 september 2025"); empty when absent or unreadable. */
	public static java.util.Optional<java.time.LocalDate> date(Part part, String key) {
		String value = value(part, key);
		return value == null ? java.util.Optional.empty() : DutchDate.parseLongForm(value);
	}

	public static String key(Field field) {
		return field.getKey() == null ? "" : field.getKey().toLowerCase(Locale.ROOT);
	}
}
