package nl.nota.docgen.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.GeneratedDocument.Kind;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
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
			deflated(zip, "styles.xml", styles(document.style().font(), document.classification()));
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

	private static String styles(String font, List<Run> classification) {
		XmlWriter xml = root("office:document-styles");
		xml.start("office:font-face-decls").empty("style:font-face").attribute("style:name", "Huisletter")
				.attribute("svg:font-family", "'" + font.replace("'", "") + "'").attribute("style:font-family-generic", "swiss").end();
		xml.fragment(STYLES).fragment(PAGE_LAYOUT);
		xml.start("office:master-styles").start("style:master-page").attribute("style:name", "Standard")
				.attribute("style:page-layout-name", "A4");
		// VIR-BI: the classification on top and bottom of every page
		if (!classification.isEmpty()) {
			xml.start("style:header");
			paragraph(xml, "Classification", classification);
			xml.end();
		}
		xml.start("style:footer");
		if (!classification.isEmpty()) {
			paragraph(xml, "Classification", classification);
		}
		xml.start("text:p").attribute("text:style-name", "Footer").text("Pagina ").empty("text:page-number")
				.attribute("text:select-page", "current").text(" van ").empty("text:page-count").end();
		return xml.finish();
	}

	private static void paragraph(XmlWriter xml, String style, List<Run> runs) {
		xml.start("text:p").attribute("text:style-name", style);
		runs(xml, runs);
		xml.end();
	}

	/** The named styles: fixed markup of the format, the same for every document. */
	private static final String STYLES = """
				 <office:styles>
				  <style:default-style style:family="paragraph">
				   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
				   <style:text-properties style:font-name="Huisletter" fo:font-size="9.5pt" fo:language="nl" fo:country="NL"/>
				  </style:default-style>
				  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
				  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
				  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
				   <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
				  </style:style>
				  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
				   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
				   <style:text-properties fo:font-weight="bold"/>
				  </style:style>
				  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
				   <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
				   <style:text-properties fo:font-style="italic"/>
				  </style:style>
				  <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Opsomming" style:class="list"/>
				  <style:style style:name="Klein" style:family="paragraph" style:parent-style-name="Standard">
				   <style:paragraph-properties fo:margin-bottom="0cm"/>
				   <style:text-properties fo:font-size="7pt"/>
				  </style:style>
				  <style:style style:name="Classification" style:family="paragraph" style:parent-style-name="Standard">
				   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0cm"/>
				   <style:text-properties fo:font-weight="bold" fo:font-size="8pt"/>
				  </style:style>
				  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Klein">
				   <style:paragraph-properties fo:text-align="end"/>
				  </style:style>
				  <text:list-style style:name="Opsomming">
				   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
				    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
				     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm" fo:margin-left="0.5cm"/>
				    </style:list-level-properties>
				   </text:list-level-style-bullet>
				  </text:list-style>
				 </office:styles>
				""";

	private static final String PAGE_LAYOUT = """
				 <office:automatic-styles>
				  <style:page-layout style:name="A4">
				   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.2cm" fo:margin-left="2.4cm" fo:margin-right="1.8cm"/>
				   <style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style>
				   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>
				  </style:page-layout>
				 </office:automatic-styles>
				""";

	private static String content(GeneratedDocument document) {
		XmlWriter xml = root("office:document-content").fragment(AUTOMATIC_STYLES).start("office:body").start("office:text");
		if (document.isDraft()) {
			xml.start("text:p").attribute("text:style-name", "Standard").start("text:span").attribute("text:style-name", "Placeholder")
					.text("CONCEPT — onvolledig: " + String.join(", ", document.draftRemarks())).end().end();
		}
		HouseStyle.Logo image = document.style().logo();
		xml.start("text:p").attribute("text:style-name", image == null ? "Logo" : "LogoImage");
		if (image != null) {
			xml.start("draw:frame").attribute("draw:name", "Logo").attribute("text:anchor-type", "as-char")
					.attribute("svg:width", String.format(java.util.Locale.ROOT, "%.1fmm", image.widthMm()))
					.attribute("svg:height", HouseStyle.Logo.HEIGHT_MM + "mm");
			xml.empty("draw:image").attribute("xlink:href", "Pictures/logo." + image.extension()).attribute("xlink:type", "simple")
					.attribute("xlink:show", "embed").attribute("xlink:actuate", "onLoad");
			xml.end().empty("text:line-break");
		}
		List<String> logo = document.style().logoLines();
		for (int i = 0; i < logo.size(); i++) {
			if (i > 0) {
				xml.empty("text:line-break");
			}
			xml.text(logo.get(i));
		}
		xml.end();
		boolean letter = document.kind() == Kind.LETTER;
		if (letter) {
			letterHead(xml, document);
			// Rijkshuisstijl: the letter's text column leaves the reference column free
			xml.start("text:section").attribute("text:style-name", "TextColumn").attribute("text:name", "Brieftekst");
		} else {
			paragraph(xml, "Title", document.title());
			entries(xml, document.headerEntries());
		}
		for (Block block : document.body()) {
			block(xml, block);
		}
		xml.empty("text:p").attribute("text:style-name", "Standard");
		for (List<Run> line : document.closing()) {
			paragraph(xml, "Standard", line);
		}
		return xml.finish();
	}

	private static final String AUTOMATIC_STYLES = """
			<office:automatic-styles>
			 <style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
			 <style:style style:name="Redacted" style:family="text"><style:text-properties fo:color="#ffffff" fo:background-color="#000000"/></style:style>
			 <style:style style:name="Marked" style:family="text"><style:text-properties fo:background-color="#fff3b0"/></style:style>
			 <style:style style:name="Ground" style:family="text"><style:text-properties style:text-position="super 58%" fo:font-weight="bold"/></style:style>
			 <style:style style:name="Placeholder" style:family="text"><style:text-properties fo:color="#990000" fo:background-color="#fde2e2"/></style:style>
			 <style:style style:name="Logo" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="1cm" fo:border-left="0.3cm solid #154273" fo:padding-left="0.3cm"/></style:style>
			 <style:style style:name="LogoImage" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="1cm"/></style:style>
			 <style:style style:name="TextColumn" style:family="section"><style:section-properties fo:margin-right="4.2cm"/></style:style>
			 <style:style style:name="Label" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
			 <style:style style:name="Head" style:family="table"><style:table-properties style:width="16.8cm" table:align="left"/></style:style>
			 <style:style style:name="Head.A" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>
			 <style:style style:name="Head.B" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
			 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0cm"/></style:style>
			</office:automatic-styles>
			""";

	private static void letterHead(XmlWriter xml, GeneratedDocument document) {
		xml.start("table:table").attribute("table:name", "Briefhoofd").attribute("table:style-name", "Head");
		xml.empty("table:table-column").attribute("table:style-name", "Head.A");
		xml.empty("table:table-column").attribute("table:style-name", "Head.B");
		xml.start("table:table-row").start("table:table-cell").attribute("table:style-name", "Cell")
				.attribute("office:value-type", "string");
		xml.start("text:p").attribute("text:style-name", "Klein").text(document.style().returnAddress()).end();
		for (List<Run> line : document.addressLines()) {
			paragraph(xml, "Standard", line);
		}
		xml.empty("text:p").attribute("text:style-name", "Standard");
		entries(xml, document.headerEntries());
		xml.end().start("table:table-cell").attribute("table:style-name", "Cell").attribute("office:value-type", "string");
		for (Reference reference : document.referenceColumn()) {
			xml.start("text:p").attribute("text:style-name", "Klein");
			if (reference.label() != null) {
				xml.start("text:span").attribute("text:style-name", "Label").text(reference.label()).end().empty("text:line-break");
			}
			for (int i = 0; i < reference.lines().size(); i++) {
				if (i > 0) {
					xml.empty("text:line-break");
				}
				runs(xml, reference.lines().get(i));
			}
			xml.end().empty("text:p").attribute("text:style-name", "Klein");
		}
		xml.end().end().end();
	}

	private static void entries(XmlWriter xml, List<Entry> entries) {
		for (Entry entry : entries) {
			xml.start("text:p").attribute("text:style-name", "Standard").text(entry.label()).empty("text:tab");
			runs(xml, entry.value());
			xml.end();
		}
	}

	private static void block(XmlWriter xml, Block block) {
		switch (block) {
			case Block.Heading heading -> {
				xml.start("text:h").attribute("text:style-name", "Heading_20_" + heading.level())
						.attribute("text:outline-level", String.valueOf(heading.level()));
				runs(xml, heading.runs());
				xml.end();
			}
			case Block.Paragraph paragraph -> paragraph(xml, "Text_20_body", paragraph.runs());
			case Block.BulletList list -> {
				xml.start("text:list").attribute("text:style-name", "Opsomming");
				for (List<Run> item : list.items()) {
					xml.start("text:list-item");
					paragraph(xml, "List_20_Bullet", item);
					xml.end();
				}
				xml.end();
			}
		}
	}

	private static void runs(XmlWriter xml, List<Run> runs) {
		for (Run run : runs) {
			switch (run) {
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
			}
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
