package nl.nota.docgen.transform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.docgen.model.Run.Revision.Change;
import nl.nota.lang.model.Sequences;

/**
 * The document as it is now, with what changed since an earlier version of the same document marked as
 * revisions ({@code nota generate --compare}): per word within a paragraph, point, cell or line; a block,
 * point or row that is new or gone as a whole. It compares the documents as generated for their audience, so
 * a public comparison holds only what both public versions show: a deleted redaction is a deleted box with its
 * ground, never the text.
 */
public final class Redline {

	/** A word with the blanks after it, or the blanks at the start. */
	private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+\\s*");

	private final String author;
	private final Instant time;

	private Redline(String author, Instant time) {
		this.author = author;
		this.time = time;
	}

	/** {@code now} with its changes against {@code old} (documents of the same kind and audience). */
	public static GeneratedDocument compare(GeneratedDocument old, GeneratedDocument now, String author, Instant time) {
		if (old.kind() != now.kind() || old.audience() != now.audience()) {
			throw new IllegalArgumentException("Only documents of one kind and audience can be compared");
		}
		Redline redline = new Redline(author, time);
		return new GeneratedDocument(now.kind(), redline.runs(old.title(), now.title()), now.style(),
				redline.runs(old.classification(), now.classification()), redline.lines(old.addressLines(), now.addressLines()),
				redline.entries(old.headerEntries(), now.headerEntries()), redline.references(old.referenceColumn(), now.referenceColumn()),
				redline.blocks(old.body(), now.body()), redline.lines(old.closing(), now.closing()), now.draftRemarks(), now.audience());
	}

	// ---- sequences: what stays, what is paired as changed, what is gone or new as a whole

	/**
	 * Walks two lists aligned on equal elements; between two equal ones, the old and new elements are paired in
	 * order while {@code pairable}, the rest is deleted and inserted whole.
	 */
	private <T> List<T> merge(List<T> old, List<T> now, BiPredicate<T, T> pairable, BiFunction<T, T, T> changed, Function<T, T> deleted,
			Function<T, T> inserted) {
		List<T> result = new ArrayList<>();
		int i = 0;
		int j = 0;
		List<int[]> pairs = new ArrayList<>(Sequences.aligned(old, now, Objects::equals));
		pairs.add(new int[] { old.size(), now.size() });
		for (int[] pair : pairs) {
			while (i < pair[0] && j < pair[1] && pairable.test(old.get(i), now.get(j))) {
				result.add(changed.apply(old.get(i++), now.get(j++)));
			}
			while (i < pair[0]) {
				result.add(deleted.apply(old.get(i++)));
			}
			while (j < pair[1]) {
				result.add(inserted.apply(now.get(j++)));
			}
			if (pair[0] < old.size()) {
				result.add(now.get(j));
				i++;
				j++;
			}
		}
		return result;
	}

	private List<List<Run>> lines(List<List<Run>> old, List<List<Run>> now) {
		return merge(old, now, (a, b) -> true, this::runs, runs -> whole(Change.DELETED, runs), runs -> whole(Change.INSERTED, runs));
	}

	private List<Entry> entries(List<Entry> old, List<Entry> now) {
		return merge(old, now, (a, b) -> a.label().equals(b.label()), (a, b) -> new Entry(b.label(), runs(a.value(), b.value()), b.subject()),
				entry -> new Entry(entry.label(), whole(Change.DELETED, entry.value()), entry.subject()),
				entry -> new Entry(entry.label(), whole(Change.INSERTED, entry.value()), entry.subject()));
	}

	private List<Reference> references(List<Reference> old, List<Reference> now) {
		return merge(old, now, (a, b) -> Objects.equals(a.label(), b.label()), (a, b) -> new Reference(b.label(), lines(a.lines(), b.lines())),
				reference -> new Reference(reference.label(), reference.lines().stream().map(line -> whole(Change.DELETED, line)).toList()),
				reference -> new Reference(reference.label(), reference.lines().stream().map(line -> whole(Change.INSERTED, line)).toList()));
	}

	private List<Block> blocks(List<Block> old, List<Block> now) {
		return merge(old, now, Redline::sameShape, this::block, block -> whole(Change.DELETED, block), block -> whole(Change.INSERTED, block));
	}

	/** Blocks whose text can be compared word for word: the same kind (and level, numbering, columns). */
	private static boolean sameShape(Block a, Block b) {
		return switch (a) {
			case Block.Heading h -> b instanceof Block.Heading other && other.level() == h.level();
			case Block.Paragraph p -> b instanceof Block.Paragraph;
			case Block.BulletList l -> b instanceof Block.BulletList;
			case Block.NumberedList l -> b instanceof Block.NumberedList other && other.numbering() == l.numbering();
			case Block.Table t -> b instanceof Block.Table other && other.columns().size() == t.columns().size();
		};
	}

	private Block block(Block old, Block now) {
		return switch (now) {
			case Block.Heading heading -> new Block.Heading(heading.level(), runs(((Block.Heading) old).runs(), heading.runs()));
			case Block.Paragraph paragraph -> new Block.Paragraph(runs(((Block.Paragraph) old).runs(), paragraph.runs()));
			case Block.BulletList list -> new Block.BulletList(items(((Block.BulletList) old).items(), list.items()));
			case Block.NumberedList list -> new Block.NumberedList(list.numbering(), items(((Block.NumberedList) old).items(), list.items()));
			case Block.Table table -> {
				Block.Table before = (Block.Table) old;
				yield new Block.Table(runs(before.caption(), table.caption()), row(before.header(), table.header()),
						merge(before.rows(), table.rows(), (a, b) -> true, this::row, row -> whole(Change.DELETED, row),
								row -> whole(Change.INSERTED, row)),
						table.columns());
			}
		};
	}

	private List<Block.Item> items(List<Block.Item> old, List<Block.Item> now) {
		return merge(old, now, (a, b) -> true, (a, b) -> new Block.Item(runs(a.runs(), b.runs()), blocks(a.nested(), b.nested())),
				item -> whole(Change.DELETED, item), item -> whole(Change.INSERTED, item));
	}

	private Block.Row row(Block.Row old, Block.Row now) {
		List<List<Run>> cells = new ArrayList<>();
		for (int c = 0; c < now.cells().size(); c++) {
			cells.add(c < old.cells().size() ? runs(old.cells().get(c), now.cells().get(c)) : whole(Change.INSERTED, now.cells().get(c)));
		}
		return new Block.Row(cells);
	}

	// ---- wholes: a block, item, row or line that is new or gone

	private Block whole(Change change, Block block) {
		return switch (block) {
			case Block.Heading heading -> new Block.Heading(heading.level(), whole(change, heading.runs()));
			case Block.Paragraph paragraph -> new Block.Paragraph(whole(change, paragraph.runs()));
			case Block.BulletList list -> new Block.BulletList(list.items().stream().map(item -> whole(change, item)).toList());
			case Block.NumberedList list -> new Block.NumberedList(list.numbering(), list.items().stream().map(item -> whole(change, item)).toList());
			case Block.Table table -> new Block.Table(whole(change, table.caption()), whole(change, table.header()),
					table.rows().stream().map(row -> whole(change, row)).toList(), table.columns());
		};
	}

	private Block.Item whole(Change change, Block.Item item) {
		return new Block.Item(whole(change, item.runs()), item.nested().stream().map(block -> whole(change, block)).toList());
	}

	private Block.Row whole(Change change, Block.Row row) {
		return new Block.Row(row.cells().stream().map(cell -> whole(change, cell)).toList());
	}

	private List<Run> whole(Change change, List<Run> runs) {
		return runs.isEmpty() ? runs : List.of(new Run.Revision(change, runs, author, time));
	}

	// ---- words

	/** The new runs with the words deleted since the old ones and the words inserted marked. */
	private List<Run> runs(List<Run> old, List<Run> now) {
		if (old.equals(now)) {
			return now;
		}
		List<Run> before = tokens(old);
		List<Run> after = tokens(now);
		List<Run> result = new ArrayList<>();
		List<Run> deleted = new ArrayList<>();
		List<Run> inserted = new ArrayList<>();
		int i = 0;
		int j = 0;
		List<int[]> pairs = new ArrayList<>(Sequences.aligned(before, after, Redline::sameWord));
		pairs.add(new int[] { before.size(), after.size() });
		for (int[] pair : pairs) {
			while (i < pair[0]) {
				deleted.add(before.get(i++));
			}
			while (j < pair[1]) {
				inserted.add(after.get(j++));
			}
			flush(Change.DELETED, deleted, result);
			flush(Change.INSERTED, inserted, result);
			if (pair[0] < before.size()) {
				result.add(after.get(j));
				i++;
				j++;
			}
		}
		return Runs.joined(result);
	}

	private void flush(Change change, List<Run> tokens, List<Run> result) {
		if (!tokens.isEmpty()) {
			result.add(new Run.Revision(change, Runs.joined(tokens), author, time));
			tokens.clear();
		}
	}

	/** Text runs split into words (each with the blanks after it); every other run is one token. */
	private static List<Run> tokens(List<Run> runs) {
		List<Run> tokens = new ArrayList<>();
		for (Run run : runs) {
			if (run instanceof Run.Text text) {
				Matcher word = TOKEN.matcher(text.text());
				while (word.find()) {
					tokens.add(new Run.Text(word.group(), text.emphasis()));
				}
			} else {
				tokens.add(run);
			}
		}
		return tokens;
	}

	/** The same word, whatever blank follows it ("dit " at the end of a line, "dit" at the end of the text). */
	private static boolean sameWord(Run a, Run b) {
		if (a instanceof Run.Text x && b instanceof Run.Text y) {
			return x.emphasis() == y.emphasis() && x.text().strip().equals(y.text().strip());
		}
		return a.equals(b);
	}
}
