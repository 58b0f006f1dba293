package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.swt.graphics.Point;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.views.markers.MarkerItem;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.nota.lang.ide.services.NotaStructure;
import nl.nota.lang.validation.IssueCodes;
import nl.nota.ui.editor.NotaEditor;
import nl.nota.ui.editor.NotaMarkers;
import nl.nota.ui.editor.NotaOutlinePage;
import nl.nota.ui.problems.NotaProblemsView;
import nl.nota.ui.wizards.NotaProjects;

/** The nota editor in a running workbench, on the example beslisnota. */
class NotaEditorTest {

	private IProject project;
	private IFile note;
	private NotaEditor editor;

	@BeforeEach
	void openExample() throws Exception {
		project = Workbench.exampleProject("EditorTest");
		note = project.getFile(NotaProjects.EXAMPLE);
		editor = Workbench.open(note);
	}

	@AfterEach
	void close() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theExampleOpensWithoutErrorsAndEachRemarkIsOneMarker() throws Exception {
		assertTrue(Workbench.markers(note, IssueCodes.MISSING_SECTION).isEmpty());
		assertFalse(editor.getAnalysis().hasErrors(), () -> editor.getAnalysis().issues().toString());
		// the builder (on project creation) and the editor both set markers: never twice for one remark
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		long remarks = editor.getAnalysis().issues().stream()
				.filter(issue -> issue.getSeverity() == Severity.WARNING || issue.getSeverity() == Severity.ERROR).count();
		assertTrue(remarks > 0, "the example has writing remarks (long sentences)");
		Workbench.waitUntil(() -> allMarkers().length == remarks, "one marker per remark");
		assertEquals(remarks, allMarkers().length);
	}

	private IMarker[] allMarkers() {
		try {
			return note.findMarkers(NotaMarkers.TYPE, false, org.eclipse.core.resources.IResource.DEPTH_ZERO);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void deletingARequiredSectionShowsAnErrorThatItsQuickFixRepairs() throws Exception {
		IDocument document = editor.getDocument();
		String original = document.get();
		int start = original.indexOf("# Kernpunten\n");
		int end = original.indexOf("\n# Toelichting", start) + 1;
		document.replace(start, end - start, "");

		Workbench.waitUntil(() -> !Workbench.markers(note, IssueCodes.MISSING_SECTION).isEmpty(), "the missing-section marker");
		IMarker marker = Workbench.markers(note, IssueCodes.MISSING_SECTION).get(0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("De sectie 'Kernpunten' ontbreekt"), marker.getAttribute(IMarker.MESSAGE, ""));
		Workbench.waitUntil(() -> annotationFor(marker) != null, "the error annotation in the editor");

		// the Problems view's quick fix (the same resolutions as Ctrl+1)
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(1, resolutions.length);
		assertEquals("Voeg de sectie 'Kernpunten' toe", resolutions[0].getLabel());
		resolutions[0].run(marker);

		Workbench.waitUntil(() -> Workbench.markers(note, IssueCodes.MISSING_SECTION).isEmpty(), "the marker to go");
		String fixed = document.get();
		int kernpunten = fixed.indexOf("# Kernpunten\n-\n");
		assertTrue(kernpunten > fixed.indexOf("# Geadviseerd besluit"), fixed);
		assertTrue(kernpunten < fixed.indexOf("# Toelichting"), fixed);
		// the caret after the first point's dash, nothing selected: what the writer types next is the point
		Point selection = editor.viewer().getSelectedRange();
		assertEquals(new Point(kernpunten + "# Kernpunten\n-".length(), 0), selection);
	}

	@Test
	void theAnalysisReachesOutlineAndPreviewWhileABuildHoldsTheWorkspace() throws Exception {
		// a build holds the whole workspace for as long as it runs (seconds on a first start and after a save);
		// the editor's analysis waited for it to write its markers, and outline and preview waited behind it
		java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
		Job build = Job.create("a build holding the workspace", monitor -> {
			holding.countDown();
			try {
				release.await(60, java.util.concurrent.TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		build.setRule(ResourcesPlugin.getWorkspace().getRoot());
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		build.schedule();
		try {
			assertTrue(holding.await(30, java.util.concurrent.TimeUnit.SECONDS), "the build job started");
			IDocument document = editor.getDocument();
			document.replace(document.get().indexOf("# Kernpunten"), 0, "# Onbekende kop\nTekst.\n\n");
			Workbench.waitUntil(() -> editor.getAnalysis().text().equals(document.get()), "the complete analysis of the edit");
			assertTrue(editor.getAnalysis().issues().stream().anyMatch(issue -> IssueCodes.UNKNOWN_SECTION.equals(issue.getCode())));
			assertTrue(Workbench.markers(note, IssueCodes.UNKNOWN_SECTION).isEmpty(), "the workspace is still held: no marker yet");
		} finally {
			release.countDown();
		}
		// the markers follow as soon as the workspace is free
		Workbench.waitUntil(() -> !Workbench.markers(note, IssueCodes.UNKNOWN_SECTION).isEmpty(), "the marker of the edit");
	}

	@Test
	void aBuildOfTheSavedNoteLeavesTheMarkersOfTheUnsavedTextAlone() throws Exception {
		IDocument document = editor.getDocument();
		document.replace(document.get().indexOf("# Kernpunten"), 0, "# Onbekende kop\nTekst.\n\n");
		Workbench.waitUntil(() -> !Workbench.markers(note, IssueCodes.UNKNOWN_SECTION).isEmpty(), "the marker of the edit");
		// a build reads the saved file, which lacks the edit: it must not take the editor's markers away
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		assertFalse(Workbench.markers(note, IssueCodes.UNKNOWN_SECTION).isEmpty(), "the editor's marker after a build");
	}

	/** #14: the writer's list of problems runs down the note (the platform's Problems view sorts by text). */
	@Test
	void notaMeldingenListsTheProblemsByLine() throws Exception {
		NotaProblemsView view = (NotaProblemsView) Workbench.page().showView(NotaProblemsView.ID);
		TreeViewer viewer = (TreeViewer) view.getSite().getSelectionProvider();
		IDocument document = editor.getDocument();
		document.replace(document.get().indexOf("# Kernpunten"), 0, "# Onbekende kop\nTekst.\n\n");
		Workbench.waitUntil(() -> !Workbench.markers(note, IssueCodes.UNKNOWN_SECTION).isEmpty(), "the error's marker");
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		int expected = allMarkers().length;
		// the view lists the whole workspace (other tests leave notes too): this note's markers, together, by line;
		// the very markers the note has now (the view may still list ones an analysis has just replaced)
		Workbench.waitUntil(() -> new java.util.HashSet<>(ofThisNote(shown(viewer))).equals(java.util.Set.of(allMarkers())),
				"the note's " + expected + " markers in the view");
		List<IMarker> all = shown(viewer);
		List<IMarker> shown = ofThisNote(all);
		assertEquals(shown, all.subList(all.indexOf(shown.get(0)), all.indexOf(shown.get(0)) + expected), "one file's markers together");
		List<Integer> lines = shown.stream().map(marker -> marker.getAttribute(IMarker.LINE_NUMBER, -1)).toList();
		assertEquals(lines.stream().sorted().toList(), lines, "in the order of the lines");
		// the test means something only if the order by text (the Problems view's) is another order
		List<String> messages = shown.stream().map(marker -> marker.getAttribute(IMarker.MESSAGE, "")).toList();
		assertFalse(messages.stream().sorted().toList().equals(messages), "the problems by line are not also in alphabetical order");
		assertTrue(shown.stream().anyMatch(marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR), "errors and warnings in one list");
		Workbench.page().hideView(view);
	}

	private List<IMarker> ofThisNote(List<IMarker> markers) {
		return markers.stream().filter(marker -> note.equals(marker.getResource())).toList();
	}

	/** The markers the view shows, in its order. */
	private static List<IMarker> shown(TreeViewer viewer) {
		List<IMarker> markers = new java.util.ArrayList<>();
		for (TreeItem item : viewer.getTree().getItems()) {
			item.getText(0); // a virtual tree fills an item when it is read
			if (item.getData() instanceof MarkerItem entry && entry.getMarker() != null) {
				markers.add(entry.getMarker());
			}
		}
		return markers;
	}

	/** #17: a reviewer's remark is a problem of its own type (the Problems view can filter it), resolved by Ctrl+1. */
	@Test
	void aReviewCommentIsAMarkerOfItsOwnTypeAndCtrl1ResolvesIt() throws Exception {
		IDocument document = editor.getDocument();
		String before = document.get();
		int at = before.indexOf("Ministers Meeting (DMM).") + "Ministers Meeting (DMM).".length();
		document.replace(at, 0, " {opmerking Kees: klopt de datum?}");
		Workbench.waitUntil(() -> !Workbench.markers(note, IssueCodes.REVIEW_COMMENT).isEmpty(), "the remark's marker");
		IMarker marker = Workbench.markers(note, IssueCodes.REVIEW_COMMENT).get(0);
		assertEquals(NotaMarkers.COMMENT_TYPE, marker.getType());
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM) && NotaMarkers.isNotaMarker(marker));
		Workbench.waitUntil(() -> annotationFor(marker) != null, "the annotation");
		ICompletionProposal[] proposals = ((ISourceViewerExtension3) editor.viewer()).getQuickAssistAssistant().getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), marker.getAttribute(IMarker.CHAR_START, -1), 0));
		assertEquals("Verwijder de opmerking (verwerkt)", proposals[0].getDisplayString());
		proposals[0].apply(document);
		assertEquals(before, document.get(), "the remark and its blank are gone");
		Workbench.waitUntil(() -> Workbench.markers(note, IssueCodes.REVIEW_COMMENT).isEmpty(), "the marker to go");
	}

	@Test
	void ctrl1MovesASectionBackIntoItsPlace() throws Exception {
		IDocument document = editor.getDocument();
		String text = document.get();
		int start = text.indexOf("# Kernpunten\n");
		int end = text.indexOf("# Toelichting", start);
		String section = text.substring(start, end);
		// Kernpunten after Toelichting: out of order
		int afterToelichting = text.indexOf("\n# ", text.indexOf("## Communicatie")) + 1;
		document.replace(afterToelichting, 0, section);
		document.replace(start, end - start, "");

		Workbench.waitUntil(() -> !Workbench.markers(note, IssueCodes.SECTION_ORDER).isEmpty(), "the section-order marker");
		IMarker marker = Workbench.markers(note, IssueCodes.SECTION_ORDER).get(0);
		Workbench.waitUntil(() -> annotationFor(marker) != null, "the annotation");
		int offset = marker.getAttribute(IMarker.CHAR_START, -1);

		IQuickAssistAssistant assistant = ((ISourceViewerExtension3) editor.viewer()).getQuickAssistAssistant();
		ICompletionProposal[] proposals = assistant.getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), offset, 0));
		assertEquals(1, proposals.length);
		assertTrue(proposals[0].getDisplayString().startsWith("Verplaats 'Kernpunten' naar vóór"), proposals[0].getDisplayString());
		// the explanation beside it comes in lines the popup shows whole (it cut a long line off)
		String info = proposals[0].getAdditionalProposalInfo();
		assertEquals("Zet de sectie op de plaats die de notasoort voorschrijft.", info.replace('\n', ' '));
		assertTrue(info.lines().allMatch(line -> line.length() <= 56) && info.lines().count() == 2, info);
		proposals[0].apply(document);
		// what the assistant does next: the proposal's selection; the caret at the moved heading, nothing selected
		Point selection = proposals[0].getSelection(document);
		assertEquals(0, selection.y, "nothing selected after the fix");
		assertTrue(document.get().startsWith("# Kernpunten\n", selection.x), document.get());

		Workbench.waitUntil(() -> Workbench.markers(note, IssueCodes.SECTION_ORDER).isEmpty(), "the order marker to go");
		String fixed = document.get();
		assertTrue(fixed.indexOf("# Kernpunten") < fixed.indexOf("# Toelichting"));
		assertEquals(1, fixed.split("# Kernpunten", -1).length - 1, "the section is moved, not copied");
	}

	@Test
	void theOutlineShowsPartsAndSectionsWithReadability() {
		NotaOutlinePage outline = (NotaOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbench.waitUntil(() -> !outline.roots().isEmpty(), "the outline");
		List<NotaStructure.Node> parts = outline.roots();
		assertEquals(List.of("beslisnota", "kamerbrief"), parts.stream().map(NotaStructure.Node::name).toList());
		List<String> sections = parts.get(0).children().stream().map(NotaStructure.Node::name).toList();
		assertEquals(List.of("Aanleiding", "Geadviseerd besluit", "Kernpunten", "Toelichting", "Informatie die niet openbaar wordt gemaakt"),
				sections);
		assertTrue(NotaOutlinePage.label(parts.get(0).children().get(0)).matches("Aanleiding {2}· leesbaarheid -?\\d+"),
				NotaOutlinePage.label(parts.get(0).children().get(0)));
		// every section level says something of its prose: the sub-sections of Toelichting too, short ones as short
		NotaStructure.Node toelichting = parts.get(0).children().get(3);
		for (NotaStructure.Node sub : toelichting.children().stream().filter(n -> n.level() == NotaStructure.Level.SUBSECTION).toList()) {
			assertTrue(NotaOutlinePage.label(sub).matches(".+ {2}· (leesbaarheid -?\\d+|kort: \\d+ woorden?)"), NotaOutlinePage.label(sub));
		}
	}

	/** Each fold from its heading's line to its last line, as the writer sees it in the ruler. */
	private List<String> folds() throws BadLocationException {
		IDocument document = editor.getDocument();
		var model = ((org.eclipse.jface.text.source.projection.ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		List<String> folds = new java.util.ArrayList<>();
		for (var annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			var position = model.getPosition(annotations.next());
			int first = document.getLineOfOffset(position.getOffset());
			String heading = document.get(document.getLineOffset(first), document.getLineLength(first)).strip();
			folds.add(heading + " @" + (first + 1) + "-" + (document.getLineOfOffset(position.getOffset() + position.getLength() - 1) + 1));
		}
		folds.sort(null);
		return folds;
	}

	@Test
	void afterUndoTheFoldsAreWhereTheyWere() throws Exception {
		IDocument document = editor.getDocument();
		String original = document.get();
		Workbench.waitUntil(() -> editor.getAnalysis() != null && original.equals(editor.getAnalysis().text()), "the first analysis");
		Workbench.waitUntil(() -> {
			try {
				return folds().size() > 5;
			} catch (BadLocationException e) {
				return false;
			}
		}, "the folds");
		List<String> before = folds();
		// delete a section and undo (the writer's Ctrl+Z): once after its analysis, once while it may still run
		int start = original.indexOf("# Kernpunten\n");
		int end = original.indexOf("\n# Toelichting", start) + 1;
		var undo = ((org.eclipse.jface.text.ITextViewerExtension6) editor.viewer()).getUndoManager();
		document.replace(start, end - start, "");
		Workbench.waitUntil(() -> editor.getAnalysis() != null && document.get().equals(editor.getAnalysis().text()), "the edit's analysis");
		undo.undo();
		assertEquals(original, document.get(), "undo restores the text");
		document.replace(start, end - start, "");
		undo.undo();
		assertEquals(original, document.get(), "undo restores the text");
		Workbench.waitUntil(() -> original.equals(editor.getAnalysis().text()), "the analysis after undo");
		try {
			Workbench.waitUntil(() -> {
				try {
					return folds().equals(before);
				} catch (BadLocationException e) {
					return false;
				}
			}, "the folds as before");
		} catch (AssertionError timedOut) {
			assertEquals(before, folds(), "the folds after undo");
			throw timedOut;
		}
	}

	/**
	 * Markers that move do not restyle the note. With the platform's styled underline, every analysis that moved
	 * the markers (each keystroke above them) made the annotation painter restyle the text from the first
	 * changed marker to the last: here from the header to the note's end, on 5,000 lines a stall of the UI
	 * thread after every keystroke. Drawn on the text, a marker change repaints only that marker's lines.
	 */
	@Test
	void movedMarkersDoNotRestyleTheWholeNote() throws BadLocationException {
		IDocument document = editor.getDocument();
		int before = remarkAtTheEnd(document);
		Workbench.pause(500, "the folds and outline of that analysis");
		List<Integer> restyled = restyledWhile(() -> {
			// one letter in the header moves every marker after it
			document.replace(document.get().indexOf("Directoraat"), 0, "x");
			Workbench.waitUntil(() -> lastMarkerStart() == before + 1, "the markers to move");
			IMarker last = markerAt(before + 1);
			Workbench.waitUntil(() -> annotationFor(last) != null, "the moved marker's annotation");
			Workbench.pause(500, "the painting after the annotations");
		});
		int largest = restyled.stream().mapToInt(Integer::intValue).max().orElse(0);
		assertTrue(largest < document.getLength() / 4, "restyled " + largest + " of " + document.getLength() + " characters: " + restyled);
	}

	/**
	 * Markers that only moved with the text are kept, not written again. Every keystroke above the markers
	 * deleted and created them all anew with the new offsets: a resource change per keystroke that the
	 * annotation model, the Problems view and the Project Explorer handled on the UI thread. Kept, they stand
	 * where the editor shows them (quick fixes take that position), and get their own offsets and line number
	 * once the typing pauses.
	 */
	@Test
	void markersThatOnlyMovedWithTheTextAreKeptAndGetTheirLineOnceTheTypingPauses() throws BadLocationException {
		IDocument document = editor.getDocument();
		int before = remarkAtTheEnd(document);
		IMarker last = markerAt(before);
		// the editor shows a new marker once the workspace has told its annotation model: typed before that, the
		// annotation is made at the marker's offset in the text as it was, as with any marker
		Workbench.waitUntil(() -> annotationFor(last) != null, "the remark's annotation");
		int line = last.getAttribute(IMarker.LINE_NUMBER, -1);
		java.util.Set<Long> ids = markerIds();

		// a blank line before the first section: every marker after it moves a line down
		document.replace(document.get().indexOf("\n# ") + 1, 0, "\n");
		assertEquals(before + 1, NotaMarkers.issueOf(last).getOffset(), "a quick fix takes the marker where the editor shows it");
		String typed = document.get();
		Workbench.waitUntil(() -> editor.getAnalysis() != null && editor.getAnalysis().text().equals(typed), "the analysis of the typed line");
		Workbench.waitUntil(() -> lastMarkerStart() == before + 1, "the markers' offsets, once the typing pauses");
		assertEquals(ids, markerIds(), "no marker deleted and made again");
		assertEquals(before + 1, last.getAttribute(IMarker.CHAR_START, -1), "the kept marker's own offset");
		assertEquals(line + 1, last.getAttribute(IMarker.LINE_NUMBER, -1), "its line number for the Problems view");
		assertEquals(before + 1, editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()).getPosition(annotationFor(last)).getOffset());
	}

	/** A long sentence added at the note's end: a remark of the writing checks, so the markers span the note; its offset. */
	private int remarkAtTheEnd(IDocument document) throws BadLocationException {
		document.replace(document.getLength(), 0, "\n" + LONG_SENTENCE + "\n");
		Workbench.waitUntil(() -> lastMarkerStart() > document.getLength() - LONG_SENTENCE.length() - 2, "a remark at the note's end");
		return lastMarkerStart();
	}

	private IMarker markerAt(int start) {
		return java.util.Arrays.stream(allMarkers()).filter(marker -> marker.getAttribute(IMarker.CHAR_START, -1) == start).findFirst()
				.orElseThrow();
	}

	private java.util.Set<Long> markerIds() {
		return java.util.Arrays.stream(allMarkers()).map(IMarker::getId).collect(java.util.stream.Collectors.toSet());
	}

	/** A problem is underlined with a wave, on every line of a sentence that wraps. */
	@Test
	void aProblemIsUnderlinedOnEachLineItWrapsOnto() throws Exception {
		IDocument document = editor.getDocument();
		int at = document.get().indexOf("# Aanleiding\n") + "# Aanleiding\n".length();
		document.replace(at, 0, LONG_SENTENCE + "\n\n");
		// a problem over the whole sentence (the writing checks mark only a long sentence's start)
		IMarker marked = note.createMarker(IMarker.PROBLEM, java.util.Map.of(IMarker.SEVERITY, IMarker.SEVERITY_WARNING,
				IMarker.CHAR_START, at, IMarker.CHAR_END, at + LONG_SENTENCE.length(), IMarker.MESSAGE, "over de hele zin"));
		Workbench.waitUntil(() -> annotationFor(marked) != null, "its annotation");
		editor.selectAndReveal(at, 0);
		org.eclipse.swt.custom.StyledText widget = editor.viewer().getTextWidget();
		int end = at + LONG_SENTENCE.length();
		int firstY = widget.getLocationAtOffset(at).y;
		int lastY = widget.getLocationAtOffset(end - 1).y;
		assertTrue(lastY > firstY, "the sentence wraps in the editor");
		Workbench.pause(300, "the painting");

		org.eclipse.swt.graphics.Point size = widget.getSize();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(widget.getDisplay(), size.x, size.y);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		org.eclipse.swt.graphics.ImageData pixels;
		try {
			widget.print(gc);
			pixels = image.getImageData();
			// for a person to look at: target/problem-underline.png
			org.eclipse.swt.graphics.ImageLoader png = new org.eclipse.swt.graphics.ImageLoader();
			png.data = new org.eclipse.swt.graphics.ImageData[] { pixels };
			png.save("target/problem-underline.png", org.eclipse.swt.SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		int lineHeight = widget.getLineHeight(at);
		for (int y : new int[] { firstY, lastY }) {
			int coloured = 0;
			for (int row = y + lineHeight / 2; row < Math.min(y + lineHeight + 2, pixels.height); row++) {
				for (int column = 0; column < pixels.width; column++) {
					org.eclipse.swt.graphics.RGB rgb = pixels.palette.getRGB(pixels.getPixel(column, row));
					if (Math.max(rgb.red, Math.max(rgb.green, rgb.blue)) - Math.min(rgb.red, Math.min(rgb.green, rgb.blue)) > 60) {
						coloured++;
					}
				}
			}
			assertTrue(coloured > 20, "a wave under the visual line at y=" + y + ": " + coloured + " coloured pixels");
		}
	}

	/**
	 * Clearing the wave of a problem off screen reads nothing of the note. The platform's way (the widget's
	 * redrawRange) added up the height of every line of a wrapping widget, reading each line of the note, for
	 * every problem the annotation painter cleared after an analysis, wherever it was. On screen, its line
	 * repaints.
	 */
	@Test
	void clearingAProblemsWaveOffScreenReadsNothingAndOnScreenRepaintsItsLine() {
		org.eclipse.swt.widgets.Shell shell = new org.eclipse.swt.widgets.Shell(editor.getSite().getShell());
		try {
			shell.setLayout(new org.eclipse.swt.layout.FillLayout());
			shell.setSize(600, 400);
			org.eclipse.swt.custom.StyledText text = new org.eclipse.swt.custom.StyledText(shell,
					org.eclipse.swt.SWT.WRAP | org.eclipse.swt.SWT.V_SCROLL);
			text.setText("Een regel van de nota, lang genoeg om in een smal venster over twee regels te lopen als het moet.\n".repeat(5_000));
			int[] linesRead = { 0 };
			org.eclipse.swt.custom.StyledTextContent content = text.getContent();
			text.setContent((org.eclipse.swt.custom.StyledTextContent) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
					new Class<?>[] { org.eclipse.swt.custom.StyledTextContent.class }, (proxy, method, arguments) -> {
						if (method.getName().equals("getLine")) {
							linesRead[0]++;
						}
						try {
							return method.invoke(content, arguments);
						} catch (java.lang.reflect.InvocationTargetException e) {
							throw e.getCause();
						}
					}));
			shell.open();
			List<org.eclipse.swt.graphics.Rectangle> painted = new java.util.ArrayList<>();
			text.addPaintListener(event -> painted.add(new org.eclipse.swt.graphics.Rectangle(event.x, event.y, event.width, event.height)));
			Workbench.pause(300, "the first painting");
			painted.clear();
			nl.nota.ui.editor.ProblemUnderline wave = new nl.nota.ui.editor.ProblemUnderline();

			linesRead[0] = 0;
			wave.draw(null, null, text, text.getOffsetAtLine(4_000), 20, null);
			assertTrue(linesRead[0] < 100, "a problem off screen: " + linesRead[0] + " lines read");

			// on screen the widget reads them all again for any repaint it is asked for (its scroll bar's height,
			// when it wraps): what is asserted there is that the line repaints
			int second = text.getOffsetAtLine(1);
			wave.draw(null, null, text, second + 5, 20, null);
			Workbench.waitUntil(() -> !painted.isEmpty(), "the line to repaint");
			int y = text.getLinePixel(1);
			assertTrue(painted.stream().anyMatch(area -> area.y <= y && area.y + area.height >= y + text.getLineHeight(second)),
					"the problem's line repainted: " + painted);
		} finally {
			shell.dispose();
		}
	}

	/** A sentence of 166 words: a remark of the writing checks (long sentence), and long enough to wrap on any screen. */
	private static final String LONG_SENTENCE = ("Dit is een zin die maar doorgaat " + "en nog verder gaat ".repeat(40)).trim() + ".";

	private int lastMarkerStart() {
		return java.util.Arrays.stream(allMarkers()).mapToInt(marker -> marker.getAttribute(IMarker.CHAR_START, -1)).max().orElse(-1);
	}

	/**
	 * A line added at a section's end grows its fold without restyling more than the changed paragraphs. A fold
	 * whose length changed was taken out of the projection model and added again, and the platform's
	 * projection viewer restyles all the text of a fold added to it: for the Toelichting of a long note, most of the note.
	 */
	@Test
	void aLineAddedAtASectionsEndGrowsItsFoldWithoutRestylingTheNote() throws BadLocationException {
		IDocument document = editor.getDocument();
		// a long Toelichting, as in a real note of some pages
		int toelichting = document.get().indexOf("# Toelichting\n") + "# Toelichting\n".length();
		document.replace(toelichting, 0, "Een alinea van de toelichting, om de nota lang te maken.\n\n".repeat(300));
		ProjectionAnnotationModel folds = ((org.eclipse.jface.text.source.projection.ProjectionViewer) editor.viewer()).getProjectionAnnotationModel();
		int section = document.get().indexOf("# Toelichting\n");
		for (int line = 1; line <= 3; line++) {
			String typed = document.get();
			Workbench.waitUntil(() -> editor.getAnalysis().text().equals(typed) && foldAt(folds, section) != null, "the folds of the note");
			Workbench.pause(300, "the folds applied");
			String added = "Nieuwe regel " + line + ".\n";
			List<Integer> restyled = restyledWhile(() -> {
				// on the blank line after the section's last line (its last sub-section's): the paragraph goes on
				int at = document.get().indexOf("\n\n# Informatie die niet openbaar") + 1;
				document.replace(at, 0, added);
				int end = at + added.length();
				Workbench.waitUntil(() -> {
					Annotation sectionFold = foldAt(folds, section);
					Position fold = sectionFold == null ? null : folds.getPosition(sectionFold);
					return fold != null && fold.getOffset() + fold.getLength() >= end;
				}, "the Toelichting's fold to take in the new line");
				Workbench.pause(300, "the painting");
			});
			int largest = restyled.stream().mapToInt(Integer::intValue).max().orElse(0);
			assertTrue(largest < document.getLength() / 10, "line " + line + ": restyled " + largest + " of " + document.getLength() + " characters: " + restyled);
		}
	}

	/** An edit of the note, with the waiting for what follows it. */
	private interface Edit {
		void run() throws BadLocationException;
	}

	/** The lengths of the stretches of text the viewer restyled while the edit ran. */
	private List<Integer> restyledWhile(Edit edit) throws BadLocationException {
		List<Integer> restyled = new java.util.ArrayList<>();
		org.eclipse.jface.text.ITextPresentationListener listener = presentation -> restyled.add(presentation.getExtent().getLength());
		org.eclipse.jface.text.ITextViewerExtension4 viewer = (org.eclipse.jface.text.ITextViewerExtension4) editor.viewer();
		viewer.addTextPresentationListener(listener);
		try {
			edit.run();
		} finally {
			viewer.removeTextPresentationListener(listener);
		}
		return restyled;
	}

	private static Annotation foldAt(ProjectionAnnotationModel folds, int offset) {
		for (Iterator<Annotation> it = folds.getAnnotationIterator(); it.hasNext();) {
			Annotation fold = it.next();
			Position position = folds.getPosition(fold);
			if (position != null && position.getOffset() == offset) {
				return fold;
			}
		}
		return null;
	}

	@Test
	void proseWrapsAtTheEditorsEdge() {
		assertTrue(editor.viewer().getTextWidget().getWordWrap(), "soft wrap is on");
	}

	@Test
	void aTypedTableAndFootnoteAreHighlightedAndShownInTheOutline() throws BadLocationException {
		IDocument document = editor.getDocument();
		int at = document.get().indexOf("# Kernpunten");
		String typed = "Zie de tabel.{voetnoot: Kamerstuk 21 501-28, nr. 296}\n\n| Jaar | Bedrag |\n|---|---:|\n| 2025 | 12,5 |\n: Bedragen\n\n";
		document.replace(at, 0, typed);
		NotaOutlinePage outline = (NotaOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		Workbench.waitUntil(() -> !outline.roots().isEmpty() && outline.roots().get(0).children().get(1).outline().stream()
				.anyMatch(node -> node.label().equals("Tabel: Bedragen")), "the table in the outline");
		List<String> shown = outline.roots().get(0).children().get(1).outline().stream().map(NotaStructure.Node::label).toList();
		assertEquals(List.of("Voetnoot: Kamerstuk 21 501-28, nr. 296", "Tabel: Bedragen"), shown);
		// the editor paints the table's bars and the footnote's keyword as markup, the cell text as text
		org.eclipse.swt.custom.StyledText widget = editor.viewer().getTextWidget();
		Workbench.waitUntil(() -> widget.getStyleRangeAtOffset(at + typed.indexOf("| Jaar")) != null, "the table highlighted");
		var bar = widget.getStyleRangeAtOffset(at + typed.indexOf("| Jaar"));
		var keyword = widget.getStyleRangeAtOffset(at + typed.indexOf("voetnoot"));
		assertTrue(keyword != null && (keyword.fontStyle & org.eclipse.swt.SWT.BOLD) != 0, String.valueOf(keyword));
		assertTrue(bar.foreground != null, String.valueOf(bar));
		assertEquals(null, widget.getStyleRangeAtOffset(at + typed.indexOf("Jaar")), "cell text is plain");
		Workbench.waitUntil(() -> Workbench.markers(note, IssueCodes.RAGGED_ROW).isEmpty(), "no marker for a complete table");
	}

	/**
	 * Typing does not make the highlighter read and scan the whole note again (20–50 ms of the UI thread a
	 * keystroke on 5,000 lines): it follows each change, and what it paints is still right, here for a heading
	 * typed key by key, a redaction, and a heading taken away again.
	 */
	@Test
	void theHighlighterFollowsTypingWithoutScanningTheWholeNote() throws BadLocationException {
		IDocument document = editor.getDocument();
		org.eclipse.swt.custom.StyledText widget = editor.viewer().getTextWidget();
		int at = document.get().indexOf("# Kernpunten");
		Workbench.waitUntil(() -> widget.getStyleRangeAtOffset(at) != null, "the note highlighted");
		int scans = editor.highlighterFullScans();
		String typed = "# Nieuw\nTekst met {lak 5.1.2e: een naam}.\n\n";
		for (int i = 0; i < typed.length(); i++) {
			document.replace(at + i, 0, typed.substring(i, i + 1));
		}
		Workbench.waitUntil(() -> widget.getStyleRangeAtOffset(at + 2) != null, "the typed heading highlighted");
		var heading = widget.getStyleRangeAtOffset(at + 2);
		assertTrue((heading.fontStyle & org.eclipse.swt.SWT.BOLD) != 0, String.valueOf(heading));
		var redacted = widget.getStyleRangeAtOffset(at + typed.indexOf("een naam"));
		assertTrue(redacted != null && redacted.background != null, "the redacted name is marked: " + redacted);
		assertEquals(null, widget.getStyleRangeAtOffset(at + typed.indexOf("met")), "prose is plain");
		document.replace(at, 2, ""); // "Nieuw" is no longer a heading but a paragraph's first line
		Workbench.waitUntil(() -> widget.getStyleRangeAtOffset(at) == null, "the former heading plain");
		assertEquals(scans, editor.highlighterFullScans(), "the highlighter read the whole note again while typing");
	}

	@Test
	void contentAssistOffersTheSectionTheNoteLacks() throws BadLocationException {
		IDocument document = editor.getDocument();
		String text = document.get();
		int start = text.indexOf("# Kernpunten\n");
		int end = text.indexOf("\n# Toelichting", start) + 1;
		document.replace(start, end - start, "# K\n\n");
		ICompletionProposal[] proposals = editor.completionProposals(start + 3);
		assertEquals(1, proposals.length, () -> java.util.Arrays.toString(proposals));
		assertEquals("# Kernpunten", proposals[0].getDisplayString());
		proposals[0].apply(document);
		assertTrue(document.get().startsWith("# Kernpunten\n-\n", start), document.get().substring(start, start + 40));
	}

	private MarkerAnnotation annotationFor(IMarker marker) {
		var model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof MarkerAnnotation annotation && annotation.getMarker().equals(marker)) {
				return annotation;
			}
		}
		return null;
	}
}
