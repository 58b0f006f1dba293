package nl.nota.docgen.render;

import java.util.Base64;
import java.util.List;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.GeneratedDocument.Kind;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.style.HouseStyle;

/**
 * The HTML of a generated document: self-contained (inline CSS, no scripts, no external resources),
 * well-formed XHTML so the PDF renderer can lay out the very same markup on A4 pages. It is also the
 * preview, so it looks like the letter: Rijkshuisstijl logo bar, return address, addressee, reference
 * column, Datum and Betreft, body, closing.
 */
public class HtmlRenderer {

	static final String RIJKSBLAUW = "#154273";

	public String render(GeneratedDocument document) {
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl-NL\" xml:lang=\"nl-NL\">\n<head>\n")
				.append("<meta charset=\"UTF-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
				.append("<meta name=\"generator\" content=\"Nota Workbench\"/>\n")
				.append("<meta name=\"subject\" content=\"").append(escape(document.title())).append("\"/>\n")
				.append("<title>").append(escape(documentTitle(document))).append("</title>\n<style>\n")
				.append(css(document.style().font())).append(classificationCss(document.classification(), document.style().font()))
				.append("</style>\n</head>\n<body>\n<div class=\"page ")
				.append(document.kind() == Kind.LETTER ? "letter" : "nota").append("\">\n");
		if (document.isDraft()) {
			html.append("<p class=\"draft\">CONCEPT — onvolledig: ").append(escape(String.join(", ", document.draftRemarks())))
					.append("</p>\n");
		}
		if (document.classification() != null) {
			html.append("<p class=\"classification\">").append(escape(document.classification())).append("</p>\n");
		}
		logo(html, document);
		if (document.kind() == Kind.LETTER) {
			letterHead(html, document);
		} else {
			notaHead(html, document);
		}
		html.append("<div class=\"body\">\n");
		for (Block block : document.body()) {
			block(html, block);
		}
		html.append("</div>\n<div class=\"closing\">\n");
		for (String line : document.closing()) {
			html.append("<p>").append(line.isEmpty() ? "&#160;" : escape(line)).append("</p>\n");
		}
		html.append("</div>\n</div>\n</body>\n</html>\n");
		return html.toString();
	}

	static String documentTitle(GeneratedDocument document) {
		return document.kind() == Kind.LETTER ? "Kamerbrief: " + document.title() : document.title();
	}

	private static void logo(StringBuilder html, GeneratedDocument document) {
		HouseStyle.Logo image = document.style().logo();
		html.append("<div class=\"logo\">");
		if (image == null) {
			html.append("<div class=\"bar\">&#160;</div>");
		} else {
			html.append("<img class=\"image\" alt=\"Logo ").append(escape(document.style().ministry())).append("\" src=\"data:")
					.append(image.mediaType()).append(";base64,").append(Base64.getEncoder().encodeToString(image.bytes()))
					.append("\" style=\"height: ").append(HouseStyle.Logo.HEIGHT_MM).append("mm; width: ")
					.append(String.format(java.util.Locale.ROOT, "%.1f", image.widthMm())).append("mm\"/>");
		}
		html.append("<div class=\"ministry\">");
		List<String> lines = document.style().logoLines();
		for (int i = 0; i < lines.size(); i++) {
			html.append(i == 0 ? "" : "<br/>").append(escape(lines.get(i)));
		}
		html.append("</div></div>\n");
	}

	private static void letterHead(StringBuilder html, GeneratedDocument document) {
		html.append("<table class=\"head\"><tr><td class=\"address\">\n");
		html.append("<p class=\"return\">").append(escape(document.style().returnAddress())).append("</p>\n");
		for (String line : document.addressLines()) {
			html.append("<p>").append(escape(line)).append("</p>\n");
		}
		html.append("<table class=\"entries\">\n");
		entries(html, document.headerEntries());
		html.append("</table>\n</td><td class=\"references\">\n");
		for (Reference reference : document.referenceColumn()) {
			html.append("<div class=\"reference\">");
			if (reference.label() != null) {
				html.append("<p class=\"label\">").append(escape(reference.label())).append("</p>");
			}
			for (String line : reference.lines()) {
				html.append("<p>").append(escape(line)).append("</p>");
			}
			html.append("</div>\n");
		}
		html.append("</td></tr></table>\n");
	}

	private static void notaHead(StringBuilder html, GeneratedDocument document) {
		html.append("<h1 class=\"doctitle\">").append(escape(document.title())).append("</h1>\n<table class=\"entries nota\">\n");
		entries(html, document.headerEntries());
		html.append("</table>\n");
	}

	private static void entries(StringBuilder html, List<Entry> entries) {
		for (Entry entry : entries) {
			html.append("<tr><th>").append(escape(entry.label())).append("</th><td>");
			runs(html, entry.value());
			html.append("</td></tr>\n");
		}
	}

	private static void block(StringBuilder html, Block block) {
		switch (block) {
			case Block.Heading heading -> html.append(heading.level() == 1 ? "<h2>" : "<h3>").append(escape(heading.text()))
					.append(heading.level() == 1 ? "</h2>\n" : "</h3>\n");
			case Block.Paragraph paragraph -> {
				html.append("<p>");
				runs(html, paragraph.runs());
				html.append("</p>\n");
			}
			case Block.BulletList list -> {
				html.append("<ul>\n");
				for (List<Run> item : list.items()) {
					html.append("<li>");
					runs(html, item);
					html.append("</li>\n");
				}
				html.append("</ul>\n");
			}
		}
	}

	private static void runs(StringBuilder html, List<Run> runs) {
		for (Run run : runs) {
			switch (run) {
				case Run.Text text when text.emphasis() -> html.append("<em>").append(escape(text.text())).append("</em>");
				case Run.Text text -> html.append(escape(text.text()));
				case Run.Redacted redacted -> html.append("<span class=\"redacted\" title=\"Gelakt op grond van artikel ")
						.append(escape(redacted.ground())).append(" Woo\">").append(escape(redacted.ground())).append("</span>");
				case Run.Marked marked -> html.append("<span class=\"marked\" title=\"Niet openbaar, artikel ")
						.append(escape(marked.ground())).append(" Woo\">").append(escape(marked.text()))
						.append("<sup class=\"ground\">").append(escape(marked.ground())).append("</sup></span>");
				case Run.Placeholder placeholder -> html.append("<span class=\"placeholder\">[")
						.append(escape(placeholder.description())).append("]</span>");
			}
		}
	}

	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/** VIR-BI: the classification on top and bottom of every printed page. */
	private static String classificationCss(String classification, String font) {
		if (classification == null) {
			return "";
		}
		String text = classification.replace("\\", "\\\\").replace("\"", "\\\"");
		String box = "font-family: '" + font + "', Arial, sans-serif; font-weight: bold;";
		return "@page { @top-center { content: \"" + text + "\"; " + box + " font-size: 8pt; }\n"
				+ "  @bottom-left { content: \"" + text + "\"; " + box + " font-size: 7pt; } }\n"
				+ "@media print { p.classification { display: none; } }\n";
	}

	private static String css(String font) {
		return """
				@page { size: A4; margin: 18mm 18mm 22mm 24mm;
				  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: '%1$s', Arial, sans-serif; font-size: 7pt; } }
				html { background: #e8e8e8; }
				body { margin: 0; font-family: '%1$s', Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.45; color: #000; }
				.page { background: #fff; max-width: 178mm; margin: 0 auto; padding: 12mm 16mm 16mm 16mm; }
				@media print { html { background: #fff; } .page { padding: 0; max-width: none; } }
				.logo { text-align: center; margin-bottom: 10mm; }
				.logo .bar { display: inline-block; width: 8mm; height: 16mm; background: %2$s; vertical-align: top; }
				.logo .image { vertical-align: top; }
				.logo .ministry { display: inline-block; text-align: left; margin-left: 3mm; vertical-align: top; padding-top: 9mm; font-size: 9pt; }
				.classification { font-weight: bold; text-transform: uppercase; letter-spacing: 0.05em; margin: 0 0 4mm 0; }
				.draft { border: 1px solid #b00; color: #b00; padding: 2mm; font-weight: bold; }
				table { border-collapse: collapse; }
				table.head { width: 100%%; margin-bottom: 8mm; }
				td.address { vertical-align: top; width: 70%%; padding-right: 6mm; }
				td.address p { margin: 0; }
				p.return { font-size: 6.5pt; margin-bottom: 3mm; }
				td.references { vertical-align: top; font-size: 7pt; line-height: 1.35; }
				.reference { margin-bottom: 3mm; }
				.reference p { margin: 0; }
				.reference p.label { font-weight: bold; }
				table.entries { margin-top: 12mm; }
				table.entries.nota { margin-top: 2mm; margin-bottom: 8mm; }
				table.entries th { text-align: left; font-weight: normal; padding: 0 6mm 0 0; vertical-align: top; white-space: nowrap; }
				table.entries td { padding: 0; vertical-align: top; }
				h1.doctitle { font-size: 14pt; margin: 0 0 4mm 0; }
				h2 { font-size: 9.5pt; font-weight: bold; margin: 5mm 0 1mm 0; page-break-after: avoid; }
				h3 { font-size: 9.5pt; font-style: italic; font-weight: normal; margin: 3mm 0 1mm 0; page-break-after: avoid; }
				p { margin: 0 0 2.5mm 0; }
				ul { margin: 0 0 2.5mm 0; padding-left: 5mm; }
				li { margin-bottom: 1.5mm; }
				.closing { margin-top: 8mm; page-break-inside: avoid; }
				.letter .body, .letter .closing { margin-right: 42mm; } /* Rijkshuisstijl: the text column leaves the reference column free */
				.closing p { margin: 0; }
				.redacted { background: #000; color: #fff; padding: 0 1mm; font-size: 8pt; }
				.placeholder { background: #fde2e2; color: #900; }
				.marked { background: #fff3b0; }
				.marked .ground { font-size: 6.5pt; font-weight: bold; margin-left: 0.5mm; }
				""".formatted(font, RIJKSBLAUW);
	}
}
