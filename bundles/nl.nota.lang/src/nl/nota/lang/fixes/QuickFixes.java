package nl.nota.lang.fixes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.validation.Issue;

import nl.nota.lang.model.Suggestions;
import nl.nota.lang.parser.NotaScanner;
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

	/**
	 * A fix as the writer sees it, and what it does to the text. {@code caret} is where the writer types
	 * next, as an offset in the first edit's text ({@code -1}: at its end); editors put the caret there
	 * instead of leaving the inserted text selected.
	 */
	public record Fix(String label, String description, List<Edit> edits, int caret) {

		public Fix(String label, String description, List<Edit> edits) {
			this(label, description, edits, -1);
		}

		/** The caret as an offset in the text after the fix. */
		public int caretAfter() {
			Edit first = edits.get(0);
			int shift = edits.stream().filter(edit -> edit.offset() < first.offset())
					.mapToInt(edit -> edit.text().length() - edit.length()).sum();
			return first.offset() + shift + (caret < 0 ? first.text().length() : caret);
		}

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
			case IssueCodes.MISSING_SECTION -> withOrphanedPoints(insertSection(data, text), data, text);
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
			case IssueCodes.REVIEW_COMMENT -> List.of(resolveComment(issue, text));
			default -> List.of();
		};
	}

	/** A remark is resolved by deleting it, with the blank before it when it stood between a word and a mark or the line's end. */
	private static Fix resolveComment(Issue issue, String text) {
		int start = issue.getOffset();
		int end = Math.min(text.length(), start + issue.getLength());
		boolean markOrEnd = end >= text.length() || ".,;:!?)\n\r".indexOf(text.charAt(end)) >= 0 || text.charAt(end) == ' ';
		if (start > 0 && text.charAt(start - 1) == ' ' && markOrEnd) {
			start--;
		}
		return new Fix("Verwijder de opmerking (verwerkt)", "Haalt de opmerking uit de tekst: zo is ze afgehandeld.",
				List.of(new Edit(start, end - start, "")));
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
				+ "voorschrijft.", List.of(new Edit(offset, 0, skeleton)), bodyStart(skeleton, data[1] + " " + data[0]));
	}

	/**
	 * For a missing section of points: when the points stand at the end of the section before it (written
	 * before its heading was), a second fix puts the heading above them, so they move into the new section.
	 */
	private static List<Fix> withOrphanedPoints(Fix insert, String[] data, String text) {
		String heading = data[1] + " " + data[0];
		if (!data[3].equals(heading + "\n-\n\n")) {
			return List.of(insert);
		}
		int offset = Math.min(Integer.parseInt(data[2]), text.length());
		String[] lines = text.substring(0, offset).split("\n", -1);
		int lineStart = offset;
		int listStart = -1;
		int points = 0;
		for (int i = lines.length - 1; i >= 0; i--) {
			String line = lines[i];
			lineStart -= line.length() + (i < lines.length - 1 ? 1 : 0);
			boolean blank = line.isBlank();
			int marker = NotaScanner.itemMarker(line);
			boolean point = marker > 0 && !line.substring(marker).isBlank();
			// an indented line continues a point; read from the bottom up, its point comes later
			boolean under = !blank && Character.isWhitespace(line.charAt(0));
			if (blank && listStart < 0 || point || under) {
				if (point) {
					listStart = lineStart;
					points++;
				}
				continue;
			}
			if (line.startsWith("#")) {
				return List.of(insert); // the points are all there is in that section: they are its own
			}
			break;
		}
		if (listStart <= 0 || points == 0) {
			return List.of(insert);
		}
		String before = listStart >= 2 && text.charAt(listStart - 2) == '\n' ? "" : "\n";
		String insertion = before + heading + "\n";
		String which = points == 1 ? "het punt" : "de " + points + " punten";
		Fix adopt = new Fix("Voeg de sectie '" + data[0] + "' toe met " + which + " erboven",
				"Zet '" + heading + "' boven " + which + " aan het eind van de sectie ervoor, zodat "
						+ (points == 1 ? "het" : "ze") + " in de nieuwe sectie " + (points == 1 ? "staat" : "staan") + ".",
				List.of(new Edit(listStart, 0, insertion)), insertion.length());
		return List.of(adopt, insert);
	}

	/** Where the writer starts the section's text: after its first point's dash, or on the line under its heading. */
	private static int bodyStart(String skeleton, String heading) {
		int lineEnd = skeleton.indexOf('\n', skeleton.indexOf(heading));
		int body = lineEnd < 0 ? skeleton.length() : lineEnd + 1;
		return skeleton.startsWith("-\n", body) ? body + 1 : body;
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
		edits.add(new Edit(target, 0, section));
		edits.add(new Edit(start, end - start, ""));
		return List.of(new Fix("Verplaats '" + data[0] + "' naar vóór '" + data[1] + "'", "Zet de sectie op de plaats die de "
				+ "notasoort voorschrijft.", edits, 0));
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
