package nl.nota.ui.builder;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.Pending;
import nl.nota.ui.editor.NotaAnalysis;
import nl.nota.ui.editor.NotaMarkers;
import nl.nota.ui.preferences.NotaPreferences;

/**
 * Writes the drafts of checked notes after the build, in a job of its own. Rendering a letter and a nota in
 * three formats takes seconds; inside the build the whole workspace was held that long after every save
 * (and on a first start, while the example opened), so markers, quick fixes and other saves waited for it.
 * Requests for one note coalesce: only its latest checked text is rendered.
 */
public final class DraftWriter extends Job {

	/** The job family, for whoever must wait until the drafts are written (tests, an exit). */
	public static final Object FAMILY = DraftWriter.class;
	/** A short pause before writing: a burst of saves (or a first build) is rendered once, after the editor got the CPU. */
	private static final long PAUSE = 300;
	/**
	 * The pause before the first drafts of a session: the first build asks for them while the workbench is still
	 * opening the note, and their seconds of PDF rendering took the core that the outline and preview needed.
	 */
	private static final long FIRST_PAUSE = 4000;
	private static final DraftWriter INSTANCE = new DraftWriter();

	private final Pending<IFile, NotaAnalysis> pending = new Pending<>();
	/** Whether this session has written drafts (or begun to): later requests wait only {@link #PAUSE}. */
	private final AtomicBoolean written = new AtomicBoolean();

	private DraftWriter() {
		super("Concepten van nota's maken");
		setPriority(Job.LONG);
	}

	/** Asks for the drafts of this checked (error-free) text of the note; replaces an earlier request not yet written. */
	static void request(IFile note, NotaAnalysis analysis) {
		INSTANCE.pending.put(note, analysis);
		if (PlatformUI.isWorkbenchRunning() && INSTANCE.watchingShutdown.compareAndSet(false, true)) {
			PlatformUI.getWorkbench().addWorkbenchListener(INSTANCE.shutdown);
		}
		INSTANCE.schedule(INSTANCE.written.get() ? PAUSE : FIRST_PAUSE);
	}

	/**
	 * Writes what is asked for now, and returns when it is written: the workbench calls it before it shuts
	 * down, so that a save just before File › Exit still gets its drafts (a job still waiting would be
	 * cancelled, and the saved note would not be built again on the next start).
	 */
	public static void finish(IProgressMonitor monitor) throws InterruptedException {
		INSTANCE.wakeUp();
		Job.getJobManager().join(FAMILY, monitor);
	}

	private final AtomicBoolean watchingShutdown = new AtomicBoolean();
	private final IWorkbenchListener shutdown = new IWorkbenchListener() {
		@Override
		public boolean preShutdown(IWorkbench workbench, boolean forced) {
			try {
				workbench.getProgressService().busyCursorWhile(monitor -> {
					try {
						finish(monitor);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				});
			} catch (java.lang.reflect.InvocationTargetException e) {
				NotaUiPlugin.log("De concepten konden niet worden bijgewerkt", e.getCause());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return true;
		}

		@Override
		public void postShutdown(IWorkbench workbench) {
			// the drafts were written in preShutdown
		}
	};

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		written.set(true);
		for (Map.Entry<IFile, NotaAnalysis> next = pending.take(); next != null; next = pending.take()) {
			if (next.getKey().exists() && !NotaPreferences.formats().isEmpty()) {
				write(next.getKey(), next.getValue(), monitor);
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
		}
		return Status.OK_STATUS;
	}

	private static void write(IFile note, NotaAnalysis analysis, IProgressMonitor monitor) {
		try {
			NoteGenerator.generate(note, analysis, NotaPreferences.formats(), false, monitor);
		} catch (NoteGenerator.NotGenerated e) {
			try {
				note.createMarker(NotaMarkers.TYPE, Map.of(IMarker.SEVERITY, IMarker.SEVERITY_WARNING, IMarker.MESSAGE,
						e.getMessage() + " [nota.generate]", IMarker.LINE_NUMBER, 1, IMarker.CHAR_START, 0, IMarker.CHAR_END, 0,
						NotaMarkers.CODE, "nota.generate", NotaMarkers.SCOPE, NotaBuilder.GENERATE));
			} catch (CoreException marker) {
				NotaUiPlugin.log("De melding over het genereren kon niet worden gezet", marker);
			}
		} catch (CoreException e) {
			NotaUiPlugin.log("De concepten van " + note.getName() + " konden niet worden bijgewerkt", e);
		}
	}
}
