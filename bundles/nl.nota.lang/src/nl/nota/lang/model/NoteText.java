package nl.nota.lang.model;

import java.util.List;

import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Text;
import nl.nota.lang.nota.UnknownMarkup;

/** The readable text of inline content, as a person reads the source (redacted text included). */
public final class NoteText {

	private NoteText() {
	}

	public static String plain(List<? extends Inline> inlines) {
		StringBuilder text = new StringBuilder();
		append(inlines, text);
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	private static void append(List<? extends Inline> inlines, StringBuilder text) {
		for (Inline inline : inlines) {
			switch (inline) {
				case Text t -> text.append(t.getValue() == null ? "" : t.getValue());
				case Emphasis e -> append(e.getInlines(), text);
				case Redaction r -> append(r.getInlines(), text);
				case KamerstukReference k -> text.append("Kamerstuk ").append(k.getNumber() == null ? "" : k.getNumber());
				case LetterReference l -> text.append("kamerbrief");
				case UnknownMarkup u -> append(u.getInlines(), text);
				default -> {
				}
			}
		}
	}
}
