package nl.nota.lang.validation;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.NoteText;
import nl.nota.lang.model.Suggestions;
import nl.nota.lang.model.XmlCharacters;
import nl.nota.lang.nota.Block;
import nl.nota.lang.nota.BulletList;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.Text;
import nl.nota.lang.nota.Paragraph;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.UnknownMarkup;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.TypeFileProblem;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;

/** The parts of a note: their kinds, their order, their titles, and what refers across them. */
public class DocumentValidator extends NotaCheck {

	static final List<String> DIRECTIVES = List.of("lak", "kamerstuk", "kamerbrief", "voetnoot", "link", "invullen", "opmerking");

	@Inject
	private PartTypes partTypes;

	@Check
	public void checkNotEmpty(Document document) {
		if (document.getParts().isEmpty()) {
			// at the start, zero-length: the whole text as region would end after a lone '\r', where Xtext's line
			// and column computation reads past the end of the text
			getMessageAcceptor().acceptError(
					"Dit bestand bevat geen nota. Begin met de soort en het onderwerp, bijvoorbeeld 'beslisnota: Geannoteerde agenda DMM'.",
					document, 0, 0, IssueCodes.EMPTY_DOCUMENT);
		}
	}

	/** Enough to find them all in practice; a binary file pasted in gets its first ones, not thousands. */
	private static final int MAX_INVALID_CHARACTERS = 50;

	@Check
	public void checkCharacters(Document document) {
		ICompositeNode node = NodeModelUtils.getNode(document);
		if (node == null) {
			return;
		}
		String text = node.getRootNode().getText();
		int reported = 0;
		for (int at = XmlCharacters.find(text, 0); at >= 0 && reported < MAX_INVALID_CHARACTERS; at = XmlCharacters.find(text, at + 1)) {
			getMessageAcceptor().acceptError("Het teken " + XmlCharacters.describe(text.charAt(at)) + " kan in geen document staan "
					+ "(een stuurteken, vaak meegekopieerd uit een pdf of een ander programma). Verwijder het.", document, at, 1,
					IssueCodes.INVALID_CHARACTER);
			reported++;
		}
	}

	@Check
	public void checkTypeFiles(Document document) {
		if (document.getParts().isEmpty()) {
			return;
		}
		for (TypeFileProblem problem : partTypes.catalogFor(document).problems()) {
			if (problem.error()) {
				warning("Het notasoort-bestand " + problem.file() + " heeft een fout op regel " + problem.line() + ", kolom "
						+ problem.column() + ": " + problem.message() + " De soorten in dat bestand worden niet gebruikt.",
						document.getParts().get(0), Literals.PART__KIND, IssueCodes.TYPE_FILE);
			}
		}
	}

	@Check
	public void checkKind(Part part) {
		NoteTypeCatalog catalog = partTypes.catalogFor(part);
		NoteType type = catalog.find(part.getKind());
		if (type == null) {
			String hint = FieldValidator.isKnownFieldKey(catalog, part.getKind())
					? " Is dit een veld? Velden staan direct onder de eerste regel, zonder lege regel ertussen."
					: "";
			error("Onbekende notasoort '" + part.getKind() + "'." + Suggestions.hint(part.getKind(), catalog.names()) + " Bekend zijn: " + String.join(", ", catalog.names()) + "."
					+ hint, part, Literals.PART__KIND, IssueCodes.UNKNOWN_KIND, catalog.names().toArray(String[]::new));
			return;
		}
		Document document = (Document) part.eContainer();
		int index = document.getParts().indexOf(part);
		if (index >= 1 && type.getCategory() != Category.LETTER) {
			error("Na de nota kan alleen een brief volgen, zoals 'kamerbrief: Onderwerp'; een " + type.getName()
					+ " is geen brief.", part, Literals.PART__KIND, IssueCodes.PART_POSITION);
		} else if (index >= 2) {
			error("Een nota draagt ten hoogste één brief; begin een nieuw bestand voor deze " + type.getName() + ".", part,
					Literals.PART__KIND, IssueCodes.PART_POSITION);
		}
	}

	@Check
	public void checkTitle(Part part) {
		NoteType type = partTypes.typeOf(part);
		if (type == null || type.getTitleRequirement() == Requirement.OPTIONAL || !NoteText.plain(part.getTitle()).isEmpty()) {
			return;
		}
		String label = type.getCategory() == Category.LETTER ? "onderwerp (Betreft)" : "onderwerp";
		String message = "Geef de " + type.getTitle().toLowerCase(Locale.ROOT) + " een " + label + ": schrijf het achter '"
				+ part.getKind() + ":'.";
		if (type.getTitleRequirement() == Requirement.REQUIRED) {
			error(message, part, Literals.PART__KIND, IssueCodes.MISSING_TITLE);
		} else {
			warning(message, part, Literals.PART__KIND, IssueCodes.MISSING_TITLE);
		}
	}

	@Check
	public void checkIntroduction(Part part) {
		NoteType type = partTypes.typeOf(part);
		if (type != null && !type.isIntroductionAllowed() && !part.getBlocks().isEmpty()) {
			error("Deze tekst staat niet in een sectie. Zet er een kop boven, zoals '# " + firstHeading(type) + "'.",
					firstContent(part.getBlocks().get(0)), null, IssueCodes.TEXT_OUTSIDE_SECTION);
		}
	}

	@Check
	public void checkLetterReference(LetterReference reference) {
		Document document = EcoreUtil2.getContainerOfType(reference, Document.class);
		boolean hasLetter = document.getParts().stream().skip(1).anyMatch(part -> {
			NoteType type = partTypes.typeOf(part);
			return type != null && type.getCategory() == Category.LETTER;
		});
		if (!hasLetter) {
			error("{kamerbrief} verwijst naar de brief bij deze nota, maar er is er geen. Voeg onder de nota een deel "
					+ "'kamerbrief: Onderwerp' toe, of schrijf 'kamerbrief' als gewone tekst.", reference, null,
					IssueCodes.LETTER_REFERENCE);
		}
	}

	@Check
	public void checkMarkup(UnknownMarkup markup) {
		error("Onbekende opmaak '{" + markup.getName() + "'. Mogelijk zijn {lak grond: tekst}, {kamerstuk nummer}, "
				+ "{kamerbrief}, {voetnoot: tekst} en {link tekst | adres}; schrijf \\{ voor een gewone accolade.", markup, Literals.UNKNOWN_MARKUP__NAME,
				IssueCodes.UNKNOWN_MARKUP, DIRECTIVES.toArray(String[]::new));
	}

	/** Where a block's text starts: its first inline or list item, not the line break before it. */
	static EObject firstContent(Block block) {
		if (block instanceof Paragraph paragraph && !paragraph.getInlines().isEmpty()) {
			return paragraph.getInlines().get(0);
		}
		if (block instanceof BulletList list && !list.getItems().isEmpty()) {
			return list.getItems().get(0);
		}
		return block;
	}

	@Check
	public void checkClosed(Inline inline) {
		if (inline instanceof Text) {
			return;
		}
		ICompositeNode node = NodeModelUtils.getNode(inline);
		ILeafNode first = null;
		ILeafNode last = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				first = first == null ? leaf : first;
				last = leaf;
			}
		}
		if (first == null || last == first || last.getLength() > 0) {
			return;
		}
		boolean emphasis = inline instanceof Emphasis;
		String closer = emphasis ? "*" : "}";
		getMessageAcceptor().acceptError((emphasis ? "Deze nadruk" : "Deze opmaak") + " wordt niet afgesloten: zet '" + closer
				+ "' aan het eind, in dezelfde alinea.", inline, first.getOffset(), first.getLength(), IssueCodes.UNCLOSED,
				closer, String.valueOf(last.getOffset()));
	}

	private static String firstHeading(NoteType type) {
		return type.getSections().isEmpty() ? "Kop" : type.getSections().get(0).getHeading();
	}
}
