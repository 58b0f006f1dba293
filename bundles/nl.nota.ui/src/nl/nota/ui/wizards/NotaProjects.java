package nl.nota.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.builder.NotaNature;

/** Creates nota projects: the nature and builder on, and optionally the example note of the seed beslisnota. */
public final class NotaProjects {

	/** The example that ships in this bundle (copied from the repository's examples/ at build time). */
	public static final String EXAMPLE = "dmm-2025-10-15.nota";

	private NotaProjects() {
	}

	public static IProject create(String name, java.net.URI location, boolean withExample, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		if (!project.exists()) {
			IProjectDescription description = workspace.newProjectDescription(name);
			description.setLocationURI(location);
			project.create(description, monitor);
		}
		project.open(monitor);
		if (!project.hasNature(NotaNature.ID)) {
			// adding the nature to an open project configures it: the nota builder joins the build spec
			IProjectDescription description = project.getDescription();
			String[] natures = java.util.Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
			natures[natures.length - 1] = NotaNature.ID;
			description.setNatureIds(natures);
			project.setDescription(description, monitor);
		}
		if (withExample) {
			IFile example = project.getFile(EXAMPLE);
			if (!example.exists()) {
				try (InputStream in = exampleContents()) {
					example.create(in, true, monitor);
				} catch (IOException e) {
					throw new CoreException(Status.error("Het voorbeeld kon niet worden gelezen", e));
				}
			}
		}
		return project;
	}

	static InputStream exampleContents() throws IOException {
		URL entry = Platform.getBundle(NotaUiPlugin.ID).getEntry("examples/" + EXAMPLE);
		if (entry == null) {
			throw new IOException("examples/" + EXAMPLE + " ontbreekt in de bundel " + NotaUiPlugin.ID);
		}
		return entry.openStream();
	}
}
