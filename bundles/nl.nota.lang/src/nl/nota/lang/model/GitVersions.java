package nl.nota.lang.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A file as Git has it at a revision ({@code git show REV:./NAME}, run in the file's folder). */
public final class GitVersions {

	/** The bytes of that version (at most the limit asked, plus one), or why there are none, in words for the writer. */
	public record Shown(byte[] bytes, String problem) {
	}

	private GitVersions() {
	}

	public static Shown show(Path file, String revision, long maxBytes) {
		Path folder = file.toAbsolutePath().getParent();
		String name = revision + ":" + file.getFileName();
		try {
			Process git = new ProcessBuilder("git", "show", revision + ":./" + file.getFileName()).directory(folder.toFile()).start();
			StringBuilder errors = new StringBuilder();
			Thread reader = Thread.ofPlatform().daemon().start(() -> {
				try (InputStream in = git.getErrorStream()) {
					errors.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
				} catch (IOException e) {
					// nothing to keep
				}
			});
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (InputStream in = git.getInputStream()) {
				byte[] buffer = new byte[8192];
				for (int read = in.read(buffer); read >= 0 && bytes.size() <= maxBytes; read = in.read(buffer)) {
					bytes.write(buffer, 0, read);
				}
			}
			if (!git.waitFor(60, TimeUnit.SECONDS)) {
				git.destroyForcibly();
				return new Shown(null, "Git gaf binnen een minuut geen antwoord voor " + name + ".");
			}
			reader.join(1000);
			if (git.exitValue() != 0) {
				return new Shown(null, "Git kent " + name + " niet (staat " + folder + " in een Git-werkmap, en bestond het bestand in "
						+ revision + "?)." + (errors.isEmpty() ? "" : " Git zegt: " + errors));
			}
			return new Shown(bytes.toByteArray(), null);
		} catch (IOException e) {
			return new Shown(null, "Git kan niet worden gestart (is het geïnstalleerd?): " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new Shown(null, "Onderbroken.");
		}
	}
}
