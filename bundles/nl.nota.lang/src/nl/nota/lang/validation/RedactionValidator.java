package nl.nota.lang.validation;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.Headings;
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
		Headings.notPublicGround(section.getHeading())
				.ifPresent(ground -> check(section, Literals.SECTION__HEADING, ground));
	}

	@Check
	public void checkSubsection(Subsection subsection) {
		Headings.notPublicGround(subsection.getHeading())
				.ifPresent(ground -> check(subsection, Literals.SUBSECTION__HEADING, ground));
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
