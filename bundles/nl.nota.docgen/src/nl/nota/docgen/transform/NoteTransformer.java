package nl.nota.docgen.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.GeneratedDocument.Audience;
import nl.nota.docgen.model.GeneratedDocument.Kind;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.docgen.transform.InlineConverter.Visibility;
import nl.nota.lang.model.HeadingInlines;
import nl.nota.lang.model.Headings;
import nl.nota.lang.model.XmlCharacters;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.BulletList;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.ListItem;
import nl.nota.lang.nota.Table;
import nl.nota.lang.nota.Paragraph;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Subsection;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.FieldSpec;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;
import nl.nota.lang.types.noteType.SectionSpec;
import nl.nota.lang.woo.WooGrounds;

/**
 * The one place that decides what goes into which document. The nota is an internal document and
 * shows everything; the Kamerbrief is public, so redacted spans become boxes with their ground. In a
 * draft, what the note lacks is shown as a visible placeholder.
 */
public class NoteTransformer {

	/**
	 * The documents of one note: the nota (null for a file with only a letter), the letter, and for a
	 * beantwoording of Kamervragen the answers document (the letter is then its cover letter).
	 */
	public record Output(GeneratedDocument nota, Optional<GeneratedDocument> letter, Optional<GeneratedDocument> answers) {

		public Output(GeneratedDocument nota, Optional<GeneratedDocument> letter) {
			this(nota, letter, Optional.empty());
		}
	}

	private static final List<String> NOT_IN_NOTA_HEADER = List.of("huisstijl", "ministerie", "rubricering", "directie",
			"namen-openbaar", "gederubriceerd");

	public Output transform(Document document, NoteTypeCatalog catalog, HouseStyle style, boolean draft) {
		if (document.getParts().isEmpty()) {
			throw new IllegalArgumentException("The note has no parts; validation reports this before generation.");
		}
		Part notaPart = document.getParts().get(0);
		NoteType notaType = catalog.find(notaPart.getKind());
		Optional<Part> letterPart = document.getParts().stream().skip(1).findFirst();
		if (notaType != null && notaType.getCategory() == Category.LETTER) {
			// a file with only a letter: no nota to generate beside it
			return letterOutput(null, notaPart, notaPart, notaType, style, draft);
		}
		GeneratedDocument nota = nota(notaPart, notaType, style, draft, Audience.INTERNAL, null);
		if (letterPart.isEmpty()) {
			return new Output(nota, Optional.empty());
		}
		return letterOutput(nota, letterPart.get(), notaPart, catalog.find(letterPart.get().getKind()), style, draft);
	}

	/** The letter, or for Kamervragen the cover letter and the answers document. */
	private Output letterOutput(GeneratedDocument nota, Part part, Part notaPart, NoteType type, HouseStyle style, boolean draft) {
		if (type != null && type.isQuestions()) {
			InlineConverter inline = new InlineConverter(Visibility.PUBLIC, style.kamerstukAsFootnote());
			GeneratedDocument frame = letter(part, notaPart, type, style, draft);
			return new Output(nota, Optional.of(Answers.coverLetter(frame, part, inline)), Optional.of(Answers.document(frame, part, inline, draft)));
		}
		return new Output(nota, Optional.of(letter(part, notaPart, type, style, draft)));
	}

	/**
	 * The Woo publication version of the nota: every redaction a box with its ground, names of officials
	 * withheld (unless the note says "namen-openbaar: ja"), and "Informatie die niet openbaar wordt
	 * gemaakt" derived from what was withheld.
	 *
	 * @throws NotPublishable when the nota is classified and not declassified
	 */
	public Publication publication(Document document, NoteTypeCatalog catalog, HouseStyle style) throws NotPublishable {
		Part part = document.getParts().get(0);
		NoteType type = catalog.find(part.getKind());
		if (type != null && type.getCategory() == Category.LETTER) {
			throw new NotPublishable("Dit bestand bevat alleen een brief; die is zelf al openbaar.");
		}
		if (isClassified(part) && PartFields.value(part, "gederubriceerd") == null) {
			// a message to the writer, who may read the classification; it is never part of a document
			throw new NotPublishable("De nota is gerubriceerd (" + PartFields.value(part, "rubricering") + "); een openbare versie kan pas na "
					+ "derubricering. Zet dan 'gederubriceerd: <datum>' in de kop.");
		}
		WooInventory inventory = WooInventory.of(part, grounds);
		return new Publication(nota(part, type, style, false, Audience.PUBLIC, inventory), inventory);
	}

	/** The publication version and what it withholds. */
	public record Publication(GeneratedDocument nota, WooInventory inventory) {
	}

	/** Why a nota gets no publication version. */
	public static class NotPublishable extends Exception {
		private static final long serialVersionUID = 1L;

		public NotPublishable(String message) {
			super(message);
		}
	}

	private final WooGrounds grounds = WooGrounds.shipped(); // not read again for every note of a batch

	private GeneratedDocument nota(Part part, NoteType type, HouseStyle style, boolean draft, Audience audience,
			WooInventory inventory) {
		InlineConverter inline = new InlineConverter(audience == Audience.PUBLIC ? Visibility.PUBLIC : Visibility.INTERNAL,
				style.kamerstukAsFootnote());
		List<String> missing = new ArrayList<>();
		List<Entry> header = new ArrayList<>();
		if (type != null) {
			for (FieldSpec spec : type.getFields()) {
				if (NOT_IN_NOTA_HEADER.contains(spec.getName())) {
					continue;
				}
				List<Field> fields = PartFields.all(part, spec.getName());
				boolean withheldName = inventory != null && inventory.names().contains(spec.getName());
				if (!fields.isEmpty()) {
					for (Field field : fields) {
						header.add(new Entry(spec.getLabel(), withheldName ? List.of(new Run.Redacted(WooGrounds.PRIVACY))
								: inline.convert(field.getValue())));
					}
				} else if (draft && spec.getRequirement() == Requirement.REQUIRED) {
					header.add(placeholder(spec.getLabel(), missing));
				}
			}
		}
		List<Run> subject = inline.convert(part.getTitle());
		if (!subject.isEmpty()) {
			header.add(Math.min(header.size(), 4), new Entry("Onderwerp", subject, true));
		}
		List<Block> body = new ArrayList<>();
		body.addAll(blocks(part.getBlocks(), inline));
		List<SectionSpec> specs = type == null ? List.of() : type.getSections();
		for (Section section : part.getSections()) {
			if (inventory != null && withheldInformation(type, section.getHeading())) {
				continue; // replaced by the derived section below
			}
			addSection(body, section, inline);
		}
		if (draft) {
			addMissingSections(body, part, specs, missing);
		}
		if (inventory != null) {
			body.add(new Block.Heading(1, Runs.of(WooInventory.SECTION)));
			body.add(new Block.Paragraph(Runs.of(inventory.explanation())));
		}
		List<List<Run>> closing = new ArrayList<>();
		List<Run> sender = fieldRuns(part, "van", inline);
		if (!sender.isEmpty()) {
			closing.add(InlineConverter.upperCase(sender));
		}
		List<Run> signer = fieldRuns(part, "ondertekenaar", inline);
		if (!signer.isEmpty() && audience == Audience.INTERNAL) {
			closing.add(signer);
		}
		String title = type == null ? capitalize(part.getKind()) : type.getTitle();
		addAll(missing, inline.toFill());
		return new GeneratedDocument(Kind.NOTA, Runs.of(title), style, classification(part, inline), List.of(), header,
				List.of(), body, closing, missing, audience);
	}

	private GeneratedDocument letter(Part part, Part nota, NoteType type, HouseStyle style, boolean draft) {
		InlineConverter inline = new InlineConverter(Visibility.PUBLIC, style.kamerstukAsFootnote());
		List<String> missing = new ArrayList<>();
		List<Run> addressee = fieldRuns(part, "aan", inline);
		List<List<Run>> address = new ArrayList<>();
		if (addressee.isEmpty()) {
			if (draft) {
				address.add(List.of(new Run.Placeholder("ontbreekt: geadresseerde")));
				missing.add("geadresseerde (aan)");
			}
		} else {
			address.add(prefixed("Aan ", addressee));
			String lower = Runs.plain(addressee).toLowerCase(Locale.ROOT);
			if (lower.contains("tweede kamer")) {
				address.addAll(List.of(Runs.of("Postbus 20018"), Runs.of("2500 EA  Den Haag")));
			} else if (lower.contains("eerste kamer")) {
				address.addAll(List.of(Runs.of("Postbus 20017"), Runs.of("2500 EA  Den Haag")));
			}
		}
		List<Entry> header = new ArrayList<>();
		header.add(fieldEntry(part, "datum", Entry.DATE, inline, draft, missing));
		List<Run> subject = inline.convert(part.getTitle());
		header.add(subject.isEmpty() && draft ? placeholder("Betreft", missing) : new Entry("Betreft", subject, true));

		List<Reference> references = new ArrayList<>();
		List<List<Run>> sender = new ArrayList<>();
		sender.add(Runs.of(style.ministry()));
		if (nota != part) {
			// the letter is public: the directorate it takes from the nota goes through the public view too
			List<Run> directorate = fieldRuns(nota, "directie", inline);
			if (!directorate.isEmpty()) {
				sender.add(directorate);
			}
		}
		references.add(new Reference(null, sender));
		if (!style.visitingAddress().isEmpty()) {
			references.add(Reference.of("Bezoekadres", style.visitingAddress()));
		}
		if (!style.postalAddress().isEmpty()) {
			references.add(Reference.of("Postadres", style.postalAddress()));
		}
		if (!style.website().isEmpty()) {
			references.add(Reference.of(null, List.of(style.website())));
		}
		addReference(references, "Contactpersoon", fieldRuns(part, "contactpersoon", inline));
		addReference(references, Reference.OUR_REFERENCE, fieldRuns(part, "kenmerk", inline));
		addReference(references, "Uw referentie", fieldRuns(part, "uw-kenmerk", inline));
		List<List<Run>> attachments = PartFields.all(part, "bijlage").stream().map(field -> inline.convert(field.getValue()))
				.filter(runs -> !runs.isEmpty()).toList();
		if (!attachments.isEmpty()) {
			references.add(new Reference(Reference.ATTACHMENTS, attachments)); // the label of the Rijkshuisstijl template
		}

		List<Block> body = new ArrayList<>(blocks(part.getBlocks(), inline));
		for (Section section : part.getSections()) {
			addSection(body, section, inline);
		}
		if (draft && type != null) {
			addMissingSections(body, part, type.getSections(), missing);
		}
		List<List<Run>> closing = new ArrayList<>();
		List<Run> function = fieldRuns(part, "functie", inline);
		closing.add(!function.isEmpty() ? suffixed(function, ",") : draft ? missingLine("functie", missing) : List.of());
		for (Field jointly : PartFields.all(part, "mede-namens")) {
			closing.add(prefixed("mede namens ", inline.convert(jointly.getValue())));
		}
		List<Run> name = fieldRuns(part, "ondertekenaar", inline);
		closing.add(List.of());
		closing.add(!name.isEmpty() ? name : draft ? missingLine("ondertekenaar", missing) : List.of());
		addAll(missing, inline.toFill());
		return new GeneratedDocument(Kind.LETTER, subject.isEmpty() ? Runs.of("Kamerbrief") : subject, style,
				classification(part, inline), address, header, references, body, closing, missing, Audience.PUBLIC);
	}

	/** A placeholder still to be filled in makes the document a concept, like a missing part does. */
	private static void addAll(List<String> remarks, List<String> toFill) {
		toFill.stream().filter(remark -> !remarks.contains(remark)).forEach(remarks::add);
	}

	private static List<Run> missingLine(String what, List<String> missing) {
		missing.add(what);
		return List.of(new Run.Placeholder("ontbreekt: " + what));
	}

	private static List<Run> prefixed(String text, List<Run> runs) {
		List<Run> result = new ArrayList<>(runs.size() + 1);
		result.add(Run.text(text));
		result.addAll(runs);
		return result;
	}

	private static List<Run> suffixed(List<Run> runs, String text) {
		List<Run> result = new ArrayList<>(runs);
		result.add(Run.text(text));
		return result;
	}

	private static void addSection(List<Block> body, Section section, InlineConverter inline) {
		if (!addWithheld(body, 1, section, section.getHeading(), inline)) {
			body.addAll(blocks(section.getBlocks(), inline));
			for (Subsection subsection : section.getSubsections()) {
				if (!addWithheld(body, 2, subsection, subsection.getHeading(), inline)) {
					body.addAll(blocks(subsection.getBlocks(), inline));
				}
			}
		}
	}

	/**
	 * Adds the heading, read as inline content under the same visibility as the text; for a section marked
	 * not public, also decides its content: in a public document a box with the ground instead of the text.
	 * Returns true when the content has been dealt with.
	 */
	private static boolean addWithheld(List<Block> body, int level, EObject owner, String heading, InlineConverter inline) {
		List<Run> visible = inline.convert(HeadingInlines.of(owner, heading));
		Optional<String> ground = Headings.notPublicGround(heading);
		if (ground.isEmpty()) {
			body.add(new Block.Heading(level, visible));
			return false;
		}
		if (inline.isPublic()) {
			body.add(new Block.Heading(level, visible));
			body.add(new Block.Paragraph(List.of(new Run.Redacted(XmlCharacters.strip(ground.get())))));
			return true;
		}
		body.add(new Block.Heading(level, suffixed(visible, " (niet openbaar, " + XmlCharacters.strip(ground.get()) + ")")));
		return false;
	}

	/** In a draft, a required section that is missing appears at the end with a placeholder. */
	private static void addMissingSections(List<Block> body, Part part, List<SectionSpec> specs, List<String> missing) {
		for (SectionSpec spec : specs) {
			boolean present = part.getSections().stream().anyMatch(section -> Headings.names(spec, orEmpty(section.getHeading())));
			if (!present && spec.getRequirement() == Requirement.REQUIRED) {
				body.add(new Block.Heading(1, Runs.of(spec.getHeading())));
				body.add(new Block.Paragraph(List.of(new Run.Placeholder("ontbreekt: " + spec.getHeading()))));
				missing.add("sectie " + spec.getHeading());
			}
		}
	}

	/** "Informatie die niet openbaar wordt gemaakt", or another heading the note type gives that section. */
	private static boolean withheldInformation(NoteType type, String heading) {
		return Headings.normalize(heading).equals(Headings.normalize(WooInventory.SECTION)) || type != null && type.getSections()
				.stream().anyMatch(spec -> spec.getName().equals("niet-openbaar") && Headings.names(spec, heading));
	}

	static List<Block> blocks(List<nl.nota.lang.nota.Block> blocks, InlineConverter inline) {
		List<Block> result = new ArrayList<>();
		for (nl.nota.lang.nota.Block block : blocks) {
			if (block instanceof Paragraph paragraph) {
				List<Run> runs = inline.convertBody(paragraph.getInlines());
				if (!runs.isEmpty()) {
					result.add(new Block.Paragraph(runs));
				}
			} else if (block instanceof BulletList list) {
				result.add(list(list.getItems(), inline));
			} else if (block instanceof Table table) {
				result.add(TableLayout.of(table, inline::convertBody));
			}
		}
		return result;
	}

	/** A bulleted or numbered list, as its first item is marked, with the lists indented under its items. */
	private static Block list(List<ListItem> listItems, InlineConverter inline) {
		List<Block.Item> items = new ArrayList<>();
		for (ListItem item : listItems) {
			List<Block> nested = item.getItems().isEmpty() ? List.of() : List.of(list(item.getItems(), inline));
			items.add(new Block.Item(inline.convertBody(item.getInlines()), nested));
		}
		Block.Numbering numbering = listItems.isEmpty() ? null : Block.Numbering.of(listItems.get(0).getMarker());
		return numbering == null ? new Block.BulletList(items) : new Block.NumberedList(numbering, items);
	}

	private static Entry fieldEntry(Part part, String key, String label, InlineConverter inline, boolean draft,
			List<String> missing) {
		if (draft && PartFields.all(part, key).isEmpty()) {
			return placeholder(label, missing);
		}
		return new Entry(label, fieldRuns(part, key, inline));
	}

	private static Entry placeholder(String label, List<String> missing) {
		missing.add(label.toLowerCase(Locale.ROOT));
		return new Entry(label, List.of(new Run.Placeholder("ontbreekt: " + label.toLowerCase(Locale.ROOT))));
	}

	/** The first field with this key as inline content under the converter's visibility; empty when absent. */
	static List<Run> fieldRuns(Part part, String key, InlineConverter inline) {
		List<Field> fields = PartFields.all(part, key);
		return fields.isEmpty() ? List.of() : inline.convert(fields.get(0).getValue());
	}

	private static void addReference(List<Reference> references, String label, List<Run> value) {
		if (!value.isEmpty()) {
			references.add(new Reference(label, List.of(value)));
		}
	}

	/** The rubricering in capitals, under the document's visibility; empty when there is none ("geen"). */
	private static List<Run> classification(Part part, InlineConverter inline) {
		if (!isClassified(part)) {
			return List.of();
		}
		return InlineConverter.upperCase(fieldRuns(part, "rubricering", inline));
	}

	private static boolean isClassified(Part part) {
		String value = PartFields.value(part, "rubricering");
		return value != null && !value.isBlank() && !value.equalsIgnoreCase("geen");
	}

	private static String capitalize(String text) {
		return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
