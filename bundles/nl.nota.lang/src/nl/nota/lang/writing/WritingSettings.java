package nl.nota.lang.writing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/** The glossary and rules that apply to a note: the shipped ones plus those in the note's folder. */
public record WritingSettings(Glossary glossary, WritingRules rules, java.util.Set<String> acceptedWords) {

	private static final Glossary BUILT_IN = Glossary.builtIn();

	public static WritingSettings forNote(EObject object) {
		Path folder = folderOf(object.eResource() == null ? null : object.eResource().getURI());
		return new WritingSettings(BUILT_IN.withFolder(folder), WritingRules.forFolder(folder), Glossary.acceptedWords(folder));
	}

	private static Path folderOf(URI uri) {
		if (uri == null) {
			return null;
		}
		URI resolved = uri.isPlatformResource() ? CommonPlugin.resolve(uri) : uri;
		if (!resolved.isFile()) {
			return null;
		}
		Path parent = Paths.get(resolved.toFileString()).toAbsolutePath().getParent();
		return parent != null && Files.isDirectory(parent) ? parent : null;
	}
}
