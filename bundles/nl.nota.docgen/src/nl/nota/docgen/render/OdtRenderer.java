package nl.nota.docgen.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.GeneratedDocument.Kind;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.docgen.style.HouseStyle;

/**
 * ODF text (ODT 1.3), the open standard. Named paragraph styles (Heading 1/2, List Bullet, Text Body)
 * as in the DOCX, so the document stays editable; written directly because the format is small and a
 * library would add more than it saves here, but always element by element through {@link XmlWriter}.
 */
public class OdtRenderer {

	private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
	private static final String[][] NAMESPACES = { { "office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0" },
			{ "style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0" }, { "text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0" },
			{ "table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0" },
			{ "fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" },
			{ "svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" }, { "dc", "http://purl.org/dc/elements/1.1/" },
			{ "draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" }, { "xlink", "http://www.w3.org/1999/xlink" },
			{ "meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0" } };

	/** A new part: the XML declaration and the root element with every namespace the parts use. */
	private static XmlWriter root(String name) {
		XmlWriter xml = new XmlWriter().declaration().start(name);
		for (String[] namespace : NAMESPACES) {
			xml.attribute("xmlns:" + namespace[0], namespace[1]);
		}
		return xml.attribute("office:version", "1.3");
	}

	public byte[] render(GeneratedDocument document) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			stored(zip, "mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII));
			HouseStyle.Logo logo = document.style().logo();
			deflated(zip, "META-INF/manifest.xml", manifest(logo));
			if (logo != null) {
				stored(zip, "Pictures/logo." + logo.extension(), logo.bytes());
			}
			deflated(zip, "meta.xml", meta(document));
			deflated(zip, "styles.xml", styles(document));
			deflated(zip, "content.xml", content(document));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** The mimetype entry comes first and uncompressed, so tools can recognise the file by its first bytes. */
	private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.length);
		CRC32 crc = new CRC32();
		crc.update(content);
		entry.setCrc(crc.getValue());
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	private static void deflated(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String manifest(HouseStyle.Logo logo) {
		XmlWriter xml = new XmlWriter().declaration().start("manifest:manifest")
				.attribute("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0").attribute("manifest:version", "1.3");
		xml.empty("manifest:file-entry").attribute("manifest:full-path", "/").attribute("manifest:version", "1.3")
				.attribute("manifest:media-type", MIMETYPE);
		for (String part : List.of("content.xml", "styles.xml", "meta.xml")) {
			xml.empty("manifest:file-entry").attribute("manifest:full-path", part).attribute("manifest:media-type", "text/xml");
		}
		if (logo != null) {
			xml.empty("manifest:file-entry").attribute("manifest:full-path", "Pictures/logo." + logo.extension())
					.attribute("manifest:media-type", logo.mediaType());
		}
		return xml.finish();
	}

	private static String meta(GeneratedDocument document) {
		XmlWriter xml = root("office:document-meta").start("office:meta");
		xml.element("meta:generator", "Nota Workbench").element("dc:title", HtmlRenderer.documentTitle(document))
				.element("dc:subject", document.plainTitle()).element("dc:language", GeneratedDocument.LANGUAGE);
		return xml.finish();
	}

	/**
	 * Named styles, page layouts and master pages. A letter has two masters, as the Rijkshuisstijl template:
	 * the first page with the whole reference column, the follow-up pages with Datum and Onze referentie;
	 * both carry the logo, the classification and the page number.
	 */
	private static String styles(GeneratedDocument document) {
		boolean letter = document.kind() == Kind.LETTER;
		XmlWriter xml = root("office:document-styles");
		xml.start("office:font-face-decls").empty("style:font-face").attribute("style:name", "Huisletter")
				.attribute("svg:font-family", "'" + document.style().font().replace("'", "") + "'")
				.attribute("style:font-family-generic", "swiss").end();
		xml.fragment(STYLES);
		xml.start("office:automatic-styles");
		// a classified nota's header (the classification) stands in the page's top margin, as in the PDF: the
		// text starts where it does without one
		pageLayout(xml, "A4", document.isClassified() ? PageGeometry.HEADER_DISTANCE : PageGeometry.TOP, PageGeometry.RIGHT,
				document.isClassified() ? PageGeometry.TOP - PageGeometry.HEADER_DISTANCE : 0);
		pageLayout(xml, "Brief", PageGeometry.HEADER_DISTANCE, PageGeometry.WIDTH - PageGeometry.LETTER_TEXT_RIGHT,
				PageGeometry.LETTER_TOP - PageGeometry.HEADER_DISTANCE);
		// header and footer content sees only the automatic styles of styles.xml (LibreOffice does not apply
		// named paragraph styles inside a frame in a header), so what it needs is defined here as well
		xml.fragment(FRAME_STYLES).fragment(TEXT_STYLES);
		logoStyles(xml, document);
		xml.end();
		xml.start("office:master-styles");
		if (letter) {
			master(xml, document, "Standard", "Brief", "Vervolg", document.referenceColumn());
			master(xml, document, "Vervolg", "Brief", null, document.followUpColumn());
		} else {
			master(xml, document, "Standard", "A4", null, null);
		}
		return xml.finish();
	}

	/** A4 with the margins; a letter's head (logo) stands in a header of fixed height above the text. */
	private static void pageLayout(XmlWriter xml, String name, double top, double right, double header) {
		xml.start("style:page-layout").attribute("style:name", name);
		xml.empty("style:page-layout-properties").attribute("fo:page-width", cm(PageGeometry.WIDTH))
				.attribute("fo:page-height", cm(PageGeometry.HEIGHT)).attribute("fo:margin-top", cm(top))
				.attribute("fo:margin-bottom", cm(PageGeometry.HEADER_DISTANCE)).attribute("fo:margin-left", cm(PageGeometry.LEFT))
				.attribute("fo:margin-right", cm(right));
		xml.start("style:header-style").empty("style:header-footer-properties")
				.attribute(header > 0 ? "fo:min-height" : "fo:min-height", cm(header > 0 ? header : 6)).attribute("fo:margin-bottom", "0cm")
				.attribute("style:dynamic-spacing", "false").end();
		xml.start("style:footer-style").empty("style:header-footer-properties")
				.attribute("fo:min-height", cm(PageGeometry.BOTTOM - PageGeometry.HEADER_DISTANCE)).attribute("fo:margin-top", "0cm")
				.attribute("style:dynamic-spacing", "false").end();
		xml.end();
	}

	private static void master(XmlWriter xml, GeneratedDocument document, String name, String layout, String next,
			List<Reference> column) {
		boolean letter = column != null;
		xml.start("style:master-page").attribute("style:name", name).attribute("style:page-layout-name", layout);
		if (next != null) {
			xml.attribute("style:next-style-name", next);
		}
		if (letter || document.isClassified()) {
			xml.start("style:header");
			if (document.isClassified()) {
				paragraph(xml, "Classification", document.classification());
			}
			if (letter) {
				logo(xml, document);
				xml.start("text:p").attribute("text:style-name", "Klein");
				referenceColumn(xml, column);
				if (document.isDraft()) {
					draftBanner(xml, document, name);
				}
				xml.end();
			}
			xml.end();
		}
		xml.start("style:footer");
		if (document.isClassified()) {
			paragraph(xml, "ClassificationFooter", document.classification());
		}
		// in a letter the page number stands in the reference column, as the letter template has it
		xml.start("text:p").attribute("text:style-name", letter ? "PaginaKolom" : "Footer");
		xml.text("Pagina ").empty("text:page-number").attribute("text:select-page", "current").text(" van ").empty("text:page-count");
		xml.end().end().end();
	}

	/**
	 * A letter's concept banner: a frame in the strip above the logo on every page, anchored in the header,
	 * so the letterhead keeps its place; the same box as the other formats draw.
	 */
	private static void draftBanner(XmlWriter xml, GeneratedDocument document, String master) {
		xml.start("draw:frame").attribute("draw:style-name", "Concept").attribute("draw:name", "Concept" + master)
				.attribute("text:anchor-type", "paragraph").attribute("svg:x", cm(PageGeometry.LEFT))
				.attribute("svg:y", cm(PageGeometry.DRAFT_TOP)).attribute("svg:width", cm(PageGeometry.HEAD_WIDTH))
				.attribute("svg:height", cm(PageGeometry.DRAFT_HEIGHT)).attribute("draw:z-index", "1").start("draw:text-box");
		xml.start("text:p").attribute("text:style-name", "ConceptTekst").text(document.draftBanner()).end();
		xml.end().end();
	}

	/** The reference column: a frame at its place on the page, anchored in the header. */
	private static void referenceColumn(XmlWriter xml, List<Reference> column) {
		xml.start("draw:frame").attribute("draw:style-name", "Kolom").attribute("draw:name", "Referentiekolom" + column.size())
				.attribute("text:anchor-type", "paragraph").attribute("svg:x", cm(PageGeometry.REFERENCE_COLUMN_FROM_EDGE))
				.attribute("svg:y", cm(PageGeometry.LETTER_TOP)).attribute("svg:width", cm(PageGeometry.REFERENCE_COLUMN))
				.attribute("draw:z-index", "0").start("draw:text-box").attribute("fo:min-height", "0.5cm");
		for (Reference reference : column) {
			xml.start("text:p").attribute("text:style-name", "KolomTekst");
			if (reference.label() != null) {
				xml.start("text:span").attribute("text:style-name", "Label").text(reference.label()).end().empty("text:line-break");
			}
			for (int i = 0; i < reference.lines().size(); i++) {
				if (i > 0) {
					xml.empty("text:line-break");
				}
				runs(xml, reference.lines().get(i));
			}
			xml.end();
		}
		xml.end().end();
	}

	/**
	 * The logo as the other formats draw it: the mark (a Rijksblauw bar, or the house style's image) centred
	 * on the page and the ministry's name beside it.
	 */
	private static void logo(XmlWriter xml, GeneratedDocument document) {
		HouseStyle.Logo image = document.style().logo();
		boolean letter = document.kind() == Kind.LETTER;
		xml.start("text:p").attribute("text:style-name", image != null ? "LogoBeeld" : letter ? "BriefLogo" : "Logo");
		if (image != null) {
			// the image where the bar would be: centred on the page, from the top of the logo's paragraph
			xml.start("draw:frame").attribute("draw:style-name", "LogoKader").attribute("draw:name", "Logo")
					.attribute("text:anchor-type", "paragraph").attribute("svg:x", cm(PageGeometry.logoLeft(image.widthMm())))
					.attribute("svg:y", "0cm").attribute("svg:width", cm(image.widthMm())).attribute("svg:height", cm(HouseStyle.Logo.HEIGHT_MM));
			xml.empty("draw:image").attribute("xlink:href", "Pictures/logo." + image.extension()).attribute("xlink:type", "simple")
					.attribute("xlink:show", "embed").attribute("xlink:actuate", "onLoad");
			xml.end();
		}
		List<String> lines = document.style().logoLines();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				xml.empty("text:line-break");
			}
			xml.text(lines.get(i));
		}
		xml.end();
	}

	/**
	 * For a house style's logo image: its frame, and a paragraph for the ministry's name that leaves the
	 * image's room free on its left, as the bar's paragraph ("Logo") does with its border; automatic styles,
	 * since they depend on the image's width (in styles.xml for a letter's header, in content.xml for a nota).
	 */
	private static void logoStyles(XmlWriter xml, GeneratedDocument document) {
		HouseStyle.Logo image = document.style().logo();
		if (image == null) {
			return;
		}
		xml.start("style:style").attribute("style:name", "LogoKader").attribute("style:family", "graphic")
				.empty("style:graphic-properties").attribute("style:wrap", "run-through").attribute("style:run-through", "foreground")
				.attribute("style:vertical-pos", "from-top").attribute("style:vertical-rel", "paragraph")
				.attribute("style:horizontal-pos", "from-left").attribute("style:horizontal-rel", "page").attribute("fo:border", "none")
				.attribute("draw:stroke", "none").attribute("draw:fill", "none").attribute("fo:padding", "0cm").attribute("style:shadow", "none")
				.end();
		double left = PageGeometry.logoLeft(image.widthMm());
		xml.start("style:style").attribute("style:name", "LogoBeeld").attribute("style:family", "paragraph")
				.attribute("style:parent-style-name", "Standard").empty("style:paragraph-properties")
				.attribute("fo:margin-left", cm(left - PageGeometry.LEFT)).attribute("fo:margin-bottom", "0cm")
				.attribute("fo:line-height", "0.388cm").attribute("fo:padding-left", cm(image.widthMm() + 3))
				.attribute("fo:padding-top", "0.9cm").attribute("fo:padding-bottom", "0.3cm");
		if (document.kind() == Kind.LETTER) {
			xml.attribute("fo:margin-right", "-5.6cm"); // as BriefLogo: the name may reach into the reference column's width
		}
		xml.empty("style:text-properties").attribute("fo:font-size", "9pt").end();
	}

	/** The line height of the ministry's name beside the logo, in mm (0.388cm in the styles "Logo", "BriefLogo", "LogoBeeld"). */
	private static final double LOGO_LINE = 3.88;

	private static String cm(double millimetres) {
		return String.format(java.util.Locale.ROOT, "%.2fcm", millimetres / 10);
	}

	private static void paragraph(XmlWriter xml, String style, List<Run> runs) {
		paragraph(xml, style, runs, null);
	}

	/**
	 * The named styles: fixed markup of the format, the same for every document; the same rhythm as PDF and
	 * DOCX. ODF adds the space below a paragraph to the space above the next (HTML and Word take the larger),
	 * so a heading's space above is the rest after a paragraph's 7 pt: 12 pt before a section, 8 pt before a
	 * sub-section.
	 */
	private static final String STYLES = """
			<office:styles>
			 <style:default-style style:family="paragraph">
			  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" fo:line-height="0.476cm" fo:orphans="2" fo:widows="2"/>
			  <style:text-properties style:font-name="Huisletter" fo:font-size="9.5pt" fo:language="nl" fo:country="NL"/>
			 </style:default-style>
			 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
			 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
			 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
			  <style:paragraph-properties fo:line-height="0.635cm" fo:margin-bottom="0.4cm"/>
			  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
			 </style:style>
			 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
			  <style:paragraph-properties fo:margin-top="0.176cm" fo:margin-bottom="0.071cm" fo:keep-with-next="always"/>
			  <style:text-properties fo:font-weight="bold"/>
			 </style:style>
			 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
			  <style:paragraph-properties fo:margin-top="0.035cm" fo:margin-bottom="0.071cm" fo:keep-with-next="always"/>
			  <style:text-properties fo:font-style="italic"/>
			 </style:style>
			 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Opsomming" style:class="list">
			  <style:paragraph-properties fo:margin-bottom="0.141cm"/>
			 </style:style>
			 <style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="Standard" style:class="list">
			  <style:paragraph-properties fo:margin-bottom="0.141cm"/>
			 </style:style>
			 <style:style style:name="Klein" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="0.318cm"/>
			  <style:text-properties fo:font-size="7pt"/>
			 </style:style>
			 <style:style style:name="Retour" style:family="paragraph" style:parent-style-name="Klein">
			  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
			  <style:text-properties fo:font-size="6.5pt"/>
			 </style:style>
			 <style:style style:name="Adres" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:margin-bottom="0cm"/>
			 </style:style>
			 <style:style style:name="Kopregel" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:margin-left="2cm" fo:text-indent="-2cm" fo:margin-bottom="0cm">
			   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
			  </style:paragraph-properties>
			 </style:style>
			 <style:style style:name="Betreftregel" style:display-name="Betreft" style:family="paragraph" style:parent-style-name="Title" style:class="chapter">
			  <style:paragraph-properties fo:margin-left="2cm" fo:text-indent="-2cm" fo:margin-bottom="0cm" fo:line-height="0.476cm">
			   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
			  </style:paragraph-properties>
			  <style:text-properties fo:font-size="9.5pt" fo:font-weight="normal"/>
			 </style:style>
			 <style:style style:name="NotaKopregel" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:margin-left="4cm" fo:text-indent="-4cm" fo:margin-bottom="0cm">
			   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
			  </style:paragraph-properties>
			 </style:style>
			 <style:style style:name="Tussenruimte" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:margin-bottom="0cm" fo:line-height="0.635cm"/>
			 </style:style>
			 <style:style style:name="Afsluiting" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:margin-bottom="0cm" fo:keep-with-next="always"/>
			 </style:style>
			 <style:style style:name="Ondertekening" style:family="paragraph" style:parent-style-name="Afsluiting">
			  <style:paragraph-properties fo:margin-top="1.5cm"/>
			 </style:style>
			 <style:style style:name="Classification" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
			  <style:text-properties fo:font-weight="bold" fo:font-size="8pt"/>
			 </style:style>
			 <style:style style:name="ClassificationFooter" style:family="paragraph" style:parent-style-name="Classification">
			  <style:paragraph-properties fo:text-align="start"/>
			  <style:text-properties fo:font-size="7pt"/>
			 </style:style>
			 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Klein">
			  <style:paragraph-properties fo:text-align="end"/>
			 </style:style>
			 <style:style style:name="Logo" style:family="paragraph" style:parent-style-name="Standard">
			  <style:paragraph-properties fo:margin-left="7.7cm" fo:margin-bottom="0cm" fo:line-height="0.388cm" fo:border-left="0.8cm solid #154273" fo:padding-left="0.3cm" fo:padding-top="0.9cm" fo:padding-bottom="0.3cm"/>
			  <style:text-properties fo:font-size="9pt"/>
			 </style:style>
			 <text:list-style style:name="Nummers">
			  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
			   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
			    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/>
			   </style:list-level-properties>
			  </text:list-level-style-number>
			  <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1">
			   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
			    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/>
			   </style:list-level-properties>
			  </text:list-level-style-number>
			 </text:list-style>
			 <text:list-style style:name="Letters">
			  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="a">
			   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
			    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/>
			   </style:list-level-properties>
			  </text:list-level-style-number>
			  <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="a">
			   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
			    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/>
			   </style:list-level-properties>
			  </text:list-level-style-number>
			 </text:list-style>
			 <text:list-style style:name="Opsomming">
			  <text:list-level-style-bullet text:level="1" text:bullet-char="•">
			   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
			    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/>
			   </style:list-level-properties>
			  </text:list-level-style-bullet>
			  <text:list-level-style-bullet text:level="2" text:bullet-char="◦">
			   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
			    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.0cm" fo:text-indent="-0.5cm" fo:margin-left="1.0cm"/>
			   </style:list-level-properties>
			  </text:list-level-style-bullet>
			 </text:list-style>
			 <style:style style:name="Footnote" style:display-name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
			  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0.05cm" fo:line-height="0.353cm"/>
			  <style:text-properties fo:font-size="7.5pt"/>
			 </style:style>
			 <style:style style:name="Caption" style:display-name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
			  <style:paragraph-properties fo:margin-bottom="0.07cm" fo:keep-with-next="always"/>
			  <style:text-properties fo:font-style="italic"/>
			 </style:style>
			 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
			  <style:paragraph-properties fo:margin-bottom="0cm"/>
			 </style:style>
			 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
			  <style:text-properties fo:font-weight="bold"/>
			 </style:style>
			 <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
			  <style:text-properties style:text-position="super 58%"/>
			 </style:style>
			 <style:style style:name="Internet_20_link" style:display-name="Internet link" style:family="text">
			  <style:text-properties style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/>
			 </style:style>
			 <text:notes-configuration text:note-class="footnote" text:citation-body-style-name="Footnote_20_anchor" text:citation-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
			</office:styles>
			""";

	/**
	 * Frames of the reference column: placed on the page, no border, text flows past them untouched; the
	 * paragraphs in them; the page number in the reference column; the logo of a letter, whose name may run
	 * into the reference column.
	 */
	private static final String FRAME_STYLES = """
			<style:style style:name="Kolom" style:family="graphic">
			 <style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="none" draw:stroke="none" draw:fill="none" fo:padding="0cm" style:shadow="none"/>
			</style:style>
			<style:style style:name="Concept" style:family="graphic">
			 <style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:border="0.5pt solid #%1$s" draw:stroke="none" fo:background-color="#%2$s" draw:fill="solid" draw:fill-color="#%2$s" fo:padding="0cm" style:shadow="none" draw:textarea-vertical-align="middle"/>
			</style:style>
			<style:style style:name="ConceptTekst" style:family="paragraph" style:parent-style-name="Standard">
			 <style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
			 <style:text-properties fo:font-size="%3$spt" fo:font-weight="bold" fo:color="#%1$s"/>
			</style:style>
			<style:style style:name="ConceptAlinea" style:family="paragraph" style:parent-style-name="Standard">
			 <style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0.4cm" fo:line-height="%4$spt" fo:padding="0.1cm" fo:border="0.5pt solid #%1$s" fo:background-color="#%2$s"/>
			 <style:text-properties fo:font-size="%3$spt" fo:font-weight="bold" fo:color="#%1$s"/>
			</style:style>
			<style:style style:name="KolomTekst" style:family="paragraph" style:parent-style-name="Standard">
			 <style:paragraph-properties fo:margin-bottom="0.3cm" fo:line-height="0.318cm"/>
			 <style:text-properties fo:font-size="7pt"/>
			</style:style>
			<style:style style:name="PaginaKolom" style:family="paragraph" style:parent-style-name="Standard">
			 <style:paragraph-properties fo:margin-left="11.8cm" fo:margin-right="-5.6cm" fo:margin-top="0.4cm" fo:margin-bottom="0cm" fo:line-height="0.318cm"/>
			 <style:text-properties fo:font-size="7pt"/>
			</style:style>
			<style:style style:name="BriefLogo" style:family="paragraph" style:parent-style-name="Standard">
			 <style:paragraph-properties fo:margin-left="7.7cm" fo:margin-right="-5.6cm" fo:margin-bottom="0cm" fo:line-height="0.388cm" fo:border-left="0.8cm solid #154273" fo:padding-left="0.3cm" fo:padding-top="0.9cm" fo:padding-bottom="0.3cm"/>
			 <style:text-properties fo:font-size="9pt"/>
			</style:style>
			""".formatted(PageGeometry.DRAFT_COLOUR, PageGeometry.DRAFT_BACKGROUND, PageGeometry.DRAFT_FONT_POINTS,
			PageGeometry.NOTA_DRAFT_LINE_POINTS);

	/** Text styles of runs, wherever runs stand (body, header, footer). */
	private static final String TEXT_STYLES = """
			<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
			<style:style style:name="Redacted" style:family="text"><style:text-properties fo:color="#ffffff" fo:background-color="#000000"/></style:style>
			<style:style style:name="Marked" style:family="text"><style:text-properties fo:background-color="#fff3b0"/></style:style>
			<style:style style:name="Ingevoegd" style:family="text"><style:text-properties fo:color="#1b5e20" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
			<style:style style:name="Verwijderd" style:family="text"><style:text-properties fo:color="#990000" style:text-line-through-style="solid"/></style:style>
			<style:style style:name="Ground" style:family="text"><style:text-properties style:text-position="super 58%" fo:font-weight="bold"/></style:style>
			<style:style style:name="Placeholder" style:family="text"><style:text-properties fo:color="#990000" fo:background-color="#fde2e2"/></style:style>
			<style:style style:name="Label" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
			""";

	private static String content(GeneratedDocument document) {
		boolean letter = document.kind() == Kind.LETTER;
		double textWidth = letter ? PageGeometry.LETTER_TEXT_RIGHT - PageGeometry.LEFT : PageGeometry.TEXT_WIDTH;
		XmlWriter xml = root("office:document-content").start("office:automatic-styles").fragment(FIRST_PAGE.formatted(cm(textWidth)))
				.fragment(TEXT_STYLES).fragment(FRAME_STYLES);
		columnStyles(xml, document.body(), textWidth);
		logoStyles(xml, document);
		if (!letter) {
			// a nota's title: the gap below the logo that the HTML's page head has. The HTML's logo is 16 mm high
			// whatever the ministry's name; the logo's paragraph here grows by a line for each further line of the
			// name, which the gap gives back
			double longer = LOGO_LINE * Math.max(0, document.style().logoLines().size() - 1);
			xml.start("style:style").attribute("style:name", "NotaTitel").attribute("style:family", "paragraph")
					.attribute("style:parent-style-name", "Title").empty("style:paragraph-properties")
					.attribute("fo:margin-top", cm(Math.max(0, PageGeometry.NOTA_HEAD_GAP - longer)))
					.attribute("fo:margin-bottom", cm(PageGeometry.NOTA_TITLE_GAP)).end();
		}
		xml.end().start("office:body").start("office:text");
		Body body = new Body(textWidth);
		trackedChanges(xml, document, body);
		if (document.isDraft() && !letter) {
			xml.start("text:p").attribute("text:style-name", "ConceptAlinea").text(document.draftBanner()).end();
		}
		if (letter) {
			letterHead(xml, document, body);
		} else {
			logo(xml, document);
			paragraph(xml, "NotaTitel", document.title(), body);
			for (Entry entry : document.headerEntries()) {
				entry(xml, "NotaKopregel", entry, body);
			}
			xml.empty("text:p").attribute("text:style-name", "Standard");
		}
		for (Block block : document.body()) {
			block(xml, block, body);
		}
		closing(xml, document.closing(), body);
		return xml.finish();
	}

	/** The first paragraph of a letter starts the first page's master (with the whole reference column). */
	private static final String FIRST_PAGE = """
			<style:style style:name="EersteRetour" style:family="paragraph" style:parent-style-name="Retour" style:master-page-name="Standard"/>
			<style:style style:name="LaatstePunt" style:family="paragraph" style:parent-style-name="List_20_Bullet" style:list-style-name="Opsomming">
			 <style:paragraph-properties fo:margin-bottom="0.247cm"/>
			</style:style>
			<style:style style:name="LaatsteNummer" style:family="paragraph" style:parent-style-name="List_20_Number">
			 <style:paragraph-properties fo:margin-bottom="0.247cm"/>
			</style:style>
			<style:style style:name="Tabel" style:family="table">
			 <style:table-properties style:width="%s" table:align="left" fo:margin-bottom="0.247cm"/>
			</style:style>
			<style:style style:name="TabelKop" style:family="table-cell">
			 <style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:padding-left="0cm" fo:padding-right="0.14cm" fo:border-top="none" fo:border-left="none" fo:border-right="none" fo:border-bottom="0.75pt solid #000000"/>
			</style:style>
			<style:style style:name="TabelCel" style:family="table-cell">
			 <style:table-cell-properties fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:padding-left="0cm" fo:padding-right="0.14cm" fo:border-top="none" fo:border-left="none" fo:border-right="none" fo:border-bottom="0.5pt solid #999999"/>
			</style:style>
			<style:style style:name="TabelRechts" style:family="paragraph" style:parent-style-name="Table_20_Contents">
			 <style:paragraph-properties fo:text-align="end"/>
			</style:style>
			<style:style style:name="TabelMidden" style:family="paragraph" style:parent-style-name="Table_20_Contents">
			 <style:paragraph-properties fo:text-align="center"/>
			</style:style>
			<style:style style:name="TabelKopRechts" style:family="paragraph" style:parent-style-name="Table_20_Heading">
			 <style:paragraph-properties fo:text-align="end"/>
			</style:style>
			<style:style style:name="TabelKopMidden" style:family="paragraph" style:parent-style-name="Table_20_Heading">
			 <style:paragraph-properties fo:text-align="center"/>
			</style:style>
			""";

	/** Return address, addressee, and Datum and Betreft with their values hanging at one indent. */
	private static void letterHead(XmlWriter xml, GeneratedDocument document, Body body) {
		// the first paragraph of a letter starts its first page master
		xml.start("text:p").attribute("text:style-name", "EersteRetour").text(PageGeometry.returnAddress(document)).end();
		for (List<Run> line : document.addressLines()) {
			paragraph(xml, "Adres", line, body);
		}
		xml.empty("text:p").attribute("text:style-name", "Adres");
		for (Entry entry : document.headerEntries()) {
			// the Betreft line is the letter's title, as it is the first-level heading of the PDF and HTML
			entry(xml, entry.subject() ? "Betreftregel" : "Kopregel", entry, body);
		}
		xml.empty("text:p").attribute("text:style-name", "Tussenruimte");
	}

	private static void entry(XmlWriter xml, String style, Entry entry, Body body) {
		xml.start("text:p").attribute("text:style-name", style).text(entry.label()).empty("text:tab");
		runs(xml, entry.value(), body);
		xml.end();
	}

	/** The closing kept together on one page, with room for the signature where the model has an empty line. */
	private static void closing(XmlWriter xml, List<List<Run>> closing, Body body) {
		xml.empty("text:p").attribute("text:style-name", "Afsluiting");
		boolean signature = false;
		for (List<Run> line : closing) {
			if (line.isEmpty()) {
				signature = true;
				continue;
			}
			paragraph(xml, signature ? "Ondertekening" : "Afsluiting", line, body);
			signature = false;
		}
	}

	/** The width of each column of each table ("Tabel1.1", ...), numbered as {@link #table} numbers the tables. */
	private static void columnStyles(XmlWriter xml, List<Block> blocks, double textWidth) {
		int number = 0;
		for (Block block : blocks) {
			if (block instanceof Block.Table table && !table.columns().isEmpty()) {
				number++;
				double[] widths = PageGeometry.tableColumns(table, textWidth);
				for (int i = 0; i < widths.length; i++) {
					xml.start("style:style").attribute("style:name", "Tabel" + number + "." + (i + 1)).attribute("style:family", "table-column")
							.empty("style:table-column-properties").attribute("style:column-width", cm(widths[i])).end();
				}
			}
		}
	}

	/** What the body's blocks share: the footnotes numbered so far, the tables named so far, the text's width. */
	private static final class Body {
		private final double textWidth;
		private int notes;
		private int tables;
		private int comments;
		/** The body's changes against an earlier version, by identity, with their ids in text:tracked-changes. */
		private final Map<Run.Revision, String> changes = new IdentityHashMap<>();

		Body(double textWidth) {
			this.textWidth = textWidth;
		}
	}

	private static void block(XmlWriter xml, Block block, Body body) {
		switch (block) {
			case Block.Heading heading -> {
				xml.start("text:h").attribute("text:style-name", "Heading_20_" + heading.level())
						.attribute("text:outline-level", String.valueOf(heading.level()));
				runs(xml, heading.runs(), body);
				xml.end();
			}
			case Block.Paragraph paragraph -> paragraph(xml, "Text_20_body", paragraph.runs(), body);
			case Block.NumberedList list -> list(xml, list, body, true);
			case Block.BulletList list -> list(xml, list, body, true);
			case Block.Table table -> table(xml, table, body);
		}
	}

	/**
	 * A list and the lists inside its items, each with its own list style (a nested list takes the second
	 * level of its style; a text:list starts its numbering anew unless told to continue); the last item of
	 * the outermost list keeps a paragraph's space below it, as the list does in HTML and DOCX.
	 */
	private static void list(XmlWriter xml, Block list, Body body, boolean outermost) {
		switch (list) {
			case Block.NumberedList numbered -> items(xml, numbered.numbering() == Block.Numbering.LOWER_LETTER ? "Letters" : "Nummers",
					"List_20_Number", "LaatsteNummer", numbered.items(), body, outermost);
			case Block.BulletList bulleted -> items(xml, "Opsomming", "List_20_Bullet", "LaatstePunt", bulleted.items(), body, outermost);
			default -> block(xml, list, body);
		}
	}

	private static void items(XmlWriter xml, String listStyle, String itemStyle, String lastStyle, List<Block.Item> items, Body body,
			boolean outermost) {
		xml.start("text:list").attribute("text:style-name", listStyle);
		for (int i = 0; i < items.size(); i++) {
			Block.Item item = items.get(i);
			boolean last = outermost && i == items.size() - 1 && item.nested().isEmpty();
			xml.start("text:list-item");
			paragraph(xml, last ? lastStyle : itemStyle, item.runs(), body);
			for (Block nested : item.nested()) {
				list(xml, nested, body, outermost && i == items.size() - 1);
			}
			xml.end();
		}
		xml.end();
	}

	/** A table of the text's width: its caption above it, a header row that repeats on a next page, aligned columns. */
	private static void table(XmlWriter xml, Block.Table table, Body body) {
		if (!table.caption().isEmpty()) {
			paragraph(xml, "Caption", table.caption(), body);
		}
		int columns = table.columns().size();
		if (columns == 0) {
			return;
		}
		body.tables++;
		xml.start("table:table").attribute("table:name", "Tabel" + body.tables).attribute("table:style-name", "Tabel");
		for (int i = 0; i < columns; i++) {
			xml.empty("table:table-column").attribute("table:style-name", "Tabel" + body.tables + "." + (i + 1));
		}
		xml.start("table:table-header-rows");
		row(xml, table.header(), table.columns(), true, body);
		xml.end();
		for (Block.Row row : table.rows()) {
			row(xml, row, table.columns(), false, body);
		}
		xml.end();
	}

	private static void row(XmlWriter xml, Block.Row row, List<Block.Alignment> columns, boolean header, Body body) {
		xml.start("table:table-row");
		for (int i = 0; i < columns.size(); i++) {
			String paragraphStyle = switch (columns.get(i)) {
				case LEFT -> header ? "Table_20_Heading" : "Table_20_Contents";
				case RIGHT -> header ? "TabelKopRechts" : "TabelRechts";
				case CENTER -> header ? "TabelKopMidden" : "TabelMidden";
			};
			xml.start("table:table-cell").attribute("table:style-name", header ? "TabelKop" : "TabelCel")
					.attribute("office:value-type", "string");
			paragraph(xml, paragraphStyle, i < row.cells().size() ? row.cells().get(i) : List.of(), body);
			xml.end();
		}
		xml.end();
	}

	private static void paragraph(XmlWriter xml, String style, List<Run> runs, Body body) {
		xml.start("text:p").attribute("text:style-name", style);
		runs(xml, runs, body);
		xml.end();
	}

	private static void runs(XmlWriter xml, List<Run> runs) {
		runs(xml, runs, null);
	}

	/** Inline content; footnotes are numbered in {@code body} (outside the body there are none: the model leaves them out). */
	private static void runs(XmlWriter xml, List<Run> runs, Body body) {
		for (Run run : runs) {
			switch (run) {
				case Run.Footnote footnote -> {
					if (body != null) {
						body.notes++;
						xml.start("text:note").attribute("text:id", "voetnoot" + body.notes).attribute("text:note-class", "footnote")
								.element("text:note-citation", String.valueOf(body.notes)).start("text:note-body");
						paragraph(xml, "Footnote", footnote.content(), body);
						xml.end().end();
					}
				}
				case Run.Link link -> xml.start("text:a").attribute("xlink:type", "simple").attribute("xlink:href", link.target())
						.attribute("text:style-name", "Internet_20_link").text(link.text()).end();
				case Run.Text text when text.emphasis() -> {
					xml.start("text:span").attribute("text:style-name", "Emphasis");
					spaces(xml, text.text());
					xml.end();
				}
				case Run.Text text -> spaces(xml, text.text());
				case Run.Redacted redacted -> xml.start("text:span").attribute("text:style-name", "Redacted")
						.text(" " + redacted.ground() + " ").end();
				case Run.Marked marked -> {
					xml.start("text:span").attribute("text:style-name", "Marked");
					spaces(xml, marked.text());
					xml.end().start("text:span").attribute("text:style-name", "Ground").text(" " + marked.ground()).end();
				}
				case Run.Placeholder placeholder -> xml.start("text:span").attribute("text:style-name", "Placeholder")
						.text("[" + placeholder.description() + "]").end();
				case Run.Comment comment -> comment(xml, comment, body);
				case Run.Revision revision -> revision(xml, revision, body);
			}
		}
	}

	/**
	 * A reviewer's remark as an ODF annotation on its anchor (a range from the annotation to its end, named
	 * after the remark's number): LibreOffice shows it in the margin, with its author.
	 */
	private static void comment(XmlWriter xml, Run.Comment comment, Body body) {
		if (body == null) {
			runs(xml, List.of(comment.anchor()), null); // not in the body: the model has none there
			return;
		}
		String name = "opmerking" + ++body.comments;
		boolean range = !comment.anchor().text().isEmpty();
		xml.start("office:annotation");
		if (range) {
			xml.attribute("office:name", name);
		}
		if (!comment.author().isEmpty()) {
			xml.element("dc:creator", comment.author());
		}
		xml.start("text:p").text(comment.remark()).end().end();
		if (range) {
			runs(xml, List.of(comment.anchor()), body);
			xml.start("office:annotation-end").attribute("office:name", name).end();
		}
	}

	/**
	 * The changes in the text as ODF tracked changes (LibreOffice: Edit › Track Changes › Manage), first in
	 * the text as ODF wants: each a changed region with author and time; a deletion holds the deleted text.
	 * The page furniture (classification, reference column) lives in the page styles, where ODF has no
	 * tracked changes: there a change is a redline (see {@link #revision}).
	 */
	private static void trackedChanges(XmlWriter xml, GeneratedDocument document, Body body) {
		List<Run.Revision> found = new ArrayList<>();
		revisions(document.title(), found);
		document.addressLines().forEach(line -> revisions(line, found));
		document.headerEntries().forEach(entry -> revisions(entry.value(), found));
		document.body().forEach(block -> GeneratedDocument.runsOf(block, runs -> revisions(runs, found)));
		document.closing().forEach(line -> revisions(line, found));
		if (found.isEmpty()) {
			return;
		}
		xml.start("text:tracked-changes");
		for (Run.Revision revision : found) {
			String id = "wijziging" + (body.changes.size() + 1);
			body.changes.put(revision, id);
			xml.start("text:changed-region").attribute("xml:id", id).attribute("text:id", id).start(revision.inserted() ? "text:insertion" : "text:deletion")
					.start("office:change-info").element("dc:creator", revision.author())
					.element("dc:date", revision.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()).end();
			if (!revision.inserted()) {
				xml.element("text:p", Runs.plain(revision.runs()));
			}
			xml.end().end();
		}
		xml.end();
	}

	private static void revisions(List<Run> runs, List<Run.Revision> found) {
		for (Run run : runs) {
			if (run instanceof Run.Revision revision) {
				found.add(revision);
			} else if (run instanceof Run.Footnote footnote) {
				revisions(footnote.content(), found);
			}
		}
	}

	/**
	 * A change: in the text a tracked change (an insertion between its start and end marks, a deletion a mark
	 * where its text was); in the page furniture a redline of underlined or struck text.
	 */
	private static void revision(XmlWriter xml, Run.Revision revision, Body body) {
		String id = body == null ? null : body.changes.get(revision);
		if (id == null) {
			xml.start("text:span").attribute("text:style-name", revision.inserted() ? "Ingevoegd" : "Verwijderd");
			runs(xml, revision.runs(), body);
			xml.end();
		} else if (revision.inserted()) {
			xml.start("text:change-start").attribute("text:change-id", id).end();
			runs(xml, revision.runs(), body);
			xml.start("text:change-end").attribute("text:change-id", id).end();
		} else {
			xml.start("text:change").attribute("text:change-id", id).end();
		}
	}

	/** ODF collapses leading and repeated spaces unless written as text:s. */
	private static void spaces(XmlWriter xml, String text) {
		StringBuilder pending = new StringBuilder();
		boolean previousSpace = true; // a leading space counts as repeated
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ' && previousSpace) {
				xml.text(pending.toString());
				pending.setLength(0);
				xml.empty("text:s");
			} else {
				pending.append(c);
			}
			previousSpace = c == ' ';
		}
		xml.text(pending.toString());
	}
}
