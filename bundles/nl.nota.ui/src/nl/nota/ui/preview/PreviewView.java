package nl.nota.ui.preview;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationListener;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.part.ViewPart;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.render.Format;
import nl.nota.docgen.render.HtmlRenderer;
import nl.nota.docgen.transform.NoteTransformer;
import nl.nota.lang.model.NoteFolders;
import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.builder.NoteGenerator;
import nl.nota.ui.editor.NotaAnalysis;
import nl.nota.ui.editor.NotaEditor;

/**
 * A live preview of the active nota editor's note, as HTML in the SWT Browser: the same document model and
 * house style as the DOCX and PDF. Updated when the editor's analysis changes (as the writer types, after
 * the reconciler's pause) and on save, by changing only what changed in the page the browser shows
 * ({@link PagePatch}), so that it stays where the writer scrolled to. A note with errors is still shown, as a
 * CONCEPT with what is missing marked. The page runs no script of its own (its Content-Security-Policy
 * allows none; the patches run through the browser's API) and never leaves the view: a link opens in the
 * desktop's browser.
 */
public abstract class PreviewView extends ViewPart {

	/** The least time between the starts of two renderings, in milliseconds. */
	private static final long THROTTLE = 150;
	private static final String NO_NOTE = "Open een nota om hier te zien hoe zij eruit komt te zien.";

	/** Holds the browser, which is made a moment after the view. */
	private Composite holder;
	private Browser browser;
	private NotaEditor editor;
	private volatile NotaAnalysis pending;
	private volatile String html = "";
	/** {@link #html} cut for patches. */
	private PagePatch.Cut htmlCut = PagePatch.Cut.of("");
	private final Job renderJob = Job.create("Voorbeeld bijwerken", this::renderPending);

	{
		renderJob.setSystem(true);
	}

	/** The analysis last rendered. */
	private volatile NotaAnalysis rendered;
	/** When the last rendering started ({@link System#nanoTime()}). */
	private volatile long renderStarted = System.nanoTime() - THROTTLE * 1_000_000;

	/** When the view last rendered a page and handed it to the browser ({@link System#nanoTime()}), for the editor benchmark. */
	public record Timing(long renderStarted, long renderEnded, long handedOver) {
	}

	private volatile Timing timing;

	/** The page the browser shows and since when ({@link System#nanoTime()}): loaded whole or patched. */
	public record Shown(String page, long at) {
	}

	private volatile Shown shown;
	/** The page handed to the browser last (it may still be loading it or running its patch), and its number there. */
	private PagePatch.Cut browserPage;
	private long browserNumber;
	/** The number of the page last handed to the browser whole: a failed patch made before it needs nothing done. */
	private long loadNumber;
	/** Whether the browser is loading {@link #browserPage} whole; no patch is made until it is done. */
	private boolean loading;
	private int patches;
	private int loads;

	/**
	 * Renders the structural analysis of a change (it has the parsed note); the complete analysis that follows only
	 * when it makes the note a draft where the structural one did not (an error of a writing check), or the other way.
	 */
	private final Consumer<NotaAnalysis> analysisListener = analysis -> {
		NotaAnalysis last = rendered;
		if (analysis.structure() != null && last != null && analysis.text().equals(last.text()) && analysis.hasErrors() == last.hasErrors()) {
			return;
		}
		pending = analysis;
		renderSoon();
	};
	private final IPropertyListener saveListener = (source, property) -> {
		if (property == IEditorPart.PROP_DIRTY && editor != null && !editor.isDirty() && editor.getAnalysis() != null) {
			pending = editor.getAnalysis();
			renderSoon();
		}
	};

	/**
	 * Whether the view is behind another tab (or minimised): it then renders nothing until it is shown. The two
	 * previews share a stack, and the hidden one rendered every keystroke too, on the core the shown one needed.
	 */
	private volatile boolean hidden;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof NotaEditor notaEditor) {
				attach(notaEditor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				attach(null);
			}
		}

		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == PreviewView.this) {
				hidden = false;
				renderSoon();
			}
		}

		@Override
		public void partHidden(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == PreviewView.this) {
				hidden = true;
			}
		}
	};

	/**
	 * Renders the analysis handed over last when the view is shown: at once after a pause in the typing (the
	 * reconciler has waited for one already), at most once per {@link #THROTTLE} while the writer types on, so
	 * that the browser does not take in a whole new page for every keystroke.
	 */
	private void renderSoon() {
		if (!hidden && pending != null && pending != rendered) {
			long sinceLast = (System.nanoTime() - renderStarted) / 1_000_000;
			renderJob.schedule(Math.max(0, THROTTLE - sinceLast));
		}
	}

	/** Which of the note's documents this view shows. */
	protected abstract GeneratedDocument select(NoteTransformer.Output output);

	/** What to say when the note has no such document. */
	protected abstract String missingMessage();

	@Override
	public void createPartControl(Composite parent) {
		// the browser (WebKit) is made once the window is on the screen: loading WebKit took ~0.3 s of a start
		// before the window appeared; until then the view keeps the page it is handed and shows it when ready
		holder = new Composite(parent, SWT.NONE);
		holder.setLayout(new FillLayout());
		show(message(NO_NOTE));
		parent.getDisplay().asyncExec(this::createBrowser);
		getSite().getPage().addPartListener(partListener);
		// two buttons, each with its icon and a separator between them: as plain text side by side they read
		// as one sentence ("Genereer DOCX, ODT en PDF Open uitvoermap")
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		Action generate = new Action("Documenten maken", images.getImageDescriptor(ISharedImages.IMG_OBJ_FILE)) {
			@Override
			public void run() {
				generateNow();
			}
		};
		generate.setToolTipText("Maak nu de DOCX, ODT en PDF van deze nota in de uitvoermap");
		Action open = new Action("Uitvoermap openen", images.getImageDescriptor(ISharedImages.IMG_OBJ_FOLDER)) {
			@Override
			public void run() {
				openOutputFolder();
			}
		};
		open.setToolTipText("Open de map met de gemaakte documenten");
		for (Action action : List.of(generate, open)) {
			ActionContributionItem item = new ActionContributionItem(action);
			item.setMode(ActionContributionItem.MODE_FORCE_TEXT);
			if (action == open) {
				toolbar.add(new Separator());
			}
			toolbar.add(item);
		}
		if (getSite().getPage().getActiveEditor() instanceof NotaEditor active) {
			attach(active);
		}
	}

	private void createBrowser() {
		if (holder.isDisposed() || browser != null) {
			return;
		}
		browser = new Browser(holder, SWT.NONE);
		browser.addProgressListener(ProgressListener.completedAdapter(event -> {
			if (loading) {
				loading = false;
				shown = new Shown(browserPage.page(), System.nanoTime());
				update();
			}
		}));
		// a patch says through the page's title that it ran (or found another page than its own)
		browser.addTitleListener(event -> {
			long number = PagePatch.patched(event.title);
			if (number > 0 && number == browserNumber) {
				shown = new Shown(browserPage.page(), System.nanoTime());
			} else if (number < 0 && -number > loadNumber) {
				load(htmlCut);
			}
		});
		browser.addLocationListener(LocationListener.changingAdapter(event -> {
			// the page and its own anchors (the notes) stay in the view; any other address is opened by the desktop
			if (!event.location.startsWith("about:blank")) {
				event.doit = false;
				if (event.location.startsWith("https://") || event.location.startsWith("http://") || event.location.startsWith("mailto:")) {
					Program.launch(event.location);
				}
			}
		}));
		holder.layout();
		update();
	}

	/** Renders the latest analysis handed over; scheduled again by every new one (see {@link #renderSoon}). */
	private IStatus renderPending(IProgressMonitor monitor) {
		NotaAnalysis analysis = pending;
		if (analysis != null && !hidden) {
			rendered = analysis;
			long started = System.nanoTime();
			renderStarted = started;
			PagePatch.Cut page = PagePatch.Cut.of(render(analysis));
			long ended = System.nanoTime();
			if (holder != null && !holder.isDisposed()) {
				holder.getDisplay().asyncExec(() -> {
					show(page);
					timing = new Timing(started, ended, System.nanoTime());
				});
			}
		}
		return Status.OK_STATUS;
	}

	void attach(NotaEditor newEditor) {
		if (newEditor == editor) {
			return;
		}
		if (editor != null) {
			editor.removeAnalysisListener(analysisListener);
			editor.removePropertyListener(saveListener);
		}
		editor = newEditor;
		// nothing of the previous note is left to render, also not once the view is shown
		rendered = null;
		pending = editor == null ? null : editor.getAnalysis();
		if (editor == null) {
			show(message(NO_NOTE));
			return;
		}
		editor.addAnalysisListener(analysisListener);
		editor.addPropertyListener(saveListener);
		renderSoon();
	}

	/** The HTML for an analysis; never throws: a problem becomes a message in the preview. */
	String render(NotaAnalysis analysis) {
		try {
			Path folder = NoteFolders.folderOf(analysis.uri());
			NoteTransformer.Output output = NoteGenerator.transform(analysis, folder, analysis.hasErrors());
			GeneratedDocument document = select(output);
			return document == null ? message(missingMessage()) : new HtmlRenderer().render(document);
		} catch (NoteGenerator.NotGenerated e) {
			return message(e.getMessage());
		} catch (RuntimeException e) {
			NotaUiPlugin.log("Het voorbeeld kon niet worden gemaakt", e);
			return message("Het voorbeeld kon niet worden gemaakt: " + e);
		}
	}

	private void show(String newHtml) {
		show(PagePatch.Cut.of(newHtml));
	}

	private void show(PagePatch.Cut page) {
		String newHtml = page.page();
		if (holder == null || holder.isDisposed() || newHtml.equals(html)) {
			// the same page (the edit is not in this document: a comment, a remark, the other part): the browser keeps
			// it, and where the writer scrolled to, instead of loading the whole page again on the UI thread
			return;
		}
		html = newHtml;
		htmlCut = page;
		update();
	}

	/**
	 * Brings the browser to the latest page: the changed blocks replaced in the page it shows, or, where that
	 * cannot be done, the page loaded whole. The patch is handed to the browser without waiting for it (SWT's
	 * {@code execute} waits, and with it the UI thread, until the web process is done with what it was doing:
	 * laying out a long page took it 20-40 ms); the page's title says when it ran, or that it found another page.
	 */
	private void update() {
		if (browser == null || browser.isDisposed() || browserPage == htmlCut) {
			return;
		}
		String script = loading || browserPage == null ? null : PagePatch.script(browserPage, browserNumber, htmlCut, browserNumber + 1);
		if (script != null && Scripts.runWithoutWaiting(browser, script)) {
			patches++;
			browserPage = htmlCut;
			browserNumber++;
		} else {
			load(htmlCut);
		}
	}

	private void load(PagePatch.Cut page) {
		loads++;
		loading = true;
		browserPage = page;
		loadNumber = ++browserNumber;
		browser.setText(PagePatch.numbered(page.page(), browserNumber), false);
	}

	/**
	 * A script run in the browser without waiting for its end: SWT does so for its own scripts
	 * ({@code WebBrowser.nonBlockingExecute}, not public). Where this SWT has no such method, the view loads
	 * every page whole, as before patches.
	 */
	private static final class Scripts {
		private static final java.lang.reflect.Field WEB_BROWSER;
		private static final java.lang.reflect.Method NON_BLOCKING;

		static {
			java.lang.reflect.Field field = null;
			java.lang.reflect.Method method = null;
			try {
				field = Browser.class.getDeclaredField("webBrowser");
				field.setAccessible(true);
				method = field.getType().getDeclaredMethod("nonBlockingExecute", String.class);
				method.setAccessible(true);
			} catch (ReflectiveOperationException | RuntimeException e) {
				NotaUiPlugin.log("Het voorbeeld laadt elke pagina heel: deze SWT kan geen script uitvoeren zonder te wachten", e);
				field = null;
				method = null;
			}
			WEB_BROWSER = field;
			NON_BLOCKING = method;
		}

		static boolean runWithoutWaiting(Browser browser, String script) {
			if (NON_BLOCKING == null) {
				return false;
			}
			try {
				NON_BLOCKING.invoke(WEB_BROWSER.get(browser), script);
				return true;
			} catch (ReflectiveOperationException | RuntimeException e) {
				return false;
			}
		}
	}

	static String message(String text) {
		return HtmlRenderer.message("Voorbeeld", text);
	}

	/** The HTML the browser was last given (what the writer sees). */
	public String currentHtml() {
		return html;
	}

	/** When the page the browser was last given was rendered and handed over; null before the first. */
	public Timing timing() {
		return timing;
	}

	/** The page the browser shows (loaded or patched) and since when; null before the first. */
	public Shown shown() {
		return shown;
	}

	/** How often the view changed the page it shows by a patch, and how often it loaded a page whole. */
	public int[] patchesAndLoads() {
		return new int[] { patches, loads };
	}

	/** The browser that shows the page; null until the window is on the screen (see {@link #createPartControl}). */
	public Browser browser() {
		return browser;
	}

	private void generateNow() {
		NotaEditor target = editor;
		IFile file = target == null ? null : target.getFile();
		NotaAnalysis analysis = target == null ? null : target.getAnalysis();
		if (file == null || analysis == null) {
			return;
		}
		new WorkspaceJob("Kamerbrief en nota genereren") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				try {
					NoteGenerator.generate(file, analysis, java.util.EnumSet.of(Format.DOCX, Format.ODT, Format.PDF), analysis.hasErrors(),
							monitor);
					return Status.OK_STATUS;
				} catch (NoteGenerator.NotGenerated e) {
					return Status.error(e.getMessage());
				}
			}
		}.schedule();
	}

	private void openOutputFolder() {
		IFile file = editor == null ? null : editor.getFile();
		if (file == null) {
			return;
		}
		IFolder folder = NoteGenerator.outputFolder(file);
		if (!folder.exists()) {
			return;
		}
		try {
			IWorkbenchPart explorer = getSite().getPage().showView("org.eclipse.ui.navigator.ProjectExplorer");
			if (explorer instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(folder));
			}
		} catch (org.eclipse.ui.PartInitException e) {
			NotaUiPlugin.log("De projectverkenner kon niet worden geopend", e);
		}
		if (folder.getLocation() != null && PlatformUI.isWorkbenchRunning()) {
			Program.launch(folder.getLocation().toOSString());
		}
	}

	@Override
	public void setFocus() {
		(browser != null ? browser : holder).setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		attach(null);
		super.dispose();
	}
}
