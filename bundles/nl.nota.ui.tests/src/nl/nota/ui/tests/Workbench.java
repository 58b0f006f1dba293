package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import nl.nota.ui.editor.NotaEditor;
import nl.nota.ui.editor.NotaMarkers;
import nl.nota.ui.wizards.NotaProjects;

/** Drives the running workbench: projects, editors, and waiting (with the event loop running) for the UI to catch up. */
public final class Workbench {

	private Workbench() {
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A fresh nota project with the example note. */
	public static IProject exampleProject(String name) throws CoreException {
		IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		return NotaProjects.create(name, null, true, new NullProgressMonitor());
	}

	public static NotaEditor open(IFile file) throws PartInitException {
		NotaEditor editor = (NotaEditor) IDE.openEditor(page(), file, NotaEditor.ID);
		waitUntil(() -> editor.getAnalysis() != null, "the editor's first analysis");
		return editor;
	}

	/**
	 * Runs the event loop until the condition holds; fails after 30 s saying what did not happen. Between
	 * events the UI thread sleeps as the workbench's own loop does ({@link Display#sleep}: an event or a task
	 * posted by another thread wakes it at once), and looks at the condition again at least every 10 ms (for
	 * what other threads do). It slept in {@code Thread.sleep(10)} before, where a task posted to it waited up
	 * to 10 ms: the editor benchmark counted that wait as the editor's.
	 */
	public static void waitUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("Timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				// the same task each time: scheduling it again replaces the one still waiting
				display.timerExec(10, LOOK_AGAIN);
				display.sleep();
			}
		}
	}

	private static final Runnable LOOK_AGAIN = () -> {
		// wakes the event loop, so that the condition is looked at again
	};

	/** Runs the event loop for the given time: what the workbench does after an event, without a state to wait for. */
	public static void pause(int millis, String what) {
		long until = System.currentTimeMillis() + millis;
		waitUntil(() -> System.currentTimeMillis() >= until, what);
	}

	public static List<IMarker> markers(IResource resource, String code) {
		try {
			return Arrays.stream(resource.findMarkers(NotaMarkers.TYPE, true, IResource.DEPTH_INFINITE))
					.filter(marker -> code.equals(marker.getAttribute(NotaMarkers.CODE, ""))).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}
}
