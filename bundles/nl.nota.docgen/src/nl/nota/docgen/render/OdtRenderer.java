package nl.nota.docgen.render;

import static nl.nota.docgen.render.HtmlRenderer.escape;

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
 * library would add more than it saves here.
 */
public class OdtRenderer {

	private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
	private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
			+ " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
			+ " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
			+ " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
			+ " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
			+ " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
			+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
			+ " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
			+ " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
			+ " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\"";

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
		String picture = logo == null ? "" : " <manifest:file-entry manifest:full-path=\"Pictures/logo." + logo.extension()
				+ "\" manifest:media-type=\"" + logo.mediaType() + "\"/>\n";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
				 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
				 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
				 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
				 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
				%s</manifest:manifest>
				""".formatted(picture);
	}

	private static String meta(GeneratedDocument document) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NAMESPACES + "><office:meta>"
				+ "<meta:generator>Nota Workbench</meta:generator><dc:title>" + escape(HtmlRenderer.documentTitle(document))
				+ "</dc:title><dc:subject>" + escape(document.title()) + "</dc:subject><dc:language>nl-NL</dc:language>"
				+ "</office:meta></office:document-meta>\n";
	}

	private static String styles(String font, String classification) {
		// VIR-BI: the classification on top and bottom of every page
		String header = classification == null ? ""
				: "<style:header><text:p text:style-name=\"Classification\">" + escape(classification) + "</text:p></style:header>";
		String footerMark = classification == null ? ""
				: "<text:p text:style-name=\"Classification\">" + escape(classification) + "</text:p>";
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-styles%1$s>
				 <office:font-face-decls><style:font-face style:name="%2$s" svg:font-family="'%2$s'" style:font-family-generic="swiss"/></office:font-face-decls>
				 <office:styles>
				  <style:default-style style:family="paragraph">
				   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
				   <style:text-properties style:font-name="%2$s" fo:font-size="9.5pt" fo:language="nl" fo:country="NL"/>
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
				 <office:automatic-styles>
				  <style:page-layout style:name="A4">
				   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.2cm" fo:margin-left="2.4cm" fo:margin-right="1.8cm"/>
				   <style:header-style><style:header-footer-properties fo:min-height="0.6cm"/></style:header-style>
				   <style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style>
				  </style:page-layout>
				 </office:automatic-styles>
				 <office:master-styles>
				  <style:master-page style:name="Standard" style:page-layout-name="A4">
				   %3$s<style:footer>%4$s<text:p text:style-name="Footer">Pagina <text:page-number text:select-page="current"/> van <text:page-count/></text:p></style:footer>
				  </style:master-page>
				 </office:master-styles>
				</office:document-styles>
				""".formatted(NAMESPACES, escape(font), header, footerMark);
	}

	private static String content(GeneratedDocument document) {
		StringBuilder body = new StringBuilder();
		if (document.isDraft()) {
			body.append("<text:p text:style-name=\"Standard\"><text:span text:style-name=\"Placeholder\">CONCEPT — onvolledig: ")
					.append(escape(String.join(", ", document.draftRemarks()))).append("</text:span></text:p>");
		}
		HouseStyle.Logo image = document.style().logo();
		body.append("<text:p text:style-name=\"").append(image == null ? "Logo" : "LogoImage").append("\">");
		if (image != null) {
			body.append("<draw:frame draw:name=\"Logo\" text:anchor-type=\"as-char\" svg:width=\"")
					.append(String.format(java.util.Locale.ROOT, "%.1fmm", image.widthMm())).append("\" svg:height=\"")
					.append(HouseStyle.Logo.HEIGHT_MM).append("mm\"><draw:image xlink:href=\"Pictures/logo.").append(image.extension())
					.append("\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame><text:line-break/>");
		}
		List<String> logo = document.style().logoLines();
		for (int i = 0; i < logo.size(); i++) {
			body.append(i == 0 ? "" : "<text:line-break/>").append(escape(logo.get(i)));
		}
		body.append("</text:p>");
		if (document.kind() == Kind.LETTER) {
			letterHead(body, document);
		} else {
			body.append("<text:p text:style-name=\"Title\">").append(escape(document.title())).append("</text:p>");
			entries(body, document.headerEntries());
		}
		boolean letter = document.kind() == Kind.LETTER;
		if (letter) {
			// Rijkshuisstijl: the letter's text column leaves the reference column free
			body.append("<text:section text:style-name=\"TextColumn\" text:name=\"Brieftekst\">");
		}
		for (Block block : document.body()) {
			block(body, block);
		}
		body.append("<text:p text:style-name=\"Standard\"/>");
		for (String line : document.closing()) {
			body.append("<text:p text:style-name=\"Standard\">").append(escape(line)).append("</text:p>");
		}
		if (letter) {
			body.append("</text:section>");
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NAMESPACES + ">"
				+ "<office:automatic-styles>"
				+ "<style:style style:name=\"Emphasis\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
				+ "<style:style style:name=\"Redacted\" style:family=\"text\"><style:text-properties fo:color=\"#ffffff\" fo:background-color=\"#000000\"/></style:style>"
				+ "<style:style style:name=\"Marked\" style:family=\"text\"><style:text-properties fo:background-color=\"#fff3b0\"/></style:style>"
				+ "<style:style style:name=\"Ground\" style:family=\"text\"><style:text-properties style:text-position=\"super 58%\" fo:font-weight=\"bold\"/></style:style>"
				+ "<style:style style:name=\"Placeholder\" style:family=\"text\"><style:text-properties fo:color=\"#990000\" fo:background-color=\"#fde2e2\"/></style:style>"
				+ "<style:style style:name=\"Logo\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"1cm\" fo:border-left=\"0.3cm solid " + HtmlRenderer.RIJKSBLAUW + "\" fo:padding-left=\"0.3cm\"/></style:style>"
				+ "<style:style style:name=\"LogoImage\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"><style:paragraph-properties fo:text-align=\"center\" fo:margin-bottom=\"1cm\"/></style:style>"
				+ "<style:style style:name=\"TextColumn\" style:family=\"section\"><style:section-properties fo:margin-right=\"4.2cm\"/></style:style>"
				+ "<style:style style:name=\"Label\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
				+ "<style:style style:name=\"Head\" style:family=\"table\"><style:table-properties style:width=\"16.8cm\" table:align=\"left\"/></style:style>"
				+ "<style:style style:name=\"Head.A\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"11.8cm\"/></style:style>"
				+ "<style:style style:name=\"Head.B\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"5cm\"/></style:style>"
				+ "<style:style style:name=\"Cell\" style:family=\"table-cell\"><style:table-cell-properties fo:border=\"none\" fo:padding=\"0cm\"/></style:style>"
				+ "</office:automatic-styles><office:body><office:text>" + body + "</office:text></office:body></office:document-content>\n";
	}

	private static void letterHead(StringBuilder body, GeneratedDocument document) {
		body.append("<table:table table:name=\"Briefhoofd\" table:style-name=\"Head\">")
				.append("<table:table-column table:style-name=\"Head.A\"/><table:table-column table:style-name=\"Head.B\"/>")
				.append("<table:table-row><table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">");
		body.append("<text:p text:style-name=\"Klein\">").append(escape(document.style().returnAddress())).append("</text:p>");
		for (String line : document.addressLines()) {
			body.append("<text:p text:style-name=\"Standard\">").append(escape(line)).append("</text:p>");
		}
		body.append("<text:p text:style-name=\"Standard\"/>");
		for (Entry entry : document.headerEntries()) {
			body.append("<text:p text:style-name=\"Standard\">").append(escape(entry.label())).append("<text:tab/>");
			runs(body, entry.value());
			body.append("</text:p>");
		}
		body.append("</table:table-cell><table:table-cell table:style-name=\"Cell\" office:value-type=\"string\">");
		for (Reference reference : document.referenceColumn()) {
			body.append("<text:p text:style-name=\"Klein\">");
			if (reference.label() != null) {
				body.append("<text:span text:style-name=\"Label\">").append(escape(reference.label())).append("</text:span><text:line-break/>");
			}
			for (int i = 0; i < reference.lines().size(); i++) {
				body.append(i == 0 ? "" : "<text:line-break/>").append(escape(reference.lines().get(i)));
			}
			body.append("</text:p><text:p text:style-name=\"Klein\"/>");
		}
		body.append("</table:table-cell></table:table-row></table:table>");
	}

	private static void entries(StringBuilder body, List<Entry> entries) {
		for (Entry entry : entries) {
			body.append("<text:p text:style-name=\"Standard\">").append(escape(entry.label())).append("<text:tab/>");
			runs(body, entry.value());
			body.append("</text:p>");
		}
	}

	private static void block(StringBuilder body, Block block) {
		switch (block) {
			case Block.Heading heading -> body.append("<text:h text:style-name=\"Heading_20_").append(heading.level())
					.append("\" text:outline-level=\"").append(heading.level()).append("\">").append(escape(heading.text()))
					.append("</text:h>");
			case Block.Paragraph paragraph -> {
				body.append("<text:p text:style-name=\"Text_20_body\">");
				runs(body, paragraph.runs());
				body.append("</text:p>");
			}
			case Block.BulletList list -> {
				body.append("<text:list text:style-name=\"Opsomming\">");
				for (List<Run> item : list.items()) {
					body.append("<text:list-item><text:p text:style-name=\"List_20_Bullet\">");
					runs(body, item);
					body.append("</text:p></text:list-item>");
				}
				body.append("</text:list>");
			}
		}
	}

	private static void runs(StringBuilder body, List<Run> runs) {
		for (Run run : runs) {
			switch (run) {
				case Run.Text text when text.emphasis() -> body.append("<text:span text:style-name=\"Emphasis\">")
						.append(spaces(text.text())).append("</text:span>");
				case Run.Text text -> body.append(spaces(text.text()));
				case Run.Redacted redacted -> body.append("<text:span text:style-name=\"Redacted\"> ")
						.append(escape(redacted.ground())).append(" </text:span>");
				case Run.Marked marked -> body.append("<text:span text:style-name=\"Marked\">").append(spaces(marked.text()))
						.append("</text:span><text:span text:style-name=\"Ground\"> ").append(escape(marked.ground())).append("</text:span>");
				case Run.Placeholder placeholder -> body.append("<text:span text:style-name=\"Placeholder\">[")
						.append(escape(placeholder.description())).append("]</text:span>");
			}
		}
	}

	/** ODF collapses leading and repeated spaces unless written as text:s. */
	private static String spaces(String text) {
		String escaped = escape(text);
		if (escaped.startsWith(" ")) {
			escaped = "<text:s/>" + escaped.substring(1);
		}
		return escaped.replace("  ", " <text:s/>");
	}
}
