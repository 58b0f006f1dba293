package nl.nota.ui.preview;

import nl.nota.docgen.model.GeneratedDocument;
import nl.nota.docgen.transform.NoteTransformer;

/**
 * The Kamerbrief as it will be sent; for a beantwoording of Kamervragen the answers, which the writer
 * works on (the cover letter is one sentence made from the fields).
 */
public class KamerbriefPreviewView extends PreviewView {

	public static final String ID = "nl.nota.ui.kamerbriefPreview";

	@Override
	protected GeneratedDocument select(NoteTransformer.Output output) {
		return output.answers().or(output::letter).orElse(null);
	}

	@Override
	protected String missingMessage() {
		return "Deze nota heeft geen Kamerbrief. Begin hem na een lege regel met 'kamerbrief: Betreft' (Ctrl+Spatie stelt hem voor).";
	}
}
