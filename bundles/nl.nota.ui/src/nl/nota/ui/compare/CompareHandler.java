package nl.nota.ui.compare;

import org.eclipse.compare.CompareUI;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Nota vergelijken met › vorige opgeslagen versie / laatste Git-versie / Git-revisie: the selected note (or the one in the active
 * editor) in the compare editor against that version; a message saying why when there is none.
 */
public abstract class CompareHandler extends AbstractHandler {

	private final java.util.function.BiFunction<IFile, ExecutionEvent, EarlierVersions.Version> earlier;

	protected CompareHandler(java.util.function.BiFunction<IFile, ExecutionEvent, EarlierVersions.Version> earlier) {
		this.earlier = earlier;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IFile file = file(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (file == null) {
			return null;
		}
		EarlierVersions.Version version = earlier.apply(file, event);
		if (version == null) {
			return null; // the writer cancelled
		}
		if (version.problem() != null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Vergelijken", version.problem());
			return null;
		}
		CompareUI.openCompareEditor(new NotaCompareInput(file, version.text(), version.name()));
		return null;
	}

	/** The note of the selection (Project Explorer), else of the active editor. */
	static IFile file(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() != null) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (file != null) {
				return file;
			}
		}
		return editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
	}

	/** With the version before the last save. */
	public static final class WithSaved extends CompareHandler {
		public WithSaved() {
			super((file, event) -> EarlierVersions.saved(file));
		}
	}

	/** With the version of the last Git commit. */
	public static final class WithGit extends CompareHandler {
		public WithGit() {
			super((file, event) -> EarlierVersions.git(file));
		}
	}

	/** With the version at a Git revision the writer names ("HEAD~1", a tag, a commit). */
	public static final class WithGitRevision extends CompareHandler {
		public WithGitRevision() {
			super((file, event) -> {
				org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(HandlerUtil.getActiveShell(event),
						"Vergelijken met Git-revisie", "Met welke versie in Git? Bijvoorbeeld HEAD~1 (de vastlegging vóór de laatste), "
								+ "een tag of een commit.", "HEAD~1",
						revision -> revision.isBlank() || revision.startsWith("-") ? "Geef een revisie, zoals HEAD~1." : null);
				return dialog.open() == org.eclipse.jface.window.Window.OK ? EarlierVersions.git(file, dialog.getValue().strip()) : null;
			});
		}
	}
}
