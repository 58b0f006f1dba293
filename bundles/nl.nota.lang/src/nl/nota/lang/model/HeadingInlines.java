package nl.nota.lang.model;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;

import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.NotaFactory;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Text;
import nl.nota.lang.parser.NotaValueConverters;

/**
 * The inline content of a heading. A heading is one token of the line-oriented lexer; its markup
 * ({@code *nadruk*}, {@code {lak 5.1.2e: naam}}, escapes) is read by the note's own parser, the same way as
 * a part's title, so a heading holds exactly what prose can hold and nothing is read differently.
 */
public final class HeadingInlines {

	private HeadingInlines() {
	}

	/**
	 * The inlines of a heading of {@code owner} (a section or sub-section in a parsed note), without the
	 * not-public mark at its end.
	 */
	public static List<Inline> of(EObject owner, String heading) {
		String visible = Headings.visible(heading);
		if (visible.isEmpty()) {
			return List.of();
		}
		if (isPlain(visible)) {
			// most headings: no markup and no white space but spaces, so what the parser makes of them is one
			// text of the prose's value (its own parse of every heading was ~5 % of a batch)
			Text text = NotaFactory.eINSTANCE.createText();
			text.setValue(NotaValueConverters.prose(visible));
			return List.of(text);
		}
		return parse(owner, visible);
	}

	/**
	 * Whether the scanner reads this (stripped) heading as one prose token whose ends it leaves as they are: no
	 * markup, emphasis or escape, and no white space, no-break space or control character but the space, which
	 * the scanner and the value converter each treat in their own way at a token's ends.
	 */
	static boolean isPlain(String visible) {
		for (int i = 0; i < visible.length(); i++) {
			char c = visible.charAt(i);
			if (c == '{' || c == '*' || c == '\\'
					|| c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
				return false;
			}
		}
		return true;
	}

	/** What the note's own parser makes of the heading: the inlines of a part's title. */
	public static List<Inline> parse(EObject owner, String visible) {
		if (!(owner.eResource() instanceof XtextResource resource)) {
			throw new IllegalStateException("A heading is read with the parser of its note; this one has none.");
		}
		// "x:" opens a part whose title is the heading: the title is inline content up to the end of the line
		IParseResult result = resource.getParser().parse(new StringReader("x: " + visible));
		if (result.getRootASTElement() instanceof Document document && !document.getParts().isEmpty()) {
			return List.copyOf(document.getParts().get(0).getTitle());
		}
		return List.of();
	}

	/**
	 * The redactions written inside a heading, in order. A heading without a brace has none, and is not
	 * parsed: the validator asks this of every heading on every change.
	 */
	public static List<Redaction> redactions(EObject owner, String heading) {
		if (heading == null || heading.indexOf('{') < 0) {
			return List.of();
		}
		List<Redaction> redactions = new ArrayList<>();
		for (Inline inline : of(owner, heading)) {
			if (inline instanceof Redaction redaction) {
				redactions.add(redaction);
			} else {
				redactions.addAll(EcoreUtil2.getAllContentsOfType(inline, Redaction.class));
			}
		}
		return redactions;
	}
}
