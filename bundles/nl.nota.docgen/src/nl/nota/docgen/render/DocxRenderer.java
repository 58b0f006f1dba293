package nl.nota.docgen.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.GeneratedDocument.Kind;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.lang.model.XmlCharacters;

/**
 * DOCX with real Word styles (Normal, Kop 1, Kop 2, Lijstopsommingsteken), so the secretariat can go on
 * editing the letter in Word: headings are styles, bullets are a numbering definition, page numbers are
 * fields, footnotes, comments and tracked changes are Word's own.
 * <p>
 * Written part by part and element by element through {@link XmlWriter}, as the ODT is: an object model
 * of the whole package (Apache POI's, used before) cost more than half of a batch's time and brought
 * nothing the letter needs. Elements within a properties element ({@code w:pPr}, {@code w:rPr},
 * {@code w:tblPr}, ...) are written in the order the WordprocessingML schema prescribes; the build checks
 * every generated DOCX against the OOXML schemas and opens it in LibreOffice.
 */
public class DocxRenderer {

	private static final String HEADING_1 = "Heading1";
	private static final String HEADING_2 = "Heading2";
	private static final String LIST = "ListBullet";
	private static final String LIST_NUMBER = "ListNumber";
	private static final String SMALL = "Klein";
	private static final String FOOTNOTE_TEXT = "FootnoteText";
	private static final String FOOTNOTE_REFERENCE = "FootnoteReference";
	private static final String CAPTION = "Caption";
	private static final String CLASSIFICATION = "Rubricering";

	/** The numbering of bullets (w:numId): the document's first numbering instance. */
	private static final int BULLETS = 1;

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
	private static final String RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
	private static final String CONTENT_TYPES = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

	public byte[] render(GeneratedDocument document) {
		return new Package(document).write();
	}

	/** "J. de Vries" → "JdV": what Word shows beside a comment when there is no room for the name. */
	static String initials(String author) {
		StringBuilder initials = new StringBuilder();
		for (String word : author.split("[\\s.]+")) {
			if (!word.isEmpty()) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	/** One part of the package being written: its XML, its relationships to other parts and addresses. */
	private static final class Part {

		final String name;
		final String contentType;
		final XmlWriter xml;
		final List<Relationship> relationships = new ArrayList<>();

		Part(String name, String contentType, XmlWriter xml) {
			this.name = name;
			this.contentType = contentType;
			this.xml = xml;
		}

		/** A relationship of this part; returns its id (rId1, rId2, ... per part). */
		String relate(String type, String target, boolean external) {
			String id = "rId" + (relationships.size() + 1);
			relationships.add(new Relationship(id, RELATIONSHIP_TYPES + type, target, external));
			return id;
		}

		/** The folder-relative name of this part's relationships part ("word/_rels/document.xml.rels"). */
		String relationshipsName() {
			int slash = name.lastIndexOf('/');
			return name.substring(0, slash + 1) + "_rels/" + name.substring(slash + 1) + ".rels";
		}
	}

	/** A relationship of a part to another part of the package, or (external) to an address. */
	private record Relationship(String id, String type, String target, boolean external) {
	}

	/** The section's reference to a header or footer: w:headerReference or w:footerReference, first or default, its relationship. */
	private record PageFurniture(String element, String type, String id) {
	}

	/**
	 * How runs are written: in bold (a table's header row, the classification); inside a change, where a link
	 * is its text (Word has no link there); inside a deletion, where text is deleted text ({@code w:delText}).
	 */
	private record Context(boolean bold, boolean revision, boolean deleted) {

		static final Context PLAIN = new Context(false, false, false);
		static final Context BOLD = new Context(true, false, false);

		Context in(Run.Revision change) {
			return new Context(bold, true, !change.inserted());
		}
	}

	/** Run properties, written in the schema's order; null or false is "not set" (inherited from the style). */
	private record Look(String style, boolean strong, boolean emphasised, String colour, int halfPoints, String highlight,
			boolean underlined, String fill, boolean raised) {

		static final Look NONE = new Look(null, false, false, null, 0, null, false, null, false);

		static Look of(Context context) {
			return context.bold() ? NONE.bold() : NONE;
		}

		Look bold() {
			return new Look(style, true, emphasised, colour, halfPoints, highlight, underlined, fill, raised);
		}

		Look italic() {
			return new Look(style, strong, true, colour, halfPoints, highlight, underlined, fill, raised);
		}

		Look colour(String value) {
			return new Look(style, strong, emphasised, value, halfPoints, highlight, underlined, fill, raised);
		}

		Look size(int value) {
			return new Look(style, strong, emphasised, colour, value, highlight, underlined, fill, raised);
		}

		Look highlight(String value) {
			return new Look(style, strong, emphasised, colour, halfPoints, value, underlined, fill, raised);
		}

		Look underline() {
			return new Look(style, strong, emphasised, colour, halfPoints, highlight, true, fill, raised);
		}

		Look fill(String value) {
			return new Look(style, strong, emphasised, colour, halfPoints, highlight, underlined, value, raised);
		}

		Look superscript() {
			return new Look(style, strong, emphasised, colour, halfPoints, highlight, underlined, fill, true);
		}

		static Look style(String style) {
			return new Look(style, false, false, null, 0, null, false, null, false);
		}

		void write(XmlWriter xml) {
			if (equals(NONE)) {
				return;
			}
			xml.start("w:rPr");
			if (style != null) {
				value(xml, "w:rStyle", style);
			}
			if (strong) {
				xml.empty("w:b");
			}
			if (emphasised) {
				xml.empty("w:i");
			}
			if (colour != null) {
				value(xml, "w:color", colour);
			}
			if (halfPoints > 0) {
				value(xml, "w:sz", halfPoints);
			}
			if (highlight != null) {
				value(xml, "w:highlight", highlight);
			}
			if (underlined) {
				value(xml, "w:u", "single");
			}
			if (fill != null) {
				shading(xml, fill);
			}
			if (raised) {
				value(xml, "w:vertAlign", "superscript");
			}
			xml.end();
		}
	}


	/**
	 * Paragraph properties, written in the schema's order; -1 (or null, false) is "not set". {@code line}
	 * with {@code exact} is a fixed line height in twips, without it a multiple of 240 (single spacing).
	 */
	private static final class Paragraph {

		final String style;
		boolean keepNext;
		int numbering = -1;
		int level;
		boolean boxed;
		int tab = -1;
		int before = -1;
		int after = -1;
		int line = -1;
		boolean exact;
		int left = -1;
		int hanging = -1;
		String alignment;
		int outline = -1;

		Paragraph(String style) {
			this.style = style;
		}

		static Paragraph plain() {
			return new Paragraph(null);
		}

		Paragraph after(long twips) {
			after = (int) twips;
			return this;
		}

		Paragraph before(long twips) {
			before = (int) twips;
			return this;
		}

		Paragraph line(int twips, boolean exactly) {
			line = twips;
			exact = exactly;
			return this;
		}

		Paragraph align(String value) {
			alignment = value;
			return this;
		}

		Paragraph keepNext() {
			keepNext = true;
			return this;
		}

		/** The value hangs at the label's width: a second line starts under the value, not under the label. */
		Paragraph hanging(long twips) {
			tab = (int) twips;
			left = (int) twips;
			hanging = (int) twips;
			return this;
		}

		/** Writes {@code <w:p>} with these properties and leaves it open for its runs. */
		void open(XmlWriter xml) {
			xml.start("w:p");
			properties(xml);
		}

		/** {@code <w:pPr>}, if any property is set. */
		void properties(XmlWriter xml) {
			boolean spacing = before >= 0 || after >= 0 || line >= 0;
			if (style == null && !keepNext && numbering < 0 && !boxed && tab < 0 && !spacing && left < 0 && alignment == null && outline < 0) {
				return;
			}
			xml.start("w:pPr");
			if (style != null) {
				value(xml, "w:pStyle", style);
			}
			if (keepNext) {
				xml.empty("w:keepNext");
			}
			if (numbering >= 0) {
				xml.start("w:numPr");
				value(xml, "w:ilvl", level);
				value(xml, "w:numId", numbering);
				xml.end();
			}
			if (boxed) { // a nota's concept banner: a box around the paragraph, shaded
				xml.start("w:pBdr");
				for (String side : List.of("w:top", "w:left", "w:bottom", "w:right")) {
					xml.empty(side).attribute("w:val", "single").attribute("w:sz", "4").attribute("w:space", "3")
							.attribute("w:color", PageGeometry.DRAFT_COLOUR);
				}
				xml.end();
				shading(xml, PageGeometry.DRAFT_BACKGROUND);
			}
			if (tab >= 0) {
				xml.start("w:tabs").empty("w:tab").attribute("w:val", "left").attribute("w:pos", String.valueOf(tab)).end();
			}
			if (spacing) {
				xml.empty("w:spacing");
				if (before >= 0) {
					xml.attribute("w:before", String.valueOf(before));
				}
				if (after >= 0) {
					xml.attribute("w:after", String.valueOf(after));
				}
				if (line >= 0) {
					xml.attribute("w:line", String.valueOf(line)).attribute("w:lineRule", exact ? "exact" : "auto");
				}
			}
			if (left >= 0) {
				xml.empty("w:ind").attribute("w:left", String.valueOf(left));
				if (hanging >= 0) {
					xml.attribute("w:hanging", String.valueOf(hanging));
				}
			}
			if (alignment != null) {
				value(xml, "w:jc", alignment);
			}
			if (outline >= 0) {
				value(xml, "w:outlineLvl", outline);
			}
			xml.end();
		}
	}

	/** How a table's lines are drawn. */
	private enum Borders {
		/** Layout tables (logo, header entries, reference column): no lines. */
		NONE,
		/** The letter's concept banner: a box. */
		BOX,
		/** A table of the text: a line under the table and between rows. */
		ROWS
	}

	/**
	 * Opens {@code <w:tbl>} with its properties and grid: fixed columns of these widths in mm (the schema
	 * requires the grid), the borders, and if {@code position} is given (left and top in mm) floating at that
	 * place on the page, which Word and LibreOffice both place exactly, also in headers and footers.
	 */
	private static void openTable(XmlWriter xml, Borders borders, double[] position, long indent, double... columns) {
		xml.start("w:tbl").start("w:tblPr");
		if (position != null) {
			xml.empty("w:tblpPr").attribute("w:leftFromText", "0").attribute("w:rightFromText", "0").attribute("w:vertAnchor", "page")
					.attribute("w:horzAnchor", "page").attribute("w:tblpX", String.valueOf(PageGeometry.twips(position[0])))
					.attribute("w:tblpY", String.valueOf(PageGeometry.twips(position[1])));
		}
		long total = 0;
		for (double width : columns) {
			total += PageGeometry.twips(width);
		}
		xml.empty("w:tblW").attribute("w:w", String.valueOf(total)).attribute("w:type", "dxa");
		if (indent > 0) {
			xml.empty("w:tblInd").attribute("w:w", String.valueOf(indent)).attribute("w:type", "dxa");
		}
		xml.start("w:tblBorders");
		String[] sides = { "w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV" };
		for (int i = 0; i < sides.length; i++) {
			boolean drawn = switch (borders) {
				case NONE -> false;
				case BOX -> i < 4;
				case ROWS -> i == 2 || i == 4;
			};
			xml.empty(sides[i]).attribute("w:val", drawn ? "single" : "none");
			if (drawn) {
				xml.attribute("w:sz", "4").attribute("w:color", borders == Borders.BOX ? PageGeometry.DRAFT_COLOUR : "999999");
			}
		}
		xml.end();
		xml.empty("w:tblLayout").attribute("w:type", "fixed");
		if (position != null) {
			xml.start("w:tblCellMar");
			xml.empty("w:left").attribute("w:w", "0").attribute("w:type", "dxa");
			xml.empty("w:right").attribute("w:w", "0").attribute("w:type", "dxa");
			xml.end();
		}
		xml.end().start("w:tblGrid");
		for (double width : columns) {
			xml.empty("w:gridCol").attribute("w:w", String.valueOf(PageGeometry.twips(width)));
		}
		xml.end();
	}

	/** Opens {@code <w:tr>}; a height in twips (exact or at least), -1 for none. */
	private static void row(XmlWriter xml, long height, boolean exact) {
		xml.start("w:tr");
		if (height >= 0) {
			xml.start("w:trPr").empty("w:trHeight").attribute("w:val", String.valueOf(height)).attribute("w:hRule", exact ? "exact" : "atLeast")
					.end();
		}
	}

	/** Opens {@code <w:tc>} of this width in mm, with its properties closed: the cell's paragraphs come next. */
	private static void cell(XmlWriter xml, double width) {
		cell(xml, width, null, false, false);
	}

	private static void cell(XmlWriter xml, double width, String fill, boolean ruled, boolean centred) {
		xml.start("w:tc").start("w:tcPr").empty("w:tcW").attribute("w:w", String.valueOf(PageGeometry.twips(width))).attribute("w:type", "dxa");
		if (ruled) { // a table's header row: a line under each cell
			xml.start("w:tcBorders").empty("w:bottom").attribute("w:val", "single").attribute("w:sz", "6").attribute("w:color", "000000").end();
		}
		if (fill != null) {
			shading(xml, fill);
		}
		if (centred) {
			value(xml, "w:vAlign", "center");
		}
		xml.end();
	}

	/** A run of text; a tab is Word's tab element, and in a deletion the text is deleted text. */
	private static void text(XmlWriter xml, Look look, String text, boolean deleted) {
		xml.start("w:r");
		look.write(xml);
		String clean = XmlCharacters.strip(text);
		int from = 0;
		while (true) {
			int tab = clean.indexOf('\t', from);
			String piece = clean.substring(from, tab < 0 ? clean.length() : tab);
			if (!piece.isEmpty() || (from == 0 && tab < 0)) {
				xml.start(deleted ? "w:delText" : "w:t");
				if (!piece.isEmpty() && (Character.isWhitespace(piece.charAt(0)) || Character.isWhitespace(piece.charAt(piece.length() - 1)))) {
					xml.attribute("xml:space", "preserve");
				}
				xml.text(piece).end();
			}
			if (tab < 0) {
				break;
			}
			xml.empty("w:tab");
			from = tab + 1;
		}
		xml.end();
	}

	/** A header or footer ends with a paragraph; this one takes no room. */
	private static void endOfStory(XmlWriter xml) {
		Paragraph.plain().after(0).line(20, true).open(xml);
		xml.end();
	}

	/** An element with one attribute, w:val. */
	private static void value(XmlWriter xml, String element, String value) {
		xml.empty(element).attribute("w:val", value);
	}

	private static void value(XmlWriter xml, String element, long value) {
		value(xml, element, String.valueOf(value));
	}

	private static void shading(XmlWriter xml, String fill) {
		xml.empty("w:shd").attribute("w:val", "clear").attribute("w:color", "auto").attribute("w:fill", fill);
	}

	/** A story part's root element (document, header, footer, footnotes, comments) with its namespaces. */
	private static XmlWriter story(String root) {
		return new XmlWriter().declaration().start(root).attribute("xmlns:w", W).attribute("xmlns:r", R)
				.attribute("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
				.attribute("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main")
				.attribute("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
	}

	/** The package of one document, written in one go by {@link #write}. */
	private static final class Package {

		private final GeneratedDocument document;
		private final boolean letter;
		private final List<Part> parts = new ArrayList<>();
		private final Part main = new Part("word/document.xml", CONTENT_TYPES + "document.main+xml", story("w:document"));
		private Part footnotes;
		private Part comments;
		/** The numbering instances after the bullets': abstract numbering 1 (decimal) or 2 (letters), restarted at a depth. */
		private final List<int[]> numbered = new ArrayList<>();
		private int footnoteCount;
		private int commentCount;
		/** Ids of tracked changes: unique in the document and apart from the comments' ids (from 0), as Word wants. */
		private int revisionIds = 1_000_000;
		private int drawings;

		Package(GeneratedDocument document) {
			this.document = document;
			this.letter = document.kind() == Kind.LETTER;
		}

		byte[] write() {
			parts.add(main);
			List<PageFurniture> references = pageFurniture(); // before the text: the section refers to them
			XmlWriter xml = main.xml;
			xml.start("w:body");
			if (document.isDraft() && !letter) {
				Paragraph banner = Paragraph.plain().after(PageGeometry.twips(4)).align("center")
						.line((int) (20 * PageGeometry.NOTA_DRAFT_LINE_POINTS), true);
				banner.boxed = true;
				banner.open(xml);
				draftBanner(xml);
				xml.end();
			}
			if (letter) {
				letterHead();
			} else {
				if (!document.isDraft()) {
					// The text must not begin with a table: LibreOffice puts an empty paragraph of its own before one
					// when the document has comments (7 mm lower than without). A paragraph of 0.1 pt instead.
					Paragraph.plain().after(0).line(2, true).open(xml);
					xml.end();
				}
				logo(main);
				paragraph(main, new Paragraph("Title").before(PageGeometry.twips(PageGeometry.NOTA_HEAD_GAP))
						.after(PageGeometry.twips(PageGeometry.NOTA_TITLE_GAP)), document.title(), Context.PLAIN);
				notaHead();
			}
			double textWidth = letter ? PageGeometry.LETTER_TEXT_RIGHT - PageGeometry.LEFT : PageGeometry.TEXT_WIDTH;
			for (Block block : document.body()) {
				block(block, textWidth);
			}
			closing();
			section(references);
			parts.add(styles());
			parts.add(numbering());
			parts.add(new Part("word/settings.xml", CONTENT_TYPES + "settings+xml",
					new XmlWriter().declaration().start("w:settings").attribute("xmlns:w", W)));
			main.relate("styles", "styles.xml", false);
			main.relate("numbering", "numbering.xml", false);
			main.relate("settings", "settings.xml", false);
			if (footnotes != null) {
				main.relate("footnotes", "footnotes.xml", false);
			}
			if (comments != null) {
				main.relate("comments", "comments.xml", false);
			}
			return zip();
		}

		/** The package as a ZIP: content types first, then the package's relationships, the parts and their relationships. */
		private byte[] zip() {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
			HouseStyle.Logo logo = document.style().logo();
			boolean picture = logo != null && drawings > 0;
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				// the quickest compression: the default level took a third of the time to render a DOCX, for
				// files ~6 % smaller (a letter: 8.6 instead of 9.2 kB)
				zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
				XmlWriter types = new XmlWriter().declaration().start("Types")
						.attribute("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
				types.empty("Default").attribute("Extension", "rels").attribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
				types.empty("Default").attribute("Extension", "xml").attribute("ContentType", "application/xml");
				if (picture) {
					types.empty("Default").attribute("Extension", logo.extension()).attribute("ContentType", logo.mediaType());
				}
				types.empty("Override").attribute("PartName", "/docProps/core.xml")
						.attribute("ContentType", "application/vnd.openxmlformats-package.core-properties+xml");
				types.empty("Override").attribute("PartName", "/docProps/app.xml")
						.attribute("ContentType", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
				for (Part part : parts) {
					types.empty("Override").attribute("PartName", "/" + part.name).attribute("ContentType", part.contentType);
				}
				entry(zip, "[Content_Types].xml", types.finish());
				XmlWriter root = new XmlWriter().declaration().start("Relationships").attribute("xmlns", RELATIONSHIPS);
				relationship(root, "rId1", RELATIONSHIP_TYPES + "officeDocument", "word/document.xml", false);
				relationship(root, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
						"docProps/core.xml", false);
				relationship(root, "rId3", RELATIONSHIP_TYPES + "extended-properties", "docProps/app.xml", false);
				entry(zip, "_rels/.rels", root.finish());
				entry(zip, "docProps/core.xml", coreProperties());
				entry(zip, "docProps/app.xml", new XmlWriter().declaration().start("Properties")
						.attribute("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
						.element("Application", "Nota Workbench").finish());
				for (Part part : parts) {
					entry(zip, part.name, part.xml.finish());
					if (!part.relationships.isEmpty()) {
						XmlWriter relationships = new XmlWriter().declaration().start("Relationships").attribute("xmlns", RELATIONSHIPS);
						for (Relationship relationship : part.relationships) {
							relationship(relationships, relationship.id(), relationship.type(), relationship.target(), relationship.external());
						}
						entry(zip, part.relationshipsName(), relationships.finish());
					}
				}
				if (picture) {
					zip.putNextEntry(new ZipEntry("word/media/logo." + logo.extension()));
					zip.write(logo.bytes());
					zip.closeEntry();
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return bytes.toByteArray();
		}

		private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(xml.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}

		private static void relationship(XmlWriter xml, String id, String type, String target, boolean external) {
			xml.empty("Relationship").attribute("Id", id).attribute("Type", type).attribute("Target", target);
			if (external) {
				xml.attribute("TargetMode", "External");
			}
		}

		private String coreProperties() {
			XmlWriter xml = new XmlWriter().declaration().start("cp:coreProperties")
					.attribute("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
					.attribute("xmlns:dc", "http://purl.org/dc/elements/1.1/").attribute("xmlns:dcterms", "http://purl.org/dc/terms/")
					.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
			xml.element("dc:title", HtmlRenderer.documentTitle(document)).element("dc:subject", document.plainTitle())
					.element("dc:creator", document.style().ministry()).element("dc:language", GeneratedDocument.LANGUAGE);
			xml.start("dcterms:created").attribute("xsi:type", "dcterms:W3CDTF")
					.text(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).end();
			return xml.finish();
		}

		/**
		 * Document defaults (font, size, language nl-NL) and the paragraph styles. "Title" is the document's
		 * title as in the other formats' first-level heading: a nota's "Beslisnota" in large type, a letter's
		 * Betreft line in the text's type.
		 */
		private Part styles() {
			XmlWriter xml = new XmlWriter().declaration().start("w:styles").attribute("xmlns:w", W);
			String font = document.style().font();
			xml.start("w:docDefaults").start("w:rPrDefault").start("w:rPr");
			xml.empty("w:rFonts").attribute("w:ascii", font).attribute("w:hAnsi", font).attribute("w:cs", font);
			value(xml, "w:sz", 19);
			value(xml, "w:lang", GeneratedDocument.LANGUAGE);
			xml.end().end().start("w:pPrDefault");
			// the same rhythm as the PDF and ODT: 13.5 pt lines, 7 pt between paragraphs
			Paragraph.plain().after(140).line(270, true).properties(xml);
			xml.end().end();
			style(xml, "Normal", "Normal", null, null, Look.NONE);
			// a Title in the text's size (a letter's Betreft) has the text's line height; its alignment stated, not
			// inherited: LibreOffice's own "Title" is centred
			style(xml, "Title", "Title", "Normal", Paragraph.plain().line(letter ? 270 : 360, true).align("left"),
					letter ? Look.NONE.size(19) : Look.NONE.size(28).bold());
			style(xml, HEADING_1, "heading 1", "Normal", heading(240, 0), Look.NONE.size(19).bold());
			style(xml, HEADING_2, "heading 2", "Normal", heading(160, 1), Look.NONE.size(19).italic());
			// the style carries the bullet, so applying "List Bullet" in Word makes a bulleted paragraph
			Paragraph list = Paragraph.plain().after(80);
			list.numbering = BULLETS;
			style(xml, LIST, "List Bullet", "Normal", list, Look.NONE);
			style(xml, LIST_NUMBER, "List Number", "Normal", Paragraph.plain().after(80), Look.NONE);
			style(xml, SMALL, "Klein", "Normal", Paragraph.plain().line(180, true).after(0).align("left"), Look.NONE.size(13));
			style(xml, FOOTNOTE_TEXT, "footnote text", "Normal", Paragraph.plain().after(40).line(200, true), Look.NONE.size(15));
			style(xml, CAPTION, "caption", "Normal", Paragraph.plain().after(40).keepNext(), Look.NONE.italic());
			style(xml, CLASSIFICATION, "Rubricering", "Normal", Paragraph.plain().line(200, true).after(0).align("center"),
					Look.NONE.size(16).bold());
			xml.start("w:style").attribute("w:type", "character").attribute("w:styleId", FOOTNOTE_REFERENCE);
			value(xml, "w:name", "footnote reference");
			Look.NONE.superscript().write(xml);
			xml.end();
			return new Part("word/styles.xml", CONTENT_TYPES + "styles+xml", xml);
		}

		private static Paragraph heading(int before, int outline) {
			Paragraph heading = Paragraph.plain().before(before).after(40).keepNext();
			heading.outline = outline;
			return heading;
		}

		private static void style(XmlWriter xml, String id, String name, String basedOn, Paragraph paragraph, Look look) {
			xml.start("w:style").attribute("w:type", "paragraph");
			if (basedOn == null) {
				xml.attribute("w:default", "1");
			}
			xml.attribute("w:styleId", id);
			value(xml, "w:name", name);
			if (basedOn != null) {
				value(xml, "w:basedOn", basedOn);
			}
			xml.empty("w:qFormat");
			if (paragraph != null) {
				paragraph.properties(xml);
			}
			look.write(xml);
			xml.end();
		}

		/**
		 * One bullet definition for every list ("•" at 5 mm, "◦" at 10 mm for a list inside an item), the
		 * decimal and lettered definitions if a numbered list uses them, and the numbering instances: the
		 * bullets', and one per numbered list, so that each starts at 1 (or a).
		 */
		private Part numbering() {
			XmlWriter xml = new XmlWriter().declaration().start("w:numbering").attribute("xmlns:w", W);
			abstractNumbering(xml, 0);
			for (int definition = 1; definition <= 2; definition++) {
				int id = definition;
				if (numbered.stream().anyMatch(list -> list[0] == id)) {
					abstractNumbering(xml, definition);
				}
			}
			xml.start("w:num").attribute("w:numId", String.valueOf(BULLETS));
			value(xml, "w:abstractNumId", 0);
			xml.end();
			for (int i = 0; i < numbered.size(); i++) {
				xml.start("w:num").attribute("w:numId", String.valueOf(BULLETS + 1 + i));
				value(xml, "w:abstractNumId", numbered.get(i)[0]);
				xml.start("w:lvlOverride").attribute("w:ilvl", String.valueOf(numbered.get(i)[1]));
				value(xml, "w:startOverride", 1);
				xml.end().end();
			}
			return new Part("word/numbering.xml", CONTENT_TYPES + "numbering+xml", xml);
		}

		/** Definition 0 bullets, 1 decimal, 2 lower-case letters; two levels, each hanging its marker 5 mm left of its text. */
		private static void abstractNumbering(XmlWriter xml, int definition) {
			xml.start("w:abstractNum").attribute("w:abstractNumId", String.valueOf(definition));
			for (int depth = 0; depth < 2; depth++) {
				xml.start("w:lvl").attribute("w:ilvl", String.valueOf(depth));
				value(xml, "w:start", 1);
				value(xml, "w:numFmt", switch (definition) {
					case 0 -> "bullet";
					case 1 -> "decimal";
					default -> "lowerLetter";
				});
				value(xml, "w:lvlText", definition == 0 ? (depth == 0 ? "•" : "◦") : "%" + (depth + 1) + ".");
				xml.start("w:pPr").empty("w:ind").attribute("w:left", String.valueOf(284 * (depth + 1))).attribute("w:hanging", "284").end();
				xml.end();
			}
			xml.end();
		}

		/**
		 * What every page carries: page numbers and (VIR-BI) the classification on top and bottom; for a letter
		 * also the logo and the reference column, the whole column on the first page and Datum and Onze
		 * referentie on the follow-up pages, in floating tables at the reference column's place on the page.
		 * Returns the section's references to them.
		 */
		private List<PageFurniture> pageFurniture() {
			List<PageFurniture> references = new ArrayList<>();
			List<String> types = letter ? List.of("first", "default") : List.of("default");
			int number = 0;
			for (String type : types) {
				number++;
				if (letter || document.isClassified()) {
					Part header = new Part("word/header" + number + ".xml", CONTENT_TYPES + "header+xml", story("w:hdr"));
					if (document.isClassified()) {
						classification(header);
					}
					if (letter) {
						logo(header);
						column(header, type.equals("first") ? document.referenceColumn() : document.followUpColumn());
						if (document.isDraft()) {
							draftBox(header.xml);
						}
					}
					parts.add(header);
					references.add(new PageFurniture("w:headerReference", type, main.relate("header", "header" + number + ".xml", false)));
				}
				Part footer = new Part("word/footer" + number + ".xml", CONTENT_TYPES + "footer+xml", story("w:ftr"));
				XmlWriter xml = footer.xml;
				if (document.isClassified()) {
					paragraph(footer, Paragraph.plain(), document.classification(), Context.BOLD);
				}
				if (letter) {
					// in the reference column, as the letter template has it
					openTable(xml, Borders.NONE, new double[] { PageGeometry.REFERENCE_COLUMN_FROM_EDGE, PageGeometry.HEIGHT - PageGeometry.BOTTOM + 6 }, 0,
							PageGeometry.REFERENCE_COLUMN);
					row(xml, -1, false);
					cell(xml, PageGeometry.REFERENCE_COLUMN);
					new Paragraph(SMALL).open(xml);
				} else {
					new Paragraph(SMALL).align("right").open(xml);
				}
				text(xml, Look.NONE, "Pagina ", false);
				xml.empty("w:fldSimple").attribute("w:instr", "PAGE");
				text(xml, Look.NONE, " van ", false);
				xml.empty("w:fldSimple").attribute("w:instr", "NUMPAGES");
				xml.end();
				if (letter) {
					xml.end().end().end();
					endOfStory(xml);
				}
				parts.add(footer);
				references.add(new PageFurniture("w:footerReference", type, main.relate("footer", "footer" + number + ".xml", false)));
			}
			return references;
		}

		/**
		 * The classification atop every page. In a nota in a floating table in the top margin, 7 mm from the
		 * page's top, where the PDF has it (as a paragraph of the header it stood at the header's distance, 10 mm);
		 * in a letter above the logo in the header.
		 */
		private void classification(Part header) {
			XmlWriter xml = header.xml;
			if (!letter) {
				openTable(xml, Borders.NONE, new double[] { PageGeometry.LEFT, PageGeometry.CLASSIFICATION_TOP }, 0, PageGeometry.TEXT_WIDTH);
				row(xml, -1, false);
				cell(xml, PageGeometry.TEXT_WIDTH);
			}
			paragraph(header, new Paragraph(CLASSIFICATION), document.classification(), Context.BOLD);
			if (!letter) {
				xml.end().end().end();
				endOfStory(xml);
			}
		}

		/** A4 with the Rijkshuisstijl margins; without it Word lays the letter out on its own default (often US Letter). */
		private void section(List<PageFurniture> references) {
			XmlWriter xml = main.xml;
			xml.start("w:sectPr");
			for (PageFurniture reference : references) {
				xml.empty(reference.element()).attribute("w:type", reference.type()).attribute("r:id", reference.id());
			}
			xml.empty("w:pgSz").attribute("w:w", String.valueOf(PageGeometry.twips(PageGeometry.WIDTH)))
					.attribute("w:h", String.valueOf(PageGeometry.twips(PageGeometry.HEIGHT)));
			// a letter's text column leaves the reference column free on every page; its head stands above the text
			xml.empty("w:pgMar").attribute("w:top", String.valueOf(PageGeometry.twips(letter ? PageGeometry.LETTER_TOP : PageGeometry.TOP)))
					.attribute("w:right", String.valueOf(PageGeometry.twips(letter ? PageGeometry.WIDTH - PageGeometry.LETTER_TEXT_RIGHT : PageGeometry.RIGHT)))
					.attribute("w:bottom", String.valueOf(PageGeometry.twips(PageGeometry.BOTTOM)))
					.attribute("w:left", String.valueOf(PageGeometry.twips(PageGeometry.LEFT)))
					.attribute("w:header", String.valueOf(PageGeometry.twips(PageGeometry.HEADER_DISTANCE)))
					.attribute("w:footer", String.valueOf(PageGeometry.twips(PageGeometry.HEADER_DISTANCE))).attribute("w:gutter", "0");
			if (letter) {
				xml.empty("w:titlePg"); // the first page has a header of its own (the whole reference column)
			}
			xml.end();
		}

		/** The banner's text: small, bold, dark red (on light red, in a box: its paragraph's or table cell's). */
		private void draftBanner(XmlWriter xml) {
			text(xml, Look.NONE.bold().colour(PageGeometry.DRAFT_COLOUR).size((int) (2 * PageGeometry.DRAFT_FONT_POINTS)), document.draftBanner(),
					false);
		}

		/**
		 * A letter's concept banner: a floating box in the strip above the logo on every page, so the letterhead
		 * keeps its place; the same box as the other formats draw.
		 */
		private void draftBox(XmlWriter xml) {
			openTable(xml, Borders.BOX, new double[] { PageGeometry.LEFT, PageGeometry.DRAFT_TOP }, 0, PageGeometry.HEAD_WIDTH);
			row(xml, PageGeometry.twips(PageGeometry.DRAFT_HEIGHT), true);
			cell(xml, PageGeometry.HEAD_WIDTH, PageGeometry.DRAFT_BACKGROUND, false, true);
			Paragraph.plain().after(0).line(240, false).align("center").open(xml);
			draftBanner(xml);
			xml.end().end().end().end();
			endOfStory(xml); // after a paragraph, or Word joins it to the table before
		}

		/** The reference column: a floating table at the column's place on the page, from the top of the letter's text. */
		private void column(Part header, List<Reference> column) {
			XmlWriter xml = header.xml;
			openTable(xml, Borders.NONE, new double[] { PageGeometry.REFERENCE_COLUMN_FROM_EDGE, PageGeometry.LETTER_TOP }, 0,
					PageGeometry.REFERENCE_COLUMN);
			row(xml, -1, false);
			cell(xml, PageGeometry.REFERENCE_COLUMN);
			for (Reference reference : column) {
				new Paragraph(SMALL).after(PageGeometry.REFERENCE_GAP_TWIPS).open(xml);
				if (reference.label() != null) {
					xml.start("w:r");
					Look.NONE.bold().write(xml);
					xml.start("w:t").text(reference.label()).end().empty("w:br").end();
				}
				for (int i = 0; i < reference.lines().size(); i++) {
					if (i > 0) {
						xml.start("w:r").empty("w:br").end();
					}
					runs(header, reference.lines().get(i), Context.PLAIN);
				}
				xml.end();
			}
			if (column.isEmpty()) {
				Paragraph.plain().open(xml); // a cell holds at least one paragraph
				xml.end();
			}
			xml.end().end().end();
			endOfStory(xml);
		}

		/**
		 * The logo as the other formats draw it: the mark (a Rijksblauw bar, or the house style's image) centred
		 * on the page, the ministry's name beside it; a borderless table of two cells, indented to the centre.
		 */
		private void logo(Part part) {
			XmlWriter xml = part.xml;
			HouseStyle.Logo image = document.style().logo();
			double markWidth = image == null ? PageGeometry.LOGO_BAR_WIDTH : image.widthMm();
			double nameWidth = PageGeometry.WIDTH - PageGeometry.RIGHT - PageGeometry.logoLeft(markWidth) - markWidth;
			openTable(xml, Borders.NONE, null, PageGeometry.twips(PageGeometry.logoLeft(markWidth) - PageGeometry.LEFT), markWidth, nameWidth);
			// at least the mark's height: a two-line ministry name reaches just below it, as in the other formats
			row(xml, PageGeometry.twips(HouseStyle.Logo.HEIGHT_MM), false);
			cell(xml, markWidth, image == null ? HtmlRenderer.RIJKSBLAUW.substring(1) : null, false, false);
			Paragraph mark = Paragraph.plain().after(0);
			if (image != null) {
				mark.line(240, false).open(xml); // single spacing: the text's exact line height would cut the image off
				picture(part, image);
			} else {
				mark.open(xml);
			}
			xml.end().end();
			cell(xml, nameWidth);
			Paragraph name = Paragraph.plain().before(PageGeometry.twips(9)).after(0).line(220, true);
			name.left = (int) PageGeometry.twips(3);
			name.open(xml);
			List<String> lines = document.style().logoLines();
			for (int i = 0; i < lines.size(); i++) {
				xml.start("w:r");
				Look.NONE.size(18).write(xml);
				if (i > 0) {
					xml.empty("w:br");
				}
				xml.start("w:t").text(lines.get(i)).end().end();
			}
			xml.end().end().end().end();
		}

		/** The house style's image, inline, its size in EMU (36,000 per mm); described by the ministry's name. */
		private void picture(Part part, HouseStyle.Logo image) {
			XmlWriter xml = part.xml;
			String id = part.relate("image", "media/logo." + image.extension(), false);
			String width = String.valueOf(Math.round(image.widthMm() * 36_000));
			String height = String.valueOf(Math.round(HouseStyle.Logo.HEIGHT_MM * 36_000));
			int number = ++drawings;
			String description = document.style().ministry();
			xml.start("w:r").start("w:drawing").start("wp:inline").attribute("distT", "0").attribute("distB", "0").attribute("distL", "0")
					.attribute("distR", "0");
			xml.empty("wp:extent").attribute("cx", width).attribute("cy", height);
			xml.empty("wp:docPr").attribute("id", String.valueOf(number)).attribute("name", "Logo " + number).attribute("descr", description);
			xml.start("a:graphic").start("a:graphicData").attribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
			xml.start("pic:pic").start("pic:nvPicPr");
			xml.empty("pic:cNvPr").attribute("id", "0").attribute("name", "logo." + image.extension()).attribute("descr", description);
			xml.start("pic:cNvPicPr").empty("a:picLocks").attribute("noChangeAspect", "1").end();
			xml.end().start("pic:blipFill").empty("a:blip").attribute("r:embed", id).start("a:stretch").empty("a:fillRect").end().end();
			xml.start("pic:spPr").start("a:xfrm").empty("a:off").attribute("x", "0").attribute("y", "0");
			xml.empty("a:ext").attribute("cx", width).attribute("cy", height).end();
			xml.start("a:prstGeom").attribute("prst", "rect").empty("a:avLst").end().end();
			xml.end().end().end().end().end().end();
		}

		/** A nota's head: the entries (Aan, Van, Datum, ...) in a borderless table of labels and values. */
		private void notaHead() {
			XmlWriter xml = main.xml;
			if (!document.headerEntries().isEmpty()) {
				double values = PageGeometry.TEXT_WIDTH - PageGeometry.NOTA_LABELS;
				openTable(xml, Borders.NONE, null, 0, PageGeometry.NOTA_LABELS, values);
				for (Entry entry : document.headerEntries()) {
					row(xml, -1, false);
					cell(xml, PageGeometry.NOTA_LABELS);
					// one line per entry, as in the other formats
					Paragraph.plain().after(0).open(xml);
					text(xml, Look.NONE, entry.label(), false);
					xml.end().end();
					cell(xml, values);
					paragraph(main, Paragraph.plain().after(0), entry.value(), Context.PLAIN);
					xml.end().end();
				}
				xml.end();
			}
			Paragraph.plain().open(xml);
			xml.end();
		}

		/** Return address, addressee, and Datum and Betreft with their values hanging at one indent. */
		private void letterHead() {
			XmlWriter xml = main.xml;
			new Paragraph(SMALL).after(PageGeometry.twips(2)).open(xml);
			text(xml, Look.NONE, PageGeometry.returnAddress(document), false);
			xml.end();
			for (List<Run> line : document.addressLines()) {
				paragraph(main, Paragraph.plain().after(0), line, Context.PLAIN);
			}
			Paragraph.plain().after(0).open(xml);
			xml.end();
			List<Entry> entries = document.headerEntries();
			for (int i = 0; i < entries.size(); i++) {
				Entry entry = entries.get(i);
				new Paragraph(entry.subject() ? "Title" : null).after(i == entries.size() - 1 ? 360 : 0)
						.hanging(PageGeometry.twips(PageGeometry.ENTRY_LABELS)).open(xml);
				text(xml, Look.NONE, entry.label() + "\t", false);
				runs(main, entry.value(), Context.PLAIN);
				xml.end();
			}
		}

		/** The closing kept together on one page, with room for the signature where the model has an empty line. */
		private void closing() {
			XmlWriter xml = main.xml;
			Paragraph.plain().after(0).open(xml);
			xml.end();
			List<List<Run>> closing = document.closing();
			long space = 0;
			for (int i = 0; i < closing.size(); i++) {
				List<Run> line = closing.get(i);
				if (line.isEmpty()) {
					space += PageGeometry.twips(PageGeometry.SIGNING_SPACE);
					continue;
				}
				Paragraph paragraph = Paragraph.plain().after(0);
				if (space > 0) {
					paragraph.before(space);
				}
				space = 0;
				paragraph.keepNext = i < closing.size() - 1;
				paragraph(main, paragraph, line, Context.PLAIN);
			}
		}

		private void block(Block block, double textWidth) {
			switch (block) {
				case Block.Heading heading -> paragraph(main, new Paragraph(heading.level() == 1 ? HEADING_1 : HEADING_2), heading.runs(),
						Context.PLAIN);
				case Block.Paragraph paragraph -> paragraph(main, Paragraph.plain(), paragraph.runs(), Context.PLAIN);
				case Block.BulletList list -> list(list, 0, true);
				case Block.NumberedList list -> list(list, 0, true);
				case Block.Table table -> table(table, textWidth);
			}
		}

		/**
		 * A list at a depth (0, or 1 for a list inside an item): its items, each a paragraph of the list's
		 * numbering; the last item of the outermost list keeps a paragraph's space below it, as in HTML.
		 * Bullets share the document's numbering, a numbered list gets one of its own that starts at 1 (or a).
		 */
		private void list(Block list, int depth, boolean outermost) {
			List<Block.Item> items;
			String style;
			int numbering;
			switch (list) {
				case Block.BulletList bulleted -> {
					items = bulleted.items();
					style = LIST;
					numbering = BULLETS;
				}
				case Block.NumberedList numberedList -> {
					items = numberedList.items();
					style = LIST_NUMBER;
					numbered.add(new int[] { numberedList.numbering() == Block.Numbering.DECIMAL ? 1 : 2, depth });
					numbering = BULLETS + numbered.size();
				}
				default -> {
					block(list, PageGeometry.TEXT_WIDTH);
					return;
				}
			}
			for (int i = 0; i < items.size(); i++) {
				Paragraph paragraph = new Paragraph(style);
				paragraph.numbering = numbering;
				paragraph.level = depth;
				boolean last = i == items.size() - 1;
				if (last && outermost && items.get(i).nested().isEmpty()) {
					paragraph.after(140);
				}
				paragraph(main, paragraph, items.get(i).runs(), Context.PLAIN);
				for (Block nested : items.get(i).nested()) {
					list(nested, depth + 1, last && outermost);
				}
			}
		}

		/**
		 * A table of the text's width: its caption above it, a header row that Word repeats on a next page, a
		 * line under the header and under each row, and each column aligned as the model says.
		 */
		private void table(Block.Table table, double textWidth) {
			if (!table.caption().isEmpty()) {
				paragraph(main, new Paragraph(CAPTION), table.caption(), Context.PLAIN);
			}
			if (table.columns().isEmpty()) {
				return;
			}
			XmlWriter xml = main.xml;
			double[] widths = PageGeometry.tableColumns(table, textWidth);
			openTable(xml, Borders.ROWS, null, 0, widths);
			tableRow(table.header(), table.columns(), widths, true);
			for (Block.Row row : table.rows()) {
				tableRow(row, table.columns(), widths, false);
			}
			xml.end();
			Paragraph.plain().after(0).open(xml); // the text goes on below the table, not against it
			xml.end();
		}

		private void tableRow(Block.Row cells, List<Block.Alignment> columns, double[] widths, boolean header) {
			XmlWriter xml = main.xml;
			xml.start("w:tr").start("w:trPr").empty("w:cantSplit");
			if (header) {
				xml.empty("w:tblHeader");
			}
			xml.end();
			for (int i = 0; i < columns.size(); i++) {
				cell(xml, widths[i], null, header, false);
				Paragraph paragraph = Paragraph.plain().after(0).align(switch (columns.get(i)) {
					case LEFT -> "left";
					case RIGHT -> "right";
					case CENTER -> "center";
				});
				paragraph(main, paragraph, i < cells.cells().size() ? cells.cells().get(i) : List.of(), header ? Context.BOLD : Context.PLAIN);
				xml.end();
			}
			xml.end();
		}

		private void paragraph(Part part, Paragraph properties, List<Run> runs, Context context) {
			properties.open(part.xml);
			runs(part, runs, context);
			part.xml.end();
		}

		/** Inline content, written into the part whose paragraph is open. */
		private void runs(Part part, List<Run> runs, Context context) {
			XmlWriter xml = part.xml;
			Look look = Look.of(context);
			for (Run run : runs) {
				switch (run) {
					// only then italic: an explicit "not italic" would override the style (Heading 2)
					case Run.Text text -> text(xml, text.emphasis() ? look.italic() : look, text.text(), context.deleted());
					case Run.Redacted redacted -> text(xml, look.colour("FFFFFF").fill("000000"), " " + redacted.ground() + " ", context.deleted());
					case Run.Marked marked -> {
						text(xml, look.highlight("yellow"), marked.text(), context.deleted());
						text(xml, look.bold().superscript(), " " + marked.ground(), context.deleted());
					}
					case Run.Placeholder placeholder -> text(xml, look.colour("990000"), "[" + placeholder.description() + "]", context.deleted());
					case Run.Link link when context.revision() -> text(xml, look, link.text(), context.deleted()); // no link inside a change
					case Run.Link link -> {
						xml.start("w:hyperlink").attribute("r:id", part.relate("hyperlink", link.target(), true));
						text(xml, look.underline(), link.text(), false);
						xml.end();
					}
					case Run.Footnote footnote -> footnote(part, footnote, context);
					case Run.Comment comment -> comment(part, comment, context);
					case Run.Revision revision -> revision(part, revision, context);
				}
			}
		}

		/**
		 * A real Word footnote: its reference mark here, its text in the footnotes part, numbered by Word. The
		 * part starts with the separator notes Word itself writes (the line above the notes).
		 */
		private void footnote(Part part, Run.Footnote footnote, Context context) {
			if (part == footnotes) { // not in the model (a footnote holds none): its text stays in sight
				runs(part, footnote.content(), context);
				return;
			}
			if (footnotes == null) {
				footnotes = new Part("word/footnotes.xml", CONTENT_TYPES + "footnotes+xml", story("w:footnotes"));
				parts.add(footnotes);
				separator(footnotes.xml, -1, "separator");
				separator(footnotes.xml, 0, "continuationSeparator");
			}
			String id = String.valueOf(++footnoteCount);
			XmlWriter notes = footnotes.xml;
			notes.start("w:footnote").attribute("w:id", id);
			new Paragraph(FOOTNOTE_TEXT).open(notes);
			notes.start("w:r");
			Look.style(FOOTNOTE_REFERENCE).write(notes);
			notes.empty("w:footnoteRef").end();
			text(notes, Look.NONE, " ", false);
			runs(footnotes, footnote.content(), Context.PLAIN);
			notes.end().end();
			XmlWriter xml = part.xml;
			xml.start("w:r");
			Look.style(FOOTNOTE_REFERENCE).write(xml);
			xml.empty("w:footnoteReference").attribute("w:id", id).end();
		}

		private static void separator(XmlWriter xml, int id, String type) {
			xml.start("w:footnote").attribute("w:type", type).attribute("w:id", String.valueOf(id));
			Paragraph.plain().after(0).line(240, false).open(xml);
			xml.start("w:r").empty("w:" + type).end().end().end();
		}

		/**
		 * A reviewer's remark as a real Word comment: the anchor between the comment's range marks, the remark in
		 * the comments part with its author, shown by Word in the margin (Review › Comments).
		 */
		private void comment(Part part, Run.Comment comment, Context context) {
			if (comments == null) {
				comments = new Part("word/comments.xml", CONTENT_TYPES + "comments+xml", story("w:comments"));
				parts.add(comments);
			}
			String id = String.valueOf(commentCount++);
			String author = comment.author().isEmpty() ? "onbekend" : XmlCharacters.strip(comment.author());
			XmlWriter remarks = comments.xml;
			remarks.start("w:comment").attribute("w:id", id).attribute("w:author", author).attribute("w:initials", initials(author));
			remarks.start("w:p").start("w:r").empty("w:annotationRef").end();
			text(remarks, Look.NONE, comment.remark(), false);
			remarks.end().end();
			XmlWriter xml = part.xml;
			boolean range = !comment.anchor().text().isEmpty();
			if (range) {
				xml.empty("w:commentRangeStart").attribute("w:id", id);
				runs(part, List.of(comment.anchor()), context);
				xml.empty("w:commentRangeEnd").attribute("w:id", id);
			}
			xml.start("w:r").empty("w:commentReference").attribute("w:id", id).end();
		}

		/**
		 * A change as a real Word tracked change (Review › Track Changes): its runs in a {@code w:ins} or
		 * {@code w:del} with author and time; in a deletion the text is deleted text. A link inside a change is
		 * its text (Word has no link inside a change).
		 */
		private void revision(Part part, Run.Revision revision, Context context) {
			if (context.revision()) { // not in the model (a change holds none): its text stays in sight
				runs(part, revision.runs(), context);
				return;
			}
			XmlWriter xml = part.xml;
			xml.start(revision.inserted() ? "w:ins" : "w:del").attribute("w:id", String.valueOf(revisionIds++))
					.attribute("w:author", revision.author()).attribute("w:date", revision.time().truncatedTo(ChronoUnit.SECONDS).toString());
			runs(part, revision.runs(), context.in(revision));
			xml.end();
		}
	}
}
