package nl.nota.lang.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Dutch government documents write them: "30 september 2025". */
public final class DutchDate {

	public static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
			"augustus", "september", "oktober", "november", "december");

	private static final Pattern LONG = Pattern.compile(
			"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private DutchDate() {
	}

	/** The date, if the text is a valid date in long form. */
	public static Optional<LocalDate> parseLongForm(String text) {
		Matcher m = LONG.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
		return month == 0 ? Optional.empty() : date(m.group(3), String.valueOf(month), m.group(1));
	}

	/** The date, if the text is a valid date in a numeric form such as 30-09-2025 or 2025-09-30. */
	public static Optional<LocalDate> parseNumeric(String text) {
		Matcher dayFirst = DAY_FIRST.matcher(text.strip());
		if (dayFirst.matches()) {
			return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
		}
		Matcher iso = ISO.matcher(text.strip());
		return iso.matches() ? date(iso.group(1), iso.group(2), iso.group(3)) : Optional.empty();
	}

	public static String format(LocalDate date) {
		return date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
	}

	private static Optional<LocalDate> date(String year, String month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		} catch (DateTimeException | NumberFormatException e) {
			return Optional.empty();
		}
	}
}
