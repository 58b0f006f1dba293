package nl.nota.docgen.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import nl.nota.lang.imports.PlainTextImporter.Hint;
import nl.nota.lang.imports.PlainTextImporter.SourceLine;

/**
 * Reads a Word document as the lines of a note: headings by their style (Heading 1/2, Kop 1/2), list items by
 * their numbering (bullet, decimal, letter; level 0 or 1), italics as emphasis, footnotes as
 * {@code {voetnoot: ...}}, hyperlinks as {@code {link text | address}}, text marked as redacted (yellow with
 * its ground in superscript, as the nota shows it) as {@code {lak ground: text}}, a two-column table of
 * labels (Aan, Van, Datum, ...) as header fields, other tables as pipe tables with their caption. The
 * letter's reference column (in the page header) gives Onze referentie, Uw referentie, Contactpersoon and
 * Bijlage(n). What it cannot place stays text.
 */
public final class DocxReader {

	private static final Pattern GROUND = Pattern.compile("\\s*\\d+(?:\\.\\d+)*[a-z]?\\s*");
	/** Labels of a nota's or letter's header table; a two-column table whose first cells are these is the header. */
	private static final List<String> HEADER_LABELS = List.of("aan", "van", "datum", "kenmerk", "onderwerp", "betreft", "bijlage",
			"bijlagen", "deadline", "steller", "ondertekenaar", "directie", "uw kenmerk", "ons kenmerk", "rubricering");
	private static final List<String> REFERENCE_LABELS = List.of("Onze referentie", "Uw referentie", "Contactpersoon", "Bijlage(n)");

	private final XWPFDocument document;

	private DocxReader(XWPFDocument document) {
		this.document = document;
	}

	/** The lines of the document; throws IOException when the bytes are not a Word document. */
	public static List<SourceLine> read(byte[] docx) throws IOException {
		return open(docx, document -> new DocxReader(document).lines());
	}

	/** What {@code reading} finds in the Word document; IOException when the bytes are not one. */
	static <T> T open(byte[] docx, java.util.function.Function<XWPFDocument, T> reading) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return reading.apply(document);
		} catch (org.apache.poi.ooxml.POIXMLException
				| IllegalArgumentException e) {
			throw new IOException("geen Word-document (DOCX): " + e.getMessage(), e);
		}
	}

	private List<SourceLine> lines() {
		List<SourceLine> lines = new ArrayList<>(referenceColumn());
		String caption = null;
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				if (caption != null) {
					lines.add(new SourceLine(caption, true, Hint.TEXT, 0, null));
					caption = null;
				}
				String style = styleName(paragraph);
				if (style.equals("caption") || style.equals("bijschrift")) {
					caption = inline(paragraph);
					continue;
				}
				paragraph(paragraph, style, lines);
			} else if (element instanceof XWPFTable table) {
				table(table, caption, lines);
				caption = null;
			}
		}
		if (caption != null) {
			lines.add(new SourceLine(caption, true, Hint.TEXT, 0, null));
		}
		return lines;
	}

	/** The letter's reference column, in the header of its first page: label and value on lines of one paragraph. */
	private List<SourceLine> referenceColumn() {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (XWPFHeader header : document.getHeaderList()) {
			for (XWPFTable table : header.getTables()) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						for (XWPFParagraph paragraph : cell.getParagraphs()) {
							String[] parts = paragraph.getParagraphText().split("\\R");
							if (parts.length >= 2 && REFERENCE_LABELS.contains(parts[0].strip())) {
								found.putIfAbsent(parts[0].strip(), List.of(parts).subList(1, parts.length));
							}
						}
					}
				}
			}
		}
		List<SourceLine> lines = new ArrayList<>();
		found.forEach((label, values) -> {
			for (String value : values) {
				lines.add(new SourceLine(label, true, Hint.FIELD, 0, escape(value.strip())));
			}
		});
		return lines;
	}

	private void paragraph(XWPFParagraph paragraph, String style, List<SourceLine> lines) {
		String text = paragraph.getParagraphText();
		if (text.isBlank()) {
			return;
		}
		Hint hint = Hint.TEXT;
		int depth = 0;
		if (style.matches("heading ?1|kop ?1|heading1|kop1")) {
			hint = Hint.HEADING1;
		} else if (style.matches("heading ?[2-9]|kop ?[2-9]|heading[2-9]|kop[2-9]")) {
			hint = Hint.HEADING2;
		} else if (paragraph.getNumID() != null || style.startsWith("list bullet") || style.startsWith("list number")
				|| style.startsWith("lijstopsommingsteken")) {
			String format = paragraph.getNumFmt() == null ? (style.startsWith("list number") ? "decimal" : "bullet") : paragraph.getNumFmt();
			hint = format.equals("bullet") || format.equals("none") ? Hint.BULLET
					: format.startsWith("lower") || format.equals("upperLetter") ? Hint.LETTERED : Hint.NUMBERED;
			BigInteger level = paragraph.getNumIlvl();
			depth = level == null ? 0 : Math.min(1, level.intValue());
		}
		if (hint == Hint.TEXT && text.contains("\n")) {
			// lines broken by hand (an address, a closing) are lines of their own
			for (String line : text.split("\\R")) {
				if (!line.isBlank()) {
					lines.add(new SourceLine(line, true, Hint.TEXT, 0, null));
				}
			}
		} else {
			lines.add(new SourceLine(text, true, hint, depth, hint == Hint.TEXT && isLabelLine(text) ? null : inline(paragraph)));
		}
	}

	/** "Datum\t3 oktober 2025": the header reads it from the text, so no markup. */
	private static boolean isLabelLine(String text) {
		return text.contains("\t");
	}

	/** A header table (labels and values), a one-row table (a logo with the ministry's name), or a table of data. */
	private void table(XWPFTable table, String caption, List<SourceLine> lines) {
		List<XWPFTableRow> rows = table.getRows();
		boolean header = rows.size() >= 2 && rows.stream().allMatch(row -> row.getTableCells().size() == 2) && rows.stream()
				.filter(row -> HEADER_LABELS.contains(row.getCell(0).getText().strip().toLowerCase(Locale.ROOT).replaceAll(":$", ""))).count() >= 2;
		if (header) {
			for (XWPFTableRow row : rows) {
				String value = row.getCell(1).getParagraphs().stream().map(this::inline).reduce((a, b) -> a + " " + b).orElse("").strip();
				lines.add(new SourceLine(row.getCell(0).getText().strip(), true, Hint.FIELD, 0, value));
			}
			return;
		}
		if (rows.size() == 1) {
			for (XWPFTableCell cell : rows.get(0).getTableCells()) {
				for (String line : cell.getText().split("\\R")) {
					if (!line.isBlank()) {
						lines.add(new SourceLine(line.strip(), true, Hint.TEXT, 0, null));
					}
				}
			}
			return;
		}
		for (int r = 0; r < rows.size(); r++) {
			StringBuilder row = new StringBuilder("|");
			for (XWPFTableCell cell : rows.get(r).getTableCells()) {
				// inline() escapes a '|' in the cell's text already
				String text = cell.getParagraphs().stream().map(this::inline).reduce((a, b) -> a + " " + b).orElse("");
				row.append(' ').append(text.strip()).append(" |");
			}
			lines.add(new SourceLine(row.toString(), r == 0, Hint.TABLE_ROW, 0, row.toString()));
			if (r == 0 && rows.size() > 1) {
				// the alignment is the body's: the second row says it
				String rule = rule(rows.get(1));
				lines.add(new SourceLine(rule, false, Hint.TABLE_ROW, 0, rule));
			}
		}
		if (caption != null && !caption.isBlank()) {
			lines.add(new SourceLine(": " + caption, false, Hint.TABLE_ROW, 0, ": " + caption));
		}
	}

	/** The rule line under a table's header: each column aligned as this row's cells are ("---:|" right). */
	private static String rule(XWPFTableRow row) {
		StringBuilder rule = new StringBuilder("|");
		for (XWPFTableCell cell : row.getTableCells()) {
			ParagraphAlignment alignment = cell.getParagraphs().isEmpty() ? ParagraphAlignment.LEFT : cell.getParagraphs().get(0).getAlignment();
			rule.append(alignment == ParagraphAlignment.RIGHT ? "---:|" : alignment == ParagraphAlignment.CENTER ? ":---:|" : "---|");
		}
		return rule.toString();
	}

	/**
	 * A paragraph's runs in nota syntax: escaped text, italics as emphasis, footnotes, hyperlinks, and redacted
	 * text with its ground.
	 */
	private String inline(XWPFParagraph paragraph) {
		StringBuilder out = new StringBuilder();
		List<IRunElement> runs = paragraph.getIRuns();
		for (int i = 0; i < runs.size(); i++) {
			if (!(runs.get(i) instanceof XWPFRun run)) {
				continue;
			}
			if (!run.getCTR().getFootnoteReferenceList().isEmpty()) {
				BigInteger id = run.getCTR().getFootnoteReferenceList().get(0).getId();
				out.append("{voetnoot: ").append(footnote(id)).append('}');
				continue;
			}
			String text = run.text();
			if (text.isEmpty()) {
				continue;
			}
			if (run instanceof XWPFHyperlinkRun link && link.getHyperlink(document) != null) {
				out.append("{link ").append(text.replace("|", " ").replace("{", "(").replace("}", ")").strip()).append(" | ")
						.append(link.getHyperlink(document).getURL()).append('}');
				continue;
			}
			boolean marked = "yellow".equals(run.getTextHightlightColor() == null ? null : run.getTextHightlightColor().toString());
			if (marked && i + 1 < runs.size() && runs.get(i + 1) instanceof XWPFRun ground && GROUND.matcher(ground.text()).matches()) {
				out.append("{lak ").append(ground.text().strip()).append(": ").append(escape(text)).append('}');
				i++;
				continue;
			}
			String escaped = escape(text.replace('\t', ' '));
			out.append(run.isItalic() && !escaped.isBlank() ? emphasis(escaped) : escaped);
		}
		return out.toString().replace("\n", " ");
	}

	/** "*text*" with the spaces outside the stars, where emphasis can open and close. */
	private static String emphasis(String text) {
		String stripped = text.strip();
		int lead = text.indexOf(stripped);
		return text.substring(0, lead) + "*" + stripped + "*" + text.substring(lead + stripped.length());
	}

	private String footnote(BigInteger id) {
		XWPFFootnote note = document.getFootnoteByID(id.intValue());
		if (note == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (XWPFParagraph paragraph : note.getParagraphs()) {
			text.append(inline(paragraph).strip()).append(' ');
		}
		return text.toString().strip();
	}

	private String styleName(XWPFParagraph paragraph) {
		String id = paragraph.getStyleID();
		if (id == null) {
			return "";
		}
		XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
		String name = style != null && style.getName() != null ? style.getName() : id;
		return name.toLowerCase(Locale.ROOT);
	}

	/** Characters the nota language reads as markup, and the structure a line could start with, made literal. */
	static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			if ("{}*\\|".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}
}
