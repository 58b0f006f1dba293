package nl.nota.docgen.render;

import java.util.Base64;
import java.util.List;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.GeneratedDocument.Kind;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.docgen.style.HouseStyle;
import nl.nota.lang.model.XmlCharacters;

/**
 * The HTML of a generated document: self-contained (inline CSS, no scripts, no external resources),
 * written element by element through {@link XmlWriter} (no note text is ever concatenated into markup),
 * well-formed XHTML so the PDF renderer can lay out the very same markup on A4 pages. It is also the
 * preview, so it looks like the letter: Rijkshuisstijl logo bar, return address, addressee, reference
 * column, Datum and Betreft, body, closing.
 */
public class HtmlRenderer {

	static final String RIJKSBLAUW = "#154273";

	public String render(GeneratedDocument document) {
		XmlWriter html = new XmlWriter();
		html.htmlDoctype().start("html").attribute("xmlns", "http://www.w3.org/1999/xhtml")
				.attribute("lang", GeneratedDocument.LANGUAGE).attribute("xml:lang", GeneratedDocument.LANGUAGE);
		html.start("head");
		html.empty("meta").attribute("charset", "UTF-8");
		html.empty("meta").attribute("name", "viewport").attribute("content", "width=device-width, initial-scale=1");
		html.empty("meta").attribute("name", "generator").attribute("content", "Nota Workbench");
		html.empty("meta").attribute("name", "subject").attribute("content", document.plainTitle());
		html.element("title", documentTitle(document));
		html.element("style", css(document.style().font()) + classificationCss(document, document.style().font()));
		html.end();
		html.start("body").start("div").attribute("class", "page " + (document.kind() == Kind.LETTER ? "letter" : "nota"));
		if (document.isDraft()) {
			html.start("p").attribute("class", "draft").text("CONCEPT — onvolledig: " + String.join(", ", document.draftRemarks()))
					.end();
		}
		if (document.isClassified()) {
			html.start("p").attribute("class", "classification");
			runs(html, document.classification());
			html.end();
		}
		logo(html, document);
		if (document.kind() == Kind.LETTER) {
			letterHead(html, document);
		} else {
			notaHead(html, document);
		}
		html.start("div").attribute("class", "body");
		for (Block block : document.body()) {
			block(html, block);
		}
		html.end().start("div").attribute("class", "closing");
		for (List<Run> line : document.closing()) {
			line(html, "p", line);
		}
		html.end().end().end().end();
		return html.finish() + "\n";
	}

	/** A page with one message, for where there is no document to show (the workbench preview). */
	public static String message(String title, String text) {
		XmlWriter html = new XmlWriter();
		html.htmlDoctype().start("html").attribute("xmlns", "http://www.w3.org/1999/xhtml").attribute("lang", "nl")
				.start("head").empty("meta").attribute("charset", "UTF-8").element("title", title).end()
				.start("body").attribute("style", "font-family: sans-serif; color: #444; margin: 2em;").element("p", text);
		return html.finish() + "\n";
	}

	static String documentTitle(GeneratedDocument document) {
		return document.kind() == Kind.LETTER ? "Kamerbrief: " + document.plainTitle() : document.plainTitle();
	}

	private static void logo(XmlWriter html, GeneratedDocument document) {
		HouseStyle.Logo image = document.style().logo();
		html.start("div").attribute("class", "logo");
		if (image == null) {
			html.start("div").attribute("class", "bar").text("\u00a0").end();
		} else {
			html.empty("img").attribute("class", "image").attribute("alt", "Logo " + document.style().ministry())
					.attribute("src", "data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.bytes()))
					.attribute("style", "height: " + HouseStyle.Logo.HEIGHT_MM + "mm; width: "
							+ String.format(java.util.Locale.ROOT, "%.1f", image.widthMm()) + "mm");
		}
		html.start("div").attribute("class", "ministry");
		List<String> lines = document.style().logoLines();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				html.empty("br");
			}
			html.text(lines.get(i));
		}
		html.end().end();
	}

	private static void letterHead(XmlWriter html, GeneratedDocument document) {
		html.start("table").attribute("class", "head").start("tr").start("td").attribute("class", "address");
		html.start("p").attribute("class", "return").text(document.style().returnAddress()).end();
		for (List<Run> line : document.addressLines()) {
			line(html, "p", line);
		}
		html.start("table").attribute("class", "entries");
		entries(html, document.headerEntries());
		html.end().end().start("td").attribute("class", "references");
		for (Reference reference : document.referenceColumn()) {
			html.start("div").attribute("class", "reference");
			if (reference.label() != null) {
				html.start("p").attribute("class", "label").text(reference.label()).end();
			}
			for (List<Run> line : reference.lines()) {
				line(html, "p", line);
			}
			html.end();
		}
		html.end().end().end();
	}

	private static void notaHead(XmlWriter html, GeneratedDocument document) {
		html.start("h1").attribute("class", "doctitle");
		runs(html, document.title());
		html.end().start("table").attribute("class", "entries nota");
		entries(html, document.headerEntries());
		html.end();
	}

	private static void entries(XmlWriter html, List<Entry> entries) {
		for (Entry entry : entries) {
			html.start("tr").element("th", entry.label()).start("td");
			if (entry.subject()) {
				// the letter's subject is its title: the first heading, as PDF/UA and screen readers expect
				html.start("h1").attribute("class", "subject");
				runs(html, entry.value());
				html.end();
			} else {
				runs(html, entry.value());
			}
			html.end().end();
		}
	}

	/** A line of text; an empty one keeps its height. */
	private static void line(XmlWriter html, String element, List<Run> line) {
		html.start(element);
		if (line.isEmpty()) {
			html.text("\u00a0");
		}
		runs(html, line);
		html.end();
	}

	private static void block(XmlWriter html, Block block) {
		switch (block) {
			case Block.Heading heading -> {
				html.start(heading.level() == 1 ? "h2" : "h3");
				runs(html, heading.runs());
				html.end();
			}
			case Block.Paragraph paragraph -> {
				html.start("p");
				runs(html, paragraph.runs());
				html.end();
			}
			case Block.BulletList list -> {
				html.start("ul");
				for (List<Run> item : list.items()) {
					html.start("li");
					runs(html, item);
					html.end();
				}
				html.end();
			}
		}
	}

	private static void runs(XmlWriter html, List<Run> runs) {
		for (Run run : runs) {
			switch (run) {
				case Run.Text text when text.emphasis() -> html.element("em", text.text());
				case Run.Text text -> html.text(text.text());
				case Run.Redacted redacted -> html.start("span").attribute("class", "redacted")
						.attribute("title", "Gelakt op grond van artikel " + redacted.ground() + " Woo").text(redacted.ground()).end();
				case Run.Marked marked -> html.start("span").attribute("class", "marked")
						.attribute("title", "Niet openbaar, artikel " + marked.ground() + " Woo").text(marked.text())
						.start("sup").attribute("class", "ground").text(marked.ground()).end().end();
				case Run.Placeholder placeholder -> html.start("span").attribute("class", "placeholder")
						.text("[" + placeholder.description() + "]").end();
			}
		}
	}

	/**
	 * A CSS string literal holding any text: everything but letters, digits and a few harmless marks is a
	 * hex escape, so no value can end the string, the rule or the style element, or start an at-rule.
	 */
	static String cssString(String text) {
		StringBuilder css = new StringBuilder(text.length() + 8).append('"');
		XmlCharacters.strip(text).codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) || " .,-_()/:".indexOf(c) >= 0) {
				css.appendCodePoint(c);
			} else {
				css.append('\\').append(Integer.toHexString(c)).append(' ');
			}
		});
		return css.append('"').toString();
	}

	/** VIR-BI: the classification on top and bottom of every printed page. */
	private static String classificationCss(GeneratedDocument document, String font) {
		if (!document.isClassified()) {
			return "";
		}
		String text = cssString(Runs.plain(document.classification()));
		String box = "font-family: " + cssString(font) + ", Arial, sans-serif; font-weight: bold;";
		return "@page { @top-center { content: " + text + "; " + box + " font-size: 8pt; }\n"
				+ "  @bottom-left { content: " + text + "; " + box + " font-size: 7pt; } }\n"
				+ "@media print { p.classification { display: none; } }\n";
	}

	private static String css(String font) {
		return """
				@page { size: A4; margin: 18mm 18mm 22mm 24mm;
				  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: %1$s, Arial, sans-serif; font-size: 7pt; } }
				html { background: #e8e8e8; }
				body { margin: 0; font-family: %1$s, Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.45; color: #000; }
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
				h1.subject { font-size: inherit; font-weight: normal; margin: 0; }
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
				""".formatted(cssString(font), RIJKSBLAUW);
	}
}
