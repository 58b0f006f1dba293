package nl.nota.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nl.nota.ui.preview.KamerbriefPreviewView;
import nl.nota.ui.preview.NotaPreviewView;
import nl.nota.ui.problems.NotaProblemsView;
import nl.nota.ui.wizards.NewNotaProjectWizard;
import nl.nota.ui.wizards.NewNotaWizard;

/** Nota: projects and outline on the left, the note in the middle, the previews on the right, the
 * note's problems below in the order of its lines. */
public class NotaPerspective implements IPerspectiveFactory {

	public static final String ID = "nl.nota.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editor = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editor);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout outline = layout.createFolder("outline", IPageLayout.BOTTOM, 0.5f, "left");
		outline.addView(IPageLayout.ID_OUTLINE);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.5f, editor);
		right.addView(KamerbriefPreviewView.ID);
		right.addView(NotaPreviewView.ID);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.75f, editor);
		bottom.addView(NotaProblemsView.ID);
		bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
		layout.addNewWizardShortcut(NewNotaWizard.ID);
		layout.addNewWizardShortcut(NewNotaProjectWizard.ID);
		layout.addShowViewShortcut(KamerbriefPreviewView.ID);
		layout.addShowViewShortcut(NotaPreviewView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(NotaProblemsView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
	}
}
