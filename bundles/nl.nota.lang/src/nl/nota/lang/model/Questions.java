package nl.nota.lang.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;

/**
 * The questions and answers of a beantwoording (Kamervragen): its sections in order, each "# Vraag" or
 * "# Antwoord", with the number written after it or, when none is written, the number its place gives it.
 * An answer may answer several questions at once ("# Antwoord 2 en 3").
 */
public final class Questions {

	private static final Pattern HEADING = Pattern.compile(
			"(vraag|antwoord)(?:\\s+(\\d{1,3}(?:\\s*(?:,|en|&)\\s*\\d{1,3})*))?\\s*[.:]?", Pattern.CASE_INSENSITIVE);
	/** A question's number, as headings and references write it. */
	public static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

	/** "zie het antwoord op vraag 3", "zie ook het antwoord op de vragen 2 en 3", "zie antwoord 4". */
	public static final Pattern REFERENCE = Pattern.compile(
			"(?i)\\b(?:het\\s+)?antwoord(?:en)?\\s+(?:op\\s+(?:de\\s+)?)?(?:vra(?:ag|gen)\\s+)?(\\d{1,3}(?:\\s*(?:,|en)\\s*\\d{1,3})*)");

	private Questions() {
	}

	public enum Role {
		QUESTION, ANSWER,
		/** A heading that is neither "Vraag" nor "Antwoord". */
		OTHER
	}

	/**
	 * One section of the body.
	 *
	 * @param written the numbers written in the heading; empty when none is written
	 * @param numbers the numbers it stands for: as written, or (for a question) its place among the questions,
	 *                (for an answer) the question right above it
	 */
	public record Entry(Section section, Role role, List<Integer> written, List<Integer> numbers) {

		/** "Vraag 3", "Antwoord 2 en 3": the heading as the documents print it. */
		public String label() {
			String word = role == Role.QUESTION ? "Vraag" : "Antwoord";
			return numbers.isEmpty() ? word : word + " " + join(numbers);
		}
	}

	public static String join(List<Integer> numbers) {
		if (numbers.size() == 1) {
			return String.valueOf(numbers.get(0));
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < numbers.size(); i++) {
			text.append(i == 0 ? "" : i == numbers.size() - 1 ? " en " : ", ").append(numbers.get(i));
		}
		return text.toString();
	}

	public static List<Entry> of(Part part) {
		List<Entry> entries = new ArrayList<>();
		int questions = 0;
		List<Integer> open = new ArrayList<>();
		for (Section section : part.getSections()) {
			String heading = Headings.visible(section.getHeading() == null ? "" : section.getHeading()).strip();
			Matcher matcher = HEADING.matcher(heading);
			if (!matcher.matches()) {
				entries.add(new Entry(section, Role.OTHER, List.of(), List.of()));
				continue;
			}
			List<Integer> written = new ArrayList<>();
			if (matcher.group(2) != null) {
				Matcher number = NUMBER.matcher(matcher.group(2));
				while (number.find()) {
					written.add(Integer.parseInt(number.group()));
				}
			}
			boolean question = matcher.group(1).toLowerCase(Locale.ROOT).equals("vraag");
			if (question) {
				questions++;
				List<Integer> numbers = written.isEmpty() ? List.of(questions) : List.copyOf(written);
				open.addAll(numbers);
				entries.add(new Entry(section, Role.QUESTION, List.copyOf(written), numbers));
			} else {
				// without a number an answer answers the question right above it; "Antwoord 2 en 3" answers both
				List<Integer> numbers = !written.isEmpty() ? List.copyOf(written) : open.isEmpty() ? List.of() : List.of(open.get(open.size() - 1));
				open.clear();
				entries.add(new Entry(section, Role.ANSWER, List.copyOf(written), numbers));
			}
		}
		return entries;
	}

	/** The numbers of the questions, in order. */
	public static List<Integer> questionNumbers(List<Entry> entries) {
		return entries.stream().filter(entry -> entry.role() == Role.QUESTION).flatMap(entry -> entry.numbers().stream()).toList();
	}

	/** The numbers in a reference's number group: "2 en 3" is 2, 3. */
	public static List<Integer> numbers(String group) {
		List<Integer> numbers = new ArrayList<>();
		Matcher number = NUMBER.matcher(group);
		while (number.find()) {
			numbers.add(Integer.parseInt(number.group()));
		}
		return numbers;
	}
}
