package nl.nota.lang.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.HeadingInlines;
import nl.nota.lang.model.Headings;
import nl.nota.lang.model.PartFields;
import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Field;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Subsection;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.woo.WooGround;
import nl.nota.lang.woo.WooGrounds;

/** What is not public: every redaction has a known Woo ground, and the Kamerbrief has none at all. */
public class RedactionValidator extends NotaCheck {

	@Inject
	private WooGrounds grounds;

	@Inject
	private PartTypes partTypes;

	@Check
	public void checkRedaction(Redaction redaction) {
		check(redaction, Literals.REDACTION__GROUND, redaction.getGround());
	}

	@Check
	public void checkSection(Section section) {
		checkHeading(section, section.getHeading(), Literals.SECTION__HEADING);
	}

	@Check
	public void checkSubsection(Subsection subsection) {
		checkHeading(subsection, subsection.getHeading(), Literals.SUBSECTION__HEADING);
	}

	/** Fields of the nota that the Kamerbrief prints: a redaction there would be published with the letter. */
	private static final List<String> SHOWN_IN_LETTER = List.of("directie");

	@Check
	public void checkFieldShownInLetter(Field field) {
		if (!(field.eContainer() instanceof Part part) || !SHOWN_IN_LETTER.contains(PartFields.key(field))
				|| !(part.eContainer() instanceof Document document) || document.getParts().indexOf(part) != 0
				|| document.getParts().size() < 2) {
			return;
		}
		for (Redaction redaction : EcoreUtil2.getAllContentsOfType(field, Redaction.class)) {
			error("De Kamerbrief neemt '" + field.getKey() + "' over uit de nota en is openbaar: hierin kan niets worden gelakt. "
					+ "Schrijf de waarde zonder {lak}.", redaction, null, IssueCodes.REDACTION_SHOWN_IN_LETTER);
		}
	}

	/** The not-public mark at the end of a heading, and redactions inside it, each where it is written. */
	private void checkHeading(EObject owner, String heading, EStructuralFeature feature) {
		Headings.notPublicGround(heading).ifPresent(ground -> check(owner, feature, ground));
		List<Inline> inlines = HeadingInlines.of(owner, heading);
		if (inlines.isEmpty()) {
			return;
		}
		INode node = NodeModelUtils.findNodesForFeature(owner, feature).stream().findFirst().orElse(null);
		int searchFrom = 0;
		for (Inline inline : inlines) {
			List<Redaction> redactions = inline instanceof Redaction redaction ? List.of(redaction)
					: EcoreUtil2.getAllContentsOfType(inline, Redaction.class);
			for (Redaction redaction : redactions) {
				// the heading was parsed on its own: find the redaction's text in the heading line to place the marker
				String written = NodeModelUtils.getTokenText(NodeModelUtils.getNode(redaction));
				int at = node == null ? -1 : node.getText().indexOf(written, searchFrom);
				int[] region = at < 0 || node == null ? null : new int[] { node.getOffset() + at, written.length() };
				searchFrom = at < 0 ? searchFrom : at + written.length();
				checkInHeading(owner, feature, region, redaction.getGround());
			}
		}
	}

	private void checkInHeading(EObject owner, EStructuralFeature feature, int[] region, String code) {
		if (region == null) {
			check(owner, feature, code);
			return;
		}
		Part part = EcoreUtil2.getContainerOfType(owner, Part.class);
		NoteType type = part == null ? null : partTypes.typeOf(part);
		if (type != null && type.getCategory() == Category.LETTER) {
			getMessageAcceptor().acceptError("De Kamerbrief is openbaar, ook zijn koppen: hierin kan niets worden gelakt. "
					+ "Haal de tekst uit de kop, of zet hem in de nota.", owner, region[0], region[1], IssueCodes.REDACTION_IN_LETTER);
			return;
		}
		String known = String.join(", ", grounds.codes());
		if (code == null || code.isBlank()) {
			getMessageAcceptor().acceptError("Geef de Woo-grond van wat niet openbaar is, bijvoorbeeld {lak 5.1.2e: naam}. Mogelijk zijn: "
					+ known + ".", owner, region[0], region[1], IssueCodes.MISSING_GROUND);
		} else if (grounds.find(code).isEmpty()) {
			// no fix data: the quick fix replaces a ground written alone, and here the region is the whole redaction
			getMessageAcceptor().acceptError("'" + code + "' is geen Woo-grond. Mogelijk zijn: " + known + ".", owner, region[0],
					region[1], IssueCodes.UNKNOWN_GROUND);
		}
	}

	private void check(EObject marked, EStructuralFeature feature, String code) {
		EStructuralFeature at = code == null || code.isBlank() ? null : feature;
		Part part = EcoreUtil2.getContainerOfType(marked, Part.class);
		NoteType type = part == null ? null : partTypes.typeOf(part);
		if (type != null && type.getCategory() == Category.LETTER) {
			error("De Kamerbrief is openbaar: hierin kan niets worden gelakt. Haal de tekst uit de brief, of zet hem in de nota.",
					marked, at, IssueCodes.REDACTION_IN_LETTER);
			return;
		}
		String known = String.join(", ", grounds.codes());
		if (code == null || code.isBlank()) {
			error("Geef de Woo-grond van wat niet openbaar is, bijvoorbeeld {lak 5.1.2e: naam}. Mogelijk zijn: " + known + ".",
					marked, at, IssueCodes.MISSING_GROUND, grounds.codes().toArray(String[]::new));
			return;
		}
		Optional<WooGround> ground = grounds.find(code);
		if (ground.isEmpty()) {
			error("'" + code + "' is geen Woo-grond. Mogelijk zijn: " + known + ".", marked, feature, IssueCodes.UNKNOWN_GROUND,
					grounds.codes().toArray(String[]::new));
		} else if (ground.get().code().equals(WooGrounds.PERSONAL_VIEWS) && preparesDecision(type)) {
			warning("Grond 5.2 (persoonlijke beleidsopvattingen): bij formele besluitvorming worden deze in niet tot personen "
					+ "herleidbare vorm openbaar gemaakt. Lak alleen wat naar personen herleidbaar is, niet de opvatting zelf.",
					marked, feature, IssueCodes.PERSONAL_VIEWS);
		}
	}

	/** A note that asks for a decision: its type has a "Geadviseerd besluit". */
	private static boolean preparesDecision(NoteType type) {
		return type != null && type.getSections().stream().anyMatch(spec -> spec.getName().equals("geadviseerd-besluit"));
	}
}
