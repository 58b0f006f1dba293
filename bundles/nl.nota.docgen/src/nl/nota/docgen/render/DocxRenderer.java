package nl.nota.docgen.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

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
 * fields.
 */
public class DocxRenderer {

	private static final String HEADING_1 = "Heading1";
	private static final String HEADING_2 = "Heading2";
	private static final String LIST = "ListBullet";
	private static final String SMALL = "Klein";
	/** 42 mm, the width the reference column takes from the text column. */
	private static final int REFERENCE_COLUMN_TWIPS = 2381;

	public byte[] render(GeneratedDocument document) {
		try (XWPFDocument docx = new XWPFDocument()) {
			properties(docx, document);
			BigInteger bullets = bullets(docx);
			styles(docx, document.style().font(), bullets);
			footer(docx, document.classification());
			if (document.isDraft()) {
				text(paragraph(docx, null).createRun(), "CONCEPT — onvolledig: " + String.join(", ", document.draftRemarks()));
			}
			logo(docx, document);
			if (document.kind() == Kind.LETTER) {
				letterHead(docx, document);
			} else {
				runs(paragraph(docx, "Title"), document.title());
				XWPFTable header = docx.createTable(document.headerEntries().size(), 2);
				columns(header, PageGeometry.NOTA_LABELS, PageGeometry.TEXT_WIDTH - PageGeometry.NOTA_LABELS);
				entries(header, document.headerEntries(), 0);
				paragraph(docx, null);
			}
			int firstBodyParagraph = docx.getParagraphs().size();
			for (Block block : document.body()) {
				block(docx, block, bullets);
			}
			paragraph(docx, null);
			for (List<Run> line : document.closing()) {
				runs(paragraph(docx, null), line);
			}
			if (document.kind() == Kind.LETTER) {
				// Rijkshuisstijl: the letter's text column leaves the reference column free
				docx.getParagraphs().subList(firstBodyParagraph, docx.getParagraphs().size())
						.forEach(paragraph -> paragraph.setIndentationRight(REFERENCE_COLUMN_TWIPS));
			}
			page(docx);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			docx.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void properties(XWPFDocument docx, GeneratedDocument document) {
		var core = docx.getProperties().getCoreProperties();
		core.setTitle(XmlCharacters.strip(HtmlRenderer.documentTitle(document)));
		core.setSubjectProperty(XmlCharacters.strip(document.plainTitle()));
		core.setCreator(XmlCharacters.strip(document.style().ministry()));
		docx.getProperties().getExtendedProperties().setApplication("Nota Workbench");
	}

	/** Document defaults (font, size, language nl-NL) and the paragraph styles the body uses. */
	/** A4 with the Rijkshuisstijl margins; without it Word lays the letter out on its own default (often US Letter). */
	private static void page(XWPFDocument docx) {
		var body = docx.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.WIDTH)));
		size.setH(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEIGHT)));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(PageGeometry.twips(PageGeometry.TOP)));
		margins.setRight(BigInteger.valueOf(PageGeometry.twips(PageGeometry.RIGHT)));
		margins.setBottom(BigInteger.valueOf(PageGeometry.twips(PageGeometry.BOTTOM)));
		margins.setLeft(BigInteger.valueOf(PageGeometry.twips(PageGeometry.LEFT)));
		margins.setHeader(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEADER_DISTANCE)));
		margins.setFooter(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEADER_DISTANCE)));
		margins.setGutter(BigInteger.ZERO);
	}

	/** Fixed column widths: a grid (the schema requires one) and the same width on every cell. */
	private static void columns(XWPFTable table, double... millimetres) {
		var tbl = table.getCTTbl();
		var grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		long total = 0;
		for (double width : millimetres) {
			grid.addNewGridCol().setW(BigInteger.valueOf(PageGeometry.twips(width)));
			total += PageGeometry.twips(width);
		}
		var properties = tbl.getTblPr();
		CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(total));
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		for (var row : table.getRows()) {
			for (int i = 0; i < row.getTableCells().size() && i < millimetres.length; i++) {
				row.getCell(i).setWidthType(TableWidthType.DXA);
				row.getCell(i).setWidth(String.valueOf(PageGeometry.twips(millimetres[i])));
			}
		}
	}

	private static void styles(XWPFDocument docx, String font, BigInteger bullets) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = rpr.addNewRFonts();
		fonts.setAscii(font);
		fonts.setHAnsi(font);
		fonts.setCs(font);
		rpr.addNewSz().setVal(BigInteger.valueOf(19));
		rpr.addNewLang().setVal("nl-NL");
		CTPPrGeneral ppr = defaults.addNewPPrDefault().addNewPPr();
		ppr.addNewSpacing().setAfter(BigInteger.valueOf(120));
		styles.addNewStyle().set(style("Normal", "Normal", null, 0, false, false));
		styles.addNewStyle().set(style("Title", "Title", "Normal", 28, true, false));
		styles.addNewStyle().set(style(HEADING_1, "heading 1", "Normal", 19, true, false));
		styles.addNewStyle().set(style(HEADING_2, "heading 2", "Normal", 19, false, true));
		CTStyle list = style(LIST, "List Bullet", "Normal", 0, false, false);
		// the style carries the bullet, so applying "List Bullet" in Word makes a bulleted paragraph
		CTNumPr numbering = list.addNewPPr().addNewNumPr();
		numbering.addNewIlvl().setVal(BigInteger.ZERO);
		numbering.addNewNumId().setVal(bullets);
		styles.addNewStyle().set(list);
		styles.addNewStyle().set(style(SMALL, "Klein", "Normal", 13, false, false));
		docx.createStyles().setStyles(styles);
	}

	private static CTStyle style(String id, String name, String basedOn, int halfPoints, boolean bold, boolean italic) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		if (basedOn != null) {
			style.addNewBasedOn().setVal(basedOn);
		} else {
			style.setDefault(true);
		}
		style.addNewQFormat();
		CTRPr rpr = style.addNewRPr();
		if (halfPoints > 0) {
			rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		}
		if (bold) {
			rpr.addNewB();
		}
		if (italic) {
			rpr.addNewI();
		}
		if (id.startsWith("Heading")) {
			var ppr = style.addNewPPr();
			ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(id.equals(HEADING_1) ? 0 : 1));
			ppr.addNewKeepNext();
			ppr.addNewSpacing().setBefore(BigInteger.valueOf(id.equals(HEADING_1) ? 240 : 160));
		}
		return style;
	}

	/** One bullet numbering definition for every list: "•" at 5 mm. */
	private static BigInteger bullets(XWPFDocument docx) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = abstractNum.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		level.addNewStart().setVal(BigInteger.ONE);
		var indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(284));
		indent.setHanging(BigInteger.valueOf(284));
		XWPFNumbering numbering = docx.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
		return numbering.addNum(abstractId);
	}

	/** Page numbers, and (VIR-BI) the classification on top and bottom of every page. */
	private static void footer(XWPFDocument docx, List<Run> classification) {
		XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
		if (!classification.isEmpty()) {
			XWPFParagraph top = docx.createHeader(HeaderFooterType.DEFAULT).createParagraph();
			top.setAlignment(ParagraphAlignment.CENTER);
			runs(top, classification).forEach(run -> run.setBold(true));
			runs(footer.createParagraph(), classification).forEach(run -> run.setBold(true));
		}
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.RIGHT);
		paragraph.setStyle(SMALL);
		paragraph.createRun().setText("Pagina ");
		paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
		paragraph.createRun().setText(" van ");
		paragraph.getCTP().addNewFldSimple().setInstr("NUMPAGES");
	}

	private static void logo(XWPFDocument docx, GeneratedDocument document) {
		XWPFParagraph logo = paragraph(docx, null);
		logo.setAlignment(ParagraphAlignment.CENTER);
		logo.setSpacingAfter(480);
		List<String> lines = document.style().logoLines();
		HouseStyle.Logo image = document.style().logo();
		if (image == null) {
			XWPFRun bar = logo.createRun();
			bar.setColor(HtmlRenderer.RIJKSBLAUW.substring(1));
			bar.setFontSize(20);
			bar.setText("▌ ");
		} else {
			try {
				logo.createRun().addPicture(new ByteArrayInputStream(image.bytes()),
						image.mediaType().equals("image/png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
						"logo." + image.extension(), Units.toEMU(image.widthMm() / 25.4 * 72), Units.toEMU(HouseStyle.Logo.HEIGHT_MM / 25.4 * 72));
				logo.createRun().addBreak();
			} catch (InvalidFormatException | IOException e) {
				throw new IllegalStateException("Het logo kan niet in het DOCX-bestand worden opgenomen", e);
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			XWPFRun run = logo.createRun();
			if (i > 0) {
				run.addBreak();
			}
			text(run, lines.get(i));
		}
	}

	private static void letterHead(XWPFDocument docx, GeneratedDocument document) {
		XWPFTable table = docx.createTable(1, 2);
		noBorders(table);
		columns(table, PageGeometry.ADDRESS_COLUMN, PageGeometry.REFERENCE_COLUMN);
		XWPFTableCell address = table.getRow(0).getCell(0);
		XWPFParagraph first = address.getParagraphs().get(0);
		first.setStyle(SMALL);
		text(first.createRun(), document.style().returnAddress());
		for (List<Run> line : document.addressLines()) {
			XWPFParagraph paragraph = address.addParagraph();
			paragraph.setSpacingAfter(0);
			runs(paragraph, line);
		}
		address.addParagraph();
		for (Entry entry : document.headerEntries()) {
			XWPFParagraph paragraph = address.addParagraph();
			paragraph.setSpacingAfter(0);
			text(paragraph.createRun(), entry.label() + "\t");
			runs(paragraph, entry.value());
		}
		XWPFTableCell references = table.getRow(0).getCell(1);
		boolean firstReference = true;
		for (Reference reference : document.referenceColumn()) {
			XWPFParagraph paragraph = firstReference ? references.getParagraphs().get(0) : references.addParagraph();
			firstReference = false;
			paragraph.setStyle(SMALL);
			if (reference.label() != null) {
				XWPFRun label = paragraph.createRun();
				label.setBold(true);
				text(label, reference.label());
				label.addBreak();
			}
			for (int i = 0; i < reference.lines().size(); i++) {
				if (i > 0) {
					paragraph.createRun().addBreak();
				}
				runs(paragraph, reference.lines().get(i));
			}
		}
		paragraph(docx, null);
	}

	private static void entries(XWPFTable table, List<Entry> entries, int row) {
		noBorders(table);
		for (int i = 0; i < entries.size(); i++) {
			text(table.getRow(row + i).getCell(0).getParagraphs().get(0).createRun(), entries.get(i).label());
			runs(table.getRow(row + i).getCell(1).getParagraphs().get(0), entries.get(i).value());
		}
	}

	private static void noBorders(XWPFTable table) {
		// POI gives a new table borders of its own: replace them, each side once (the schema allows no repeats)
		var properties = table.getCTTbl().getTblPr();
		if (properties.isSetTblBorders()) {
			properties.unsetTblBorders();
		}
		CTTblBorders borders = properties.addNewTblBorders();
		borders.addNewTop().setVal(STBorder.NONE);
		borders.addNewBottom().setVal(STBorder.NONE);
		borders.addNewLeft().setVal(STBorder.NONE);
		borders.addNewRight().setVal(STBorder.NONE);
		borders.addNewInsideH().setVal(STBorder.NONE);
		borders.addNewInsideV().setVal(STBorder.NONE);
	}

	private static void block(XWPFDocument docx, Block block, BigInteger bullets) {
		switch (block) {
			case Block.Heading heading -> runs(paragraph(docx, heading.level() == 1 ? HEADING_1 : HEADING_2), heading.runs());
			case Block.Paragraph paragraph -> runs(paragraph(docx, null), paragraph.runs());
			case Block.BulletList list -> {
				for (List<Run> item : list.items()) {
					XWPFParagraph paragraph = paragraph(docx, LIST);
					paragraph.setNumID(bullets);
					runs(paragraph, item);
				}
			}
		}
	}

	/** Writes the runs into the paragraph; returns the Word runs made, for formatting that applies to all of them. */
	private static List<XWPFRun> runs(XWPFParagraph paragraph, List<Run> runs) {
		List<XWPFRun> made = new java.util.ArrayList<>();
		for (Run run : runs) {
			XWPFRun out = paragraph.createRun();
			made.add(out);
			switch (run) {
				case Run.Text text -> {
					out.setItalic(text.emphasis());
					text(out, text.text());
				}
				case Run.Redacted redacted -> {
					text(out, " " + redacted.ground() + " ");
					out.setColor("FFFFFF");
					CTShd shade = (out.getCTR().isSetRPr() ? out.getCTR().getRPr() : out.getCTR().addNewRPr()).addNewShd();
					shade.setVal(STShd.CLEAR);
					shade.setColor("auto");
					shade.setFill("000000");
				}
				case Run.Marked marked -> {
					text(out, marked.text());
					out.setTextHighlightColor("yellow");
					XWPFRun ground = paragraph.createRun();
					ground.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
					ground.setBold(true);
					text(ground, " " + marked.ground());
					made.add(ground);
				}
				case Run.Placeholder placeholder -> {
					out.setColor("990000");
					text(out, "[" + placeholder.description() + "]");
				}
			}
		}
		return made;
	}

	/** All text goes in through POI, which escapes it; characters XML forbids are dropped first. */
	private static void text(XWPFRun run, String text) {
		run.setText(XmlCharacters.strip(text));
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String style) {
		XWPFParagraph paragraph = docx.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		return paragraph;
	}
}
