package nl.nota.docgen.tests;

import java.util.List;
import java.util.stream.Collectors;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;

/** A plain-text outline of a document model, for golden files a person can read and review. */
final class DocumentDump {

	private DocumentDump() {
	}

	static String dump(GeneratedDocument document) {
		StringBuilder out = new StringBuilder();
		out.append("kind: ").append(document.kind()).append('\n');
		out.append("title: ").append(runs(document.title())).append('\n');
		out.append("style: ").append(document.style().id()).append('\n');
		out.append("classification: ").append(document.isClassified() ? runs(document.classification()) : "null").append('\n');
		out.append("draft: ").append(document.draftRemarks()).append('\n');
		out.append("audience: ").append(document.audience()).append('\n');
		document.addressLines().forEach(line -> out.append("address: ").append(runs(line)).append('\n'));
		for (Entry entry : document.headerEntries()) {
			out.append("entry: ").append(entry.label()).append(" = ").append(runs(entry.value())).append('\n');
		}
		for (Reference reference : document.referenceColumn()) {
			out.append("reference: ").append(reference.label() == null ? "-" : reference.label()).append(" = ")
					.append(reference.lines().stream().map(DocumentDump::runs).collect(Collectors.joining(" / "))).append('\n');
		}
		for (Block block : document.body()) {
			block(block, "  ", out);
		}
		document.closing().forEach(line -> out.append("closing: ").append(runs(line)).append('\n'));
		return out.toString();
	}

	private static void block(Block block, String indent, StringBuilder out) {
		switch (block) {
			case Block.Heading heading -> out.append("#".repeat(heading.level())).append(' ').append(runs(heading.runs())).append('\n');
			case Block.Paragraph paragraph -> out.append(indent).append(runs(paragraph.runs())).append('\n');
			case Block.BulletList list -> list.items().forEach(item -> {
				out.append(indent).append("- ").append(runs(item.runs())).append('\n');
				item.nested().forEach(nested -> block(nested, indent + "  ", out));
			});
			case Block.NumberedList list -> {
				for (int i = 0; i < list.items().size(); i++) {
					String number = list.numbering() == Block.Numbering.DECIMAL ? String.valueOf(i + 1) : String.valueOf((char) ('a' + i));
					out.append(indent).append(number).append(". ").append(runs(list.items().get(i).runs())).append('\n');
					list.items().get(i).nested().forEach(nested -> block(nested, indent + "  ", out));
				}
			}
			case Block.Table table -> {
				if (!table.caption().isEmpty()) {
					out.append(indent).append("tabel: ").append(runs(table.caption())).append('\n');
				}
				out.append(indent).append(table.columns()).append('\n');
				out.append(indent).append("| ").append(table.header().cells().stream().map(DocumentDump::runs).collect(Collectors.joining(" | ")))
						.append(" |\n");
				table.rows().forEach(row -> out.append(indent).append("| ")
						.append(row.cells().stream().map(DocumentDump::runs).collect(Collectors.joining(" | "))).append(" |\n"));
			}
		}
	}

	static String runs(List<Run> runs) {
		return runs.stream().map(run -> switch (run) {
			case Run.Text text when text.emphasis() -> "_" + text.text() + "_";
			case Run.Text text -> text.text();
			case Run.Redacted redacted -> "[[" + redacted.ground() + "]]";
			case Run.Placeholder placeholder -> "<<" + placeholder.description() + ">>";
			case Run.Marked marked -> "{{" + marked.text() + "|" + marked.ground() + "}}";
			case Run.Footnote footnote -> "^[" + runs(footnote.content()) + "]";
			case Run.Link link -> "<" + link.text() + "->" + link.target() + ">";
			case Run.Revision revision when revision.inserted() -> "{+" + runs(revision.runs()) + "+}";
			case Run.Revision revision -> "[-" + runs(revision.runs()) + "-]";
			case Run.Comment comment -> "((" + runs(List.of(comment.anchor())) + "|" + comment.author() + ": " + comment.remark() + "))";
		}).collect(Collectors.joining());
	}
}
