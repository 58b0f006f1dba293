package nl.nota.ui.preview;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.transform.NoteTransformer;

/** The nota itself, as the bewindspersoon reads it. */
public class NotaPreviewView extends PreviewView {

	public static final String ID = "nl.nota.ui.notaPreview";

	@Override
	protected GeneratedDocument select(NoteTransformer.Output output) {
		return output.nota();
	}

	@Override
	protected String missingMessage() {
		return "Dit bestand bevat alleen een brief; de brief staat in het Kamerbrief-voorbeeld.";
	}
}
