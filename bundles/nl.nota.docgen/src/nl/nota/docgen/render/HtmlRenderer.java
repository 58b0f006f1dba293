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
	/**
	 * The page's own rules for the browser: no script runs (also not one a mistake let into the markup), nothing is
	 * fetched (fonts, images and styles are in the page; a published document cannot be made to call home).
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
			+ "form-action 'none'; base-uri 'none'";

	/** The HTML file and the preview: valid HTML and CSS, the page furniture laid out for the screen. */
	public String render(GeneratedDocument document) {
		return render(document, false);
	}

	/**
	 * The same document with the paged-media rules the PDF renderer lays out (running elements in the page
	 * margin boxes, CSS GCPM); browsers and the HTML checker do not know {@code element()}, so the HTML file
	 * does without them.
	 */
	String renderForPaper(GeneratedDocument document) {
		return render(document, true);
	}

	private String render(GeneratedDocument document, boolean paper) {
		XmlWriter html = new XmlWriter();
		html.htmlDoctype().start("html").attribute("xmlns", "http://www.w3.org/1999/xhtml")
				.attribute("lang", GeneratedDocument.LANGUAGE).attribute("xml:lang", GeneratedDocument.LANGUAGE);
		html.start("head");
		html.empty("meta").attribute("charset", "UTF-8");
		// what the document is, said to any browser that opens it: no scripts, nothing loaded from elsewhere
		html.empty("meta").attribute("http-equiv", "Content-Security-Policy").attribute("content", CONTENT_SECURITY_POLICY);
		html.empty("meta").attribute("name", "viewport").attribute("content", "width=device-width, initial-scale=1");
		html.empty("meta").attribute("name", "generator").attribute("content", "Nota Workbench");
		html.empty("meta").attribute("name", "subject").attribute("content", document.plainTitle());
		html.element("title", documentTitle(document));
		html.element("style", css(document.style().font(), paper) + pageCss(document, document.style().font(), paper));
		html.end();
		boolean letter = document.kind() == Kind.LETTER;
		html.start("body").start("div").attribute("class", "page " + (letter ? "letter" : "nota"));
		if (banner(document) != null && !letter) {
			html.start("p").attribute("class", "draft").text(banner(document)).end();
		}
		pageHead(html, document);
		if (letter) {
			// the page furniture of a letter: the reference column of the first page and of the follow-up pages
			referenceColumn(html, "references", document.referenceColumn());
			referenceColumn(html, "followup", document.followUpColumn());
			letterHead(html, document);
		} else {
			notaHead(html, document);
		}
		Notes notes = new Notes(paper);
		html.start("div").attribute("class", "body");
		for (Block block : document.body()) {
			block(html, block, notes);
		}
		html.end().start("div").attribute("class", "closing");
		for (List<Run> line : document.closing()) {
			if (line.isEmpty()) {
				html.start("div").attribute("class", "signing-space").end();
			} else {
				line(html, "p", line);
			}
		}
		html.end();
		notes.list(html);
		html.end().end().end();
		return html.finish() + "\n";
	}

	/**
	 * The footnotes of a document, numbered in order. On screen they are notes at the end, each with a link
	 * back to its mark; on paper each stands at the foot of the page that has its mark (CSS GCPM footnotes).
	 */
	private static final class Notes {
		private final boolean paper;
		private final List<List<Run>> contents = new java.util.ArrayList<>();

		Notes(boolean paper) {
			this.paper = paper;
		}

		void mark(XmlWriter html, Run.Footnote footnote) {
			contents.add(footnote.content());
			int number = contents.size();
			if (paper) {
				html.start("span").attribute("class", "footnote");
				runs(html, footnote.content(), null);
				html.end();
			} else {
				html.start("sup").attribute("class", "noteref").start("a").attribute("href", "#voetnoot-" + number)
						.attribute("id", "voetnootmarkering-" + number).attribute("aria-label", "Voetnoot " + number)
						.text(String.valueOf(number)).end().end();
			}
		}

		void list(XmlWriter html) {
			if (paper || contents.isEmpty()) {
				return;
			}
			html.start("div").attribute("class", "notes").attribute("role", "doc-endnotes").start("ol");
			for (int i = 0; i < contents.size(); i++) {
				int number = i + 1;
				html.start("li").attribute("id", "voetnoot-" + number);
				runs(html, contents.get(i), null);
				html.text(" ").start("a").attribute("href", "#voetnootmarkering-" + number).attribute("class", "back")
						.attribute("aria-label", "Terug naar de tekst bij voetnoot " + number).text("↩").end();
				html.end();
			}
			html.end().end();
		}
	}

	/** A page with one message, for where there is no document to show (the workbench preview). */
	public static String message(String title, String text) {
		XmlWriter html = new XmlWriter();
		html.htmlDoctype().start("html").attribute("xmlns", "http://www.w3.org/1999/xhtml").attribute("lang", "nl")
				.start("head").empty("meta").attribute("charset", "UTF-8").empty("meta").attribute("http-equiv", "Content-Security-Policy")
				.attribute("content", CONTENT_SECURITY_POLICY).element("title", title).end()
				.start("body").attribute("style", "font-family: sans-serif; color: #444; margin: 2em;").element("p", text);
		return html.finish() + "\n";
	}

	/** The title in metadata: "Kamerbrief: <Betreft>", or "<soort>: <onderwerp>" for a nota. */
	static String documentTitle(GeneratedDocument document) {
		String subject = document.headerEntries().stream().filter(Entry::subject).findFirst().map(entry -> Runs.plain(entry.value()))
				.orElse("");
		if (document.kind() == Kind.LETTER) {
			return "Kamerbrief: " + (subject.isEmpty() ? document.plainTitle() : subject);
		}
		return subject.isEmpty() ? document.plainTitle() : document.plainTitle() + ": " + subject;
	}

	/** What a redline shows in the banner: how to read it. */
	static final String REDLINE_LEGEND = "WIJZIGINGEN — onderstreept is nieuw, doorgehaald vervalt";

	/**
	 * The banner of a document that is not the one to send, or null: a concept's, and a redline's legend (Word
	 * and ODF show their tracked changes themselves).
	 */
	private static String banner(GeneratedDocument document) {
		if (!document.hasRevisions()) {
			return document.isDraft() ? document.draftBanner() : null;
		}
		return document.isDraft() ? REDLINE_LEGEND + " · " + document.draftBanner() : REDLINE_LEGEND;
	}

	/**
	 * The head of every page: the classification (VIR-BI) and the logo, its bar or image centred on the page
	 * with the ministry's name beside it. In print it repeats on every page; on screen it heads the sheet.
	 */
	private static void pageHead(XmlWriter html, GeneratedDocument document) {
		html.start("div").attribute("class", "pagehead");
		if (banner(document) != null && document.kind() == Kind.LETTER) {
			// a box in the strip above the logo that takes no room: the letterhead stays where it is
			html.start("p").attribute("class", "draft").text(banner(document)).end();
		}
		if (document.isClassified()) {
			html.start("p").attribute("class", "classification");
			runs(html, document.classification());
			html.end();
		}
		HouseStyle.Logo image = document.style().logo();
		double markWidth = image == null ? PageGeometry.LOGO_BAR_WIDTH : image.widthMm();
		html.start("div").attribute("class", "logo").attribute("style", "padding-left: " + millimetres(PageGeometry.logoLeft(markWidth)
				- PageGeometry.LEFT));
		if (image == null) {
			html.start("div").attribute("class", "bar").text("\u00a0").end();
		} else {
			html.empty("img").attribute("class", "image").attribute("alt", "Logo " + document.style().ministry())
					.attribute("src", "data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.bytes()))
					.attribute("style", "height: " + millimetres(HouseStyle.Logo.HEIGHT_MM) + "; width: " + millimetres(image.widthMm()));
		}
		html.start("div").attribute("class", "ministry");
		List<String> lines = document.style().logoLines();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				html.empty("br");
			}
			html.text(lines.get(i));
		}
		html.end().end().end();
	}

	private static String millimetres(double value) {
		return String.format(java.util.Locale.ROOT, "%.1fmm", value);
	}

	private static void referenceColumn(XmlWriter html, String kind, List<Reference> column) {
		html.start("div").attribute("class", "column " + kind);
		for (Reference reference : column) {
			html.start("div").attribute("class", "reference");
			if (reference.label() != null) {
				html.start("p").attribute("class", "label").text(reference.label()).end();
			}
			for (List<Run> line : reference.lines()) {
				line(html, "p", line);
			}
			html.end();
		}
		html.end();
	}

	private static void letterHead(XmlWriter html, GeneratedDocument document) {
		html.start("div").attribute("class", "address");
		html.start("p").attribute("class", "return").text(PageGeometry.returnAddress(document)).end();
		for (List<Run> line : document.addressLines()) {
			line(html, "p", line);
		}
		html.end().start("table").attribute("class", "entries");
		entries(html, document.headerEntries(), true);
		html.end();
	}

	private static void notaHead(XmlWriter html, GeneratedDocument document) {
		html.start("h1").attribute("class", "doctitle");
		runs(html, document.title());
		html.end().start("table").attribute("class", "entries nota");
		entries(html, document.headerEntries(), false);
		html.end();
	}

	/** The entries; in a letter the subject (Betreft) is the first-level heading, in a nota the title is. */
	private static void entries(XmlWriter html, List<Entry> entries, boolean subjectIsHeading) {
		for (Entry entry : entries) {
			html.start("tr").element("th", entry.label()).start("td");
			if (entry.subject() && subjectIsHeading) {
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

	private static void block(XmlWriter html, Block block, Notes notes) {
		switch (block) {
			case Block.Heading heading -> {
				html.start(heading.level() == 1 ? "h2" : "h3");
				runs(html, heading.runs(), notes);
				html.end();
			}
			case Block.Paragraph paragraph -> {
				html.start("p");
				runs(html, paragraph.runs(), notes);
				html.end();
			}
			case Block.BulletList list -> {
				html.start("ul");
				items(html, list.items(), notes);
				html.end();
			}
			case Block.NumberedList list -> {
				html.start("ol").attribute("class", list.numbering() == Block.Numbering.LOWER_LETTER ? "letters" : "numbers");
				items(html, list.items(), notes);
				html.end();
			}
			case Block.Table table -> table(html, table, notes);
		}
	}

	private static void items(XmlWriter html, List<Block.Item> items, Notes notes) {
		for (Block.Item item : items) {
			html.start("li");
			runs(html, item.runs(), notes);
			for (Block nested : item.nested()) {
				block(html, nested, notes);
			}
			html.end();
		}
	}

	/** A table with its caption, a header row of column headings, and its alignment per column. */
	private static void table(XmlWriter html, Block.Table table, Notes notes) {
		html.start("table").attribute("class", "data");
		if (!table.caption().isEmpty()) {
			html.start("caption");
			runs(html, table.caption(), notes);
			html.end();
		}
		html.start("thead");
		row(html, "th", table.header(), table.columns(), notes);
		html.end().start("tbody");
		for (Block.Row row : table.rows()) {
			row(html, "td", row, table.columns(), notes);
		}
		html.end().end();
	}

	private static void row(XmlWriter html, String cellElement, Block.Row row, List<Block.Alignment> columns, Notes notes) {
		html.start("tr");
		for (int i = 0; i < row.cells().size(); i++) {
			html.start(cellElement);
			if (cellElement.equals("th")) {
				html.attribute("scope", "col");
			}
			Block.Alignment alignment = i < columns.size() ? columns.get(i) : Block.Alignment.LEFT;
			if (alignment != Block.Alignment.LEFT) {
				html.attribute("class", alignment == Block.Alignment.RIGHT ? "right" : "center");
			}
			runs(html, row.cells().get(i), notes);
			html.end();
		}
		html.end();
	}

	private static void runs(XmlWriter html, List<Run> runs) {
		runs(html, runs, null);
	}

	/** Inline content; a footnote goes to {@code notes} (outside the body there are none: the model leaves them out). */
	private static void runs(XmlWriter html, List<Run> runs, Notes notes) {
		for (Run run : runs) {
			switch (run) {
				case Run.Footnote footnote -> {
					if (notes != null) {
						notes.mark(html, footnote);
					}
				}
				case Run.Link link -> html.start("a").attribute("href", link.target()).text(link.text()).end();
				case Run.Text text when text.emphasis() -> html.element("em", text.text());
				case Run.Text text -> html.text(text.text());
				case Run.Redacted redacted -> html.start("span").attribute("class", "redacted")
						.attribute("title", "Gelakt op grond van artikel " + redacted.ground() + " Woo").text(redacted.ground()).end();
				case Run.Marked marked -> html.start("span").attribute("class", "marked")
						.attribute("title", "Niet openbaar, artikel " + marked.ground() + " Woo").text(marked.text())
						.start("sup").attribute("class", "ground").text(marked.ground()).end().end();
				case Run.Placeholder placeholder -> html.start("span").attribute("class", "placeholder")
						.text("[" + placeholder.description() + "]").end();
				// a reviewer's remark is for the reviewers' own tool (Word, LibreOffice): here only the text it is about
				case Run.Comment comment -> runs(html, List.of(comment.anchor()), notes);
				case Run.Revision revision -> {
					html.start(revision.inserted() ? "ins" : "del").attribute("title",
							(revision.inserted() ? "Ingevoegd" : "Verwijderd") + " door " + revision.author() + ", "
									+ revision.time().toString().substring(0, 10));
					runs(html, revision.runs(), notes);
					html.end();
				}
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

	/**
	 * The printed page (openhtmltopdf lays out the print media rules): A4 with the Rijkshuisstijl margins;
	 * for a letter the right margin is the reference column, filled on the first page with the whole column
	 * and on follow-up pages with Datum and Onze referentie; the page head repeats on every page.
	 */
	private static String pageCss(GeneratedDocument document, String font, boolean paper) {
		String family = "font-family: " + cssString(font) + ", Arial, sans-serif;";
		String classification = cssString(Runs.plain(document.classification()));
		String bottomLeft = document.isClassified()
				? "  @bottom-left { content: " + classification + "; " + family + " font-weight: bold; font-size: 7pt; }\n" : "";
		String pageNumber = "content: \"Pagina \" counter(page) \" van \" counter(pages); " + family + " font-size: 7pt;";
		if (document.kind() == Kind.LETTER && !paper) {
			// printed from a browser: the sheet as on screen, one page after another
			return "@page { size: A4; margin: 0; }\n";
		}
		if (document.kind() == Kind.LETTER) {
			return "@page { size: A4; margin: " + millimetres(PageGeometry.LETTER_TOP) + " " + millimetres(PageGeometry.WIDTH
					- PageGeometry.LETTER_TEXT_RIGHT) + " " + millimetres(PageGeometry.BOTTOM) + " " + millimetres(PageGeometry.LEFT)
					+ ";\n  @top-left { content: element(pagehead); vertical-align: top; }\n"
					+ "  @right-top { content: element(followup); vertical-align: top; }\n"
					+ "  @bottom-right-corner { " + pageNumber + " text-align: left; vertical-align: middle; padding-left: "
					+ millimetres(PageGeometry.REFERENCE_COLUMN_FROM_EDGE - PageGeometry.LETTER_TEXT_RIGHT) + "; }\n" + bottomLeft + "}\n"
					+ "@page :first { @right-top { content: element(references); vertical-align: top; } }\n" + FOOTNOTE_AREA
					+ "@media print { .pagehead { position: running(pagehead); } .references { position: running(references); }"
					+ " .followup { position: running(followup); } .letter.page { padding: 0; width: auto; }"
					+ " .column { margin-left: " + millimetres(PageGeometry.REFERENCE_COLUMN_FROM_EDGE - PageGeometry.LETTER_TEXT_RIGHT) + "; } }\n";
		}
		String topCenter = document.isClassified()
				? "  @top-center { content: " + classification + "; " + family + " font-weight: bold; font-size: 8pt; }\n" : "";
		return "@page { size: A4; margin: " + millimetres(PageGeometry.TOP) + " " + millimetres(PageGeometry.RIGHT) + " "
				+ millimetres(PageGeometry.BOTTOM) + " " + millimetres(PageGeometry.LEFT) + ";\n"
				+ "  @bottom-right { " + pageNumber + " }\n" + topCenter + bottomLeft + "}\n"
				+ "@media print { .nota .classification { display: none; } }\n" + (paper ? FOOTNOTE_AREA : "");
	}

	/**
	 * On paper the footnotes stand at the foot of the page, under a line, numbered through the document (CSS
	 * GCPM, which openhtmltopdf lays out; browsers and the HTML checker do not know it, so only the PDF gets it).
	 */
	private static final String FOOTNOTE_AREA = """
			@page { @footnote { margin-top: 9pt; padding-top: 3pt; border-top: 0.5pt solid #000; } }
			.footnote { float: footnote; font-size: 7.5pt; line-height: 10pt; font-style: normal; font-weight: normal; }
			.footnote::footnote-call { counter-increment: footnote 1; content: counter(footnote); font-size: 6.5pt; vertical-align: super; line-height: 0; }
			.footnote::footnote-marker { content: counter(footnote) "  "; }
			""";

	/** The look of the text, the same on screen and on paper; line heights and spacing match the DOCX and ODT. */
	private static String css(String font, boolean paper) {
		return """
				html { background: #e8e8e8; }
				body { margin: 0; font-family: %1$s, Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 13.5pt; color: #000; }
				.page { background: #fff; width: 210mm; box-sizing: border-box; margin: 0 auto; padding: 18mm 18mm 22mm 24mm; position: relative; }
				@media print { html { background: #fff; } .nota.page { padding: 0; width: auto; } }
				/* on screen (the preview, and the HTML file) the sheet shows the letter's page furniture where paper has it */
				@media %15$s {
				  .letter.page { padding: %3$s %4$s %5$s %6$s; min-height: 297mm; }
				  .letter .pagehead { position: absolute; top: 0; left: %6$s; width: %7$s; margin: 0; }
				  .letter .references { position: absolute; top: %3$s; left: %11$s; }
				  .followup { display: none; }
				}
				.letter .pagehead { width: %7$s; margin: 0; }
				.pagehead { margin: 0 0 %23$s 0; }
				.classification { font-weight: bold; text-transform: uppercase; text-align: center; margin: 3mm 0 0 0; font-size: 8pt; }
				.nota .classification { margin: 0 0 3mm 0; }
				.logo { padding-top: %8$s; height: 16mm; }
				.nota .logo { padding-top: 0; }
				.logo .bar { display: inline-block; width: %9$s; height: 16mm; background: %2$s; vertical-align: top; }
				.logo .image { vertical-align: top; }
				.logo .ministry { display: inline-block; text-align: left; margin-left: 3mm; vertical-align: top; padding-top: 9mm; font-size: 9pt; line-height: 11pt; }
				.column { font-size: 7pt; line-height: 9pt; width: %10$s; }
				.reference { margin-bottom: 3mm; }
				.reference p { margin: 0; white-space: pre-wrap; }
				.reference p.label { font-weight: bold; }
				.draft { border: 0.5pt solid #%16$s; color: #%16$s; background: #%17$s; font-weight: bold; font-size: %18$s; text-align: center; }
				.nota .draft { padding: 1mm 2mm; margin: 0 0 4mm 0; line-height: %24$s; }
				.letter .draft { box-sizing: border-box; height: %19$s; line-height: %20$s; margin: %21$s 0 -%22$s 0; padding: 0 2mm; white-space: nowrap; overflow: hidden; }
				table { border-collapse: collapse; }
				.address p { margin: 0; white-space: pre-wrap; }
				p.return { font-size: 6.5pt; line-height: 9pt; margin-bottom: 2mm; }
				table.entries { margin-top: 13.5pt; margin-bottom: 18pt; }
				table.entries.nota { margin-top: 2mm; margin-bottom: 8mm; }
				table.entries th { text-align: left; font-weight: normal; padding: 0; width: %12$s; vertical-align: top; white-space: nowrap; }
				.nota table.entries th { width: %13$s; }
				table.entries td { padding: 0; vertical-align: top; }
				h1.doctitle { font-size: 14pt; line-height: 18pt; margin: 0 0 4mm 0; }
				h1.subject { font-size: inherit; font-weight: normal; margin: 0; }
				h2 { font-size: 9.5pt; font-weight: bold; margin: 12pt 0 2pt 0; page-break-after: avoid; }
				h3 { font-size: 9.5pt; font-style: italic; font-weight: normal; margin: 8pt 0 2pt 0; page-break-after: avoid; }
				p { margin: 0 0 7pt 0; }
				ul, ol { margin: 0 0 7pt 0; padding-left: 5mm; }
				ol.numbers { list-style-type: decimal; }
				ol.letters { list-style-type: lower-alpha; }
				li { margin: 0 0 4pt 0; }
				li ul, li ol { margin: 4pt 0 0 0; }
				li ul { list-style-type: circle; }
				a { color: inherit; text-decoration: underline; }
				table.data { margin: 0 0 9pt 0; width: 100%%; }
				table.data caption { caption-side: top; text-align: left; font-style: italic; padding: 0 0 2pt 0; }
				table.data th, table.data td { text-align: left; vertical-align: top; padding: 1.5pt 8pt 1.5pt 0; border-bottom: 0.5pt solid #999; }
				table.data th:last-child, table.data td:last-child { padding-right: 0; }
				table.data th { font-weight: bold; border-bottom: 0.75pt solid #000; }
				table.data .right { text-align: right; }
				table.data .center { text-align: center; }
				sup.noteref { font-size: 6.5pt; line-height: 0; }
				sup.noteref a { text-decoration: none; }
				.notes { margin-top: 9mm; border-top: 0.5pt solid #000; width: 40mm; padding-top: 2mm; }
				.notes ol { width: 150mm; margin: 0; padding-left: 5mm; font-size: 7.5pt; line-height: 10pt; }
				.notes li { margin: 0 0 2pt 0; }
				.notes a.back { text-decoration: none; }
				.closing { margin-top: 13.5pt; page-break-inside: avoid; }
				.closing p { margin: 0; }
				.signing-space { height: %14$s; }
				.redacted { background: #000; color: #fff; padding: 0 1mm; font-size: 8pt; }
				.placeholder { background: #fde2e2; color: #900; }
				.marked { background: #fff3b0; }
				ins { color: #1b5e20; text-decoration: underline; }
				del { color: #990000; text-decoration: line-through; }
				.marked .ground { font-size: 6.5pt; font-weight: bold; margin-left: 0.5mm; }
				""".formatted(cssString(font), RIJKSBLAUW, millimetres(PageGeometry.LETTER_TOP),
				millimetres(PageGeometry.WIDTH - PageGeometry.LETTER_TEXT_RIGHT), millimetres(PageGeometry.BOTTOM),
				millimetres(PageGeometry.LEFT), millimetres(PageGeometry.HEAD_WIDTH), millimetres(PageGeometry.LOGO_TOP),
				millimetres(PageGeometry.LOGO_BAR_WIDTH), millimetres(PageGeometry.REFERENCE_COLUMN),
				millimetres(PageGeometry.REFERENCE_COLUMN_FROM_EDGE), millimetres(PageGeometry.ENTRY_LABELS),
				millimetres(PageGeometry.NOTA_LABELS), millimetres(PageGeometry.SIGNING_SPACE), paper ? "screen" : "all",
				PageGeometry.DRAFT_COLOUR, PageGeometry.DRAFT_BACKGROUND, points(PageGeometry.DRAFT_FONT_POINTS),
				millimetres(PageGeometry.DRAFT_HEIGHT), millimetres(PageGeometry.DRAFT_HEIGHT - 0.4), millimetres(PageGeometry.DRAFT_TOP),
				millimetres(PageGeometry.DRAFT_TOP + PageGeometry.DRAFT_HEIGHT), millimetres(PageGeometry.NOTA_HEAD_GAP),
				points(PageGeometry.NOTA_DRAFT_LINE_POINTS));
	}

	private static String points(double value) {
		return String.format(java.util.Locale.ROOT, "%.1fpt", value);
	}
}
