package nl.nota.lang.model;

import java.util.ArrayList;
import java.util.List;

import nl.nota.lang.nota.Table;
import nl.nota.lang.nota.TableRow;

/** The shape of a table in a note: its number of columns, and the alignment its rule line declares. */
public final class TableShape {

	private TableShape() {
	}

	public enum Align {
		NONE, LEFT, RIGHT, CENTER
	}

	/** The number of columns: the cells of the header row (the first row that is not a rule). */
	public static int columns(Table table) {
		return table.getRows().stream().filter(row -> row.getRule() == null).findFirst().map(row -> row.getCells().size()).orElse(0);
	}

	/** Per column of the first rule line: ":--" left, "--:" right, ":-:" centred, "---" as the content decides. */
	public static List<Align> declaredAlignment(Table table) {
		List<Align> alignments = new ArrayList<>();
		for (TableRow row : table.getRows()) {
			if (row.getRule() != null) {
				String rule = row.getRule().strip();
				if (rule.startsWith("|")) {
					rule = rule.substring(1);
				}
				if (rule.endsWith("|")) {
					rule = rule.substring(0, rule.length() - 1);
				}
				for (String column : rule.split("\\|", -1)) {
					String c = column.strip();
					boolean left = c.startsWith(":");
					boolean right = c.endsWith(":");
					alignments.add(left && right ? Align.CENTER : right ? Align.RIGHT : left ? Align.LEFT : Align.NONE);
				}
				break;
			}
		}
		return alignments;
	}
}
