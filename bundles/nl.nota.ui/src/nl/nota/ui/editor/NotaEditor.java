package nl.nota.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.AnnotationPreference;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.util.CancelIndicator;

import nl.nota.lang.ide.services.NotaStructure;
import nl.nota.ui.NotaUiPlugin;

/**
 * The nota editor: Eclipse's text editor with the nota language's services. Highlighting comes from the
 * scanner; parsing and validation run in the reconciler's thread and come back as markers (editor
 * annotations and the Problems view), the outline, folding per section, and the previews.
 */
public class NotaEditor extends TextEditor {

	public static final String ID = "nl.nota.ui.editor";
	public static final String CONTEXT = "nl.nota.ui.editorScope";
	public static final String TOGGLE_COMMENT = "nl.nota.ui.toggleComment";
	public static final String FORMAT = "nl.nota.ui.format";

	private final List<Consumer<NotaAnalysis>> listeners = new CopyOnWriteArrayList<>();
	private volatile NotaAnalysis analysis;
	/** How long, in milliseconds, the writing checks of a change wait for the preview (see {@link #analyse}). */
	private static final int WRITING_CHECKS_PAUSE = 150;
	private volatile Timing timing;

	/**
	 * When the last analysis started, when its structural checks were done, when their markers were handed to
	 * the marker writer and when it was complete
	 * ({@link System#nanoTime()}); the editor benchmark reads it to say where the time goes.
	 */
	public record Timing(long started, long structuralChecks, long structuralMarkers, long complete) {
	}
	private NotaOutlinePage outline;
	private ProjectionSupport projectionSupport;
	private final Map<ProjectionAnnotation, Position> folds = new HashMap<>();
	/** Writes the markers of the analysis (on the analysis thread only). */
	private NotaMarkers.Writer markers;
	/** The syntax highlighter of this editor's viewer (set by its configuration). */
	NotaHighlighter highlighter;

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setPreferenceStore(new org.eclipse.ui.texteditor.ChainedPreferenceStore(new org.eclipse.jface.preference.IPreferenceStore[] {
				NotaUiPlugin.getDefault().getPreferenceStore(), getPreferenceStore() }));
		setSourceViewerConfiguration(new NotaSourceViewerConfiguration(this, getPreferenceStore()));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT });
	}

	@Override
	protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
		fAnnotationAccess = getAnnotationAccess();
		fOverviewRuler = createOverviewRuler(getSharedColors());
		ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
		getSourceViewerDecorationSupport(viewer);
		return viewer;
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		projectionSupport = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
		projectionSupport.install();
		viewer.doOperation(ProjectionViewer.TOGGLE);
		// a prose editor wraps: paragraphs are long lines, and sideways scrolling loses the reader
		setWordWrap(true);
	}

	@Override
	protected SourceViewerDecorationSupport getSourceViewerDecorationSupport(ISourceViewer viewer) {
		if (fSourceViewerDecorationSupport == null) {
			// problems drawn on the text rather than styled into it (see ProblemUnderline)
			fSourceViewerDecorationSupport = new SourceViewerDecorationSupport(viewer, getOverviewRuler(), getAnnotationAccess(), getSharedColors()) {
				@Override
				protected AnnotationPainter createAnnotationPainter() {
					AnnotationPainter painter = super.createAnnotationPainter();
					ProblemUnderline underline = new ProblemUnderline();
					painter.addDrawingStrategy(AnnotationPreference.STYLE_PROBLEM_UNDERLINE, underline);
					painter.addDrawingStrategy(AnnotationPreference.STYLE_SQUIGGLES, underline);
					return painter;
				}
			};
			configureSourceViewerDecorationSupport(fSourceViewerDecorationSupport);
		}
		return fSourceViewerDecorationSupport;
	}

	@Override
	protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
		support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}' }));
		support.setMatchingCharacterPainterPreferenceKeys(NotaEditorPreferences.MATCHING_BRACKETS,
				NotaEditorPreferences.MATCHING_BRACKETS_COLOR);
		super.configureSourceViewerDecorationSupport(support);
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new ContentAssistAction(Messages.BUNDLE, "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		IAction format = new TextOperationAction(Messages.BUNDLE, "Format.", this, ISourceViewer.FORMAT);
		format.setActionDefinitionId(FORMAT);
		setAction("Format", format);
		IAction toggle = new ToggleCommentAction(this);
		toggle.setActionDefinitionId(TOGGLE_COMMENT);
		setAction("ToggleComment", toggle);
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new NotaOutlinePage(this);
				if (analysis != null) {
					outline.update(analysis.structure());
				}
			}
			return adapter.cast(outline);
		}
		if (projectionSupport != null) {
			T projectionAdapter = projectionSupport.getAdapter(getSourceViewer(), adapter);
			if (projectionAdapter != null) {
				return projectionAdapter;
			}
		}
		return super.getAdapter(adapter);
	}

	@Override
	protected void handleCursorPositionChanged() {
		super.handleCursorPositionChanged();
		if (outline != null && getSourceViewer() != null) {
			outline.reveal(widgetOffsetToModel(getSourceViewer().getTextWidget().getCaretOffset()));
		}
	}

	private int widgetOffsetToModel(int widgetOffset) {
		return getSourceViewer() instanceof ProjectionViewer viewer ? viewer.widgetOffset2ModelOffset(widgetOffset) : widgetOffset;
	}

	/** The file behind the editor, or null for a file outside the workspace. */
	public IFile getFile() {
		IEditorInput input = getEditorInput();
		return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	/** The note's URI as the language sees it: a platform resource for workspace files, so the folder's note types apply. */
	public URI noteUri() {
		IFile file = getFile();
		if (file != null) {
			return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		}
		IEditorInput input = getEditorInput();
		if (input instanceof IURIEditorInput uriInput && uriInput.getURI() != null && "file".equals(uriInput.getURI().getScheme())) {
			return URI.createFileURI(new java.io.File(uriInput.getURI()).getAbsolutePath());
		}
		return URI.createURI("memory:/nota.nota");
	}

	public IDocument getDocument() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	/**
	 * Called by the reconciler, off the UI thread: the structural checks first, their markers at once, then
	 * the writing checks and theirs; outline, folding and previews follow the complete analysis.
	 */
	void analyse(String text, long stamp, BooleanSupplier cancelled) {
		CancelIndicator cancel = cancelled::getAsBoolean;
		NotaAnalysis result;
		IFile file = getFile();
		long started = System.nanoTime();
		long structuralChecks;
		long structuralMarkers;
		try {
			NotaAnalysis structural = NotaAnalysis.structural(text, noteUri(), cancel);
			if (cancelled.getAsBoolean()) {
				return;
			}
			structuralChecks = System.nanoTime();
			updateMarkers(file, structural.issues(), NotaMarkers.STRUCTURE, stamp);
			structuralMarkers = System.nanoTime();
			// the preview needs the parsed note, not the writing checks: it can start now
			listeners.forEach(listener -> listener.accept(structural));
			// while typing, the writing checks wait a moment: the preview renders first, without them competing
			// for the two cores of a writer's laptop, and a keystroke in that moment makes them unnecessary
			if (analysis != null && !pause(WRITING_CHECKS_PAUSE, cancelled)) {
				return;
			}
			result = structural.withWritingChecks(cancel);
			if (cancelled.getAsBoolean()) {
				return;
			}
			updateMarkers(file, result.writingIssues(), NotaMarkers.WRITING, stamp);
		} catch (org.eclipse.xtext.service.OperationCanceledError | org.eclipse.core.runtime.OperationCanceledException e) {
			// the writer typed on: the next analysis follows
			return;
		} catch (RuntimeException e) {
			NotaUiPlugin.log("De nota kon niet worden geanalyseerd", e);
			return;
		}
		analysis = result;
		timing = new Timing(started, structuralChecks, structuralMarkers, System.nanoTime());
		listeners.forEach(listener -> listener.accept(result));
		// the outline shows readability per section: count it here, in the background, not in the label provider
		for (NotaStructure.Node node : result.structure().all()) {
			if (cancelled.getAsBoolean()) {
				return;
			}
			node.readability();
		}
		Display display = getSite() == null ? null : getSite().getShell().getDisplay();
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (getSourceViewer() == null || getSourceViewer().getTextWidget() == null || getSourceViewer().getTextWidget().isDisposed()) {
					return;
				}
				// the text changed since this analysis began (an undo, a paste): its offsets would put folds and outline
				// links on the wrong lines; the analysis of the new text, already scheduled, brings them
				IDocument current = getDocument();
				if (current == null || !isText(current, stamp, result.text())) {
					return;
				}
				if (outline != null) {
					outline.update(result.structure());
				}
				updateFolding(result.structure(), result.text());
			});
		}
	}

	/**
	 * Whether the document holds the text taken from it with the given modification stamp: the stamp tells
	 * without copying the whole note on the UI thread (two copies of 278 KB per analysis on 5,000 lines).
	 */
	private static boolean isText(IDocument document, long stamp, String text) {
		if (stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP && document instanceof IDocumentExtension4 extension) {
			return extension.getModificationStamp() == stamp;
		}
		return text.equals(document.get());
	}

	/** Waits the given milliseconds in short steps; false when the analysis was cancelled meanwhile. */
	private static boolean pause(int millis, BooleanSupplier cancelled) {
		for (int waited = 0; waited < millis; waited += 5) {
			if (cancelled.getAsBoolean()) {
				return false;
			}
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !cancelled.getAsBoolean();
	}

	/** Hands the issues to the file's marker writer: the analysis does not wait for the workspace. */
	private void updateMarkers(IFile file, java.util.List<org.eclipse.xtext.validation.Issue> issues, String scope, long stamp) {
		if (file == null) {
			return;
		}
		NotaMarkers.Writer writer = markers;
		if (writer == null || !writer.file().equals(file)) {
			writer = new NotaMarkers.Writer(file);
			markers = writer;
		}
		writer.write(issues, scope, stamp);
	}

	/** The timing of the latest complete analysis, or null before the first one. */
	public Timing getTiming() {
		return timing;
	}

	/** The latest analysis, or null before the first one. */
	public NotaAnalysis getAnalysis() {
		return analysis;
	}

	/**
	 * Listeners hear every analysis, on the reconciler's thread: first with the structural checks only (no
	 * {@link NotaAnalysis#structure()} yet), as soon as they are done, then again complete.
	 */
	public void addAnalysisListener(Consumer<NotaAnalysis> listener) {
		listeners.add(listener);
	}

	public void removeAnalysisListener(Consumer<NotaAnalysis> listener) {
		listeners.remove(listener);
	}

	/** One fold per part, section and sub-section that spans more than its first line; text is the document's. */
	private void updateFolding(NotaStructure structure, String text) {
		ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		IDocument document = getDocument();
		if (model == null || document == null) {
			return;
		}
		Map<Position, ProjectionAnnotation> wanted = new HashMap<>();
		for (NotaStructure.Node node : structure.all()) {
			int end = Math.min(node.end(), text.length());
			// do not fold the blank lines before the next heading
			while (end > node.offset() && Character.isWhitespace(text.charAt(end - 1))) {
				end--;
			}
			try {
				int lastLine = document.getLineOfOffset(end);
				if (lastLine > document.getLineOfOffset(node.offset())) {
					int foldEnd = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1) : document.getLength();
					wanted.put(new Position(node.offset(), foldEnd - node.offset()), new ProjectionAnnotation());
				}
			} catch (org.eclipse.jface.text.BadLocationException e) {
				// the document changed since the analysis; the next analysis folds again
			}
		}
		Map<ProjectionAnnotation, Position> additions = new HashMap<>();
		List<ProjectionAnnotation> deletions = new java.util.ArrayList<>();
		Map<Position, ProjectionAnnotation> kept = new HashMap<>();
		List<ProjectionAnnotation> unmatched = new java.util.ArrayList<>();
		for (Map.Entry<ProjectionAnnotation, Position> fold : folds.entrySet()) {
			Position current = model.getPosition(fold.getKey());
			if (current != null && wanted.containsKey(current) && !kept.containsKey(current)) {
				kept.put(current, fold.getKey());
			} else {
				unmatched.add(fold.getKey());
			}
		}
		// an open fold whose section only grew or shrank (a line typed at its end) keeps its annotation and gets
		// its new length in place: the projection viewer restyles all the text of every fold added or changed
		// through the model, for the Toelichting of a long note most of the note, on the UI thread
		Map<Integer, Position> wantedByStart = new HashMap<>();
		for (Position position : wanted.keySet()) {
			if (!kept.containsKey(position)) {
				wantedByStart.merge(position.getOffset(), position, (one, other) -> one.getLength() >= other.getLength() ? one : other);
			}
		}
		for (ProjectionAnnotation fold : unmatched) {
			Position current = model.getPosition(fold);
			Position target = current == null || fold.isCollapsed() ? null : wantedByStart.remove(current.getOffset());
			if (target != null) {
				current.setLength(target.getLength());
				kept.put(target, fold);
			} else {
				deletions.add(fold);
			}
		}
		folds.clear();
		for (Map.Entry<Position, ProjectionAnnotation> entry : wanted.entrySet()) {
			ProjectionAnnotation existing = kept.get(entry.getKey());
			if (existing != null) {
				folds.put(existing, entry.getKey());
			} else {
				additions.put(entry.getValue(), entry.getKey());
				folds.put(entry.getValue(), entry.getKey());
			}
		}
		model.modifyAnnotations(deletions.toArray(new ProjectionAnnotation[0]), additions, null);
	}

	@Override
	public void dispose() {
		listeners.clear();
		super.dispose();
	}

	/** What content assist offers at the offset (Ctrl+Space). */
	public org.eclipse.jface.text.contentassist.ICompletionProposal[] completionProposals(int offset) {
		return new NotaContentAssistProcessor(this).computeCompletionProposals(getSourceViewer(), offset);
	}

	/** For tests and the preview: the source viewer. */
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	/** How many times the highlighter read and scanned the whole text rather than following a change (for tests). */
	public int highlighterFullScans() {
		return highlighter == null ? 0 : highlighter.fullScans();
	}
}
