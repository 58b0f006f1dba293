package nl.nota.ui.preferences;

import java.util.List;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import nl.nota.docgen.render.Format;
import nl.nota.docgen.style.HouseStyles;
import nl.nota.ui.NotaUiPlugin;

/** Window › Preferences › Nota: house style, output folder and formats. */
public class NotaPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public NotaPreferencePage() {
		super(GRID);
		setPreferenceStore(NotaUiPlugin.getDefault().getPreferenceStore());
		setDescription("Hoe de werkbank Kamerbrief en nota genereert bij het opslaan.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// the preference store is the plug-in's
	}

	@Override
	protected void createFieldEditors() {
		List<String> styles = HouseStyles.builtIn().names();
		String[][] choices = new String[styles.size() + 1][];
		choices[0] = new String[] { "Uit de nota (huisstijl: of ministerie:)", "" };
		for (int i = 0; i < styles.size(); i++) {
			choices[i + 1] = new String[] { styles.get(i), styles.get(i) };
		}
		addField(new ComboFieldEditor(NotaPreferences.HOUSE_STYLE, "Standaardhuisstijl:", choices, getFieldEditorParent()));
		addField(new StringFieldEditor(NotaPreferences.OUTPUT_FOLDER, "Uitvoermap (in het project):", getFieldEditorParent()));
		addField(new BooleanFieldEditor(NotaPreferences.GENERATE_ON_SAVE, "Concepten genereren bij opslaan", getFieldEditorParent()));
		for (Format format : Format.values()) {
			addField(new BooleanFieldEditor(NotaPreferences.FORMAT_PREFIX + format.extension(), "Genereer " + format.extension().toUpperCase(),
					getFieldEditorParent()));
		}
	}
}
