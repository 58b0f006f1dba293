package nl.nota.docgen.render;

/**
 * The Rijkshuisstijl A4 page, in millimetres, the same for every format: margins, the logo centred at the
 * top of every page, and for a letter its two columns: the text column and the reference column, which
 * starts 14.2 cm from the page's left edge on every page (the whole column on the first page, Datum and
 * Onze referentie on the follow-up pages). Page layout lives here and in each renderer's page set-up,
 * apart from body rendering.
 */
final class PageGeometry {

	static final double WIDTH = 210;
	static final double HEIGHT = 297;
	static final double TOP = 18;
	static final double RIGHT = 18;
	static final double BOTTOM = 22;
	static final double LEFT = 24;
	static final double TEXT_WIDTH = WIDTH - LEFT - RIGHT;
	/** Where a letter's text starts on every page, below the logo; the reference column starts here too. */
	static final double LETTER_TOP = 45;
	static final double REFERENCE_COLUMN_FROM_EDGE = 142;
	static final double REFERENCE_COLUMN = 50;
	/** A letter's text column ends here, leaving the reference column free on every page. */
	static final double LETTER_TEXT_RIGHT = 136;
	static final double LOGO_TOP = 10;
	static final double LOGO_BAR_WIDTH = 8;
	/**
	 * A letter's concept banner: a box across the text width in the strip above the logo, on every page,
	 * out of the flow of the text (the address stays in the envelope window).
	 */
	static final double DRAFT_TOP = 3;
	/** The page head (logo, concept banner) spans this width from the left margin. */
	static final double HEAD_WIDTH = WIDTH - 2 * LEFT;
	static final double DRAFT_HEIGHT = 5.5;
	/** The banner's look in every format: small bold dark red on light red, a thin border. */
	static final String DRAFT_COLOUR = "990000";
	static final String DRAFT_BACKGROUND = "fde2e2";
	static final double DRAFT_FONT_POINTS = 8;
	/** A nota's concept banner, a paragraph above the logo: its lines this far apart, in points (the text's 13.5 is wide). */
	static final double NOTA_DRAFT_LINE_POINTS = 11;
	/** The labels before a letter's Datum and Betreft; their values hang at this indent. */
	static final double ENTRY_LABELS = 20;
	/** The labels of a nota's header ("Aan", "Van", "Datum", ...). */
	static final double NOTA_LABELS = 40;
	/** Where a nota's classification stands from the page's top: in the top margin, as the PDF's running head. */
	static final double CLASSIFICATION_TOP = 7;
	/**
	 * Between a nota's logo and its title, in every format (the HTML's page head has it as its margin). 3 mm, not
	 * the 6 mm the HTML had alone: with 6 mm in DOCX and ODT too, a full one-page nota ran over by its signer.
	 */
	static final double NOTA_HEAD_GAP = 3;
	/** Below a nota's title (the HTML's title has this margin). */
	static final double NOTA_TITLE_GAP = 4;
	/** Between the function and the name under a letter: room for the signature. */
	static final double SIGNING_SPACE = 15;
	/** Between the blocks of the reference column (3 mm), in twips. */
	static final int REFERENCE_GAP_TWIPS = 170;
	/** How far headers and footers stand from the page's edge. */
	static final double HEADER_DISTANCE = 10;

	private PageGeometry() {
	}

	/**
	 * Column widths for a table across {@code width} mm, for the formats that fix them (DOCX, ODT; HTML lays
	 * out its own). Each column wants the width of its longest cell on one line; short columns (years,
	 * figures) get what they want, the long ones share the rest, and room left over is shared in proportion.
	 */
	static double[] tableColumns(nl.nota.docgen.model.Block.Table table, double width) {
		int columns = table.columns().size();
		double[] wanted = new double[columns];
		java.util.List<nl.nota.docgen.model.Block.Row> rows = new java.util.ArrayList<>(table.rows());
		rows.add(0, table.header());
		for (nl.nota.docgen.model.Block.Row row : rows) {
			for (int i = 0; i < columns && i < row.cells().size(); i++) {
				// about 1.9 mm a character at 9.5 pt, and the cell's padding
				wanted[i] = Math.max(wanted[i], nl.nota.docgen.model.Runs.plain(row.cells().get(i)).length() * 1.9 + 4);
			}
		}
		Integer[] order = new Integer[columns];
		for (int i = 0; i < columns; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> wanted[i]));
		double[] widths = new double[columns];
		double remaining = width;
		for (int k = 0; k < columns; k++) {
			int column = order[k];
			widths[column] = Math.min(wanted[column], remaining / (columns - k));
			remaining -= widths[column];
		}
		double given = width - remaining;
		for (int i = 0; i < columns && remaining > 0; i++) {
			widths[i] += remaining * widths[i] / given;
		}
		return widths;
	}

	/**
	 * The return address above the addressee, in the envelope window; a letter-shaped document without an
	 * addressee (the answers to Kamervragen) keeps the line, empty, so its page is laid out like the letter's.
	 */
	static String returnAddress(nl.nota.docgen.model.GeneratedDocument document) {
		return document.addressLines().isEmpty() ? "" : document.style().returnAddress();
	}

	/** The left edge of the logo's mark (bar or image) of this width: centred on the page. */
	static double logoLeft(double markWidth) {
		return WIDTH / 2 - markWidth / 2;
	}

	/** Twentieths of a point, the unit of WordprocessingML. */
	static long twips(double millimetres) {
		return Math.round(millimetres * 1440 / 25.4);
	}
}
