package nl.nota.workbench.help;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;
import org.osgi.framework.Bundle;

/**
 * The product's help system UI: Help › Help Contents opens the user guides that plug-ins contribute to
 * {@code org.eclipse.help.toc} (the Dutch guide of {@code nl.nota.ui}) in a window of its own, contents
 * left and the page right. The product has no help web application (that needs a servlet container and a
 * search index); in an Eclipse IDE the same guide appears in the IDE's own help system.
 */
public class GuideHelpUI extends AbstractHelpUI {

	/** The window's title; tests find the window by it. */
	public static final String TITLE = "Handleiding Nota Workbench";

	private Shell shell;
	private Tree contents;
	private Browser browser;

	@Override
	public void displayHelp() {
		ITopic first = firstTopic();
		show(first == null ? null : first.getHref());
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		IHelpResource[] related = context == null ? null : context.getRelatedTopics();
		show(related != null && related.length > 0 ? related[0].getHref() : null);
	}

	@Override
	public void displayHelpResource(String href) {
		show(href);
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	private void show(String href) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.syncExec(() -> {
			if (shell == null || shell.isDisposed()) {
				open(display);
			}
			shell.setVisible(true);
			shell.setMinimized(false);
			shell.forceActive();
			if (href != null) {
				navigate(href);
			}
		});
	}

	private void open(Display display) {
		Shell parent = display.getActiveShell();
		shell = parent == null ? new Shell(display, SWT.SHELL_TRIM) : new Shell(parent, SWT.SHELL_TRIM);
		shell.setText(TITLE);
		shell.setLayout(new FillLayout());
		SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
		contents = new Tree(sash, SWT.SINGLE | SWT.BORDER);
		for (IToc toc : HelpSystem.getTocs()) {
			TreeItem book = new TreeItem(contents, SWT.NONE);
			book.setText(toc.getLabel());
			book.setData(toc.getTopic(null) == null ? null : toc.getTopic(null).getHref());
			for (ITopic topic : toc.getTopics()) {
				add(book, topic);
			}
			book.setExpanded(true);
		}
		contents.addListener(SWT.Selection, event -> {
			if (event.item != null && event.item.getData() instanceof String href) {
				load(href);
			}
		});
		try {
			browser = new Browser(sash, SWT.NONE);
			browser.setJavascriptEnabled(false);
		} catch (SWTError | RuntimeException e) {
			browser = null; // no browser engine on this machine: pages open in the system's browser
		}
		sash.setWeights(1, 3);
		shell.setSize(1000, 720);
		shell.open();
	}

	private static void add(TreeItem parent, ITopic topic) {
		TreeItem item = new TreeItem(parent, SWT.NONE);
		item.setText(topic.getLabel());
		item.setData(topic.getHref());
		for (ITopic sub : topic.getSubtopics()) {
			add(item, sub);
		}
	}

	private void navigate(String href) {
		for (TreeItem book : contents.getItems()) {
			TreeItem found = find(book, href);
			if (found != null) {
				contents.setSelection(found);
				break;
			}
		}
		load(href);
	}

	private static TreeItem find(TreeItem item, String href) {
		if (href.equals(item.getData())) {
			return item;
		}
		for (TreeItem child : item.getItems()) {
			TreeItem found = find(child, href);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private void load(String href) {
		String url = fileUrl(href);
		if (url == null) {
			return;
		}
		if (browser != null) {
			browser.setUrl(url);
		} else {
			Program.launch(url);
		}
	}

	/**
	 * A help href ({@code /plugin.id/folder/page.html#anchor}) as a file URL. The page's whole folder is
	 * extracted from the plug-in's jar, so its style sheet and the links between pages work.
	 */
	static String fileUrl(String href) {
		String path = href.startsWith("/") ? href.substring(1) : href;
		int slash = path.indexOf('/');
		if (slash < 0) {
			return null;
		}
		Bundle bundle = Platform.getBundle(path.substring(0, slash));
		String page = path.substring(slash + 1);
		String anchor = "";
		int hash = page.indexOf('#');
		if (hash >= 0) {
			anchor = page.substring(hash);
			page = page.substring(0, hash);
		}
		int folderEnd = page.lastIndexOf('/');
		URL folder = bundle == null ? null : bundle.getEntry(folderEnd < 0 ? "/" : page.substring(0, folderEnd + 1));
		if (folder == null) {
			return null;
		}
		try {
			return FileLocator.toFileURL(folder).toExternalForm() + page.substring(folderEnd + 1) + anchor;
		} catch (IOException e) {
			return null;
		}
	}

	private static ITopic firstTopic() {
		for (IToc toc : HelpSystem.getTocs()) {
			ITopic start = toc.getTopic(null);
			if (start != null && start.getHref() != null) {
				return start;
			}
		}
		return null;
	}
}
