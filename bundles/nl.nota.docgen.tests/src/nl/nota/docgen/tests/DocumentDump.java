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
			switch (block) {
				case Block.Heading heading -> out.append("#".repeat(heading.level())).append(' ').append(runs(heading.runs())).append('\n');
				case Block.Paragraph paragraph -> out.append("  ").append(runs(paragraph.runs())).append('\n');
				case Block.BulletList list -> list.items().forEach(item -> out.append("  - ").append(runs(item)).append('\n'));
				case Block.NumberedList list -> {
					for (int i = 0; i < list.items().size(); i++) {
						String number = list.numbering() == Block.Numbering.DECIMAL ? String.valueOf(i + 1) : String.valueOf((char) ('a' + i));
						out.append("  ").append(number).append(". ").append(runs(list.items().get(i))).append('\n');
					}
				}
			}
		}
		document.closing().forEach(line -> out.append("closing: ").append(runs(line)).append('\n'));
		return out.toString();
	}

	static String runs(List<Run> runs) {
		return runs.stream().map(run -> switch (run) {
			case Run.Text text when text.emphasis() -> "_" + text.text() + "_";
			case Run.Text text -> text.text();
			case Run.Redacted redacted -> "[[" + redacted.ground() + "]]";
			case Run.Placeholder placeholder -> "<<" + placeholder.description() + ">>";
			case Run.Marked marked -> "{{" + marked.text() + "|" + marked.ground() + "}}";
		}).collect(Collectors.joining());
	}
}
