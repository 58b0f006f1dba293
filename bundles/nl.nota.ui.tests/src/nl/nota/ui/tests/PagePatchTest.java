package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.nota.ui.preview.PagePatch;

/** How the preview cuts a page into its blocks and what a patch from one page to the next holds. */
class PagePatchTest {

	private static String page(String head, String... blocks) {
		return "<!DOCTYPE html><html><head><title>" + head + "</title></head><body><div class=\"page letter\"><p class=\"x\">Betreft</p>"
				+ "<div class=\"body\">" + String.join("", blocks) + "</div><div class=\"closing\"><p>De minister</p></div></div></body></html>\n";
	}

	@Test
	void aPageIsCutIntoTheBlocksOfItsBody() {
		PagePatch.Parts parts = PagePatch.split(page("t", "<p>Een &lt;b&gt; <em>nadruk</em></p>", "<ul><li><p>a</p></li><li>b</li></ul>",
				"<p class=\"a&gt;b\" title=\"x > y\">c<br/>d</p>", "<hr/>", "<div class=\"signing-space\"></div>"));
		assertEquals(List.of("<p>Een &lt;b&gt; <em>nadruk</em></p>", "<ul><li><p>a</p></li><li>b</li></ul>",
				"<p class=\"a&gt;b\" title=\"x > y\">c<br/>d</p>", "<hr/>", "<div class=\"signing-space\"></div>"), parts.blocks());
		assertTrue(parts.head().endsWith("<div class=\"body\">"), parts.head());
		assertTrue(parts.tail().startsWith("</div><div class=\"closing\">"), parts.tail());
	}

	@Test
	void aPageWithoutOneBodyOfBlocksIsNotCut() {
		assertNull(PagePatch.split("<html><body><p>Voorbeeld</p></body></html>"), "a message page");
		assertNull(PagePatch.split(page("t", "<p>a</p>", "los", "<p>b</p>")), "text between the blocks");
		assertNull(PagePatch.split(page("t", "<p>a</p>") + "<div class=\"body\"></div>"), "two bodies");
		assertNull(PagePatch.split(page("t", "<p>a</p>", "<p>open")), "a block not closed");
	}

	@Test
	void aPatchReplacesOnlyTheChangedBlocks() {
		String before = page("t", "<p>een</p>", "<p>twee</p>", "<p>drie</p>", "<p>vier</p>");
		String after = page("t", "<p>een</p>", "<p>twee, herzien</p>", "<p>twee en een half</p>", "<p>drie</p>", "<p>vier</p>");
		String script = PagePatch.script(before, 7, after, 8);
		// in the body, after the first block: one block taken away, the two new ones put in; nothing else
		assertTrue(script.contains("r(b,1,1," + PagePatch.literal("<p>twee, herzien</p><p>twee en een half</p>") + ");"), script);
		assertFalse(script.contains("drie") || script.contains("vier") || script.contains("r(p,"), script);
		// the page checked first (its number, its parts, its blocks), and numbered anew
		assertTrue(script.contains("p.children.length!==3||b.children.length!==4){document.title='nota-patch-failed 8';return;}"), script);
		assertTrue(script.contains("'" + PagePatch.PAGE_ATTRIBUTE + "')!=='7'") && script.contains("'" + PagePatch.PAGE_ATTRIBUTE + "','8'"), script);
		assertTrue(script.endsWith("document.title='nota-patch 8';})();"), script);
	}

	@Test
	void aPatchSaysByThePagesTitleWhetherItRan() {
		assertEquals(8, PagePatch.patched("nota-patch 8"));
		assertEquals(-8, PagePatch.patched("nota-patch-failed 8"));
		assertEquals(0, PagePatch.patched("Kamerbrief: Geannoteerde agenda"));
		assertEquals(0, PagePatch.patched("nota-patch over de begroting"));
		assertEquals(0, PagePatch.patched(null));
	}

	@Test
	void aChangedPartAroundTheBodyIsReplacedWithoutTheBody() {
		String before = page("t", "<p>een</p>", "<p>twee</p>");
		String script = PagePatch.script(before, 1, before.replace("De minister", "De staatssecretaris").replace("twee", "drie"), 2);
		assertTrue(script.contains("r(p,2,1," + PagePatch.literal("<div class=\"closing\"><p>De staatssecretaris</p></div>") + ");"), script);
		assertTrue(script.contains("r(b,1,1," + PagePatch.literal("<p>drie</p>") + ");"), script);
		assertFalse(script.contains("een"), script);
	}

	@Test
	void aChangeOfThePagesHeadOrOnBothSidesOfTheBodyLoadsThePageWhole() {
		String before = page("Betreft a", "<p>een</p>");
		assertNull(PagePatch.script(before, 1, page("Betreft b", "<p>een</p>"), 2), "the head changed");
		assertNull(PagePatch.script(before, 1, before.replace("De minister", "De staatssecretaris").replace(">Betreft<", ">Onderwerp<"), 2),
				"parts before and after the body");
		assertNull(PagePatch.script(before, 1, PagePatch.numbered(before, 1).replace("<div class=\"page letter\">", "<div>"), 2), "no page");
	}

	@Test
	void theNumberGoesOnTheBodyElement() {
		assertEquals("<html><body data-nota-page=\"3\"><p>a</p></body></html>", PagePatch.numbered("<html><body><p>a</p></body></html>", 3));
	}

	@Test
	void textBecomesAStringLiteralThatCannotEndTheScript() {
		assertEquals("'a\\'b\\\\c\\nd\\r\\x3c/script>\\u2028\\u0001é'", PagePatch.literal("a'b\\c\nd\r</script>\u2028\u0001é"));
	}
}
