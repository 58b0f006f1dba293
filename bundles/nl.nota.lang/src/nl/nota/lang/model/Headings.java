package nl.nota.lang.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nota.lang.types.noteType.SectionSpec;

/**
 * Headings as written: "# Politieke context {lak 5.2}" is the heading "Politieke context" of a section
 * that is not public, on Woo ground 5.2 (a mark without text; "{lak 5.1.2e: naam}" is a redaction inside the
 * heading, see {@link HeadingInlines}). Headings compare ignoring case, extra whitespace, a trailing
 * colon and that mark.
 */
public final class Headings {

	private static final Pattern NOT_PUBLIC = Pattern.compile("\\s*\\{\\s*lak\\b\\s*([^}:]*)\\}\\s*$");

	private Headings() {
	}

	public static String normalize(String heading) {
		String text = NoteText.collapseSpaces(visible(heading)).toLowerCase(Locale.ROOT);
		return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
	}

	/** The heading without its not-public mark. */
	public static String visible(String heading) {
		return heading == null ? "" : NOT_PUBLIC.matcher(heading).replaceFirst("").strip();
	}

	/**
	 * The section of a note type a heading names: by its heading, one of its other headings ({@code ook}) or
	 * its name, ignoring case and the not-public mark.
	 */
	public static SectionSpec find(List<SectionSpec> specs, String heading) {
		return specs.stream().filter(spec -> names(spec, heading)).findFirst().orElse(null);
	}

	/** Whether the heading names this section of a note type. */
	public static boolean names(SectionSpec spec, String heading) {
		String wanted = normalize(heading);
		return normalize(spec.getHeading()).equals(wanted) || normalize(spec.getName()).equals(wanted)
				|| spec.getAliases().stream().anyMatch(alias -> normalize(alias).equals(wanted));
	}

	/** The ground when the heading marks its section not public ("" when the mark has no ground). */
	public static Optional<String> notPublicGround(String heading) {
		Matcher matcher = heading == null ? null : NOT_PUBLIC.matcher(heading);
		return matcher != null && matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
	}
}
