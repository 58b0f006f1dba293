package nl.nota.docgen.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.nota.lang.imports.RemarkPlacer.Remark;

/**
 * The comments and tracked changes of a reviewed Word document, each with the text before it in its paragraph
 * (a comment also with the text it is attached to), so a remark can be put back in the note's source at the same
 * word and a change shown where it applies. Deleted text (tracked deletions) is not text of the paragraph;
 * inserted text is.
 */
public final class DocxComments {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private DocxComments() {
	}

	/**
	 * A tracked change in the reviewed document, not yet accepted or rejected: who proposes to insert or delete
	 * which text, and the text of its paragraph before it (without what is deleted).
	 */
	public record Edit(boolean inserted, String author, String text, String before) {
	}

	/**
	 * A paragraph's text as the document reads with its pending changes accepted, and whether it has any.
	 */
	public record Paragraph(String text, boolean pending) {
	}

	/**
	 * What a reviewer left in a document: comments, tracked changes and the paragraphs, each in the order of the
	 * text.
	 */
	public record Review(List<Remark> remarks, List<Edit> edits, List<Paragraph> paragraphs) {
	}

	/** The comments in the order of the text; throws IOException when the bytes are not a Word document. */
	public static List<Remark> read(byte[] docx) throws IOException {
		return review(docx).remarks();
	}

	/** The comments and tracked changes; throws IOException when the bytes are not a Word document. */
	public static Review review(byte[] docx) throws IOException {
		return DocxReader.open(docx, document -> {
			Review review = new Review(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			document.getBodyElements().forEach(element -> collect(element, document, review));
			return review;
		});
	}

	private static void collect(IBodyElement element, XWPFDocument document, Review review) {
		if (element instanceof XWPFParagraph paragraph) {
			paragraph(paragraph, document, review);
		} else if (element instanceof XWPFTable table) {
			table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getBodyElements()
					.forEach(inner -> collect(inner, document, review))));
		}
	}

	/** Walks the paragraph's XML in document order: text, where each comment's range starts and ends, changes. */
	private static void paragraph(XWPFParagraph paragraph, XWPFDocument document, Review review) {
		StringBuilder text = new StringBuilder();
		Map<String, Integer> starts = new HashMap<>();
		Map<String, Integer> ends = new HashMap<>();
		List<String> order = new ArrayList<>();
		int edits = review.edits().size();
		new Walk(text, starts, ends, order, review.edits()).walk(paragraph.getCTP().getDomNode());
		review.paragraphs().add(new Paragraph(text.toString(), review.edits().size() > edits));
		for (String id : order) {
			XWPFComment comment = document.getDocComments() == null ? null : document.getDocComments().getCommentByID(id);
			if (comment == null) {
				continue;
			}
			int end = ends.getOrDefault(id, text.length());
			int start = Math.min(starts.getOrDefault(id, end), end);
			review.remarks().add(new Remark(comment.getAuthor() == null ? "" : comment.getAuthor().strip(), comment.getText().strip(),
					text.substring(start, end).strip(), text.substring(0, start)));
		}
	}

	/** One paragraph's walk: its text so far, comment ranges, and the changes met. */
	private record Walk(StringBuilder text, Map<String, Integer> starts, Map<String, Integer> ends, List<String> order, List<Edit> edits) {

		void walk(Node node) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (!(child instanceof Element element) || !W.equals(element.getNamespaceURI())) {
					continue;
				}
				String id = element.getAttributeNS(W, "id");
				switch (element.getLocalName()) {
					case "t" -> text.append(text(element));
					case "tab" -> text.append(' ');
					case "footnoteReference" -> {
						// a footnote's text is elsewhere
					}
					case "ins" -> {
						String before = text.toString();
						walk(element);
						edits.add(new Edit(true, element.getAttributeNS(W, "author"), text.substring(before.length()), before));
					}
					case "del" -> {
						// deleted text is not text of the paragraph: it is the change's
						StringBuilder deleted = new StringBuilder();
						collectDeleted(element, deleted);
						edits.add(new Edit(false, element.getAttributeNS(W, "author"), deleted.toString(), text.toString()));
					}
					case "commentRangeStart" -> starts.put(id, text.length());
					case "commentRangeEnd" -> ends.put(id, text.length());
					case "commentReference" -> {
						ends.putIfAbsent(id, text.length());
						order.add(id);
					}
					default -> walk(element);
				}
			}
		}

		private static void collectDeleted(Node node, StringBuilder deleted) {
			for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
				if (child instanceof Element element && W.equals(element.getNamespaceURI())) {
					if (element.getLocalName().equals("delText")) {
						deleted.append(text(element));
					} else {
						collectDeleted(element, deleted);
					}
				}
			}
		}

		/** XMLBeans' DOM has no getTextContent (DOM level 3). */
		private static String text(Element element) {
			StringBuilder text = new StringBuilder();
			for (Node part = element.getFirstChild(); part != null; part = part.getNextSibling()) {
				if (part.getNodeType() == Node.TEXT_NODE || part.getNodeType() == Node.CDATA_SECTION_NODE) {
					text.append(part.getNodeValue());
				}
			}
			return text.toString();
		}
	}
}
