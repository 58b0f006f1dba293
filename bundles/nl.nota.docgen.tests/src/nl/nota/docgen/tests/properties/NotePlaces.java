package nl.nota.docgen.tests.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.noteType.FieldSpec;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.SectionSpec;
import nl.nota.lang.types.noteType.ValueType;

/**
 * Every place a string can stand in a note, derived from the note types rather than listed by hand: each
 * field of each part, the titles, headings at both levels (also free ones), the letter's opening, paragraphs
 * and list items, and a section withheld as a whole. {@link #note} writes a complete note with a string at
 * one place and neutral text everywhere else.
 */
final class NotePlaces {

	/** The note files the places are spread over: a nota with or without a letter, and a letter on its own. */
	record Shape(String nota, String letter) {
	}

	static final List<Shape> SHAPES = List.of(new Shape("beslisnota", "kamerbrief"), new Shape("informatienota", null),
			new Shape(UserType.NAME, "geannoteerde-agenda"), new Shape(null, "kamerbrief"));

	/** What stands at a place. */
	enum Kind {
		TITLE, FIELD, HEADING, PROSE, ITEM, WITHHELD_SECTION,
		/**
		 * In a footnote of a paragraph, a list item indented under an item, a table cell and caption, a link's text and
		 * address, a placeholder's description, a reviewer's remark (in the internal nota only as a Word comment or
		 * ODF annotation, so not "in the text").
		 */
		FOOTNOTE, SUB_ITEM, CELL, CAPTION, LINK_TEXT, LINK_TARGET, PLACEHOLDER, REMARK;

		/** A place in the running text of a section, where the internal nota shows what it holds. */
		boolean inText() {
			return this == PROSE || this == ITEM || this == FOOTNOTE || this == SUB_ITEM || this == CELL || this == CAPTION
					|| this == PLACEHOLDER;
		}
	}

	private static final List<Kind> IN_SECTION = List.of(Kind.FOOTNOTE, Kind.SUB_ITEM, Kind.CELL, Kind.CAPTION, Kind.LINK_TEXT,
			Kind.LINK_TARGET, Kind.PLACEHOLDER, Kind.REMARK);

	/**
	 * One place: in the nota part or the letter part of a shape, the field or section (by name) it concerns.
	 *
	 * @param sub a sub-section's name for a heading or prose inside a sub-section, else null
	 */
	record Place(Shape shape, boolean inLetter, Kind kind, String name, String sub) {

		@Override
		public String toString() {
			return (inLetter ? shape.letter() : shape.nota()) + " " + kind.name().toLowerCase(Locale.ROOT)
					+ (name == null ? "" : " " + name) + (sub == null ? "" : " › " + sub);
		}
	}

	private final NoteTypeCatalog catalog;

	NotePlaces(NoteTypeCatalog catalog) {
		this.catalog = catalog;
	}

	List<Place> all() {
		List<Place> places = new ArrayList<>();
		for (Shape shape : SHAPES) {
			if (shape.nota() != null) {
				addPlaces(places, shape, false, type(shape.nota()));
			}
			if (shape.letter() != null) {
				addPlaces(places, shape, true, type(shape.letter()));
			}
		}
		return places;
	}

	private static void addPlaces(List<Place> places, Shape shape, boolean inLetter, NoteType type) {
		places.add(new Place(shape, inLetter, Kind.TITLE, null, null));
		for (FieldSpec field : type.getFields()) {
			places.add(new Place(shape, inLetter, Kind.FIELD, field.getName(), null));
		}
		for (SectionSpec section : sections(type)) {
			places.add(new Place(shape, inLetter, Kind.HEADING, section.getName(), null));
			places.add(new Place(shape, inLetter, Kind.PROSE, section.getName(), null));
			places.add(new Place(shape, inLetter, Kind.ITEM, section.getName(), null));
			places.add(new Place(shape, inLetter, Kind.WITHHELD_SECTION, section.getName(), null));
			for (Kind kind : IN_SECTION) {
				places.add(new Place(shape, inLetter, kind, section.getName(), null));
			}
			for (SectionSpec sub : section.getSections()) {
				places.add(new Place(shape, inLetter, Kind.HEADING, section.getName(), sub.getName()));
				places.add(new Place(shape, inLetter, Kind.PROSE, section.getName(), sub.getName()));
				places.add(new Place(shape, inLetter, Kind.WITHHELD_SECTION, section.getName(), sub.getName()));
			}
		}
		if (inLetter) {
			places.add(new Place(shape, true, Kind.PROSE, OPENING, null));
		}
	}

	/** The letter's opening paragraph, before its first section. */
	static final String OPENING = "opening";
	private static final String FREE = "vrij-agendapunt";

	/** The sections a note of this type has: its own, and for free sections one more with a heading of its own. */
	private static List<SectionSpec> sections(NoteType type) {
		List<SectionSpec> sections = new ArrayList<>(type.getSections());
		if (type.isFreeSections()) {
			SectionSpec free = nl.nota.lang.types.noteType.NoteTypeFactory.eINSTANCE.createSectionSpec();
			free.setName(FREE);
			free.setHeading("Agendapunt");
			SectionSpec freeSub = nl.nota.lang.types.noteType.NoteTypeFactory.eINSTANCE.createSectionSpec();
			freeSub.setName(FREE + "-sub");
			freeSub.setHeading("Inzet");
			free.getSections().add(freeSub);
			sections.add(free);
		}
		return sections;
	}

	private NoteType type(String name) {
		NoteType type = catalog.find(name);
		if (type == null) {
			throw new IllegalStateException("no note type " + name + " in " + catalog.names());
		}
		return type;
	}

	/** The note of the place's shape with {@code value} at the place (inside neutral text where it is prose). */
	String note(Place place, String value) {
		StringBuilder note = new StringBuilder();
		Shape shape = place.shape();
		if (shape.nota() != null) {
			part(note, type(shape.nota()), false, place, value);
		}
		if (shape.letter() != null) {
			if (!note.isEmpty()) {
				note.append("\n\n");
			}
			part(note, type(shape.letter()), true, place, value);
		}
		return note.toString();
	}

	private void part(StringBuilder note, NoteType type, boolean letter, Place place, String value) {
		boolean here = place.inLetter() == letter;
		note.append(type.getName()).append(": Onderwerp van de nota");
		if (here && place.kind() == Kind.TITLE) {
			note.append(' ').append(value);
		}
		note.append('\n');
		for (FieldSpec field : type.getFields()) {
			boolean atField = here && place.kind() == Kind.FIELD && place.name().equals(field.getName());
			String neutral = neutralValue(field, letter);
			if (atField) {
				note.append(field.getName()).append(": ").append(value).append('\n');
			} else if (neutral != null) {
				note.append(field.getName()).append(": ").append(neutral).append('\n');
			}
		}
		note.append('\n');
		if (letter) {
			note.append(prose(here && place.kind() == Kind.PROSE && OPENING.equals(place.name()), value)).append("\n\n");
		}
		for (SectionSpec section : sections(type)) {
			boolean atSection = here && section.getName().equals(place.name());
			section(note, "# ", section, atSection && place.sub() == null ? place.kind() : null, value);
			for (SectionSpec sub : section.getSections()) {
				section(note, "## ", sub, atSection && sub.getName().equals(place.sub()) ? place.kind() : null, value);
			}
		}
	}

	private static void section(StringBuilder note, String marker, SectionSpec section, Kind at, String value) {
		note.append(marker).append(section.getHeading());
		if (at == Kind.HEADING) {
			note.append(' ').append(value);
		} else if (at == Kind.WITHHELD_SECTION) {
			note.append(" {lak 5.1.2i}");
		}
		note.append('\n');
		boolean withheld = at == Kind.WITHHELD_SECTION;
		note.append(withheld ? "Niet openbaar: " + value + "." : prose(at == Kind.PROSE, value));
		if (at == Kind.FOOTNOTE) {
			note.append("{voetnoot: Zie ").append(value).append(" en de bijlage.}");
		} else if (at == Kind.LINK_TEXT) {
			note.append(" Lees {link ").append(value).append(" | https://www.rijksoverheid.nl/documenten}.");
		} else if (at == Kind.PLACEHOLDER) {
			note.append(" {invullen: de gevolgen van ").append(value).append("}");
		} else if (at == Kind.REMARK) {
			note.append(" {opmerking J. Jansen: klopt ").append(value).append("?}");
		} else if (at == Kind.LINK_TARGET) {
			note.append(" Lees {link het rapport | https://www.rijksoverheid.nl/").append(value).append("}.");
		}
		note.append('\n');
		if (section.getMinItems() > 0 || at == Kind.ITEM || at == Kind.SUB_ITEM || marker.equals("# ")) {
			note.append("- Een punt ").append(at == Kind.ITEM ? value + " " : "").append("in deze sectie.\n");
			if (at == Kind.SUB_ITEM) {
				note.append("  - Een deelpunt ").append(value).append(" erbij.\n");
			}
			note.append("- Een tweede punt.\n");
		}
		if (at == Kind.CELL || at == Kind.CAPTION) {
			note.append("\n| Jaar | Omschrijving |\n|------|-----|\n| 2025 | ").append(at == Kind.CELL ? value : "raming").append(" |\n");
			if (at == Kind.CAPTION) {
				note.append(": Overzicht ").append(value).append('\n');
			}
		}
		note.append('\n');
	}

	private static String prose(boolean here, String value) {
		return "Op 15 oktober 2025 komen de ministers bijeen" + (here ? " " + value : "") + " in Brussel.";
	}

	/** What a field holds when the string is elsewhere; null to leave it out. */
	private static String neutralValue(FieldSpec field, boolean letter) {
		return switch (field.getName()) {
			case "huisstijl" -> null;
			case "aan" -> letter ? "de Voorzitter van de Tweede Kamer der Staten-Generaal" : "de minister";
			case "rubricering" -> "geen";
			case "namen-openbaar" -> "nee";
			case "ondertekenaar" -> "R.P. Brekelmans";
			case "functie" -> "De minister van Defensie";
			case "ministerie" -> "Defensie";
			default -> field.getValueType() == ValueType.DATE ? "30 september 2025"
					: !field.getValues().isEmpty() ? field.getValues().get(0) : "Waarde van " + field.getLabel().toLowerCase(Locale.ROOT);
		};
	}

	/** A note type a user writes next to the notes: free headings and a rubricering that allows any value. */
	static final class UserType {
		static final String NAME = "vrijnota";
		static final String FILE = NAME + ".notatype";
		static final String TEXT = """
				notasoort vrijnota {
					titel "Vrije nota"
					categorie nota
					vrije secties
					veld van "Van" verplicht
					veld directie "Directie" optioneel
					veld rubricering "Rubricering" optioneel
					veld gederubriceerd "Gederubriceerd op" optioneel type datum
					veld steller "Steller" optioneel
					veld toelichting "Toelichting" optioneel
					sectie aanleiding "Aanleiding" verplicht {
						sectie achtergrond "Achtergrond" optioneel
					}
				}
				""";

		private UserType() {
		}
	}
}
