package nl.nota.ui.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ISynchronizable;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import nl.nota.lang.validation.IssueCodes;
import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.Pending;

/**
 * The problem markers of notes: one marker type for the editor (while typing) and the builder (on save),
 * carrying the issue code and its fix data so quick fixes work from the editor and the Problems view alike.
 */
public final class NotaMarkers {

	public static final String TYPE = "nl.nota.ui.problem";
	/** A reviewer's remark: a {@link #TYPE} of its own, for the Problems view's filter. */
	public static final String COMMENT_TYPE = "nl.nota.ui.reviewComment";
	public static final String CODE = "code";
	public static final String DATA = "data";
	/** Which validation step made the marker: {@link #STRUCTURE} or {@link #WRITING}. */
	public static final String SCOPE = "scope";
	public static final String STRUCTURE = "structure";
	public static final String WRITING = "writing";
	private static final String SEPARATOR = "\u001f";

	private NotaMarkers() {
	}

	/** Replaces the note's structural markers by the issues' markers (for problems found outside validation). */
	public static void update(IResource file, List<Issue> issues) throws CoreException {
		update(file, issues, STRUCTURE);
	}

	/**
	 * Replaces the note's markers of one validation step by the issues' markers; does nothing when they are
	 * the same already (so the Problems view does not flicker while the writer types). Used by the builder: the
	 * issues are of the file as saved, compared with the markers as written.
	 */
	public static void update(IResource file, List<Issue> issues, String scope) throws CoreException {
		update(file, issues, scope, IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP, false);
	}

	/**
	 * Brings the markers of one validation step to the issues of an analysis of the editor's text with the
	 * given modification stamp. A marker the editor shows where the issue now is (its annotation moved with
	 * the text typed before it) and that says the same is kept as it is: rewriting every marker after a
	 * keystroke above them made a resource change per keystroke, on which the annotation model, the Problems
	 * view and the Project Explorer all worked on the UI thread. Such a marker's own offsets and line number
	 * are those of an earlier text until {@code settle} writes them (the writer does once the typing pauses;
	 * saving does too); quick fixes and the editor read the position the editor shows. Issues of a text the
	 * document no longer holds are not written at all: the analysis of the newer text follows.
	 *
	 * @return whether markers with earlier offsets are left (to settle later)
	 */
	static boolean update(IResource file, List<Issue> issues, String scope, long stamp, boolean settle) throws CoreException {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE || issue.getSeverity() == Severity.INFO
					&& !IssueCodes.SPELLING_UNAVAILABLE.equals(issue.getCode())) {
				continue;
			}
			Map<String, Object> attributes = new HashMap<>(attributes(issue));
			attributes.put(SCOPE, scope);
			wanted.add(attributes);
		}
		boolean[] stale = { false };
		// read, compare and replace under the file's scheduling rule: the editor's reconciler and the builder
		// may update the same file at the same time
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			if (!file.exists()) {
				return;
			}
			Shown shown = stamp == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP ? null : Shown.of(file);
			if (shown != null && shown.stamp() != stamp) {
				return;
			}
			Map<Key, ArrayDeque<IMarker>> existing = new HashMap<>();
			for (IMarker marker : file.findMarkers(TYPE, true, IResource.DEPTH_ZERO)) {
				Map<String, Object> attributes = marker.getAttributes();
				if (scope.equals(attributes.getOrDefault(SCOPE, STRUCTURE))) {
					Position at = shown == null ? null : shown.positions().get(marker);
					Key key = at == null ? Key.of(attributes) : Key.of(attributes, at.getOffset(), at.getOffset() + at.getLength());
					existing.computeIfAbsent(key, k -> new ArrayDeque<>()).add(marker);
				}
			}
			List<Map<String, Object>> added = new ArrayList<>();
			Map<IMarker, Map<String, Object>> moved = new HashMap<>();
			for (Map<String, Object> attributes : wanted) {
				ArrayDeque<IMarker> same = existing.get(Key.of(attributes));
				IMarker kept = same == null ? null : same.poll();
				if (kept == null) {
					added.add(attributes);
				} else if (!kept.getAttributes().equals(attributes)) {
					moved.put(kept, attributes);
				}
			}
			for (ArrayDeque<IMarker> gone : existing.values()) {
				for (IMarker marker : gone) {
					marker.delete();
				}
			}
			for (Map<String, Object> attributes : added) {
				file.createMarker(IssueCodes.REVIEW_COMMENT.equals(attributes.get(CODE)) ? COMMENT_TYPE : TYPE, attributes);
			}
			if (settle) {
				for (Map.Entry<IMarker, Map<String, Object>> marker : moved.entrySet()) {
					marker.getKey().setAttributes(POSITION, new Object[] { marker.getValue().get(IMarker.CHAR_START),
							marker.getValue().get(IMarker.CHAR_END), marker.getValue().get(IMarker.LINE_NUMBER) });
				}
			} else {
				stale[0] = !moved.isEmpty();
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
		return stale[0];
	}

	/** The attributes that say where a marker is; the others say what it is. */
	private static final String[] POSITION = { IMarker.CHAR_START, IMarker.CHAR_END, IMarker.LINE_NUMBER };

	/** What a marker says and where it is. */
	private record Key(Map<String, Object> what, int start, int end) {

		static Key of(Map<String, Object> attributes) {
			return of(attributes, (Integer) attributes.getOrDefault(IMarker.CHAR_START, -1), (Integer) attributes.getOrDefault(IMarker.CHAR_END, -1));
		}

		static Key of(Map<String, Object> attributes, int start, int end) {
			Map<String, Object> what = new HashMap<>(attributes);
			for (String position : POSITION) {
				what.remove(position);
			}
			return new Key(what, start, end);
		}
	}

	/**
	 * Where the open editor shows the file's markers (the positions of their annotations, which move with the
	 * text as it is typed), with the stamp of the text they are in; taken under the document's lock, so that no
	 * keystroke falls between the two.
	 */
	private record Shown(long stamp, Map<IMarker, Position> positions) {

		/** The file's shown markers, or null when no editor has the file open. */
		static Shown of(IResource file) {
			ITextFileBuffer buffer = openBuffer(file);
			if (buffer == null || !(buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel model)
					|| !(buffer.getDocument() instanceof IDocumentExtension4 document)) {
				return null;
			}
			Object lock = document instanceof ISynchronizable synchronizable && synchronizable.getLockObject() != null
					? synchronizable.getLockObject()
					: model;
			synchronized (lock) {
				Map<IMarker, Position> positions = new HashMap<>();
				for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
					if (annotations.next() instanceof MarkerAnnotation annotation) {
						Position position = model.getPosition(annotation);
						if (position != null && !position.isDeleted()) {
							positions.put(annotation.getMarker(), new Position(position.getOffset(), position.getLength()));
						}
					}
				}
				return new Shown(document.getModificationStamp(), positions);
			}
		}
	}

	/** Where the open editor shows the marker, or null when no editor has its file open. */
	static Position shownPosition(IMarker marker) {
		ITextFileBuffer buffer = openBuffer(marker.getResource());
		if (buffer == null || !(buffer.getAnnotationModel() instanceof AbstractMarkerAnnotationModel model)) {
			return null;
		}
		Position position = model.getMarkerPosition(marker);
		return position == null || position.isDeleted() ? null : new Position(position.getOffset(), position.getLength());
	}

	/** The file's text as an open editor has it (its buffer and annotation model), or null when none has it open. */
	private static ITextFileBuffer openBuffer(IResource file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
	}

	/**
	 * Writes one file's markers in a job of its own, so that whoever found the issues goes on at once. The
	 * editor's analysis waited here for the workspace while a build held it (seconds on a first start and
	 * after a save, with the preview and outline waiting behind it). Per scope only the latest issues handed
	 * over are written. Markers kept where the editor shows them get their own offsets and line number
	 * written {@link #SETTLE_MS} after the last write (the Problems view's line numbers).
	 */
	public static final class Writer extends WorkspaceJob {

		/** How long after the last write the kept markers' offsets are brought up to date. */
		static final int SETTLE_MS = 1000;

		private record Batch(List<Issue> issues, long stamp) {
		}

		private final IResource file;
		private final Pending<String, Batch> latest = new Pending<>();
		/** The last batch written per scope, and the scopes whose markers have offsets of an earlier text. */
		private final Map<String, Batch> written = new ConcurrentHashMap<>();
		private final Set<String> unsettled = ConcurrentHashMap.newKeySet();
		private final WorkspaceJob settler;

		public Writer(IResource file) {
			super("Nota-meldingen bijwerken");
			this.file = file;
			setRule(file);
			setSystem(true);
			settler = new WorkspaceJob("Nota-meldingen bijwerken (regelnummers)") {
				@Override
				public IStatus runInWorkspace(IProgressMonitor monitor) {
					for (String scope : unsettled) {
						Batch batch = written.get(scope);
						unsettled.remove(scope);
						if (batch != null) {
							attempt(() -> update(file, batch.issues(), scope, batch.stamp(), true));
						}
					}
					return Status.OK_STATUS;
				}
			};
			settler.setRule(file);
			settler.setSystem(true);
		}

		public IResource file() {
			return file;
		}

		/**
		 * Hands over the issues of one validation step of the text with the given modification stamp; they
		 * replace any not yet written for that step.
		 */
		public void write(List<Issue> issues, String scope, long stamp) {
			latest.put(scope, new Batch(List.copyOf(issues), stamp));
			schedule();
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) {
			for (Map.Entry<String, Batch> next = latest.take(); next != null; next = latest.take()) {
				String scope = next.getKey();
				Batch batch = next.getValue();
				written.put(scope, batch);
				if (attempt(() -> update(file, batch.issues(), scope, batch.stamp(), false))) {
					unsettled.add(scope);
				} else {
					unsettled.remove(scope);
				}
			}
			if (!unsettled.isEmpty()) {
				// a sleeping job scheduled again waits anew: the offsets are written once the writer pauses
				settler.schedule(SETTLE_MS);
			}
			return Status.OK_STATUS;
		}

		private interface Update {
			boolean run() throws CoreException;
		}

		private static boolean attempt(Update update) {
			try {
				return update.run();
			} catch (CoreException e) {
				NotaUiPlugin.log("Markeringen konden niet worden bijgewerkt", e);
				return false;
			}
		}
	}

	private static Map<String, Object> attributes(Issue issue) {
		int severity = switch (issue.getSeverity()) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
		int offset = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		return Map.of(IMarker.SEVERITY, severity, IMarker.MESSAGE, issue.getMessage() + (issue.getCode() == null ? "" : " [" + issue.getCode() + "]"),
				IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber(), IMarker.CHAR_START, offset, IMarker.CHAR_END,
				offset + length, CODE, issue.getCode() == null ? "nota.syntax" : issue.getCode(), DATA,
				issue.getData() == null ? "" : String.join(SEPARATOR, issue.getData()), IMarker.SOURCE_ID, "Nota");
	}

	/** The issue a marker was made from, enough for its quick fixes, at the offset the editor shows it. */
	public static Issue issueOf(IMarker marker) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(marker.getAttribute(CODE, null));
		String data = marker.getAttribute(DATA, "");
		issue.setData(data.isEmpty() ? new String[0] : data.split(SEPARATOR, -1));
		// where the editor shows it, when it is open: the marker's own offsets may be of an earlier text (see update)
		Position shown = shownPosition(marker);
		int start = shown != null ? shown.getOffset() : marker.getAttribute(IMarker.CHAR_START, 0);
		issue.setOffset(start);
		issue.setLength(shown != null ? shown.getLength() : Math.max(0, marker.getAttribute(IMarker.CHAR_END, start) - start));
		issue.setLineNumber(marker.getAttribute(IMarker.LINE_NUMBER, 1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		issue.setMessage(message);
		issue.setSeverity(marker.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR ? Severity.ERROR : Severity.WARNING);
		return issue;
	}

	public static boolean isNotaMarker(IMarker marker) {
		try {
			return marker.exists() && (Objects.equals(marker.getType(), TYPE) || Objects.equals(marker.getType(), COMMENT_TYPE));
		} catch (CoreException e) {
			return false;
		}
	}
}
