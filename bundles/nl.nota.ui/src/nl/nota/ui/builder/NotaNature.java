package nl.nota.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** A nota project: its notes are checked and their drafts generated whenever a file is saved. */
public class NotaNature implements IProjectNature {

	public static final String ID = "nl.nota.ui.notaNature";

	private IProject project;

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(command -> command.getBuilderName().equals(NotaBuilder.ID))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(NotaBuilder.ID);
		ICommand[] extended = Arrays.copyOf(commands, commands.length + 1);
		extended[commands.length] = command;
		description.setBuildSpec(extended);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(command -> !command.getBuilderName().equals(NotaBuilder.ID)).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
