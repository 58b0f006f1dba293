package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nota.ui.builder.DraftWriter;
import nl.nota.ui.editor.NotaEditor;
import nl.nota.ui.preview.KamerbriefPreviewView;
import nl.nota.ui.preview.NotaPreviewView;
import nl.nota.ui.wizards.NotaProjects;

/** The live previews and the builder that writes the drafts on save. */
class PreviewAndBuilderTest {

	@AfterEach
	void close() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theKamerbriefPreviewShowsTheLetterAndFollowsTyping() throws Exception {
		IProject project = Workbench.exampleProject("PreviewTest");
		NotaEditor editor = Workbench.open(project.getFile(NotaProjects.EXAMPLE));
		KamerbriefPreviewView preview = letterPreview(editor);
		assertTrue(preview.currentHtml().contains("Geannoteerde agenda bijeenkomst NAVO-ministers van Defensie 15 oktober 2025"),
				preview.currentHtml());
		// the page runs no script, also not one a mistake would let into its markup, and stays in the view
		String withScript = preview.currentHtml().replaceFirst("<body>", "<body><script>document.title = 'ran';</script>");
		assertEquals("ran", titleWhenLoaded(withScript.replace("Content-Security-Policy", "Not-A-Policy")), "the check itself: a script runs");
		assertFalse("ran".equals(titleWhenLoaded(withScript)), "a script in the preview's page ran");
		preview.browser().setUrl("file:///etc/hostname");
		Workbench.pause(300, "the browser refusing to leave the page");
		assertTrue(preview.browser().getUrl().startsWith("about:blank"), preview.browser().getUrl());

		// typing in the letter's subject shows up in the preview
		IDocument document = editor.getDocument();
		int subject = document.get().indexOf("kamerbrief: ") + "kamerbrief: ".length();
		document.replace(subject, 0, "Herziene ");
		Workbench.waitUntil(() -> preview.currentHtml().contains("Herziene Geannoteerde agenda"), "the edit in the preview");

		// what the writer types is text in the preview, never markup; a character no document can hold shows as such
		document.replace(subject, 0, "<script>alert(1)</script>\u0001 ");
		Workbench.waitUntil(() -> preview.currentHtml().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the typed markup as text");
		assertFalse(preview.currentHtml().contains("<script"), preview.currentHtml());
		assertTrue(preview.currentHtml().contains("[ongeldig teken U+0001]"), preview.currentHtml());
		document.replace(subject, "<script>alert(1)</script>\u0001 ".length(), "");

		// a footnote and a table typed into the letter are a note with its mark and a table in the preview
		int opening = document.get().indexOf("Hierbij ontvangt u");
		document.replace(opening, 0, "Zie de tabel.{voetnoot: Kamerstuk 21 501-28, nr. 296}\n\n| Jaar | Bedrag |\n| 2025 | 12,5 |\n\n");
		Workbench.waitUntil(() -> preview.currentHtml().contains("<td class=\"right\">12,5</td>"), "the table in the preview");
		assertTrue(preview.currentHtml().contains("href=\"#voetnoot-1\"") && preview.currentHtml().contains("Kamerstuk 21 501-28, nr. 296"),
				preview.currentHtml());

		// a note with errors is still previewed, as a draft
		int kernpunten = document.get().indexOf("# Kernpunten\n");
		document.replace(kernpunten, document.get().indexOf("\n# Toelichting", kernpunten) + 1 - kernpunten, "");
		NotaPreviewView nota = (NotaPreviewView) Workbench.page().showView(NotaPreviewView.ID);
		Workbench.page().activate(editor);
		Workbench.waitUntil(() -> nota.currentHtml().contains("CONCEPT"), "the nota preview marked as draft");
		assertTrue(nota.currentHtml().contains("Aanleiding"), nota.currentHtml());
	}

	/** An edit that does not change the letter leaves the letter's page in the browser as it is (and where it is scrolled to). */
	@Test
	void anEditOutsideTheLetterDoesNotReloadItsPreview() throws Exception {
		IProject project = Workbench.exampleProject("UnchangedPreviewTest");
		NotaEditor editor = Workbench.open(project.getFile(NotaProjects.EXAMPLE));
		KamerbriefPreviewView preview = letterPreview(editor);
		int[] loads = { 0 };
		preview.browser().addProgressListener(org.eclipse.swt.browser.ProgressListener.completedAdapter(event -> loads[0]++));
		// the first page's loading done, whenever it ends
		Workbench.pause(1_000, "the first page loaded");
		loads[0] = 0;
		KamerbriefPreviewView.Timing before = preview.timing();

		// a comment line: the analysis and the rendering follow, the letter is the same
		editor.getDocument().replace(0, 0, "// nog navragen bij de directie\n");
		Workbench.waitUntil(() -> preview.timing() != before, "the letter rendered for the edit");
		Workbench.pause(500, "a moment");
		assertTrue(loads[0] == 0, "the browser loaded the unchanged letter again " + loads[0] + " times");

		// an edit in the letter still reaches it
		int subject = editor.getDocument().get().indexOf("kamerbrief: ") + "kamerbrief: ".length();
		editor.getDocument().replace(subject, 0, "Herziene ");
		Workbench.waitUntil(() -> loads[0] > 0 && preview.currentHtml().contains("Herziene Geannoteerde agenda"), "the edit in the preview");
	}

	/**
	 * Typing in the letter's body changes only the changed paragraphs in the page the browser shows: the page is
	 * the one a whole load gives, and it stays where the writer scrolled to (a load put it back at the top).
	 */
	@Test
	void typingInTheBodyPatchesThePageTheBrowserShowsAndKeepsItsPlace() throws Exception {
		IProject project = Workbench.exampleProject("PatchedPreviewTest");
		NotaEditor editor = Workbench.open(project.getFile(NotaProjects.EXAMPLE));
		KamerbriefPreviewView preview = letterPreview(editor);
		IDocument document = editor.getDocument();
		StringBuilder paragraphs = new StringBuilder();
		for (int i = 1; i <= 40; i++) {
			paragraphs.append("Alinea ").append(i).append(" van de brief, met een zin die de regel vult zodat de pagina lang wordt.\n\n");
		}
		document.replace(document.get().indexOf("Hierbij ontvangt u"), 0, paragraphs.toString());
		Workbench.waitUntil(() -> shows(preview, "Alinea 40 van"), "the paragraphs in the preview");
		preview.browser().execute("window.scrollTo(0, 600);");
		assertEquals(600.0, ((Number) preview.browser().evaluate("return window.scrollY;")).doubleValue(), "scrolled down");
		int[] before = preview.patchesAndLoads();

		// a word typed into paragraph 30, a paragraph added after 35, one taken away
		int at = document.get().indexOf("Alinea 30 van") + "Alinea 30".length();
		document.replace(at, 0, " (herzien)");
		Workbench.waitUntil(() -> shows(preview, "Alinea 30 (herzien) van"), "the typed words in the preview");
		int after35 = document.get().indexOf("Alinea 36 van");
		document.replace(after35, 0, "Een nieuwe alinea.\n\n");
		Workbench.waitUntil(() -> shows(preview, "Een nieuwe alinea."), "the new paragraph in the preview");
		int twelve = document.get().indexOf("Alinea 12 van");
		document.replace(twelve, document.get().indexOf("Alinea 13 van") - twelve, "");
		Workbench.waitUntil(() -> shows(preview, "Alinea 11 van") && !preview.shown().page().contains("Alinea 12 van"), "the paragraph gone");

		int[] after = preview.patchesAndLoads();
		assertTrue(after[0] >= before[0] + 3 && after[1] == before[1], "patches / whole loads before " + before[0] + " / " + before[1]
				+ ", after " + after[0] + " / " + after[1]);
		assertEquals(600.0, ((Number) preview.browser().evaluate("return window.scrollY;")).doubleValue(), "the preview kept its place");

		// the patched page is the page a whole load of the same HTML gives
		assertShowsAsLoadedWhole(preview, "div.body");

		// a patch that finds another page than its own changes nothing, and the view loads the page whole
		preview.browser().execute("document.body.setAttribute('" + nl.nota.ui.preview.PagePatch.PAGE_ATTRIBUTE + "', 'ander');");
		int five = document.get().indexOf("Alinea 5 van") + "Alinea 5".length();
		document.replace(five, 0, " (ook herzien)");
		Workbench.waitUntil(() -> shows(preview, "Alinea 5 (ook herzien) van"), "the edit after the failed patch");
		assertEquals(after[1] + 1, preview.patchesAndLoads()[1], "loaded whole once");
		assertShowsAsLoadedWhole(preview, "div.body");
	}

	/** What the view's browser shows in the element (patched, perhaps) is what a whole load of the view's page gives. */
	private static void assertShowsAsLoadedWhole(nl.nota.ui.preview.PreviewView view, String element) {
		String content = "return document.querySelector('" + element + "').innerHTML;";
		assertEquals(whenLoaded(view.currentHtml(), content), view.browser().evaluate(content));
	}

	/** The page's title once a browser of its own has loaded it whole. */
	private static Object titleWhenLoaded(String page) {
		return whenLoaded(page, "return document.title;");
	}

	/** What the script returns in a browser of its own once it has loaded the page whole. */
	private static Object whenLoaded(String page, String script) {
		org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(PlatformUI.getWorkbench().getDisplay());
		try {
			org.eclipse.swt.browser.Browser browser = new org.eclipse.swt.browser.Browser(shell, org.eclipse.swt.SWT.NONE);
			boolean[] loaded = { false };
			browser.addProgressListener(org.eclipse.swt.browser.ProgressListener.completedAdapter(event -> loaded[0] = true));
			browser.setText(page, false);
			Workbench.waitUntil(() -> loaded[0], "the page loaded whole");
			return browser.evaluate(script);
		} finally {
			shell.dispose();
		}
	}

	/** A draft banner that comes and goes at the top of the nota is patched in and out, as the body is. */
	@Test
	void theDraftBannerIsPatchedInAndOut() throws Exception {
		IProject project = Workbench.exampleProject("PatchedBannerTest");
		NotaEditor editor = Workbench.open(project.getFile(NotaProjects.EXAMPLE));
		NotaPreviewView nota = (NotaPreviewView) Workbench.page().showView(NotaPreviewView.ID);
		Workbench.page().activate(editor);
		Workbench.waitUntil(() -> shows(nota, "Aanleiding") && !nota.currentHtml().contains("CONCEPT"), "the nota in its preview");
		int[] before = nota.patchesAndLoads();
		IDocument document = editor.getDocument();
		int heading = document.get().indexOf("# Kernpunten\n") + "# Kernpunte".length();

		document.replace(heading, 1, "");
		Workbench.waitUntil(() -> shows(nota, "CONCEPT"), "the draft banner");
		assertShowsAsLoadedWhole(nota, "div.page");
		document.replace(heading, 0, "n");
		Workbench.waitUntil(() -> shows(nota, "Kernpunten") && !nota.currentHtml().contains("CONCEPT"), "the banner gone");
		assertShowsAsLoadedWhole(nota, "div.page");
		int[] after = nota.patchesAndLoads();
		assertTrue(after[0] >= before[0] + 2 && after[1] == before[1], "patches / whole loads before " + before[0] + " / " + before[1]
				+ ", after " + after[0] + " / " + after[1]);
	}

	/**
	 * The patch between the pages of random edits in the letter (words, paragraphs, lists, footnotes, text taken
	 * away) makes the one page into the other in the browser: the same page as a whole load of the second.
	 */
	@Test
	void thePatchBetweenThePagesOfRandomEditsGivesTheSecondPage() throws Exception {
		IProject project = Workbench.exampleProject("RandomPatchTest");
		NotaEditor editor = Workbench.open(project.getFile(NotaProjects.EXAMPLE));
		KamerbriefPreviewView preview = letterPreview(editor);
		IDocument document = editor.getDocument();
		long seed = System.nanoTime();
		java.util.Random random = new java.util.Random(seed);
		String[] insertions = { " woord", "\n\nEen nieuwe alinea.\n\n", "{voetnoot: Een bron.}", "\n\n- punt een\n- punt twee\n\n",
				"\n\n# Een nieuwe kop\n", "*nadruk* ", "\n\n| a | b |\n| 1 | 2 |\n\n" };
		java.util.List<String> pages = new java.util.ArrayList<>(java.util.List.of(preview.currentHtml()));
		for (int edit = 0; edit < 14; edit++) {
			String text = document.get();
			int body = text.indexOf("\n\n", text.indexOf("kamerbrief: ")) + 2;
			int at = body + random.nextInt(text.length() - body);
			if (random.nextInt(4) == 0) {
				document.replace(at, Math.min(1 + random.nextInt(30), text.length() - at), "");
			} else {
				document.replace(at, 0, insertions[random.nextInt(insertions.length)]);
			}
			String last = pages.get(pages.size() - 1);
			String typed = document.get();
			Workbench.waitUntil(() -> editor.getAnalysis() != null && editor.getAnalysis().text().equals(typed), "the analysis of the edit");
			Workbench.pause(400, "the preview rendering the edit");
			if (!preview.currentHtml().equals(last)) {
				pages.add(preview.currentHtml());
			}
		}
		int patched = 0;
		for (int i = 1; i < pages.size(); i++) {
			String script = nl.nota.ui.preview.PagePatch.script(pages.get(i - 1), 1, pages.get(i), 2);
			if (script == null) {
				continue;
			}
			patched++;
			Object result = whenLoaded(nl.nota.ui.preview.PagePatch.numbered(pages.get(i - 1), 1),
					script + "return document.title + ' @@@ ' + document.querySelector('div.page').innerHTML;");
			String[] titleAndPage = ((String) result).split(" @@@ ", 2);
			assertEquals("nota-patch 2", titleAndPage[0], "seed " + seed + ", page " + i);
			assertEquals(whenLoaded(pages.get(i), "return document.querySelector('div.page').innerHTML;"), titleAndPage[1],
					"seed " + seed + ", page " + i);
		}
		assertTrue(patched >= 5, "seed " + seed + ": only " + patched + " of " + (pages.size() - 1) + " page changes could be patched");
	}

	/** Whether the browser shows the view's latest page, and it has the text. */
	private static boolean shows(nl.nota.ui.preview.PreviewView preview, String text) {
		return preview.shown() != null && preview.shown().page() == preview.currentHtml() && preview.currentHtml().contains(text);
	}

	@Test
	void aPreviewBehindAnotherTabRendersNothingUntilItIsShown() throws Exception {
		IProject project = Workbench.exampleProject("HiddenPreviewTest");
		NotaEditor editor = Workbench.open(project.getFile(NotaProjects.EXAMPLE));
		KamerbriefPreviewView letter = letterPreview(editor);
		// the two previews share a stack: showing the nota's puts the letter's behind its tab
		NotaPreviewView nota = (NotaPreviewView) Workbench.page().showView(NotaPreviewView.ID);
		Workbench.page().activate(editor);
		assertFalse(Workbench.page().isPartVisible(letter), "the letter's preview is behind the nota's");
		Workbench.waitUntil(() -> nota.currentHtml().contains("Aanleiding"), "the nota in its preview");
		KamerbriefPreviewView.Timing before = letter.timing();
		NotaPreviewView.Timing notaBefore = nota.timing();

		IDocument document = editor.getDocument();
		int subject = document.get().indexOf("kamerbrief: ") + "kamerbrief: ".length();
		document.replace(subject, 0, "Verborgen ");
		// the shown preview renders the change, and a moment later the hidden one still has not
		Workbench.waitUntil(() -> nota.timing() != notaBefore, "the nota's preview rendering the edit");
		Workbench.pause(500, "a moment");
		assertTrue(letter.timing() == before && !letter.currentHtml().contains("Verborgen"),
				"the hidden preview rendered the change while behind its tab");

		// shown again, it renders what it missed
		Workbench.page().showView(KamerbriefPreviewView.ID);
		Workbench.waitUntil(() -> letter.currentHtml().contains("Verborgen Geannoteerde agenda"), "the edit in the letter's preview once shown");
	}

	@Test
	void savingANoteWritesItsDraftsIntoTheOutputFolder() throws Exception {
		IProject project = Workbench.exampleProject("BuilderTest");
		saveWithSubject(project.getFile(NotaProjects.EXAMPLE), "Opgeslagen ");
		IFolder output = project.getFolder("uitvoer");
		IFile letter = output.getFile("dmm-2025-10-15.kamerbrief.docx");
		// the builder writes, refreshes, then marks the files derived: wait for the last step, and let a missing mark fail
		Workbench.waitUntil(() -> letter.exists() && letter.isDerived() && output.getFile("dmm-2025-10-15.nota.pdf").exists(),
				"the drafts after saving, marked derived");
		assertTrue(letter.isDerived(), "generated files are marked derived");
		assertTrue(output.getFile("dmm-2025-10-15.kamerbrief.odt").exists());
	}

	@Test
	void theDraftsAreWrittenAfterTheBuildWithTheWorkspaceFree() throws Exception {
		IProject project = exampleWithItsDrafts("DraftTest");
		IFile note = project.getFile(NotaProjects.EXAMPLE);
		java.io.File letter = project.getFolder("uitvoer").getFile("dmm-2025-10-15.kamerbrief.pdf").getLocation().toFile();
		assertTrue(letter.exists(), "the first build had the drafts written");
		long before = letter.lastModified();

		saveWithSubject(note, "Opgeslagen ");
		// rendering six documents takes seconds: inside the build it held the whole workspace that long
		Workbench.waitUntil(PreviewAndBuilderTest::draftsBeingWritten, "the drafts being written");
		ResourcesPlugin.getWorkspace().run(monitor -> note.createMarker(IMarker.TASK).delete(), note, 0, null);
		assertTrue(draftsBeingWritten(), "a change to the note went through while the drafts were still being written");

		Job.getJobManager().join(DraftWriter.FAMILY, null);
		assertTrue(letter.lastModified() > before, "the saved text's letter was written");
		assertTrue(project.getFolder("uitvoer").getFile("dmm-2025-10-15.kamerbrief.pdf").isDerived(), "and marked derived");
	}

	@Test
	void aSaveJustBeforeExitStillGetsItsDrafts() throws Exception {
		IProject project = exampleWithItsDrafts("ExitTest");
		java.io.File letter = project.getFolder("uitvoer").getFile("dmm-2025-10-15.kamerbrief.docx").getLocation().toFile();
		long before = letter.lastModified();

		saveWithSubject(project.getFile(NotaProjects.EXAMPLE), "Laatste ");
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		// what the workbench does before it shuts down: the drafts asked for are written before it returns,
		// not after the draft writer's pause (a waiting job would be cancelled by the shutdown)
		DraftWriter.finish(null);
		assertTrue(letter.lastModified() > before, "the letter of the last save was written before the exit");
	}

	/** The letter's preview, shown beside the editor (which stays active) once it shows the editor's letter. */
	private static KamerbriefPreviewView letterPreview(NotaEditor editor) throws Exception {
		KamerbriefPreviewView preview = (KamerbriefPreviewView) Workbench.page().showView(KamerbriefPreviewView.ID);
		Workbench.page().activate(editor);
		Workbench.waitUntil(() -> preview.currentHtml().contains("Betreft"), "the letter in the preview");
		return preview;
	}

	/** A fresh example project once its first build is done and the drafts it asked for are written. */
	private static IProject exampleWithItsDrafts(String name) throws Exception {
		IProject project = Workbench.exampleProject(name);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Job.getJobManager().join(DraftWriter.FAMILY, null);
		return project;
	}

	/** Opens the note, puts the words before the letter's subject and saves, as a writer would. */
	private static void saveWithSubject(IFile note, String words) throws Exception {
		NotaEditor editor = Workbench.open(note);
		IDocument document = editor.getDocument();
		document.replace(document.get().indexOf("kamerbrief: ") + "kamerbrief: ".length(), 0, words);
		editor.doSave(new NullProgressMonitor());
	}

	private static boolean draftsBeingWritten() {
		return java.util.Arrays.stream(Job.getJobManager().find(DraftWriter.FAMILY)).anyMatch(job -> job.getState() == Job.RUNNING);
	}
}
