package nl.nota.lang.fixes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

import nl.nota.lang.model.Suggestions;
import nl.nota.lang.validation.IssueCodes;

/**
 * The quick fixes of the nota language as plain text edits, computed from an issue's code and data and
 * the current text. IDE-agnostic: the workbench editor, the Problems view and the language server's code
 * actions all apply the same edits.
 */
public class QuickFixes {

	/** Replace {@code length} characters at {@code offset} by {@code text}. */
	public record Edit(int offset, int length, String text) {

		public String apply(String original) {
			return original.substring(0, offset) + text + original.substring(offset + length);
		}
	}

	/** A fix as the writer sees it, and what it does to the text. */
	public record Fix(String label, String description, List<Edit> edits) {

		/** The text after the fix; edits are applied from the end so earlier offsets stay valid. */
		public String apply(String text) {
			StringBuilder result = new StringBuilder(text);
			edits.stream().sorted((a, b) -> Integer.compare(b.offset(), a.offset()))
					.forEach(edit -> result.replace(edit.offset(), edit.offset() + edit.length(), edit.text()));
			return result.toString();
		}
	}

	public List<Fix> fixesFor(Issue issue, String text) {
		String code = issue.getCode();
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		if (code == null) {
			return List.of();
		}
		return switch (code) {
			case IssueCodes.MISSING_SECTION -> List.of(insertSection(data, text));
			case IssueCodes.MISSING_FIELD -> List.of(new Fix("Voeg het veld '" + data[0] + "' toe",
					"Voegt de regel '" + data[0] + ":' toe in de kop.", List.of(new Edit(Integer.parseInt(data[2]), 0, "\n" + data[0] + ":"))));
			case IssueCodes.INVALID_DATE, IssueCodes.DATE_FORMAT, IssueCodes.EVENT_DATE -> data.length == 0 ? List.of()
					: List.of(replace(issue, "Schrijf '" + data[0] + "'", "Schrijft de datum voluit.", data[0]));
			case IssueCodes.UNCLOSED -> List.of(new Fix("Sluit af met '" + data[0] + "'", "Zet '" + data[0]
					+ "' aan het eind van de alinea.", List.of(new Edit(Integer.parseInt(data[1]), 0, data[0]))));
			case IssueCodes.ABBREVIATION -> data[1].isEmpty() ? List.of()
					: List.of(new Fix("Schrijf '" + data[1] + " (" + data[0] + ")'", "Schrijft de afkorting bij het eerste gebruik voluit.",
							List.of(new Edit(Integer.parseInt(data[2]), data[0].length(), data[1] + " (" + data[0] + ")"))));
			case IssueCodes.UNKNOWN_GROUND, IssueCodes.UNKNOWN_SECTION, IssueCodes.UNKNOWN_KIND, IssueCodes.UNKNOWN_FIELD -> closest(issue,
					text, data);
			case IssueCodes.SPELLING -> Arrays.stream(data).limit(3)
					.map(suggestion -> replace(issue, "Vervang door '" + suggestion + "'", "Spelling volgens het woordenboek.", suggestion))
					.toList();
			case IssueCodes.SECTION_ORDER -> moveSection(issue, text, data);
			case IssueCodes.MISSING_ANSWER -> data.length < 2 ? List.of()
					: List.of(new Fix("Voeg '# " + data[0] + "' toe", "Zet de kop voor het antwoord onder de vraag; schrijf het antwoord eronder.",
							List.of(new Edit(Integer.parseInt(data[1]), 0, "\n\n# " + data[0]))));
			case IssueCodes.INVALID_CHARACTER -> List.of(new Fix("Verwijder het teken", "Verwijdert het stuurteken uit de tekst.",
					List.of(new Edit(issue.getOffset(), issue.getLength(), ""))));
			default -> List.of();
		};
	}

	private static Fix insertSection(String[] data, String text) {
		int offset = Integer.parseInt(data[2]);
		String skeleton = data[3];
		boolean atEnd = offset >= text.length() || !text.startsWith(data[1] + " ", offset);
		if (atEnd) {
			String before = offset > 0 && text.charAt(offset - 1) == '\n' ? "\n" : "\n\n";
			skeleton = before + skeleton.replaceAll("\\n+$", "\n");
		}
		return new Fix("Voeg de sectie '" + data[0] + "' toe", "Voegt '" + data[1] + " " + data[0] + "' toe op de plaats die de notasoort "
				+ "voorschrijft.", List.of(new Edit(offset, 0, skeleton)));
	}

	/** The known name closest to what was written, when it looks like a typo. */
	private static List<Fix> closest(Issue issue, String text, String[] known) {
		String written = text.substring(issue.getOffset(), issue.getOffset() + issue.getLength());
		boolean heading = written.startsWith("#");
		String marker = heading ? written.substring(0, written.indexOf(' ') + 1) : "";
		boolean key = written.endsWith(":");
		String name = heading ? written.substring(marker.length()) : key ? written.substring(0, written.length() - 1) : written;
		return Suggestions.closest(name, Arrays.asList(known))
				.map(best -> replace(issue, "Vervang door '" + best + "'", "Vervangt '" + name + "' door '" + best + "'.",
						marker + best + (key ? ":" : "")))
				.stream().toList();
	}

	/** Moves the section (its heading up to the next heading of the same level) to before the section it belongs before. */
	private static List<Fix> moveSection(Issue issue, String text, String[] data) {
		int start = issue.getOffset();
		String marker = text.substring(start, text.indexOf(' ', start) + 1);
		int end = nextHeading(text, start + 1, marker);
		int target = findHeading(text, marker + data[1]);
		if (target < 0 || target > start) {
			return List.of();
		}
		String section = text.substring(start, end);
		if (!section.endsWith("\n\n")) {
			section = section.endsWith("\n") ? section + "\n" : section + "\n\n";
		}
		List<Edit> edits = new ArrayList<>();
		edits.add(new Edit(start, end - start, ""));
		edits.add(new Edit(target, 0, section));
		return List.of(new Fix("Verplaats '" + data[0] + "' naar vóór '" + data[1] + "'", "Zet de sectie op de plaats die de "
				+ "notasoort voorschrijft.", edits));
	}

	private static int nextHeading(String text, int from, String marker) {
		int at = from;
		while ((at = text.indexOf('\n', at)) >= 0) {
			at++;
			if (text.startsWith(marker, at) || marker.equals("## ") && text.startsWith("# ", at) || startsPart(text, at)) {
				return at;
			}
		}
		return text.length();
	}

	private static boolean startsPart(String text, int at) {
		int lineEnd = text.indexOf('\n', at);
		String line = text.substring(at, lineEnd < 0 ? text.length() : lineEnd);
		return at >= 2 && text.charAt(at - 2) == '\n' && line.matches("[a-z][a-z0-9_-]*:( .*)?");
	}

	private static int findHeading(String text, String heading) {
		int at = text.startsWith(heading) ? 0 : text.indexOf("\n" + heading);
		return at <= 0 ? at : at + 1;
	}

	private static Fix replace(Issue issue, String label, String description, String replacement) {
		return new Fix(label, description, List.of(new Edit(issue.getOffset(), issue.getLength(), replacement)));
	}
}
