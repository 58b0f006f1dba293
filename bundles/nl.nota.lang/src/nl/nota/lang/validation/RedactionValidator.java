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
		List<Redaction> redactions = HeadingInlines.redactions(owner, heading);
		if (redactions.isEmpty()) {
			return;
		}
		INode node = NodeModelUtils.findNodesForFeature(owner, feature).stream().findFirst().orElse(null);
		int searchFrom = 0;
		for (Redaction redaction : redactions) {
			// the heading was parsed on its own: find the redaction's text in the heading line to place the marker
			String written = NodeModelUtils.getTokenText(NodeModelUtils.getNode(redaction));
			int at = node == null ? -1 : node.getText().indexOf(written, searchFrom);
			if (at < 0) {
				check(owner, feature, redaction.getGround());
			} else {
				check(new Place(owner, null, new int[] { node.getTotalOffset() + at, written.length() }), redaction.getGround());
				searchFrom = at + written.length();
			}
		}
	}

	private void check(EObject marked, EStructuralFeature feature, String code) {
		check(new Place(marked, code == null || code.isBlank() ? null : feature, null), code);
	}

	/**
	 * Where a diagnostic goes: an object's feature, or a region of text inside a heading (parsed on its own,
	 * so its redactions have no place in the note's model). There the quick fixes that replace a ground
	 * written alone do not apply, so such diagnostics carry no fix data.
	 */
	private record Place(EObject object, EStructuralFeature feature, int[] region) {

		boolean inHeadingText() {
			return region != null;
		}
	}

	private void check(Place place, String code) {
		Part part = EcoreUtil2.getContainerOfType(place.object(), Part.class);
		NoteType type = part == null ? null : partTypes.typeOf(part);
		if (type != null && type.getCategory() == Category.LETTER) {
			error(place, place.inHeadingText()
					? "De Kamerbrief is openbaar, ook zijn koppen: hierin kan niets worden gelakt. Haal de tekst uit de kop, of zet hem in de nota."
					: "De Kamerbrief is openbaar: hierin kan niets worden gelakt. Haal de tekst uit de brief, of zet hem in de nota.",
					IssueCodes.REDACTION_IN_LETTER);
			return;
		}
		String known = String.join(", ", grounds.codes());
		String[] fixData = place.inHeadingText() ? new String[0] : grounds.codes().toArray(String[]::new);
		if (code == null || code.isBlank()) {
			error(place, "Geef de Woo-grond van wat niet openbaar is, bijvoorbeeld {lak 5.1.2e: naam}. Mogelijk zijn: " + known + ".",
					IssueCodes.MISSING_GROUND, fixData);
			return;
		}
		Optional<WooGround> ground = grounds.find(code);
		if (ground.isEmpty()) {
			error(place, "'" + code + "' is geen Woo-grond. Mogelijk zijn: " + known + ".", IssueCodes.UNKNOWN_GROUND, fixData);
		} else if (!place.inHeadingText() && ground.get().code().equals(WooGrounds.PERSONAL_VIEWS) && preparesDecision(type)) {
			warning("Grond 5.2 (persoonlijke beleidsopvattingen): bij formele besluitvorming worden deze in niet tot personen "
					+ "herleidbare vorm openbaar gemaakt. Lak alleen wat naar personen herleidbaar is, niet de opvatting zelf.",
					place.object(), place.feature(), IssueCodes.PERSONAL_VIEWS);
		}
	}

	private void error(Place place, String message, String code, String... data) {
		if (place.inHeadingText()) {
			getMessageAcceptor().acceptError(message, place.object(), place.region()[0], place.region()[1], code, data);
		} else {
			error(message, place.object(), place.feature(), code, data);
		}
	}

	/** A note that asks for a decision: its type has a "Geadviseerd besluit". */
	private static boolean preparesDecision(NoteType type) {
		return type != null && type.getSections().stream().anyMatch(spec -> spec.getName().equals("geadviseerd-besluit"));
	}
}
