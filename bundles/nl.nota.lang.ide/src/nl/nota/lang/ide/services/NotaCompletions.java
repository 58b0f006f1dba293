package nl.nota.lang.ide.services;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;

import nl.nota.lang.model.DutchDate;
import nl.nota.lang.model.Headings;
import nl.nota.lang.model.NoteFolders;
import nl.nota.lang.model.NoteSkeletons;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.NoteTypeRegistry;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.FieldSpec;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;
import nl.nota.lang.types.noteType.SectionSpec;
import nl.nota.lang.types.noteType.ValueType;
import nl.nota.lang.woo.WooGround;
import nl.nota.lang.woo.WooGrounds;

/**
 * Content assist for notes, from the note types (not from the grammar: section headings and field keys are
 * data). Works on the text and the caret alone, so it answers at once even in a note that does not parse.
 * <ul>
 * <li>on the first line: the note kinds;</li>
 * <li>in a part's header: the fields its type has and the note does not, and after {@code key: } the values
 * (house styles, listed values, today's date);</li>
 * <li>at the start of a body line: the sections the type still lacks at that level (required ones first
 * said as such), and the Kamerbrief part when the note has none;</li>
 * <li>after <code>{</code>: the markup keywords; after <code>{lak </code>: the Woo grounds.</li>
 * </ul>
 */
public class NotaCompletions {

	private static final Pattern KEY_LINE = Pattern.compile("([\\p{L}][\\p{L}\\p{N}_-]*):(.*)");
	private static final Pattern HEADING_PREFIX = Pattern.compile("(#{0,2})( ?)([^#{}]*)");

	@Inject
	private NoteTypeRegistry registry;

	@Inject
	private WooGrounds grounds;

	@Inject(optional = true)
	private HouseStyleNames houseStyles = new HouseStyleNames.None();

	/** The proposals at {@code offset} in {@code text}, for a note stored at {@code uri} (may be null). */
	public List<Completion> complete(String text, int offset, URI uri) {
		offset = Math.max(0, Math.min(offset, text.length()));
		// a line ends at \n or a lone \r, as the scanner reads it
		int lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
		String before = text.substring(lineStart, offset);
		NoteTypeCatalog catalog = registry.catalogFor(uri);
		List<Completion> result = new ArrayList<>();

		if (before.stripLeading().startsWith("//")) {
			return result; // a comment is the writer's own text
		}
		int brace = before.lastIndexOf('{');
		if (brace >= 0 && before.indexOf('}', brace) < 0) {
			markup(before.substring(brace + 1), offset, result);
			return result;
		}
		if (lineStart == 0) {
			kinds(catalog, before, offset, result);
			return result;
		}
		NotaStructure structure = NotaStructure.of(text);
		NotaStructure.Node part = partAt(structure, offset);
		NoteType type = part == null ? null : catalog.find(part.name());
		if (part != null && inHeader(text, part, lineStart)) {
			header(text, part, type, before, offset, uri, result);
			return result;
		}
		if (before.isBlank() || before.startsWith("#")) {
			sections(text, structure, part, type, before, offset, result);
			if (!before.startsWith("#") && text.charAt(Math.max(0, lineStart - 2)) == '\n') {
				letterPart(text, structure, catalog, before, offset, result);
			}
		}
		if (part != null && !part.children().isEmpty() && offset > part.children().get(0).offset()
				&& (before.isBlank() || before.strip().equals("|"))) {
			table(before, offset, result);
		}
		return result;
	}

	/** A table to fill in, at the start of a line of text: a header row, the rule, one row and a caption. */
	private static void table(String before, int offset, List<Completion> result) {
		String skeleton = "| Kop | Kop |\n|-----|-----|\n|  |  |\n: Bijschrift\n";
		result.add(new Completion("Tabel", skeleton, offset - before.length(), before.length(), 2,
				"Een tabel: de eerste rij is de kop; een kolom met bedragen wordt rechts uitgelijnd; ': ' eronder is het bijschrift",
				Completion.Kind.KEYWORD));
	}

	private void kinds(NoteTypeCatalog catalog, String before, int offset, List<Completion> result) {
		if (before.contains(":")) {
			return;
		}
		String prefix = before.strip().toLowerCase(Locale.ROOT);
		for (NoteType type : catalog.all()) {
			if (type.getName().startsWith(prefix)) {
				result.add(new Completion(type.getName(), type.getName() + ": ", offset - before.length(), before.length(),
						type.getTitle() + (type.getDescription() == null ? "" : " — " + type.getDescription()), Completion.Kind.KIND));
			}
		}
	}

	private void header(String text, NotaStructure.Node part, NoteType type, String before, int offset, URI uri, List<Completion> result) {
		if (type == null) {
			return;
		}
		Matcher key = KEY_LINE.matcher(before.strip());
		if (key.matches() && before.indexOf(':') >= 0) {
			FieldSpec field = type.getFields().stream().filter(spec -> spec.getName().equals(key.group(1))).findFirst().orElse(null);
			if (field != null) {
				int valueStart = before.indexOf(':') + 1;
				String typed = before.substring(valueStart).stripLeading();
				int replaceFrom = offset - typed.length();
				values(field, typed, replaceFrom, uri, result);
			}
			return;
		}
		if (before.contains(" ") && !before.isBlank()) {
			return;
		}
		String prefix = before.strip();
		Set<String> present = presentFields(text, part);
		for (FieldSpec field : type.getFields()) {
			if ((present.contains(field.getName()) && !field.isRepeatable()) || !field.getName().startsWith(prefix)) {
				continue;
			}
			String detail = field.getLabel() + " (" + Requirements.word(field.getRequirement()) + ")"
					+ (field.getDescription() == null ? "" : " — " + field.getDescription());
			result.add(new Completion(field.getName() + ":", field.getName() + ": ", offset - before.length(), before.length(), detail,
					Completion.Kind.FIELD));
		}
		// required and recommended fields first, then the type's order
		result.sort((a, b) -> Integer.compare(rank(type, a.label()), rank(type, b.label())));
	}

	private static int rank(NoteType type, String label) {
		String name = label.substring(0, label.length() - 1);
		for (int i = 0; i < type.getFields().size(); i++) {
			FieldSpec field = type.getFields().get(i);
			if (field.getName().equals(name)) {
				return (field.getRequirement() == Requirement.OPTIONAL ? 1000 : 0) + i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private void values(FieldSpec field, String typed, int replaceFrom, URI uri, List<Completion> result) {
		List<String> values = new ArrayList<>();
		String detail = field.getLabel();
		if (field.getName().equals("huisstijl")) {
			Path folder = NoteFolders.folderOf(uri);
			values.addAll(houseStyles.namesFor(folder));
			detail = "Huisstijl";
		} else if (!field.getValues().isEmpty()) {
			values.addAll(field.getValues());
		} else if (field.getValueType() == ValueType.DATE) {
			values.add(DutchDate.format(LocalDate.now()));
			detail = "Vandaag";
		}
		String prefix = typed.toLowerCase(Locale.ROOT);
		for (String value : values) {
			if (value.toLowerCase(Locale.ROOT).startsWith(prefix)) {
				result.add(new Completion(value, value, replaceFrom, typed.length(), detail, Completion.Kind.VALUE));
			}
		}
	}

	private void sections(String text, NotaStructure structure, NotaStructure.Node part, NoteType type, String before, int offset,
			List<Completion> result) {
		if (type == null) {
			return;
		}
		Matcher typed = HEADING_PREFIX.matcher(before.stripLeading());
		if (!typed.matches()) {
			return;
		}
		String marker = typed.group(1);
		String prefix = Headings.normalize(typed.group(3));
		int replaceFrom = offset - before.length();
		if (type.isQuestions() && !marker.equals("##")) {
			questions(part, offset, prefix, replaceFrom, before.length(), result);
			return;
		}
		// top-level sections the part lacks
		if (!marker.equals("##")) {
			Set<String> present = presentHeadings(part.children());
			for (SectionSpec spec : type.getSections()) {
				if (fitsHere(type.getSections(), part.children(), offset, spec)) {
					offer(spec, "#", present, prefix, replaceFrom, before.length(), type, result);
				}
			}
		}
		// sub-sections the section above the caret lacks
		NotaStructure.Node section = part.children().stream().filter(node -> node.offset() < offset && offset <= node.end()).reduce(
				(first, second) -> second).orElse(null);
		if (section != null && !marker.equals("#")) {
			SectionSpec spec = Headings.find(type.getSections(), section.name());
			if (spec != null) {
				Set<String> present = presentHeadings(section.children());
				for (SectionSpec sub : spec.getSections()) {
					if (fitsHere(spec.getSections(), section.children(), offset, sub)) {
						offer(sub, "##", present, prefix, replaceFrom, before.length(), type, result);
					}
				}
			}
		}
		result.sort((a, b) -> Boolean.compare(!a.detail().startsWith("Verplicht"), !b.detail().startsWith("Verplicht")));
	}

	/**
	 * Whether the section belongs at the caret: no section the type puts after it stands above the caret, and
	 * none it puts before it stands below. Offering it elsewhere would earn the writer an "out of place"
	 * warning the moment it is accepted.
	 */
	private static boolean fitsHere(List<SectionSpec> specs, List<NotaStructure.Node> written, int offset, SectionSpec spec) {
		int index = specs.indexOf(spec);
		for (NotaStructure.Node node : written) {
			SectionSpec other = Headings.find(specs, node.name());
			if (other == null || other == spec) {
				continue;
			}
			int at = specs.indexOf(other);
			if (node.offset() < offset ? at > index : at < index) {
				return false;
			}
		}
		return true;
	}

	/** In a beantwoording: the answer to the question above the caret when it has none, and the next question. */
	private static void questions(NotaStructure.Node part, int offset, String prefix, int replaceFrom, int replaceLength,
			List<Completion> result) {
		int questions = 0;
		String last = null;
		for (NotaStructure.Node section : part.children()) {
			if (section.offset() >= offset) {
				break;
			}
			String name = Headings.normalize(section.name());
			if (name.startsWith("vraag")) {
				questions++;
			}
			last = name;
		}
		String answer = "Antwoord " + questions;
		if (last != null && last.startsWith("vraag") && Headings.normalize(answer).startsWith(prefix)) {
			String heading = answer;
			result.add(new Completion("# " + heading, "# " + heading + "\n", replaceFrom, replaceLength, "Het antwoord op vraag " + questions,
					Completion.Kind.SECTION));
		}
		String heading = "Vraag " + (questions + 1);
		if (Headings.normalize(heading).startsWith(prefix)) {
			result.add(new Completion("# " + heading, "# " + heading + "\n", replaceFrom, replaceLength,
					"De volgende vraag, letterlijk zoals ingezonden", Completion.Kind.SECTION));
		}
	}

	private static void offer(SectionSpec spec, String marker, Set<String> present, String prefix, int replaceFrom, int replaceLength,
			NoteType type, List<Completion> result) {
		String heading = spec.getHeading();
		// present under this heading or another the note type gives it ("Advies" for "Geadviseerd besluit")
		if (present.stream().anyMatch(written -> Headings.names(spec, written)) || !Headings.normalize(heading).startsWith(prefix)) {
			return;
		}
		String skeleton = NoteSkeletons.section(spec, marker).replaceAll("\\n+$", "\n");
		int caret = skeleton.indexOf('\n') + 1;
		String detail = (spec.getRequirement() == Requirement.REQUIRED ? "Verplicht in een " : spec.getRequirement() == Requirement.RECOMMENDED
				? "Aanbevolen in een " : "Mag in een ") + type.getTitle().toLowerCase(Locale.ROOT)
				+ (spec.getDescription() == null ? "" : " — " + spec.getDescription());
		result.add(new Completion(marker + " " + heading, skeleton, replaceFrom, replaceLength, caret, detail, Completion.Kind.SECTION));
	}

	private void letterPart(String text, NotaStructure structure, NoteTypeCatalog catalog, String before, int offset,
			List<Completion> result) {
		boolean hasLetter = structure.parts().stream().map(part -> catalog.find(part.name()))
				.anyMatch(type -> type != null && type.getCategory() == Category.LETTER);
		if (hasLetter) {
			return; // a note has one letter (or one beantwoording)
		}
		for (NoteType letter : catalog.all()) {
			boolean present = structure.parts().stream().anyMatch(part -> part.name().equals(letter.getName()));
			if (letter.getCategory() == Category.LETTER && !present && letter.getName().startsWith(before.strip())) {
				result.add(new Completion(letter.getName() + ":", letter.getName() + ": ", offset - before.length(), before.length(),
						"Begint de " + letter.getTitle() + " bij deze nota", Completion.Kind.PART));
			}
		}
	}

	private void markup(String typed, int offset, List<Completion> result) {
		Matcher lak = Pattern.compile("\\s*lak\\s+([^:]*)").matcher(typed);
		if (lak.matches()) {
			String prefix = lak.group(1).strip();
			for (WooGround ground : grounds.all()) {
				if (ground.code().startsWith(prefix)) {
					result.add(new Completion(ground.code(), ground.code() + ": ", offset - lak.group(1).length(), lak.group(1).length(),
							ground.title() + (ground.absolute() ? " (absolute grond)" : " (relatieve grond: afwegen)"), Completion.Kind.GROUND));
				}
			}
			return;
		}
		String prefix = typed.strip();
		if (typed.contains(" ")) {
			return;
		}
		addKeyword("lak", "lak ", "Lak tekst in de openbare versie: {lak 5.1.2e: tekst}", prefix, offset, result);
		addKeyword("kamerstuk", "kamerstuk ", "Verwijzing naar een Kamerstuk: {kamerstuk 21 501-28, nr. 296}", prefix, offset, result);
		addKeyword("kamerbrief", "kamerbrief}", "Verwijzing naar de bijgevoegde Kamerbrief", prefix, offset, result);
		addKeyword("voetnoot", "voetnoot: }", "voetnoot: ".length(), "Voetnoot onderaan de pagina: {voetnoot: Kamerstuk 29 538, nr. 327}",
				prefix, offset, result);
		addKeyword("link", "link  | https://}", "link ".length(), "Link naar een webpagina of e-mailadres: {link tekst | https://...}",
				prefix, offset, result);
		addKeyword("invullen", "invullen: }", "invullen: ".length(), "Nog in te vullen: {invullen: wat hier komt} (een waarschuwing; "
				+ "documenten tonen het als concept)", prefix, offset, result);
		addKeyword("opmerking", "opmerking : }", "opmerking ".length(), "Opmerking bij de tekst ervoor: {opmerking J. Jansen: klopt dit?} "
				+ "(een waarschuwing tot ze weg is; in de interne nota een opmerking in de marge)", prefix, offset, result);
	}

	private static void addKeyword(String keyword, String insert, int caret, String detail, String prefix, int offset,
			List<Completion> result) {
		if (keyword.startsWith(prefix)) {
			result.add(new Completion(keyword, insert, offset - prefix.length(), prefix.length(), caret, detail, Completion.Kind.KEYWORD));
		}
	}

	private static void addKeyword(String keyword, String insert, String detail, String prefix, int offset, List<Completion> result) {
		addKeyword(keyword, insert, insert.length(), detail, prefix, offset, result);
	}

	private static NotaStructure.Node partAt(NotaStructure structure, int offset) {
		NotaStructure.Node found = null;
		for (NotaStructure.Node part : structure.parts()) {
			if (part.offset() <= offset) {
				found = part;
			}
		}
		return found;
	}

	/** Whether the line lies in the part's header: no blank line between the part line and it. */
	private static boolean inHeader(String text, NotaStructure.Node part, int lineStart) {
		// the part line itself, also indented (its key, where the part starts, then lies after the line's start)
		String between = text.substring(Math.min(part.offset(), lineStart), lineStart);
		return !between.replace("\r", "").contains("\n\n") && (part.children().isEmpty() || lineStart < part.children().get(0).offset());
	}

	private static Set<String> presentFields(String text, NotaStructure.Node part) {
		Set<String> present = new HashSet<>();
		int end = text.indexOf("\n\n", part.offset());
		String header = text.substring(part.offset(), end < 0 ? text.length() : end);
		String[] lines = header.split("\n");
		for (int i = 1; i < lines.length; i++) {
			Matcher key = KEY_LINE.matcher(lines[i].strip());
			if (key.matches()) {
				present.add(key.group(1));
			}
		}
		return present;
	}

	private static Set<String> presentHeadings(List<NotaStructure.Node> nodes) {
		Set<String> present = new HashSet<>();
		nodes.forEach(node -> present.add(node.name()));
		return present;
	}

}
