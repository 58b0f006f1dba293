package nl.nota.ui.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;

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

	/** The version in the last commit of the Git repository the note is in ({@code git show HEAD:./name}). */
	public static Version git(IFile file) {
		if (file.getLocation() == null) {
			return new Version(null, null, file.getName() + " staat niet op schijf; Git kan er niet bij.");
		}
		java.io.File folder = file.getLocation().toFile().getParentFile();
		try {
			Process git = new ProcessBuilder("git", "show", "HEAD:./" + file.getName()).directory(folder).start();
			byte[] text = git.getInputStream().readAllBytes();
			String error = new String(git.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!git.waitFor(30, TimeUnit.SECONDS)) {
				git.destroyForcibly();
				return new Version(null, null, "Git gaf binnen 30 seconden geen antwoord.");
			}
			if (git.exitValue() != 0) {
				return new Version(null, null, file.getName() + " heeft geen versie in Git om mee te vergelijken (staat de map in een "
						+ "Git-repository en is de nota al eens vastgelegd?). Git zegt: " + error);
			}
			return new Version(new String(text, StandardCharsets.UTF_8), "laatste Git-versie (HEAD)", null);
		} catch (IOException e) {
			return new Version(null, null, "Git is niet gevonden op deze computer (" + e.getMessage() + ").");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Version(null, null, "Onderbroken.");
		}
	}
}
