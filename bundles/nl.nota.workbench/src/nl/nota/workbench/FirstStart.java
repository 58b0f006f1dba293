package nl.nota.workbench;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
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
		if (PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null) {
			return;
		}
		// a first start gets the whole screen: editor and preview side by side need the room
		org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		shell.setMaximized(true);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			IDE.openEditor(page, project.getFile(NotaProjects.EXAMPLE));
		} catch (PartInitException e) {
			// the project is there; the writer opens the example from the Project Explorer
		}
	}
}
