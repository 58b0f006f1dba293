package nl.nota.docgen.tests.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** What every output must satisfy, whatever the note held. */
final class OutputChecks {

	private static final Set<String> HTML_ELEMENTS = Set.of("html", "head", "meta", "title", "style", "body", "div", "p", "table",
			"tr", "td", "th", "h1", "h2", "h3", "ul", "ol", "li", "em", "span", "sup", "img", "br", "a", "caption", "thead", "tbody");
	private static final Set<String> HTML_ATTRIBUTES = Set.of("xmlns", "lang", "xml:lang", "charset", "name", "content", "class",
			"title", "alt", "src", "style", "href", "id", "aria-label", "role", "scope", "http-equiv");
	/** Where a link in any output may lead: the web, e-mail, or a footnote of the same document. */
	private static final java.util.regex.Pattern SAFE_TARGET = java.util.regex.Pattern.compile("(https?://|mailto:|#voetnoot)[^\\s\"<>]*");

	private OutputChecks() {
	}

	/** No readable part of any public file holds the secret, in any letter case. */
	static void nothingPublished(Trial.Outputs outputs, String secret, String context) throws IOException {
		for (Map.Entry<String, byte[]> file : outputs.publicFiles().entrySet()) {
			for (Map.Entry<String, String> readable : OutputReader.readable(file.getKey(), file.getValue()).entrySet()) {
				if (readable.getValue().toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT))) {
					fail("The redacted " + secret + " is published in " + readable.getKey() + " (" + context + ")");
				}
			}
		}
	}

	/** The file parses in its format; HTML holds only what the renderer writes. */
	static void wellFormed(String name, byte[] bytes, String context) throws Exception {
		String where = name + " (" + context + ")";
		if (name.endsWith(".docx") || name.endsWith(".odt")) {
			for (Map.Entry<String, byte[]> entry : OutputReader.zipEntries(bytes).entrySet()) {
				if (entry.getKey().endsWith(".xml") || entry.getKey().endsWith(".rels")) {
					org.w3c.dom.Document xml = parse(entry.getValue(), name + "!" + entry.getKey() + " (" + context + ")");
					safeTargets(xml, "Relationship", "Target", name + "!" + entry.getKey() + " (" + context + ")");
					safeTargets(xml, "text:a", "xlink:href", name + "!" + entry.getKey() + " (" + context + ")");
				}
			}
		} else if (name.endsWith(".html")) {
			org.w3c.dom.Document html = parse(bytes, where);
			boolean policy = false;
			NodeList all = html.getElementsByTagName("*");
			for (int i = 0; i < all.getLength(); i++) {
				Element element = (Element) all.item(i);
				assertTrue(HTML_ELEMENTS.contains(element.getTagName()), () -> "element <" + element.getTagName() + "> in " + where);
				NamedNodeMap attributes = element.getAttributes();
				for (int a = 0; a < attributes.getLength(); a++) {
					Attr attribute = (Attr) attributes.item(a);
					assertTrue(HTML_ATTRIBUTES.contains(attribute.getName()), () -> "attribute " + attribute.getName() + " in " + where);
				}
				if (element.hasAttribute("href")) {
					assertTrue(SAFE_TARGET.matcher(element.getAttribute("href")).matches(), () -> "href " + element.getAttribute("href") + " in " + where);
				}
				if (element.hasAttribute("http-equiv")) {
					// only the renderer's own rules: no script, nothing fetched
					assertTrue(element.getAttribute("http-equiv").equals("Content-Security-Policy")
							&& element.getAttribute("content").equals(nl.nota.docgen.render.HtmlRenderer.CONTENT_SECURITY_POLICY),
							() -> "meta " + element.getAttribute("http-equiv") + " " + element.getAttribute("content") + " in " + where);
					policy = true;
				}
				if (element.hasAttribute("src")) {
					assertTrue(element.getAttribute("src").startsWith("data:image/"), () -> "src " + element.getAttribute("src") + " in " + where);
				}
				if (element.hasAttribute("style")) {
					// the renderer writes only measures: the logo's size and its indent
					assertTrue(element.getAttribute("style").matches("height: \\d+(\\.\\d+)?mm; width: \\d+(\\.\\d+)?mm|padding-left: \\d+(\\.\\d+)?mm"),
							() -> "style " + element.getAttribute("style") + " in " + where);
				}
			}
			assertTrue(policy, () -> "no Content-Security-Policy in " + where);
			// as an HTML parser reads a style element: raw text up to "</"; no imports or resources
			NodeList styles = html.getElementsByTagName("style");
			for (int i = 0; i < styles.getLength(); i++) {
				String css = styles.item(i).getTextContent();
				assertTrue(!css.contains("</") && !css.contains("@import") && !css.contains("url(") && !css.contains("<"),
						() -> "style sheet with markup or resources in " + where + ":\n" + css);
			}
		} else if (name.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				assertTrue(pdf.getNumberOfPages() > 0, () -> "no pages in " + where);
			}
		}
	}

	/** Every external link of a DOCX (a relationship with target mode External) or an ODT (text:a) leads somewhere safe. */
	private static void safeTargets(org.w3c.dom.Document xml, String element, String attribute, String where) {
		NodeList links = xml.getElementsByTagName(element);
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			boolean external = element.equals("text:a") || "External".equals(link.getAttribute("TargetMode"));
			String target = link.getAttribute(attribute);
			assertTrue(!external || SAFE_TARGET.matcher(target).matches(), () -> element + " to " + target + " in " + where);
		}
	}

	static org.w3c.dom.Document parse(byte[] xml, String where) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", !new String(xml, 0, Math.min(xml.length, 64),
					StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		} catch (Exception e) {
			return fail("not well-formed: " + where + ": " + e.getMessage());
		}
	}

}
