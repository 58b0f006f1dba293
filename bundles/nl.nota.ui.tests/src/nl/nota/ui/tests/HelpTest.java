package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** Help › Help Contents: the Dutch user guide, its contents and its pages. */
class HelpTest {

	private static final String TITLE = "Handleiding Nota Workbench";

	@Test
	void theGuideIsInTheHelpSystemAndEveryPageAndLinkExists() throws IOException {
		IToc guide = Arrays.stream(HelpSystem.getTocs()).filter(toc -> TITLE.equals(toc.getLabel())).findFirst().orElse(null);
		assertNotNull(guide, "the guide's table of contents");
		List<String> labels = Arrays.stream(guide.getTopics()).map(ITopic::getLabel).toList();
		for (String subject : List.of("Aan de slag", "Een nota schrijven", "Notasoorten", "Huisstijlen en ministeries",
				"Woo: lakken en publiceren", "Schrijfhulp", "Documenten maken")) {
			assertTrue(labels.contains(subject), subject + " in " + labels);
		}
		Bundle ui = Platform.getBundle("nl.nota.ui");
		List<String> pages = new ArrayList<>(Arrays.stream(guide.getTopics()).map(ITopic::getHref).toList());
		pages.add(guide.getTopic(null).getHref());
		for (String href : pages) {
			assertTrue(href.startsWith("/nl.nota.ui/help/"), href);
			URL page = ui.getEntry(href.substring("/nl.nota.ui".length()));
			assertNotNull(page, href);
			String html;
			try (InputStream in = page.openStream()) {
				html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertTrue(html.contains("<html lang=\"nl\">"), href + " is Dutch");
			Matcher link = Pattern.compile("href=\"([^\"#:]+)\"").matcher(html);
			while (link.find()) {
				assertNotNull(ui.getEntry("help/" + link.group(1)), href + " links to " + link.group(1));
			}
		}
	}

	@Test
	void helpContentsOpensTheGuideWithItsContentsAndFirstPage() throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.helpContents", null);
		Shell[] window = new Shell[1];
		Workbench.waitUntil(() -> (window[0] = shell(TITLE)) != null, "the guide's window");
		try {
			Tree contents = find(window[0], Tree.class);
			TreeItem book = Arrays.stream(contents.getItems()).filter(item -> TITLE.equals(item.getText())).findFirst().orElseThrow();
			assertTrue(book.getItemCount() >= 7, "the guide's topics: " + book.getItemCount());
			Browser browser = find(window[0], Browser.class);
			Workbench.waitUntil(() -> browser.getUrl().endsWith("/help/index.html"), "the guide's first page, not " + browser.getUrl());

			// choosing a topic shows its page
			TreeItem woo = Arrays.stream(book.getItems()).filter(item -> item.getText().startsWith("Woo")).findFirst().orElseThrow();
			contents.setSelection(woo);
			Event selection = new Event();
			selection.item = woo;
			contents.notifyListeners(SWT.Selection, selection);
			Workbench.waitUntil(() -> browser.getUrl().endsWith("/help/woo.html"), "the Woo page, not " + browser.getUrl());
			// (the browser runs without JavaScript, so it cannot hand its text back) the page it shows is the file,
			// taken out of the plug-in's jar with the folder's style sheet beside it
			URL shown = new URL(browser.getUrl());
			assertEquals("file", shown.getProtocol());
			try (InputStream in = shown.openStream()) {
				assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("{lak 5.1.2e: J. de Vries}"));
			}
			assertTrue(new java.io.File(new java.io.File(shown.getPath()).getParentFile(), "stijl.css").isFile(), "the style sheet");

			// asking again brings the same window to the front
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.helpContents", null);
			assertEquals(1, Arrays.stream(Display.getCurrent().getShells()).filter(shell -> TITLE.equals(shell.getText())).count());
		} finally {
			window[0].close();
		}
	}

	private static Shell shell(String title) {
		return Arrays.stream(Display.getCurrent().getShells()).filter(shell -> title.equals(shell.getText()) && shell.isVisible())
				.findFirst().orElse(null);
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
