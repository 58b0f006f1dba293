package nl.nota.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;

/**
 * The explanation beside a proposal in Ctrl+Space's and Ctrl+1's list. The platform's popup for it does not
 * wrap a line that is wider than the popup (the end was cut off: "... aan het eind van de secti"), so the
 * text comes wrapped at a reading width and the popup shows it as plain text, line by line (no HTML, so a
 * heading with '<' in it is shown as written).
 */
final class InfoText {

	/** Characters per line: the popup's usual width at the dialog font. */
	static final int COLUMNS = 56;

	/** Plain text, its lines as given; sized to them. */
	static final IInformationControlCreator CREATOR = parent -> new DefaultInformationControl(parent);

	private InfoText() {
	}

	/** The text broken between words into lines of at most {@link #COLUMNS} characters (a longer word on a line of its own). */
	static String wrap(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (String paragraph : text.split("\n", -1)) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			int lineLength = 0;
			for (String word : paragraph.strip().split("\\s+")) {
				if (word.isEmpty()) {
					continue;
				}
				if (lineLength > 0 && lineLength + 1 + word.length() > COLUMNS) {
					out.append('\n');
					lineLength = 0;
				} else if (lineLength > 0) {
					out.append(' ');
					lineLength++;
				}
				out.append(word);
				lineLength += word.length();
			}
		}
		return out.toString();
	}
}
