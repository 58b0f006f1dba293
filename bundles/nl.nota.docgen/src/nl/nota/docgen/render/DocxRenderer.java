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
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
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
	private static final String LIST_NUMBER = "ListNumber";
	private static final String SMALL = "Klein";
	private static final String FOOTNOTE_TEXT = "FootnoteText";
	private static final String FOOTNOTE_REFERENCE = "FootnoteReference";
	private static final String CAPTION = "Caption";

	public byte[] render(GeneratedDocument document) {
		XWPFDocument docx = new XWPFDocument();
		try {
			properties(docx, document);
			boolean letter = document.kind() == Kind.LETTER;
			BigInteger bullets = bullets(docx);
			styles(docx, document.style().font(), bullets, letter);
			pageFurniture(docx, document);
			if (document.isDraft() && !letter) {
				draftBanner(paragraph(docx, null), document);
			}
			if (letter) {
				letterHead(docx, document);
			} else {
				logo(docx.createTable(1, 2), document);
				runs(paragraph(docx, "Title"), document.title());
				XWPFTable header = docx.createTable(document.headerEntries().size(), 2);
				columns(header, PageGeometry.NOTA_LABELS, PageGeometry.TEXT_WIDTH - PageGeometry.NOTA_LABELS);
				entries(header, document.headerEntries(), 0);
				paragraph(docx, null);
			}
			double textWidth = letter ? PageGeometry.LETTER_TEXT_RIGHT - PageGeometry.LEFT : PageGeometry.TEXT_WIDTH;
			for (Block block : document.body()) {
				block(docx, block, bullets, textWidth);
			}
			closing(docx, document.closing());
			page(docx, letter);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			docx.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			// not close(): for a document made in memory POI's close() saves the whole package once more, into a
			// buffer of its own that nobody reads (14 % of the time to render a DOCX); revert() only lets go of it
			docx.getPackage().revert();
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
	private static void page(XWPFDocument docx, boolean letter) {
		var body = docx.getDocument().getBody();
		CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.WIDTH)));
		size.setH(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEIGHT)));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		// a letter's text column leaves the reference column free on every page; its head stands above the text
		margins.setTop(BigInteger.valueOf(PageGeometry.twips(letter ? PageGeometry.LETTER_TOP : PageGeometry.TOP)));
		margins.setRight(BigInteger.valueOf(PageGeometry.twips(letter ? PageGeometry.WIDTH - PageGeometry.LETTER_TEXT_RIGHT
				: PageGeometry.RIGHT)));
		margins.setBottom(BigInteger.valueOf(PageGeometry.twips(PageGeometry.BOTTOM)));
		margins.setLeft(BigInteger.valueOf(PageGeometry.twips(PageGeometry.LEFT)));
		margins.setHeader(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEADER_DISTANCE)));
		margins.setFooter(BigInteger.valueOf(PageGeometry.twips(PageGeometry.HEADER_DISTANCE)));
		margins.setGutter(BigInteger.ZERO);
		if (letter && !section.isSetTitlePg()) {
			section.addNewTitlePg(); // the first page has a header of its own (the whole reference column)
		}
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

	/**
	 * Document defaults and the paragraph styles. "Title" is the document's title as in the other formats'
	 * first-level heading: a nota's "Beslisnota" in large type, a letter's Betreft line in the text's type.
	 */
	private static void styles(XWPFDocument docx, String font, BigInteger bullets, boolean letter) {
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
		// the same rhythm as the PDF and ODT: 13.5 pt lines, 7 pt between paragraphs
		var spacing = ppr.addNewSpacing();
		spacing.setAfter(BigInteger.valueOf(140));
		spacing.setLine(BigInteger.valueOf(270));
		spacing.setLineRule(STLineSpacingRule.EXACT);
		styles.addNewStyle().set(style("Normal", "Normal", null, 0, false, false));
		styles.addNewStyle().set(style("Title", "Title", "Normal", letter ? 19 : 28, !letter, false));
		styles.addNewStyle().set(style(HEADING_1, "heading 1", "Normal", 19, true, false));
		styles.addNewStyle().set(style(HEADING_2, "heading 2", "Normal", 19, false, true));
		CTStyle list = style(LIST, "List Bullet", "Normal", 0, false, false);
		// the style carries the bullet, so applying "List Bullet" in Word makes a bulleted paragraph
		var listParagraph = list.addNewPPr();
		CTNumPr numbering = listParagraph.addNewNumPr();
		listParagraph.addNewSpacing().setAfter(BigInteger.valueOf(80));
		numbering.addNewIlvl().setVal(BigInteger.ZERO);
		numbering.addNewNumId().setVal(bullets);
		styles.addNewStyle().set(list);
		CTStyle numberedList = style(LIST_NUMBER, "List Number", "Normal", 0, false, false);
		numberedList.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
		styles.addNewStyle().set(numberedList);
		styles.addNewStyle().set(style(SMALL, "Klein", "Normal", 13, false, false));
		CTStyle footnoteText = style(FOOTNOTE_TEXT, "footnote text", "Normal", 15, false, false);
		var footnoteSpacing = footnoteText.addNewPPr().addNewSpacing();
		footnoteSpacing.setAfter(BigInteger.valueOf(40));
		footnoteSpacing.setLine(BigInteger.valueOf(200));
		footnoteSpacing.setLineRule(STLineSpacingRule.EXACT);
		styles.addNewStyle().set(footnoteText);
		CTStyle caption = style(CAPTION, "caption", "Normal", 0, false, true);
		caption.addNewPPr().addNewKeepNext();
		caption.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(40));
		styles.addNewStyle().set(caption);
		CTStyle reference = CTStyle.Factory.newInstance();
		reference.setStyleId(FOOTNOTE_REFERENCE);
		reference.setType(STStyleType.CHARACTER);
		reference.addNewName().setVal("footnote reference");
		reference.addNewRPr().addNewVertAlign().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun.SUPERSCRIPT);
		styles.addNewStyle().set(reference);
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
			ppr.addNewKeepNext();
			var spacing = ppr.addNewSpacing();
			spacing.setBefore(BigInteger.valueOf(id.equals(HEADING_1) ? 240 : 160));
			spacing.setAfter(BigInteger.valueOf(40));
			ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(id.equals(HEADING_1) ? 0 : 1));
		} else if (id.equals("Title") || id.equals(SMALL)) {
			var ppr = style.addNewPPr();
			var spacing = ppr.addNewSpacing();
			// a Title in the text's size (a letter's Betreft) has the text's line height
			spacing.setLine(BigInteger.valueOf(id.equals(SMALL) ? 180 : halfPoints > 19 ? 360 : 270));
			spacing.setLineRule(STLineSpacingRule.EXACT);
			if (id.equals(SMALL)) {
				spacing.setAfter(BigInteger.ZERO);
			}
			// stated, not inherited: LibreOffice's own "Title" is centred
			ppr.addNewJc().setVal(STJc.LEFT);
		}
		return style;
	}

	/** One bullet numbering definition for every list: "•" at 5 mm, and "◦" at 10 mm for a list inside an item. */
	private static BigInteger bullets(XWPFDocument docx) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.ZERO);
		for (int depth = 0; depth < 2; depth++) {
			CTLvl level = abstractNum.addNewLvl();
			level.setIlvl(BigInteger.valueOf(depth));
			level.addNewStart().setVal(BigInteger.ONE);
			level.addNewNumFmt().setVal(STNumberFormat.BULLET);
			level.addNewLvlText().setVal(depth == 0 ? "•" : "◦");
			indent(level, depth);
		}
		XWPFNumbering numbering = docx.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
		return numbering.addNum(abstractId);
	}

	/** A list level hangs its marker 5 mm left of its text, 5 mm further in per level. */
	private static void indent(CTLvl level, int depth) {
		var indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(284L * (depth + 1)));
		indent.setHanging(BigInteger.valueOf(284));
	}

	/**
	 * What every page carries: page numbers and (VIR-BI) the classification on top and bottom; for a letter
	 * also the logo and the reference column, the whole column on the first page and Datum and Onze
	 * referentie on the follow-up pages, in frames at the reference column's place on the page.
	 */
	private static void pageFurniture(XWPFDocument docx, GeneratedDocument document) {
		boolean letter = document.kind() == Kind.LETTER;
		List<HeaderFooterType> types = letter ? List.of(HeaderFooterType.FIRST, HeaderFooterType.DEFAULT) : List.of(HeaderFooterType.DEFAULT);
		for (HeaderFooterType type : types) {
			if (letter || document.isClassified()) {
				XWPFHeader header = docx.createHeader(type);
				if (document.isClassified()) {
					XWPFParagraph top = header.createParagraph();
					top.setAlignment(ParagraphAlignment.CENTER);
					runs(top, document.classification()).forEach(run -> run.setBold(true));
				}
				if (letter) {
					logo(header.createTable(1, 2), document);
					column(header, type == HeaderFooterType.FIRST ? document.referenceColumn() : document.followUpColumn());
					if (document.isDraft()) {
						// after a paragraph, or Word joins it to the table before
						draftBanner(header.createTable(1, 1), document);
						endOfStory(header.createParagraph());
					}
				}
			}
			XWPFFooter footer = docx.createFooter(type);
			if (document.isClassified()) {
				runs(footer.createParagraph(), document.classification()).forEach(run -> run.setBold(true));
			}
			XWPFParagraph number;
			if (letter) {
				// in the reference column, as the letter template has it
				number = floating(footer.createTable(1, 1), PageGeometry.HEIGHT - PageGeometry.BOTTOM + 6).getRow(0).getCell(0)
						.getParagraphs().get(0);
			} else {
				number = footer.createParagraph();
				number.setAlignment(ParagraphAlignment.RIGHT);
			}
			number.setStyle(SMALL);
			number.createRun().setText("Pagina ");
			number.getCTP().addNewFldSimple().setInstr("PAGE");
			number.createRun().setText(" van ");
			number.getCTP().addNewFldSimple().setInstr("NUMPAGES");
			if (letter) {
				endOfStory(footer.createParagraph());
			}
		}
	}

	/**
	 * A letter's concept banner: a floating box in the strip above the logo on every page, so the letterhead
	 * keeps its place; the same box as the other formats draw.
	 */
	private static void draftBanner(XWPFTable table, GeneratedDocument document) {
		floating(table, PageGeometry.LEFT, PageGeometry.DRAFT_TOP, PageGeometry.HEAD_WIDTH);
		CTTblBorders borders = table.getCTTbl().getTblPr().getTblBorders();
		for (var side : List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight())) {
			side.setVal(STBorder.SINGLE);
			side.setSz(BigInteger.valueOf(4));
			side.setColor(PageGeometry.DRAFT_COLOUR);
		}
		table.getRow(0).setHeight((int) PageGeometry.twips(PageGeometry.DRAFT_HEIGHT));
		table.getRow(0).getCtRow().getTrPr().getTrHeightArray(0).setHRule(STHeightRule.EXACT);
		XWPFTableCell cell = table.getRow(0).getCell(0);
		cell.setColor(PageGeometry.DRAFT_BACKGROUND);
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1);
		draftBanner(paragraph, document);
	}

	/** The banner's text: centred, small, bold, dark red on light red (a nota has it at the top of its text, boxed). */
	private static void draftBanner(XWPFParagraph paragraph, GeneratedDocument document) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		if (document.kind() != Kind.LETTER) {
			paragraph.setSpacingAfter((int) PageGeometry.twips(4));
			CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
			var borders = properties.addNewPBdr();
			for (var side : List.of(borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(), borders.addNewRight())) {
				side.setVal(STBorder.SINGLE);
				side.setSz(BigInteger.valueOf(4));
				side.setSpace(BigInteger.valueOf(3));
				side.setColor(PageGeometry.DRAFT_COLOUR);
			}
			CTShd shading = properties.addNewShd();
			shading.setVal(STShd.CLEAR);
			shading.setColor("auto");
			shading.setFill(PageGeometry.DRAFT_BACKGROUND);
		}
		XWPFRun run = paragraph.createRun();
		run.setBold(true);
		run.setColor(PageGeometry.DRAFT_COLOUR);
		run.setFontSize(PageGeometry.DRAFT_FONT_POINTS);
		text(run, document.draftBanner());
	}

	/** The reference column: a floating table at the column's place on the page, from the top of the letter's text. */
	private static void column(XWPFHeader header, List<Reference> column) {
		XWPFTable table = floating(header.createTable(1, 1), PageGeometry.LETTER_TOP);
		XWPFTableCell cell = table.getRow(0).getCell(0);
		boolean first = true;
		for (Reference reference : column) {
			XWPFParagraph paragraph = first ? cell.getParagraphs().get(0) : cell.addParagraph();
			first = false;
			paragraph.setStyle(SMALL);
			paragraph.setSpacingAfter(PageGeometry.REFERENCE_GAP_TWIPS);
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
		endOfStory(header.createParagraph());
	}

	/**
	 * A one-cell table positioned on the page in the reference column, {@code top} mm from the page's top:
	 * floating tables are what Word and LibreOffice both place exactly, also in headers and footers.
	 */
	private static XWPFTable floating(XWPFTable table, double top) {
		return floating(table, PageGeometry.REFERENCE_COLUMN_FROM_EDGE, top, PageGeometry.REFERENCE_COLUMN);
	}

	/** A one-cell table of {@code width} mm at ({@code left}, {@code top}) mm on the page. */
	private static XWPFTable floating(XWPFTable table, double left, double top, double width) {
		noBorders(table);
		columns(table, width);
		CTTblPPr position = table.getCTTbl().getTblPr().addNewTblpPr();
		position.setHorzAnchor(STHAnchor.PAGE);
		position.setVertAnchor(STVAnchor.PAGE);
		position.setTblpX(BigInteger.valueOf(PageGeometry.twips(left)));
		position.setTblpY(BigInteger.valueOf(PageGeometry.twips(top)));
		position.setLeftFromText(BigInteger.ZERO);
		position.setRightFromText(BigInteger.ZERO);
		var margins = table.getCTTbl().getTblPr().addNewTblCellMar();
		margins.addNewLeft().setW(BigInteger.ZERO);
		margins.getLeft().setType(STTblWidth.DXA);
		margins.addNewRight().setW(BigInteger.ZERO);
		margins.getRight().setType(STTblWidth.DXA);
		return table;
	}

	/** A header or footer ends with a paragraph; this one takes no room. */
	private static void endOfStory(XWPFParagraph paragraph) {
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
	}

	/**
	 * The logo as the other formats draw it: the mark (a Rijksblauw bar, or the house style's image) centred
	 * on the page, the ministry's name beside it; a borderless table of two cells, indented to the centre.
	 */
	private static void logo(XWPFTable table, GeneratedDocument document) {
		HouseStyle.Logo image = document.style().logo();
		double markWidth = image == null ? PageGeometry.LOGO_BAR_WIDTH : image.widthMm();
		noBorders(table);
		columns(table, markWidth, PageGeometry.WIDTH - PageGeometry.RIGHT - PageGeometry.logoLeft(markWidth) - markWidth);
		var properties = table.getCTTbl().getTblPr();
		var indent = properties.isSetTblInd() ? properties.getTblInd() : properties.addNewTblInd();
		indent.setType(STTblWidth.DXA);
		indent.setW(BigInteger.valueOf(PageGeometry.twips(PageGeometry.logoLeft(markWidth) - PageGeometry.LEFT)));
		table.getRow(0).setHeight((int) PageGeometry.twips(HouseStyle.Logo.HEIGHT_MM));
		// at least the mark's height: a two-line ministry name reaches just below it, as in the other formats
		table.getRow(0).getCtRow().getTrPr().getTrHeightArray(0).setHRule(STHeightRule.AT_LEAST);
		XWPFTableCell mark = table.getRow(0).getCell(0);
		XWPFParagraph markParagraph = mark.getParagraphs().get(0);
		markParagraph.setSpacingAfter(0);
		if (image == null) {
			mark.setColor(HtmlRenderer.RIJKSBLAUW.substring(1));
		} else {
			try {
				markParagraph.createRun().addPicture(new ByteArrayInputStream(image.bytes()),
						image.mediaType().equals("image/png") ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG,
						"logo." + image.extension(), Units.toEMU(image.widthMm() / 25.4 * 72), Units.toEMU(HouseStyle.Logo.HEIGHT_MM / 25.4 * 72));
			} catch (InvalidFormatException | IOException e) {
				throw new IllegalStateException("Het logo kan niet in het DOCX-bestand worden opgenomen", e);
			}
		}
		XWPFParagraph name = table.getRow(0).getCell(1).getParagraphs().get(0);
		name.setSpacingBefore((int) PageGeometry.twips(9));
		name.setSpacingAfter(0);
		name.setSpacingBetween(11, LineSpacingRule.EXACT);
		name.setIndentationLeft((int) PageGeometry.twips(3));
		List<String> lines = document.style().logoLines();
		for (int i = 0; i < lines.size(); i++) {
			XWPFRun run = name.createRun();
			run.setFontSize(9);
			if (i > 0) {
				run.addBreak();
			}
			text(run, lines.get(i));
		}
	}

	/** Return address, addressee, and Datum and Betreft with their values hanging at one indent. */
	private static void letterHead(XWPFDocument docx, GeneratedDocument document) {
		XWPFParagraph first = paragraph(docx, SMALL);
		first.setSpacingAfter((int) PageGeometry.twips(2));
		text(first.createRun(), PageGeometry.returnAddress(document));
		for (List<Run> line : document.addressLines()) {
			XWPFParagraph paragraph = paragraph(docx, null);
			paragraph.setSpacingAfter(0);
			runs(paragraph, line);
		}
		XWPFParagraph gap = paragraph(docx, null);
		gap.setSpacingAfter(0);
		for (int i = 0; i < document.headerEntries().size(); i++) {
			Entry entry = document.headerEntries().get(i);
			XWPFParagraph paragraph = paragraph(docx, entry.subject() ? "Title" : null);
			paragraph.setSpacingAfter(i == document.headerEntries().size() - 1 ? 360 : 0);
			hanging(paragraph, PageGeometry.ENTRY_LABELS);
			text(paragraph.createRun(), entry.label() + "\t");
			runs(paragraph, entry.value());
		}
	}

	/** The value hangs at the label's width: a second line starts under the value, not under the label. */
	private static void hanging(XWPFParagraph paragraph, double labels) {
		paragraph.setIndentationLeft((int) PageGeometry.twips(labels));
		paragraph.setIndentationHanging((int) PageGeometry.twips(labels));
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTTabStop tab = (properties.isSetTabs() ? properties.getTabs() : properties.addNewTabs()).addNewTab();
		tab.setVal(STTabJc.LEFT);
		tab.setPos(BigInteger.valueOf(PageGeometry.twips(labels)));
	}

	/** The closing kept together on one page, with room for the signature where the model has an empty line. */
	private static void closing(XWPFDocument docx, List<List<Run>> closing) {
		paragraph(docx, null).setSpacingAfter(0);
		int space = 0;
		for (int i = 0; i < closing.size(); i++) {
			List<Run> line = closing.get(i);
			if (line.isEmpty()) {
				space += (int) PageGeometry.twips(PageGeometry.SIGNING_SPACE);
				continue;
			}
			XWPFParagraph paragraph = paragraph(docx, null);
			paragraph.setSpacingAfter(0);
			paragraph.setSpacingBefore(space);
			space = 0;
			if (i < closing.size() - 1) {
				paragraph.getCTP().getPPr().addNewKeepNext();
			}
			runs(paragraph, line);
		}
	}

	private static void entries(XWPFTable table, List<Entry> entries, int row) {
		noBorders(table);
		for (int i = 0; i < entries.size(); i++) {
			XWPFParagraph label = table.getRow(row + i).getCell(0).getParagraphs().get(0);
			XWPFParagraph value = table.getRow(row + i).getCell(1).getParagraphs().get(0);
			label.setSpacingAfter(0); // one line per entry, as in the other formats
			value.setSpacingAfter(0);
			text(label.createRun(), entries.get(i).label());
			runs(value, entries.get(i).value());
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

	private static void block(XWPFDocument docx, Block block, BigInteger bullets, double textWidth) {
		switch (block) {
			case Block.Heading heading -> runs(paragraph(docx, heading.level() == 1 ? HEADING_1 : HEADING_2), heading.runs());
			case Block.Paragraph paragraph -> runs(paragraph(docx, null), paragraph.runs());
			case Block.BulletList list -> list(docx, list, 0, bullets, true);
			case Block.NumberedList list -> list(docx, list, 0, bullets, true);
			case Block.Table table -> table(docx, table, textWidth);
		}
	}

	/**
	 * The items of a list at a depth (0, or 1 for a list inside an item), each a paragraph of the list's
	 * numbering; the last item of the outermost list keeps a paragraph's space below it, as in HTML.
	 */
	private static void items(XWPFDocument docx, String style, BigInteger numbering, int depth, List<Block.Item> items,
			BigInteger bullets, boolean outermost) {
		for (int i = 0; i < items.size(); i++) {
			XWPFParagraph paragraph = paragraph(docx, style);
			paragraph.setNumID(numbering);
			paragraph.setNumILvl(BigInteger.valueOf(depth));
			boolean last = i == items.size() - 1;
			if (last && outermost && items.get(i).nested().isEmpty()) {
				paragraph.setSpacingAfter(140);
			}
			runs(paragraph, items.get(i).runs());
			for (Block nested : items.get(i).nested()) {
				list(docx, nested, depth + 1, bullets, last && outermost);
			}
		}
	}

	/** A list at a depth: bullets share the document's definition, a numbered list gets a numbering that starts at 1. */
	private static void list(XWPFDocument docx, Block list, int depth, BigInteger bullets, boolean outermost) {
		switch (list) {
			case Block.BulletList bulleted -> items(docx, LIST, bullets, depth, bulleted.items(), bullets, outermost);
			case Block.NumberedList numbered -> items(docx, LIST_NUMBER, numbered(docx, numbered.numbering(), depth), depth,
					numbered.items(), bullets, outermost);
			default -> block(docx, list, bullets, PageGeometry.TEXT_WIDTH);
		}
	}

	/**
	 * A numbering of its own for one numbered list, so that it starts at 1 (or a): a new instance of the
	 * document's decimal or lettered definition, with its start overridden at the list's depth.
	 */
	private static BigInteger numbered(XWPFDocument docx, Block.Numbering numbering, int depth) {
		XWPFNumbering definitions = docx.getNumbering();
		BigInteger abstractId = BigInteger.valueOf(numbering == Block.Numbering.DECIMAL ? 1 : 2);
		if (definitions.getAbstractNum(abstractId) == null) {
			CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
			abstractNum.setAbstractNumId(abstractId);
			for (int level = 0; level < 2; level++) {
				CTLvl definition = abstractNum.addNewLvl();
				definition.setIlvl(BigInteger.valueOf(level));
				definition.addNewStart().setVal(BigInteger.ONE);
				definition.addNewNumFmt().setVal(numbering == Block.Numbering.DECIMAL ? STNumberFormat.DECIMAL : STNumberFormat.LOWER_LETTER);
				definition.addNewLvlText().setVal("%" + (level + 1) + ".");
				indent(definition, level);
			}
			definitions.addAbstractNum(new XWPFAbstractNum(abstractNum));
		}
		BigInteger numId = definitions.addNum(abstractId);
		CTNumLvl restart = definitions.getNum(numId).getCTNum().addNewLvlOverride();
		restart.setIlvl(BigInteger.valueOf(depth));
		restart.addNewStartOverride().setVal(BigInteger.ONE);
		return numId;
	}

	/**
	 * A table of the text's width: its caption above it, a header row that Word repeats on a next page, a
	 * line under the header and under each row, and each column aligned as the model says.
	 */
	private static void table(XWPFDocument docx, Block.Table table, double textWidth) {
		if (!table.caption().isEmpty()) {
			runs(paragraph(docx, CAPTION), table.caption());
		}
		int columns = table.columns().size();
		if (columns == 0) {
			return;
		}
		XWPFTable out = docx.createTable(1 + table.rows().size(), columns);
		var properties = out.getCTTbl().getTblPr();
		if (properties.isSetTblBorders()) {
			properties.unsetTblBorders();
		}
		CTTblBorders borders = properties.addNewTblBorders();
		borders.addNewTop().setVal(STBorder.NONE);
		borders.addNewLeft().setVal(STBorder.NONE);
		var bottom = borders.addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(4));
		bottom.setColor("999999");
		borders.addNewRight().setVal(STBorder.NONE);
		var inside = borders.addNewInsideH();
		inside.setVal(STBorder.SINGLE);
		inside.setSz(BigInteger.valueOf(4));
		inside.setColor("999999");
		borders.addNewInsideV().setVal(STBorder.NONE);
		columns(out, PageGeometry.tableColumns(table, textWidth));
		out.getRow(0).setRepeatHeader(true);
		out.getRow(0).setCantSplitRow(true);
		cells(out.getRow(0), table.header(), table.columns(), true);
		for (int i = 0; i < table.rows().size(); i++) {
			out.getRow(i + 1).setCantSplitRow(true);
			cells(out.getRow(i + 1), table.rows().get(i), table.columns(), false);
		}
		paragraph(docx, null).setSpacingAfter(0); // the text goes on below the table, not against it
	}

	private static void cells(org.apache.poi.xwpf.usermodel.XWPFTableRow row, Block.Row cells, List<Block.Alignment> columns,
			boolean header) {
		for (int i = 0; i < columns.size(); i++) {
			XWPFTableCell cell = row.getCell(i);
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setSpacingAfter(0);
			paragraph.setAlignment(switch (columns.get(i)) {
				case LEFT -> ParagraphAlignment.LEFT;
				case RIGHT -> ParagraphAlignment.RIGHT;
				case CENTER -> ParagraphAlignment.CENTER;
			});
			if (header) {
				var cellProperties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
				var border = cellProperties.addNewTcBorders().addNewBottom();
				border.setVal(STBorder.SINGLE);
				border.setSz(BigInteger.valueOf(6));
				border.setColor("000000");
			}
			List<XWPFRun> made = runs(paragraph, i < cells.cells().size() ? cells.cells().get(i) : List.of());
			if (header) {
				made.forEach(run -> run.setBold(true));
			}
		}
	}

	/** Writes the runs into the paragraph; returns the Word runs made, for formatting that applies to all of them. */
	private static List<XWPFRun> runs(XWPFParagraph paragraph, List<Run> runs) {
		List<XWPFRun> made = new java.util.ArrayList<>();
		for (Run run : runs) {
			if (run instanceof Run.Footnote footnote) {
				footnote(paragraph, footnote);
				continue;
			}
			if (run instanceof Run.Comment comment) {
				made.addAll(comment(paragraph, comment));
				continue;
			}
			if (run instanceof Run.Revision revision) {
				made.addAll(revision(paragraph, revision));
				continue;
			}
			if (run instanceof Run.Link link) {
				XWPFRun out = paragraph.createHyperlinkRun(link.target());
				out.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
				text(out, link.text());
				made.add(out);
				continue;
			}
			XWPFRun out = paragraph.createRun();
			made.add(out);
			switch (run) {
				case Run.Footnote footnote -> throw new IllegalStateException("handled above");
				case Run.Link link -> throw new IllegalStateException("handled above");
				case Run.Comment comment -> throw new IllegalStateException("handled above");
				case Run.Revision revision -> throw new IllegalStateException("handled above");
				case Run.Text text -> {
					if (text.emphasis()) {
						out.setItalic(true); // only then: an explicit "not italic" would override the style (Heading 2)
					}
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

	/**
	 * Ids of tracked changes (w:id of w:ins and w:del): unique within a document and apart from the comments'
	 * ids (which count from 0), since Word wants one id per annotation of any kind.
	 */
	private static final String W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private static final java.util.concurrent.atomic.AtomicLong REVISION_IDS = new java.util.concurrent.atomic.AtomicLong(1_000_000);

	/**
	 * A reviewer's remark as a real Word comment: the anchor between the comment's range marks, the remark in
	 * the comments part with its author, shown by Word in the margin (Review › Comments). Returns the anchor's runs.
	 */
	private static List<XWPFRun> comment(XWPFParagraph paragraph, Run.Comment comment) {
		XWPFComments comments = paragraph.getDocument().getXWPFDocument().createComments(); // made on the first remark
		BigInteger id = BigInteger.valueOf(comments.getComments().size());
		XWPFComment note = comments.createComment(id);
		note.setAuthor(comment.author().isEmpty() ? "onbekend" : XmlCharacters.strip(comment.author()));
		note.setInitials(initials(note.getAuthor()));
		XWPFParagraph text = note.createParagraph();
		text.createRun().getCTR().addNewAnnotationRef();
		text(text.createRun(), comment.remark());
		boolean range = !comment.anchor().text().isEmpty();
		if (range) {
			paragraph.getCTP().addNewCommentRangeStart().setId(id);
		}
		List<XWPFRun> anchor = range ? runs(paragraph, List.of(comment.anchor())) : List.of();
		if (range) {
			paragraph.getCTP().addNewCommentRangeEnd().setId(id);
		}
		paragraph.createRun().getCTR().addNewCommentReference().setId(id);
		return anchor;
	}

	/**
	 * A change as a real Word tracked change (Review › Track Changes): the runs written as usual, then moved
	 * into a {@code w:ins} or {@code w:del} with author and time; in a deletion the text is deleted text
	 * ({@code w:delText}). A link inside a change is its text.
	 */
	private static List<XWPFRun> revision(XWPFParagraph paragraph, Run.Revision revision) {
		int first = paragraph.getRuns().size();
		runs(paragraph, revision.runs().stream().map(run -> run instanceof Run.Link link ? (Run) Run.text(link.text()) : run).toList());
		var change = revision.inserted() ? paragraph.getCTP().addNewIns() : paragraph.getCTP().addNewDel();
		change.setId(BigInteger.valueOf(REVISION_IDS.getAndIncrement()));
		change.setAuthor(XmlCharacters.strip(revision.author()));
		change.setDate(java.util.GregorianCalendar.from(revision.time().atZone(java.time.ZoneOffset.UTC)));
		List<XWPFRun> moved = new java.util.ArrayList<>();
		while (paragraph.getRuns().size() > first) {
			XWPFRun written = paragraph.getRuns().get(first);
			var copy = change.addNewR();
			copy.set(written.getCTR());
			if (!revision.inserted()) {
				// deleted text is w:delText: each w:t renamed, its text and xml:space kept
				for (var text : copy.getTArray()) {
					try (org.apache.xmlbeans.XmlCursor cursor = text.newCursor()) {
						cursor.setName(new javax.xml.namespace.QName(W_NAMESPACE, "delText"));
					}
				}
			}
			paragraph.removeRun(first);
			moved.add(new XWPFRun(copy, paragraph));
		}
		return moved;
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

	/**
	 * A real Word footnote: its reference mark here, its text in the footnotes part, numbered by Word. The
	 * part starts with the separator notes Word itself writes (the line above the notes).
	 */
	private static void footnote(XWPFParagraph paragraph, Run.Footnote footnote) {
		XWPFDocument docx = paragraph.getDocument().getXWPFDocument();
		boolean first = docx.getFootnotes().isEmpty();
		XWPFFootnotes notes = docx.createFootnotes(); // the document's footnotes part, made on the first footnote
		if (first) {
			separator(notes, -1, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.SEPARATOR);
			separator(notes, 0, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.CONTINUATION_SEPARATOR);
		}
		XWPFFootnote note = notes.createFootnote();
		XWPFParagraph text = note.createParagraph();
		text.setStyle(FOOTNOTE_TEXT);
		XWPFRun mark = text.createRun();
		mark.setStyle(FOOTNOTE_REFERENCE);
		mark.getCTR().addNewFootnoteRef();
		text.createRun().setText(" ");
		runs(text, footnote.content());
		paragraph.addFootnoteReference(note);
	}

	private static void separator(XWPFFootnotes notes, int id, org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.Enum type) {
		var note = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn.Factory.newInstance();
		note.setId(BigInteger.valueOf(id));
		note.setType(type);
		var paragraph = note.addNewP();
		var spacing = paragraph.addNewPPr().addNewSpacing();
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(240));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		var run = paragraph.addNewR();
		if (type == org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn.SEPARATOR) {
			run.addNewSeparator();
		} else {
			run.addNewContinuationSeparator();
		}
		notes.addFootnote(note);
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
