package nl.nota.lang.writing;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;

import nl.nota.lang.model.NoteFolders;

/** The glossary and rules that apply to a note: the shipped ones plus those in the note's folder. */
public record WritingSettings(Glossary glossary, WritingRules rules, java.util.Set<String> acceptedWords) {

	private static final Glossary BUILT_IN = Glossary.builtIn();

	public static WritingSettings forNote(EObject object) {
		Path folder = NoteFolders.folderOf(object.eResource() == null ? null : object.eResource().getURI());
		return new WritingSettings(BUILT_IN.withFolder(folder), WritingRules.forFolder(folder), Glossary.acceptedWords(folder));
	}
}
