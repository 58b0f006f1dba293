package nl.nota.lang.ide.services;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;

import com.google.inject.Inject;

import nl.nota.lang.model.Headings;
import nl.nota.lang.types.NoteTypeRegistry;
import nl.nota.lang.types.noteType.FieldSpec;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;
import nl.nota.lang.types.noteType.SectionSpec;
import nl.nota.lang.woo.WooGround;
import nl.nota.lang.woo.WooGrounds;
import nl.nota.lang.writing.Readability;

/**
 * Hover texts (Markdown): for a heading what its note type says about the section and how readable its
 * prose is; for a field key the field's description; for a part line the note type; for a Woo ground its
 * title.
 */
public class NotaHovers {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");


	/** What to show, for the range {@code [offset, offset + length)}. */
	public record Hover(String markdown, int offset, int length) {
	}

	private static final Pattern GROUND = Pattern.compile("\\{\\s*lak\\s+([0-9][0-9.]*[a-z]?)");
	private static final Pattern KEY = Pattern.compile("\\s*([\\p{L}][\\p{L}\\p{N}_-]*):");

	@Inject
	private NoteTypeRegistry registry;

	@Inject
	private WooGrounds grounds;

	public Optional<Hover> hover(String text, int offset, URI uri) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		if (offset > 0 && offset <= text.length() && text.charAt(offset - 1) == '\n') {
			lineStart = offset;
		}
		int lineEnd = text.indexOf('\n', lineStart);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		String line = text.substring(lineStart, lineEnd);

		Matcher ground = GROUND.matcher(line);
		while (ground.find()) {
			if (lineStart + ground.start() <= offset && offset <= lineStart + ground.end()) {
				Optional<WooGround> known = grounds.find(ground.group(1));
				String markdown = known.map(found -> "**Woo " + found.code() + "**: " + found.title() + "\n\n"
						+ (found.absolute() ? "Absolute weigeringsgrond." : "Relatieve weigeringsgrond: het belang moet worden afgewogen."))
						.orElse("**Onbekende Woo-grond** '" + ground.group(1) + "'. Bekend zijn: " + String.join(", ", grounds.codes()) + ".");
				return Optional.of(new Hover(markdown, lineStart + ground.start(1), ground.group(1).length()));
			}
		}
		NotaStructure structure = NotaStructure.of(text);
		NotaStructure.Node node = structure.at(offset);
		if (node == null) {
			return Optional.empty();
		}
		NotaStructure.Node part = structure.parts().stream().filter(candidate -> candidate.contains(offset)).findFirst().orElse(null);
		NoteType type = part == null ? null : registry.catalogFor(uri).find(part.name());
		if (node.offset() == lineStart || node.offset() == lineStart + (line.length() - line.stripLeading().length())) {
			return Optional.of(new Hover(describe(node, type), node.offset(), node.length()));
		}
		Matcher key = KEY.matcher(line);
		if (type != null && key.lookingAt() && offset <= lineStart + key.end()) {
			FieldSpec field = type.getFields().stream().filter(spec -> spec.getName().equals(key.group(1))).findFirst().orElse(null);
			if (field != null) {
				String markdown = "**" + field.getLabel() + "** (" + Requirements.word(field.getRequirement()) + " in een "
						+ type.getTitle().toLowerCase(Locale.ROOT) + ")" + (field.getDescription() == null ? "" : "\n\n" + field.getDescription())
						+ (field.getValues().isEmpty() ? "" : "\n\nWaarden: " + String.join(", ", field.getValues()));
				return Optional.of(new Hover(markdown, lineStart + key.start(1), key.group(1).length() + 1));
			}
		}
		return Optional.empty();
	}

	private static String describe(NotaStructure.Node node, NoteType type) {
		StringBuilder markdown = new StringBuilder("**").append(node.label()).append("**");
		if (node.level() == NotaStructure.Level.PART) {
			if (type != null) {
				markdown.append("\n\n").append(type.getTitle()).append(type.getDescription() == null ? "" : ": " + type.getDescription());
			}
		} else if (type != null) {
			SectionSpec spec = find(type, node.name());
			if (spec == null) {
				markdown.append("\n\nGeen sectie van een ").append(type.getTitle().toLowerCase(Locale.ROOT)).append('.');
			} else {
				markdown.append(" — ").append(Requirements.word(spec.getRequirement())).append(" in een ")
						.append(type.getTitle().toLowerCase(Locale.ROOT));
				if (spec.getDescription() != null) {
					markdown.append("\n\n").append(spec.getDescription());
				}
			}
			Headings.notPublicGround(node.label()).ifPresent(ground -> markdown.append("\n\nNiet openbaar (Woo ").append(ground).append(")."));
		}
		Readability.Score score = node.readability();
		if (score != null) {
			// Dutch figures: a decimal comma ("20,0 woorden per zin")
			markdown.append(String.format(DUTCH, "%n%nLeesbaarheid (Flesch-Douma): %d, %s; %d woorden, %.1f woorden per zin.",
					score.shown(), score.band(), score.words(), score.wordsPerSentence()));
		}
		return markdown.toString();
	}

	/** A section of the type or one of its sub-sections, as the validator matches headings. */
	private static SectionSpec find(NoteType type, String heading) {
		SectionSpec spec = Headings.find(type.getSections(), heading);
		return spec != null ? spec
				: Headings.find(type.getSections().stream().flatMap(section -> section.getSections().stream()).toList(), heading);
	}

}
