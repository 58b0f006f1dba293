package nl.nota.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import nl.nota.lang.model.NoteSkeletons;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.NoteTypeRegistry;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.editor.NotaEditor;

/**
 * File › New › Nota: choose the folder, the kind of note and the house style, and get a note with every
 * field and section its type requires, in the right order.
 */
public class NewNotaWizard extends Wizard implements INewWizard {

	public static final String ID = "nl.nota.ui.newNotaWizard";

	private IStructuredSelection selection;
	private IWorkbench workbench;
	private Page page;

	public NewNotaWizard() {
		setWindowTitle("Nieuwe nota");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	@Override
	public void addPages() {
		page = new Page(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				// the first placeholder selected: what the writer types replaces it
				if (IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file) instanceof NotaEditor editor) {
					String text = editor.getDocument().get();
					int first = text.indexOf("{invullen");
					int end = first < 0 ? -1 : text.indexOf('}', first);
					if (end > first) {
						editor.selectAndReveal(first, end + 1 - first);
					}
				}
			} catch (PartInitException e) {
				NotaUiPlugin.log("De nieuwe nota kon niet worden geopend", e);
			}
		}
		return true;
	}

	/** The wizard's page, for tests: the file name, the kind and the subject. */
	public Page page() {
		return page;
	}

	/** Folder and file name (from the platform), then kind, subject and house style. */
	public static final class Page extends WizardNewFileCreationPage {

		private Combo kind;
		private Text subject;
		private Combo houseStyle;
		/** The house styles' ids, in the order the combo shows their ministries. */
		private java.util.List<String> styleIds = java.util.List.of();
		private List<NoteType> types = List.of();

		Page(IStructuredSelection selection) {
			super("nota", selection);
			setTitle("Nieuwe nota");
			setDescription("Kies de soort nota: de nieuwe nota krijgt alle velden en secties die die soort vraagt.");
			setFileExtension("nota");
			setFileName("nieuwe-nota.nota");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Composite group = new Composite(parent, SWT.NONE);
			group.setLayout(new GridLayout(2, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(group, SWT.NONE).setText("Soort:");
			kind = new Combo(group, SWT.READ_ONLY);
			kind.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(group, SWT.NONE).setText("Onderwerp:");
			subject = new Text(group, SWT.BORDER);
			subject.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(group, SWT.NONE).setText("Huisstijl:");
			houseStyle = new Combo(group, SWT.READ_ONLY);
			houseStyle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			// what the writer knows them by: the ministry's name and the kind's title, not the technical names
			houseStyle.add("(uit het veld ministerie)");
			nl.nota.docgen.style.HouseStyles styles = nl.nota.docgen.style.HouseStyles.builtIn();
			styleIds = styles.names();
			styleIds.forEach(id -> houseStyle.add(styles.find(id).map(style -> style.ministry()).orElse(id)));
			houseStyle.select(0);
			types = catalog().all();
			for (NoteType type : types) {
				kind.add(type.getTitle());
			}
			kind.select(Math.max(0, types.stream().map(NoteType::getName).toList().indexOf("beslisnota")));
			super.createAdvancedControls(parent);
		}

		/** The note types for the chosen folder: the built-in ones and the folder's own .notatype files. */
		private NoteTypeCatalog catalog() {
			NoteTypeRegistry registry = NotaUiPlugin.injector().getInstance(NoteTypeRegistry.class);
			IPath container = getContainerFullPath();
			return container == null ? registry.builtIn()
					: registry.catalogFor(URI.createPlatformResourceURI(container.append("nieuw.nota").toString(), true));
		}

		/** Chooses the kind by its name ("beslisnota"). */
		public void setKind(String name) {
			for (int i = 0; i < types.size(); i++) {
				if (types.get(i).getName().equals(name)) {
					kind.select(i);
				}
			}
		}

		public void setSubject(String text) {
			subject.setText(text);
		}

		/** Chooses the house style by its id ("defensie"). */
		public void setHouseStyle(String id) {
			houseStyle.select(styleIds.indexOf(id) + 1);
		}

		/** What the writer sees in the two lists, for tests. */
		public java.util.List<String> kindLabels() {
			return java.util.List.of(kind.getItems());
		}

		public java.util.List<String> houseStyleLabels() {
			return java.util.List.of(houseStyle.getItems());
		}

		@Override
		protected InputStream getInitialContents() {
			NoteType type = types.get(Math.max(0, kind.getSelectionIndex()));
			String style = houseStyle.getSelectionIndex() <= 0 ? null : styleIds.get(houseStyle.getSelectionIndex() - 1);
			// the generic Rijksoverheid style names no ministry
			String ministry = style == null || style.equals("rijksoverheid") ? null : houseStyle.getItem(houseStyle.getSelectionIndex());
			String text = NoteSkeletons.note(type, subject.getText(), style, ministry, LocalDate.now());
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

	}
}
