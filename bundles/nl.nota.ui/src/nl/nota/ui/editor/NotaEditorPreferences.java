package nl.nota.ui.editor;

/** Editor preference keys of the nota editor (defaults set by the plug-in's preference initializer). */
public final class NotaEditorPreferences {

	public static final String MATCHING_BRACKETS = "nl.nota.ui.editor.matchingBrackets";
	public static final String MATCHING_BRACKETS_COLOR = "nl.nota.ui.editor.matchingBracketsColor";

	private NotaEditorPreferences() {
	}
}
