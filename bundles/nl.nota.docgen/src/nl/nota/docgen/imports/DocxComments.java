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
 * The comments of a reviewed Word document, each with the text it is attached to and the text before that in
 * its paragraph, so the remark can be put back in the note's source at the same word. Deleted text (tracked
 * deletions) is not text here; inserted text is.
 */
public final class DocxComments {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private DocxComments() {
	}

	/** The comments in the order of the text; throws IOException when the bytes are not a Word document. */
	public static List<Remark> read(byte[] docx) throws IOException {
		return DocxReader.open(docx, document -> {
			List<Remark> remarks = new ArrayList<>();
			if (document.getDocComments() != null) {
				document.getBodyElements().forEach(element -> collect(element, document, remarks));
			}
			return remarks;
		});
	}

	private static void collect(IBodyElement element, XWPFDocument document, List<Remark> remarks) {
		if (element instanceof XWPFParagraph paragraph) {
			paragraph(paragraph, document, remarks);
		} else if (element instanceof XWPFTable table) {
			table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getBodyElements()
					.forEach(inner -> collect(inner, document, remarks))));
		}
	}

	/** Walks the paragraph's XML in document order: text, and where each comment's range starts and ends. */
	private static void paragraph(XWPFParagraph paragraph, XWPFDocument document, List<Remark> remarks) {
		StringBuilder text = new StringBuilder();
		Map<String, Integer> starts = new HashMap<>();
		Map<String, Integer> ends = new HashMap<>();
		List<String> order = new ArrayList<>();
		walk(paragraph.getCTP().getDomNode(), text, starts, ends, order);
		for (String id : order) {
			XWPFComment comment = document.getDocComments().getCommentByID(id);
			if (comment == null) {
				continue;
			}
			int end = ends.getOrDefault(id, text.length());
			int start = Math.min(starts.getOrDefault(id, end), end);
			remarks.add(new Remark(comment.getAuthor() == null ? "" : comment.getAuthor().strip(), comment.getText().strip(),
					text.substring(start, end).strip(), text.substring(0, start)));
		}
	}

	private static void walk(Node node, StringBuilder text, Map<String, Integer> starts, Map<String, Integer> ends, List<String> order) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element element) || !W.equals(element.getNamespaceURI())) {
				continue;
			}
			String id = element.getAttributeNS(W, "id");
			switch (element.getLocalName()) {
				case "t" -> {
					// XMLBeans' DOM has no getTextContent (DOM level 3)
					for (Node part = element.getFirstChild(); part != null; part = part.getNextSibling()) {
						if (part.getNodeType() == Node.TEXT_NODE || part.getNodeType() == Node.CDATA_SECTION_NODE) {
							text.append(part.getNodeValue());
						}
					}
				}
				case "tab" -> text.append(' ');
				case "del", "delText", "footnoteReference" -> {
					// deleted text is not text; a footnote's text is elsewhere
				}
				case "commentRangeStart" -> starts.put(id, text.length());
				case "commentRangeEnd" -> ends.put(id, text.length());
				case "commentReference" -> {
					ends.putIfAbsent(id, text.length());
					order.add(id);
				}
				default -> walk(element, text, starts, ends, order);
			}
		}
	}
}
