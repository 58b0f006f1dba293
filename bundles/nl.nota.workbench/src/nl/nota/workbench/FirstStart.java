package nl.nota.workbench;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import nl.nota.ui.wizards.NotaProjects;

/**
 * On the first start (an empty workspace) the product creates the project "Voorbeeldnota's" with the seed
 * beslisnota and opens it, so the writer sees editor, outline, preview and problems at work at once.
 */
public class FirstStart implements IStartup {

	public static final String PROJECT = "Voorbeeldnota's";

	/**
	 * Set by the build's training run (releng/scripts/train-workbench.sh): the first start then closes the
	 * workbench by itself once the example is open and all work has settled, so that the JVM writes its
	 * start-up cache of what a first start loads.
	 */
	static final String TRAINING = "nota.training";
	private static final long SETTLE_NANOS = 3_000_000_000L;
	private static final long GIVE_UP_NANOS = 60_000_000_000L;

	@Override
	public void earlyStartup() {
		if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0 || !isProduct()) {
			return;
		}
		new WorkspaceJob("Voorbeeldproject maken") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = NotaProjects.create(PROJECT, null, true, monitor);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(project));
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	private static boolean isProduct() {
		return org.eclipse.core.runtime.Platform.getProduct() != null
				&& "nl.nota.workbench.product".equals(org.eclipse.core.runtime.Platform.getProduct().getId());
	}

	private static void open(IProject project) {
		IWorkbench workbench = PlatformUI.getWorkbench();
		if (Boolean.getBoolean(TRAINING)) {
			closeWhenSettled(workbench.getDisplay(), System.nanoTime(), 0);
		}
		// the window, also when it is not the active shell at this moment (no window manager has activated it
		// yet, or another program has the focus): the example opens in it all the same
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		if (window == null || window.getActivePage() == null) {
			return; // the project is there; the writer opens the example from the Project Explorer
		}
		// a first start gets the whole screen: editor and preview side by side need the room
		org.eclipse.swt.widgets.Shell shell = window.getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		shell.setMaximized(true);
		try {
			IDE.openEditor(window.getActivePage(), project.getFile(NotaProjects.EXAMPLE));
		} catch (PartInitException e) {
			// the project is there; the writer opens the example from the Project Explorer
		}
	}

	/** Closes the workbench when no job has run for a while after the example opened (or after a minute at most). */
	private static void closeWhenSettled(Display display, long opened, int idlePolls) {
		display.timerExec(250, () -> {
			long waited = System.nanoTime() - opened;
			int idle = Job.getJobManager().isIdle() ? idlePolls + 1 : 0;
			if ((waited >= SETTLE_NANOS && idle >= 4) || waited >= GIVE_UP_NANOS) {
				PlatformUI.getWorkbench().close();
			} else {
				closeWhenSettled(display, opened, idle);
			}
		});
	}
}
