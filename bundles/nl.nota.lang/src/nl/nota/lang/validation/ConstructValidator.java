package nl.nota.lang.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

import nl.nota.lang.model.LinkTargets;
import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.TableShape;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.Footnote;
import nl.nota.lang.nota.Link;
import nl.nota.lang.nota.ListItem;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Placeholder;
import nl.nota.lang.nota.ReviewComment;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Subsection;
import nl.nota.lang.nota.Table;
import nl.nota.lang.nota.TableRow;

/** The constructs of running text: footnotes, list items, tables and links are complete and where they belong. */
public class ConstructValidator extends NotaCheck {

	@Check
	public void checkFootnote(Footnote footnote) {
		for (EObject container = footnote.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Footnote) {
				error("Een voetnoot kan geen voetnoot bevatten. Zet de tekst in dezelfde voetnoot.", footnote, null,
						IssueCodes.MISPLACED_FOOTNOTE);
				return;
			}
			if (container instanceof Field) {
				error("Een voetnoot hoort in de tekst, niet in een veld. Zet hem achter de zin in de tekst waar hij bij hoort.",
						footnote, null, IssueCodes.MISPLACED_FOOTNOTE);
				return;
			}
			if (container instanceof Part) {
				if (footnote.eContainingFeature() == Literals.PART__TITLE) {
					error("Een voetnoot hoort in de tekst, niet in het onderwerp. Zet hem achter de zin in de tekst waar hij bij hoort.",
							footnote, null, IssueCodes.MISPLACED_FOOTNOTE);
				}
				break;
			}
		}
		if (NoteText.plain(footnote.getInlines()).isEmpty()) {
			error("Deze voetnoot is leeg. Schrijf de tekst na de dubbele punt: {voetnoot: Kamerstuk 29 538, nr. 327}.", footnote, null,
					IssueCodes.EMPTY_FOOTNOTE);
		}
	}

	/** A heading is a line of its own: a footnote there would have no page to stand on in a table of contents. */
	@Check
	public void checkHeading(Section section) {
		checkHeading(section, section.getHeading(), Literals.SECTION__HEADING);
	}

	@Check
	public void checkHeading(Subsection subsection) {
		checkHeading(subsection, subsection.getHeading(), Literals.SUBSECTION__HEADING);
	}

	private void checkHeading(EObject owner, String heading, org.eclipse.emf.ecore.EStructuralFeature feature) {
		if (heading != null && heading.toLowerCase(Locale.ROOT).contains("{voetnoot")) {
			error("Een voetnoot hoort in de tekst, niet in een kop. Zet hem achter de eerste zin onder de kop.", owner, feature,
					IssueCodes.MISPLACED_FOOTNOTE);
		}
	}

	/** A placeholder is not an error: a new note starts with them. It says what is still to be written. */
	@Check
	public void checkPlaceholder(Placeholder placeholder) {
		String what = NoteText.plain(placeholder.getInlines());
		warning("Nog in te vullen" + (what.isEmpty() ? "" : ": " + what) + ". Vervang '{invullen" + (what.isEmpty() ? "" : ": ...")
				+ "}' door de tekst; zolang hij er staat, is wat de werkbank maakt een concept.", placeholder, null,
				IssueCodes.PLACEHOLDER);
	}

	/**
	 * A reviewer's remark is open until the author resolves it by deleting it; it reaches no document. Said as
	 * a warning with who made it; {@code nota validate --no-comments} makes it an error (not ready to send).
	 */
	@Check
	public void checkReviewComment(ReviewComment comment) {
		String author = comment.getAuthor() == null ? "" : comment.getAuthor().strip();
		String remark = NoteText.plain(comment.getInlines());
		String said = remark.isEmpty() ? "." : ": " + remark + (remark.matches(".*[.?!]$") ? "" : ".");
		warning("Opmerking" + (author.isEmpty() ? "" : " van " + author) + said
				+ " Verwerk haar en haal '{opmerking ...}' dan weg; alleen de interne nota (Word, ODT) toont haar, als opmerking in de marge.", comment, null,
				IssueCodes.REVIEW_COMMENT, author, remark);
	}

	@Check
	public void checkItem(ListItem item) {
		if (NoteText.plain(item.getInlines()).isEmpty() && item.getInlines().stream().noneMatch(Footnote.class::isInstance)) {
			error("Dit punt is leeg. Schrijf de tekst achter '" + item.getMarker() + "', of haal de regel weg.", item,
					Literals.LIST_ITEM__MARKER, IssueCodes.EMPTY_ITEM);
		}
	}

	@Check
	public void checkTable(Table table) {
		int columns = TableShape.columns(table);
		boolean header = true;
		for (TableRow row : table.getRows()) {
			if (row.getRule() != null) {
				continue;
			}
			if (!header && row.getCells().size() != columns) {
				warning("Deze rij heeft " + row.getCells().size() + (row.getCells().size() == 1 ? " cel" : " cellen") + ", de kop "
						+ columns + ". Maak de rijen even lang (een lege cel is '| |'); de ontbrekende cellen blijven leeg.", row, null,
						IssueCodes.RAGGED_ROW, String.valueOf(columns));
			}
			header = false;
		}
	}

	/** A "{" in prose that is not escaped: markup nested deeper than the language reads, kept as text. */
	@Check
	public void checkNesting(nl.nota.lang.nota.Text text) {
		org.eclipse.xtext.nodemodel.ICompositeNode node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(text);
		String source = node == null ? "" : node.getText();
		for (int i = 0; i < source.length(); i++) {
			if (source.charAt(i) == '\\') {
				i++;
			} else if (source.charAt(i) == '{') {
				getMessageAcceptor().acceptError("Opmaak is hier meer dan " + nl.nota.lang.parser.NotaScanner.MAX_NESTING
						+ " niveaus diep genest; vanaf hier is '{' als tekst gelezen. Sluit eerdere opmaak af met '}'.", text,
						node.getTotalOffset() + i, 1, IssueCodes.NESTING, new String[0]);
				return;
			}
		}
	}

	@Check
	public void checkLink(Link link) {
		if (link.getTarget() == null || link.getTarget().isBlank()) {
			error("Deze link heeft geen adres: {link tekst | https://www.voorbeeld.nl} of {link https://www.voorbeeld.nl}.", link, null,
					IssueCodes.INVALID_LINK);
		} else if (LinkTargets.target(link.getTarget()).isEmpty()) {
			error("'" + link.getTarget().strip() + "' is geen webadres (https://...) of e-mailadres; een link kan alleen daarheen.",
					link, Literals.LINK__TARGET, IssueCodes.INVALID_LINK);
		}
	}
}
