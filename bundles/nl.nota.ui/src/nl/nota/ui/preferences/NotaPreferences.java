package nl.nota.ui.preferences;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import nl.nota.docgen.render.Format;
import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.editor.NotaEditorPreferences;

/** The workbench preferences: default house style, output formats and folder, generating on save. */
public final class NotaPreferences extends AbstractPreferenceInitializer {

	public static final String HOUSE_STYLE = "huisstijl";
	public static final String OUTPUT_FOLDER = "uitvoermap";
	public static final String GENERATE_ON_SAVE = "genereerBijOpslaan";
	public static final String FORMAT_PREFIX = "formaat.";

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = NotaUiPlugin.getDefault().getPreferenceStore();
		store.setDefault(HOUSE_STYLE, "");
		store.setDefault(OUTPUT_FOLDER, "uitvoer");
		store.setDefault(GENERATE_ON_SAVE, true);
		for (Format format : Format.values()) {
			store.setDefault(FORMAT_PREFIX + format.extension(), format != Format.HTML);
		}
		store.setDefault(NotaEditorPreferences.MATCHING_BRACKETS, true);
		store.setDefault(NotaEditorPreferences.MATCHING_BRACKETS_COLOR, "127,0,85");
	}

	private static IPreferenceStore store() {
		return NotaUiPlugin.getDefault().getPreferenceStore();
	}

	/** The house style to use when a note names none ("" = take it from the note's ministry). */
	public static String houseStyle() {
		return store().getString(HOUSE_STYLE);
	}

	/** The project-relative folder the builder writes into. */
	public static String outputFolder() {
		String folder = store().getString(OUTPUT_FOLDER).strip();
		return folder.isEmpty() || folder.contains("..") ? "uitvoer" : folder;
	}

	public static boolean generateOnSave() {
		return store().getBoolean(GENERATE_ON_SAVE);
	}

	public static Set<Format> formats() {
		Set<Format> formats = EnumSet.noneOf(Format.class);
		for (Format format : Format.values()) {
			if (store().getBoolean(FORMAT_PREFIX + format.extension())) {
				formats.add(format);
			}
		}
		return formats;
	}
}
