package nl.nota.docgen.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import nl.nota.docgen.model.Block;
import nl.nota.docgen.model.Entry;
import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.model.GeneratedDocument.Kind;
import nl.nota.docgen.model.Reference;
import nl.nota.docgen.model.Run;
import nl.nota.docgen.model.Runs;
import nl.nota.docgen.render.HtmlRenderer;
import nl.nota.docgen.style.HouseStyles;

class HtmlRendererTest {

	private static GeneratedDocument letter(String hostile) {
		return new GeneratedDocument(Kind.LETTER, Runs.of(hostile), HouseStyles.builtIn().find("defensie").orElseThrow(),
				List.of(), List.of(Runs.of("Aan " + hostile)), List.of(Entry.of("Betreft", hostile)),
				List.of(Reference.of(hostile, List.of(hostile))),
				List.of(new Block.Heading(1, Runs.of(hostile)), new Block.Paragraph(List.of(Run.text(hostile), new Run.Redacted("5.1.2e"))),
						new Block.BulletList(List.of(Block.Item.of(List.of(new Run.Text(hostile, true)))))),
				List.of(Runs.of(hostile)), List.of(), GeneratedDocument.Audience.PUBLIC);
	}

	@Test
	void textIsEscapedAndThePageIsSelfContained() throws Exception {
		String hostile = "<script>alert('x')</script> & \"quotes\" <img src=http://example.org/x.png>";
		String html = new HtmlRenderer().render(letter(hostile));
		assertFalse(html.contains("<img src=http"), html);
		assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quotes\""), html);
		// well-formed XHTML (the PDF renderer parses the same markup as XML) without scripts or external resources
		org.w3c.dom.Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		for (String element : List.of("script", "link", "iframe", "object")) {
			assertEquals(0, dom.getElementsByTagName(element).getLength(), element);
		}
		org.w3c.dom.NodeList all = dom.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
			assertFalse(element.hasAttribute("href"), element.getTagName());
			assertTrue(!element.hasAttribute("src") || element.getAttribute("src").startsWith("data:"), element.getTagName());
		}
	}

	@Test
	void aLettersConceptBannerIsOneLineInThePageHeadANotasIsWhole() {
		GeneratedDocument letter = letter("Tekst");
		List<String> remarks = List.of("in te vullen: aan, kenmerk, de datum van het commissiedebat, het bedrag per school",
				"ontbreekt: sectie Kernpunten");
		GeneratedDocument draft = new GeneratedDocument(Kind.LETTER, letter.title(), letter.style(), letter.classification(),
				letter.addressLines(), letter.headerEntries(), letter.referenceColumn(), letter.body(), letter.closing(), remarks,
				letter.audience());
		String banner = draft.draftBanner();
		assertTrue(banner.startsWith("CONCEPT — onvolledig: in te vullen: aan, kenmerk,") && banner.endsWith(" …")
				&& banner.length() <= 100, banner);
		// in the page head, before the logo: the letterhead below it keeps its place
		String html = new HtmlRenderer().render(draft);
		int head = html.indexOf("<div class=\"pagehead\">");
		assertTrue(head >= 0 && html.indexOf("<p class=\"draft\">", head) == head + "<div class=\"pagehead\">".length(), html);
		GeneratedDocument nota = new GeneratedDocument(Kind.NOTA, letter.title(), letter.style(), letter.classification(),
				List.of(), letter.headerEntries(), List.of(), letter.body(), letter.closing(), remarks, letter.audience());
		assertEquals("CONCEPT — onvolledig: " + String.join(", ", remarks), nota.draftBanner());
	}

	@Test
	void aRedactionShowsItsGroundOnly() {
		String html = new HtmlRenderer().render(letter("Tekst"));
		assertTrue(html.contains("<span class=\"redacted\" title=\"Gelakt op grond van artikel 5.1.2e Woo\">5.1.2e</span>"), html);
	}
}
