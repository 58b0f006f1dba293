package nl.nota.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

import nl.nota.lang.model.GitVersions;

/** The earlier versions of a note a writer compares with: the last one saved before, and the one in Git. */
public final class EarlierVersions {

	/** An earlier version, or why there is none, in words for the writer. */
	public record Version(String text, String name, String problem) {
	}

	private EarlierVersions() {
	}

	/** The version before the last save (Eclipse keeps one in its local history each time a file is saved). */
	public static Version saved(IFile file) {
		try {
			IFileState[] states = file.getHistory(new NullProgressMonitor());
			if (states.length == 0) {
				return new Version(null, null, "Van " + file.getName() + " is nog geen eerdere versie bewaard. De werkbank bewaart er een "
						+ "telkens als u de nota opslaat; vergelijk na de volgende keer opslaan.");
			}
			try (InputStream in = states[0].getContents()) {
				String when = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
						.format(java.time.Instant.ofEpochMilli(states[0].getModificationTime()).atZone(java.time.ZoneId.systemDefault()));
				return new Version(new String(in.readAllBytes(), StandardCharsets.UTF_8), "opgeslagen " + when, null);
			}
		} catch (CoreException | IOException e) {
			return new Version(null, null, "De eerdere versie van " + file.getName() + " kan niet worden gelezen: " + e.getMessage());
		}
	}

	/** The version in the last commit of the Git repository the note is in. */
	public static Version git(IFile file) {
		return git(file, "HEAD");
	}

	/** The version at a Git revision ({@code git show REV:./name} in the note's folder): "HEAD~1", a tag, a commit. */
	public static Version git(IFile file, String revision) {
		if (file.getLocation() == null) {
			return new Version(null, null, file.getName() + " staat niet op schijf; Git kan er niet bij.");
		}
		GitVersions.Shown shown = GitVersions.show(file.getLocation().toFile().toPath(), revision, Long.MAX_VALUE);
		if (shown.problem() != null) {
			return new Version(null, null, shown.problem());
		}
		return new Version(new String(shown.bytes(), StandardCharsets.UTF_8), "Git-versie " + revision, null);
	}
}
