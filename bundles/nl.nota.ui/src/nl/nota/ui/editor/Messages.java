package nl.nota.ui.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

/** Labels of the editor's actions, in the resource bundle form the text editor framework asks for. */
final class Messages extends ListResourceBundle {

	static final ResourceBundle BUNDLE = new Messages();

	@Override
	protected Object[][] getContents() {
		return new Object[][] { { "ContentAssistProposal.label", "Aanvullen" }, { "ContentAssistProposal.tooltip", "Aanvullen" },
				{ "ContentAssistProposal.description", "Stelt secties, velden, Woo-gronden en opmaak voor" }, { "Format.label", "Opmaken" },
				{ "Format.tooltip", "Opmaken" }, { "Format.description", "Maakt de opmaak van de nota netjes; de tekst blijft gelijk" },
				{ "ToggleComment.label", "Commentaar aan/uit" }, { "ToggleComment.tooltip", "Commentaar aan/uit" },
				{ "ToggleComment.description", "Zet '//' voor de geselecteerde regels of haalt het weg" } };
	}
}
