package nl.nota.docgen.render;

/**
 * The Rijkshuisstijl A4 page, in millimetres, the same for every format: margins, and the two columns of
 * the letterhead (the address column and the reference column, which starts 14.2 cm from the page's left
 * edge). Page layout lives here and in each renderer's page set-up, apart from body rendering.
 */
final class PageGeometry {

	static final double WIDTH = 210;
	static final double HEIGHT = 297;
	static final double TOP = 18;
	static final double RIGHT = 18;
	static final double BOTTOM = 22;
	static final double LEFT = 24;
	static final double TEXT_WIDTH = WIDTH - LEFT - RIGHT;
	static final double REFERENCE_COLUMN_FROM_EDGE = 142;
	static final double ADDRESS_COLUMN = REFERENCE_COLUMN_FROM_EDGE - LEFT;
	static final double REFERENCE_COLUMN = TEXT_WIDTH - ADDRESS_COLUMN;
	/** The labels of a nota's header ("Aan", "Van", "Datum", ...). */
	static final double NOTA_LABELS = 40;
	/** How far headers and footers stand from the page's edge. */
	static final double HEADER_DISTANCE = 10;

	private PageGeometry() {
	}

	/** Twentieths of a point, the unit of WordprocessingML. */
	static long twips(double millimetres) {
		return Math.round(millimetres * 1440 / 25.4);
	}
}
