package nl.nota.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
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
	 * the same already (so the Problems view does not flicker while the writer types).
	 */
	public static void update(IResource file, List<Issue> issues, String scope) throws CoreException {
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.IGNORE || issue.getSeverity() == Severity.INFO
					&& !IssueCodes.SPELLING_UNAVAILABLE.equals(issue.getCode())) {
				continue;
			}
			Map<String, Object> attributes = new java.util.HashMap<>(attributes(issue));
			attributes.put(SCOPE, scope);
			wanted.add(attributes);
		}
		// read, compare and replace under the file's scheduling rule: the editor's reconciler and the builder
		// may update the same file at the same time
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			if (!file.exists()) {
				return;
			}
			IMarker[] existing = java.util.Arrays.stream(file.findMarkers(TYPE, true, IResource.DEPTH_ZERO))
					.filter(marker -> scope.equals(marker.getAttribute(SCOPE, STRUCTURE))).toArray(IMarker[]::new);
			if (same(existing, wanted)) {
				return;
			}
			for (IMarker marker : existing) {
				marker.delete();
			}
			for (Map<String, Object> attributes : wanted) {
				file.createMarker(IssueCodes.REVIEW_COMMENT.equals(attributes.get(CODE)) ? COMMENT_TYPE : TYPE, attributes);
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	/**
	 * Writes one file's markers in a job of its own, so that whoever found the issues goes on at once. The
	 * editor's analysis waited here for the workspace while a build held it (seconds on a first start and
	 * after a save, with the preview and outline waiting behind it). Per scope only the latest issues handed
	 * over are written.
	 */
	public static final class Writer extends WorkspaceJob {

		private final IResource file;
		private final Pending<String, List<Issue>> latest = new Pending<>();

		public Writer(IResource file) {
			super("Nota-meldingen bijwerken");
			this.file = file;
			setRule(file);
			setSystem(true);
		}

		public IResource file() {
			return file;
		}

		/** Hands over the issues of one validation step; they replace any not yet written for that step. */
		public void write(List<Issue> issues, String scope) {
			latest.put(scope, List.copyOf(issues));
			schedule();
		}

		@Override
		public IStatus runInWorkspace(IProgressMonitor monitor) {
			for (Map.Entry<String, List<Issue>> next = latest.take(); next != null; next = latest.take()) {
				try {
					update(file, next.getValue(), next.getKey());
				} catch (CoreException e) {
					NotaUiPlugin.log("Markeringen konden niet worden bijgewerkt", e);
				}
			}
			return Status.OK_STATUS;
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

	private static boolean same(IMarker[] existing, List<Map<String, Object>> wanted) throws CoreException {
		if (existing.length != wanted.size()) {
			return false;
		}
		Set<Map<String, Object>> have = new HashSet<>();
		for (IMarker marker : existing) {
			have.add(marker.getAttributes());
		}
		return have.equals(new HashSet<>(wanted));
	}

	/** The issue a marker was made from, enough for its quick fixes. */
	public static Issue issueOf(IMarker marker) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(marker.getAttribute(CODE, null));
		String data = marker.getAttribute(DATA, "");
		issue.setData(data.isEmpty() ? new String[0] : data.split(SEPARATOR, -1));
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		issue.setOffset(start);
		issue.setLength(Math.max(0, marker.getAttribute(IMarker.CHAR_END, start) - start));
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
