package nl.nota.docgen.transform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

import nl.nota.docgen.model.Runs;

import nl.nota.lang.model.HeadingInlines;
import nl.nota.lang.model.Headings;
import nl.nota.lang.model.XmlCharacters;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Subsection;
import nl.nota.lang.woo.WooGround;
import nl.nota.lang.woo.WooGrounds;

/**
 * What the publication version of a nota withholds, per Woo ground: the inventory a Woo decision needs,
 * and the text of "Informatie die niet openbaar wordt gemaakt" derived from it.
 *
 * @param counts        per ground code, how many passages (spans, sections, names) are withheld
 * @param names         which officials' names are withheld by default ("steller", "ondertekenaar")
 * @param sections      headings of sections withheld as a whole, with their ground
 * @param titles        per ground code, its description
 */
public record WooInventory(Map<String, Integer> counts, List<String> names, Map<String, String> sections,
		Map<String, String> titles) {

	public static final String SECTION = "Informatie die niet openbaar wordt gemaakt";

	private static final List<String> OFFICIALS = List.of("steller", "ondertekenaar");

	static WooInventory of(Part part, WooGrounds grounds) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		List<String> names = new ArrayList<>();
		boolean namesPublic = "ja".equalsIgnoreCase(PartFields.value(part, "namen-openbaar"));
		List<Field> nameFields = new ArrayList<>();
		for (String official : OFFICIALS) {
			List<Field> fields = PartFields.all(part, official);
			if (!fields.isEmpty() && !namesPublic) {
				names.add(official);
				nameFields.addAll(fields);
				counts.merge(WooGrounds.PRIVACY, fields.size(), Integer::sum);
			}
		}
		for (Redaction redaction : EcoreUtil2.getAllContentsOfType(part, Redaction.class)) {
			boolean inWithheldName = nameFields.stream().anyMatch(field -> EcoreUtil2.isAncestor(field, redaction));
			if (!inWithheldName) {
				counts.merge(code(redaction.getGround()), 1, Integer::sum);
			}
		}
		Map<String, String> sections = new LinkedHashMap<>();
		InlineConverter published = new InlineConverter(InlineConverter.Visibility.PUBLIC);
		for (Section section : part.getSections()) {
			heading(section, section.getHeading(), published, sections, counts);
			for (Subsection subsection : section.getSubsections()) {
				heading(subsection, subsection.getHeading(), published, sections, counts);
			}
		}
		sections.values().forEach(ground -> counts.merge(ground, 1, Integer::sum));
		Map<String, String> titles = new LinkedHashMap<>();
		counts.keySet().forEach(code -> titles.put(code, grounds.find(code).map(WooGround::title).orElse("onbekende grond")));
		return new WooInventory(counts, names, sections, titles);
	}

	/** Counts the redactions inside a heading; a section withheld as a whole is named by its heading as published. */
	private static void heading(EObject owner, String heading, InlineConverter published, Map<String, String> sections,
			Map<String, Integer> counts) {
		HeadingInlines.redactions(owner, heading).forEach(redaction -> counts.merge(code(redaction.getGround()), 1, Integer::sum));
		Headings.notPublicGround(heading).ifPresent(ground -> sections.put(Runs.plain(published.convert(HeadingInlines.of(owner,
				heading))), code(ground)));
	}

	private static String code(String ground) {
		String clean = ground == null ? "" : XmlCharacters.strip(ground).strip();
		return clean.isEmpty() ? "zonder grond" : clean.toLowerCase(Locale.ROOT);
	}

	public int total() {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The derived text, in the wording of published beslisnota's. */
	public String explanation() {
		List<String> sentences = new ArrayList<>();
		if (!names.isEmpty()) {
			String who = names.size() == 2 ? "steller en ondertekenaar" : names.get(0);
			sentences.add("De gegevens van " + who + " zijn gelakt vanwege de bescherming van de persoonlijke levenssfeer.");
		}
		Map<String, Integer> passages = new LinkedHashMap<>(counts);
		if (!names.isEmpty()) {
			passages.merge(WooGrounds.PRIVACY, -names.size(), Integer::sum);
		}
		sections.values().forEach(ground -> passages.merge(ground, -1, Integer::sum));
		passages.forEach((code, count) -> {
			if (count > 0) {
				String reason = " gelakt op grond van artikel " + code + " van de Woo (" + titles.get(code) + ").";
				sentences.add(sentences.isEmpty() ? (count == 1 ? "Eén passage is" : count + " passages zijn") + reason
						: "Daarnaast " + (count == 1 ? "is één passage" : "zijn " + count + " passages") + reason);
			}
		});
		sections.forEach((heading, code) -> sentences.add("De sectie '" + heading + "' wordt niet openbaar gemaakt op grond van artikel "
				+ code + " van de Woo (" + titles.get(code) + ")."));
		if (sentences.isEmpty()) {
			return "Alle informatie in deze nota wordt openbaar gemaakt.";
		}
		return String.join(" ", sentences);
	}

	/** CSV for the Woo decision: document;grond;omschrijving;aantal. */
	public String csv(String document) {
		StringBuilder csv = new StringBuilder("document;grond;omschrijving;aantal\n");
		counts.forEach((code, count) -> csv.append(cell(document)).append(';').append(cell(code)).append(';')
				.append(cell(titles.get(code))).append(';').append(count).append('\n'));
		return csv.toString();
	}

	public String json(String document) {
		StringBuilder json = new StringBuilder("{\n  \"document\": ").append(quote(document)).append(",\n  \"gronden\": [");
		int i = 0;
		for (Map.Entry<String, Integer> entry : counts.entrySet()) {
			json.append(i++ == 0 ? "\n" : ",\n").append("    {\"grond\": ").append(quote(entry.getKey())).append(", \"omschrijving\": ")
					.append(quote(titles.get(entry.getKey()))).append(", \"aantal\": ").append(entry.getValue()).append('}');
		}
		return json.append(counts.isEmpty() ? "],\n" : "\n  ],\n").append("  \"totaal\": ").append(total()).append("\n}\n").toString();
	}

	private static String cell(String value) {
		return value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static String quote(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> json.append(c < 0x20 || c == 0x2028 || c == 0x2029 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return json.append('"').toString();
	}
}
