package nl.nota.lang.parser;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Turns the text of the nota tokens into model values: keys without colon, headings without '#', normalised prose.
 * One per injector (as Xtext's own converters): it builds its table of converters by reflection on first use, and
 * every parse made a new one (2 % of a batch).
 */
@Singleton
public class NotaValueConverters extends AbstractDeclarativeValueConverterService {

	/** Characters a backslash makes literal: markup, and what would start a structural line ("# ", "- ", "//", "key:"). */
	public static final String ESCAPABLE = "{}*\\#-/:•|";

	@ValueConverter(rule = "PART_KEY")
	public IValueConverter<String> partKey() {
		return new Converter(text -> text.substring(0, text.length() - 1).strip(), value -> value + ":");
	}

	@ValueConverter(rule = "FIELD_KEY")
	public IValueConverter<String> fieldKey() {
		return new Converter(text -> text.substring(0, text.length() - 1).strip(), value -> value + ":");
	}

	@ValueConverter(rule = "H1")
	public IValueConverter<String> h1() {
		return new Converter(NotaValueConverters::heading, value -> "# " + value);
	}

	@ValueConverter(rule = "H2")
	public IValueConverter<String> h2() {
		return new Converter(NotaValueConverters::heading, value -> "## " + value);
	}

	@ValueConverter(rule = "PROSE")
	public IValueConverter<String> prose() {
		return new Converter(NotaValueConverters::prose, NotaValueConverters::escapeProse);
	}

	@ValueConverter(rule = "BULLET")
	public IValueConverter<String> bullet() {
		return new Converter(String::strip, value -> value);
	}

	@ValueConverter(rule = "SUB_BULLET")
	public IValueConverter<String> subBullet() {
		return new Converter(String::strip, value -> value);
	}

	@ValueConverter(rule = "RULE")
	public IValueConverter<String> rule() {
		return new Converter(String::strip, value -> value);
	}

	@ValueConverter(rule = "ARG")
	public IValueConverter<String> arg() {
		return new Converter(String::strip, value -> value);
	}

	@ValueConverter(rule = "NAME")
	public IValueConverter<String> name() {
		return new Converter(value -> value, value -> value);
	}

	static String heading(String text) {
		int start = 0;
		while (start < text.length() && text.charAt(start) == '#') {
			start++;
		}
		return collapseWhitespace(text.substring(start)).strip();
	}

	/** Line breaks and indentation inside a paragraph are spaces; escapes lose their backslash. */
	public static String prose(String text) {
		if (isNormalProse(text)) {
			return text; // most runs: nothing to collapse or unescape, so no copy made character by character
		}
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
				result.append(text.charAt(++i));
			} else if (Character.isWhitespace(c) || c == '\u00a0') {
				if (result.isEmpty() || result.charAt(result.length() - 1) != ' ') {
					result.append(' ');
				}
			} else {
				result.append(c);
			}
		}
		return result.toString();
	}

	/** Whether {@link #prose} would return the text as it is: no escape, no white space but single spaces. */
	private static boolean isNormalProse(String text) {
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (space) {
					return false;
				}
				space = true;
			} else if (c == '\\' || c == '\u00a0' || Character.isWhitespace(c)) {
				return false;
			} else {
				space = false;
			}
		}
		return true;
	}

	static String escapeProse(String value) {
		return value.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("*", "\\*");
	}

	private static String collapseWhitespace(String text) {
		return nl.nota.lang.model.NoteText.collapseSpaces(text);
	}

	private static final class Converter extends AbstractNullSafeConverter<String> {
		private final java.util.function.Function<String, String> toValue;
		private final java.util.function.Function<String, String> toText;

		Converter(java.util.function.Function<String, String> toValue, java.util.function.Function<String, String> toText) {
			this.toValue = toValue;
			this.toText = toText;
		}

		@Override
		protected String internalToValue(String string, INode node) {
			return toValue.apply(string);
		}

		@Override
		protected String internalToString(String value) {
			return toText.apply(value);
		}
	}
}
