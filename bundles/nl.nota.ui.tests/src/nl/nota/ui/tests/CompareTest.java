package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.compare.CompareUI;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.compare.structuremergeviewer.IDiffContainer;
import org.eclipse.compare.structuremergeviewer.IDiffElement;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.nota.ui.compare.EarlierVersions;
import nl.nota.ui.compare.NotaCompareInput;
import nl.nota.ui.compare.NotaStructureCreator;
import nl.nota.ui.wizards.NotaProjects;

/** #17: Nota vergelijken met › vorige opgeslagen versie / laatste Git-versie, in Eclipse's compare editor, per section. */
class CompareTest {

	private IProject project;
	private IFile note;
	private String original;

	@BeforeEach
	void example() throws Exception {
		project = Workbench.exampleProject("CompareTest");
		note = project.getFile(NotaProjects.EXAMPLE);
		original = new String(note.getContents().readAllBytes(), StandardCharsets.UTF_8);
	}

	@AfterEach
	void close() {
		Workbench.page().closeAllEditors(false);
	}

	private void save(String text) throws Exception {
		note.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, true, new NullProgressMonitor());
	}

	private String changed() {
		return original.replace("spreken de bondgenoten over uiteenlopende onderwerpen", "spreken de bondgenoten over drie onderwerpen");
	}

	@Test
	void theSectionThatChangedSinceTheLastSaveIsTheOneTheCompareEditorLists() throws Exception {
		save(changed());
		EarlierVersions.Version saved = EarlierVersions.saved(note);
		assertNull(saved.problem());
		assertEquals(original, saved.text());

		// the structure the compare editor shows above: only Kernpunten of the beslisnota differs
		NotaStructureCreator creator = new NotaStructureCreator();
		Object now = creator.createStructure(new NotaCompareInput.Version("nu", changed()), new NullProgressMonitor());
		Object before = creator.createStructure(new NotaCompareInput.Version("toen", original), new NullProgressMonitor());
		Object differences = new Differencer().findDifferences(false, new NullProgressMonitor(), null, null, now, before);
		assertEquals(List.of("nota › beslisnota › Kernpunten"), leaves((IDiffElement) differences, ""));

		// and the editor opens on it
		NotaCompareInput input = new NotaCompareInput(note, saved.text(), saved.name());
		CompareUI.openCompareEditor(input);
		Workbench.waitUntil(() -> Arrays.stream(Workbench.page().getEditorReferences()).map(IEditorReference::getTitle)
				.anyMatch(title -> title.contains("vergeleken met opgeslagen")), "the compare editor");
		assertNotNull(input.getCompareResult(), "the versions differ");
	}

	@Test
	void gitGivesTheCommittedVersionOrSaysWhyNot() throws Exception {
		String outside = EarlierVersions.git(note).problem();
		assertTrue(outside != null && outside.startsWith("Git kent HEAD:" + note.getName() + " niet"), outside);

		java.io.File folder = project.getLocation().toFile();
		git(folder, "init", "-q");
		commit(folder, "eerste");
		save(changed());
		EarlierVersions.Version committed = EarlierVersions.git(note);
		assertNull(committed.problem());
		assertEquals(original, committed.text());
		// a revision further back: the one before the last commit
		commit(folder, "tweede");
		save(original);
		assertEquals(changed(), EarlierVersions.git(note).text());
		assertEquals(original, EarlierVersions.git(note, "HEAD~1").text());
		String unknown = EarlierVersions.git(note, "HEAD~5").problem();
		assertTrue(unknown != null && unknown.startsWith("Git kent HEAD~5:"), unknown);
	}

	private static void commit(java.io.File folder, String message) throws Exception {
		git(folder, "add", ".");
		git(folder, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message);
	}

	private static void git(java.io.File folder, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(arguments));
		Process git = new ProcessBuilder(command).directory(folder).redirectErrorStream(true).start();
		String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, git.waitFor(), String.join(" ", command) + ": " + output);
	}

	private static List<String> leaves(IDiffElement element, String path) {
		String here = path.isEmpty() ? element.getName() : path + " › " + element.getName();
		List<String> result = new ArrayList<>();
		if (element instanceof IDiffContainer container && container.hasChildren()) {
			for (IDiffElement child : container.getChildren()) {
				result.addAll(leaves(child, here));
			}
		} else {
			result.add(here);
		}
		return result;
	}
}
