package nl.nota.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File › New › Nota-project: a project with the nota builder and the example beslisnota. */
public class NewNotaProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "nl.nota.ui.newProjectWizard";

	private WizardNewProjectCreationPage page;
	private IWorkbench workbench;

	public NewNotaProjectWizard() {
		setWindowTitle("Nieuw nota-project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("project");
		page.setTitle("Nota-project");
		page.setDescription("Een project voor nota's: ze worden gecontroleerd en bij opslaan als concept gegenereerd.");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		java.net.URI location = page.useDefaults() ? null : page.getLocationURI();
		IProject[] created = new IProject[1];
		try {
			getContainer().run(true, false, monitor -> {
				try {
					created[0] = NotaProjects.create(name, location, true, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(getShell(), "Nieuw nota-project", "Het project kon niet worden gemaakt: " + e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created[0].getFile(NotaProjects.EXAMPLE));
			} catch (PartInitException e) {
				// the project is there; the example simply is not opened
			}
		}
		return true;
	}
}
