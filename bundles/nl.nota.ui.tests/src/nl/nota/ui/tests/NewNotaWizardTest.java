package nl.nota.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.nota.ui.editor.NotaAnalysis;
import nl.nota.ui.editor.NotaEditor;
import nl.nota.ui.wizards.NewNotaWizard;

/** File › New › Nota in a running workbench. */
class NewNotaWizardTest {

	@AfterEach
	void close() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	void theWizardWritesANoteWithEveryRequiredSectionAndOpensIt() throws Exception {
		IProject project = Workbench.exampleProject("WizardTest");
		NewNotaWizard wizard = new NewNotaWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().setFileName("vervanging-radars.nota");
			wizard.page().setKind("beslisnota");
			wizard.page().setSubject("Vervanging radars");
			// the lists speak the writer's language: titles and ministries, not technical names
			assertTrue(wizard.page().kindLabels().contains("Beslisnota") && wizard.page().kindLabels().stream()
					.noneMatch(label -> label.contains("(beslisnota)")), wizard.page().kindLabels().toString());
			assertTrue(wizard.page().houseStyleLabels().contains("Ministerie van Defensie"), wizard.page().houseStyleLabels().toString());
			wizard.page().setHouseStyle("defensie");
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile file = project.getFile("vervanging-radars.nota");
		assertTrue(file.exists());
		String text;
		try (InputStream in = file.getContents()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(text.startsWith("beslisnota: Vervanging radars\n"), text);
		assertTrue(text.contains("\nhuisstijl: defensie\n"), text);
		assertTrue(text.lines().noneMatch(line -> line.endsWith(" ")), "no line ends in a space:\n" + text);
		for (String heading : new String[] { "# Aanleiding", "# Geadviseerd besluit", "# Kernpunten", "# Toelichting",
				"## Financiële overwegingen", "## Juridische overwegingen", "## Communicatie" }) {
			assertTrue(text.contains("\n" + heading + "\n"), heading + " in\n" + text);
		}
		// no errors: what is still to be written is a placeholder, one warning each
		NotaAnalysis analysis = NotaAnalysis.of(text, URI.createPlatformResourceURI(file.getFullPath().toString(), true), () -> false);
		assertEquals(List.of(), analysis.issues().stream().filter(issue -> !"nota.placeholder".equals(issue.getCode())).toList());
		assertTrue(analysis.issues().size() >= 7, analysis.issues().toString());
		assertTrue(text.contains("\n# Aanleiding\n{invullen: aanleiding}\n"), text);
		// the editor opens with the first placeholder selected, so typing replaces it
		assertTrue(Workbench.page().getActiveEditor() instanceof NotaEditor, "the new note is opened");
		NotaEditor editor = (NotaEditor) Workbench.page().getActiveEditor();
		org.eclipse.swt.graphics.Point selection = editor.viewer().getSelectedRange();
		assertEquals(text.indexOf("{invullen"), selection.x);
		assertEquals("{invullen: aan}", text.substring(selection.x, selection.x + selection.y));
	}
}
