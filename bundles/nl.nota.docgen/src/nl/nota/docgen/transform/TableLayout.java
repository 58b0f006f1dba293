package nl.nota.docgen.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.lang.model.TableShape;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.Table;
import nl.nota.lang.nota.TableCell;
import nl.nota.lang.nota.TableRow;

/**
 * A table of the note as a table of the document: the first row is the header, a rule line only sets
 * alignment, every row gets as many cells as the widest (a ragged row is a warning in the editor, and is
 * filled with empty cells here), and a column of figures is right-aligned unless the rule says otherwise.
 */
final class TableLayout {

	private TableLayout() {
	}

	/** A figure as tables hold them: "12,5", "€ 1.200", "-3 %", "1.234.567", "n.v.t." is not one. */
	private static final Pattern FIGURE = Pattern.compile("[-+−–]?\\s*(?:€\\s*)?[\\d.,]*\\d[\\d.,]*\\s*(?:%|mln\\.?|mld\\.?|x)?");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

	static Block.Table of(Table table, Function<List<? extends Inline>, List<Run>> convert) {
		List<List<List<Run>>> rows = new ArrayList<>();
		for (TableRow row : table.getRows()) {
			if (row.getRule() == null) {
				List<List<Run>> cells = new ArrayList<>();
				for (TableCell cell : row.getCells()) {
					cells.add(convert.apply(cell.getInlines()));
				}
				rows.add(cells);
			}
		}
		int width = TableShape.columns(table);
		for (List<List<Run>> row : rows) {
			while (row.size() < width) {
				row.add(List.of());
			}
		}
		List<Block.Alignment> alignments = new ArrayList<>();
		List<TableShape.Align> declared = TableShape.declaredAlignment(table);
		for (int column = 0; column < width; column++) {
			TableShape.Align rule = column < declared.size() ? declared.get(column) : TableShape.Align.NONE;
			alignments.add(switch (rule) {
				case LEFT -> Block.Alignment.LEFT;
				case RIGHT -> Block.Alignment.RIGHT;
				case CENTER -> Block.Alignment.CENTER;
				case NONE -> figures(rows, column) ? Block.Alignment.RIGHT : Block.Alignment.LEFT;
			});
		}
		Block.Row header = new Block.Row(rows.isEmpty() ? List.of() : rows.get(0));
		List<Block.Row> body = rows.stream().skip(1).map(Block.Row::new).toList();
		List<Run> caption = table.getCaption() == null ? List.of() : convert.apply(table.getCaption().getInlines());
		return new Block.Table(caption, header, body, alignments);
	}

	/** Whether every filled cell under the header in this column is a figure. */
	private static boolean figures(List<List<List<Run>>> rows, int column) {
		boolean any = false;
		for (List<List<Run>> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
			String text = Runs.plain(row.get(column)).strip();
			if (text.isEmpty() || text.equals("-") || text.equals("–")) {
				continue;
			}
			if (!FIGURE.matcher(text).matches() || YEAR.matcher(text).matches()) {
				return false; // a year names a row, it is not an amount
			}
			any = true;
		}
		return any;
	}
}
