package nl.nota.lang.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.Headings;
import nl.nota.lang.model.Suggestions;
import nl.nota.lang.nota.Block;
import nl.nota.lang.nota.BulletList;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Part;
import nl.nota.lang.nota.Section;
import nl.nota.lang.nota.Subsection;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;
import nl.nota.lang.types.noteType.SectionSpec;

/**
 * The sections of a part against its note type: unknown, duplicate, missing, out of order, empty, too few
 * points. The same rules apply to the sub-sections of a section, against the section's own specification.
 */
public class SectionValidator extends NotaCheck {

	@Inject
	private PartTypes partTypes;

	/** A section or sub-section as the rules see it. */
	private record Heading(EObject object, String text, EStructuralFeature feature, List<Block> blocks,
			List<Subsection> subsections) {

		static Heading of(Section section) {
			return new Heading(section, Headings.visible(section.getHeading()), Literals.SECTION__HEADING, section.getBlocks(),
					section.getSubsections());
		}

		static Heading of(Subsection subsection) {
			return new Heading(subsection, Headings.visible(subsection.getHeading()), Literals.SUBSECTION__HEADING, subsection.getBlocks(),
					List.of());
		}
	}

	/** The level being checked: what is there, what the type allows, and what to say about it. */
	private record Level(List<Heading> present, List<SectionSpec> specs, boolean free, String marker, String owner,
			EObject container, EStructuralFeature containerFeature, List<SectionSpec> elsewhere) {
	}

	@Check
	public void checkSections(Part part) {
		NoteType type = partTypes.typeOf(part);
		if (type == null) {
			return;
		}
		List<Heading> present = part.getSections().stream().map(Heading::of).toList();
		// a beantwoording's headings are questions and answers, checked by QuestionsValidator
		checkLevel(new Level(present, type.getSections(), type.isFreeSections() || type.isQuestions(), "#", "een " + type.getName(), part,
				Literals.PART__KIND, allSubsections(type.getSections())));
	}

	private void checkLevel(Level level) {
		Map<SectionSpec, Heading> seen = new HashMap<>();
		List<SectionSpec> placed = new ArrayList<>();
		for (Heading heading : level.present()) {
			if (heading.text() == null || heading.text().isBlank()) {
				error("Deze kop heeft geen tekst. Schrijf de naam van de sectie achter '" + level.marker() + "'.",
						heading.object(), heading.feature(), IssueCodes.EMPTY_HEADING);
				continue;
			}
			SectionSpec spec = Headings.find(level.specs(), heading.text());
			if (spec == null) {
				if (!level.free()) {
					reportUnknown(level, heading);
				}
				checkContent(heading, null, level);
				continue;
			}
			if (seen.containsKey(spec)) {
				error("De sectie '" + spec.getHeading() + "' staat er twee keer. Voeg de tekst samen onder één kop.",
						heading.object(), heading.feature(), IssueCodes.DUPLICATE_SECTION);
				continue;
			}
			seen.put(spec, heading);
			SectionSpec laterPlaced = firstPlacedAfter(level.specs(), placed, spec);
			if (laterPlaced != null) {
				warning("De sectie '" + spec.getHeading() + "' staat niet op haar plaats: zet haar vóór '"
						+ laterPlaced.getHeading() + "'.", heading.object(), heading.feature(), IssueCodes.SECTION_ORDER,
						spec.getHeading(), laterPlaced.getHeading());
			}
			placed.add(spec);
			checkContent(heading, spec, level);
		}
		reportMissing(level, seen);
	}

	private void checkContent(Heading heading, SectionSpec spec, Level level) {
		if (heading.blocks().isEmpty() && heading.subsections().isEmpty()) {
			error("De sectie '" + heading.text() + "' is leeg. Schrijf de tekst onder de kop, of verwijder de kop.",
					heading.object(), heading.feature(), IssueCodes.EMPTY_SECTION);
		}
		if (spec != null && spec.getMinItems() > 0) {
			long items = heading.blocks().stream().filter(BulletList.class::isInstance)
					.mapToLong(block -> ((BulletList) block).getItems().stream()
							.filter(item -> !nl.nota.lang.model.NoteText.plain(item.getInlines()).isEmpty()).count()).sum();
			if (items < spec.getMinItems() && !heading.blocks().isEmpty()) {
				error("De sectie '" + spec.getHeading() + "' vraagt minstens " + spec.getMinItems()
						+ (spec.getMinItems() == 1 ? " punt" : " punten") + " als opsommingsteken: begin een regel met '- '.",
						heading.object(), heading.feature(), IssueCodes.TOO_FEW_ITEMS, String.valueOf(spec.getMinItems()));
			}
		}
		if (heading.object() instanceof Section section) {
			List<Heading> subsections = section.getSubsections().stream().map(Heading::of).toList();
			List<SectionSpec> specs = spec == null ? List.of() : spec.getSections();
			boolean free = spec == null || spec.isFreeSections();
			checkLevel(new Level(subsections, specs, free, "##", "'" + heading.text() + "'", section,
					Literals.SECTION__HEADING, List.of()));
		}
	}

	private void reportUnknown(Level level, Heading heading) {
		List<String> allowed = level.specs().stream().map(SectionSpec::getHeading).toList();
		SectionSpec deeper = Headings.find(level.elsewhere(), heading.text());
		String hint = deeper != null
				? " '" + deeper.getHeading() + "' is een subsectie van '" + parentHeading(deeper) + "': schrijf '## "
						+ deeper.getHeading() + "' onder '# " + parentHeading(deeper) + "'."
				: allowed.isEmpty() ? " Hier horen geen subsecties."
						: Suggestions.hint(heading.text(), allowed) + " Mogelijk zijn: " + String.join(", ", allowed) + ".";
		error("De sectie '" + heading.text() + "' hoort niet in " + level.owner() + "." + hint, heading.object(),
				heading.feature(), IssueCodes.UNKNOWN_SECTION, allowed.toArray(String[]::new));
	}

	private void reportMissing(Level level, Map<SectionSpec, Heading> seen) {
		for (SectionSpec spec : level.specs()) {
			if (spec.getRequirement() == Requirement.OPTIONAL || seen.containsKey(spec)) {
				continue;
			}
			Heading before = nextPresent(level.specs(), seen, spec);
			String where = before != null ? "vóór '" + before.text() + "'"
					: level.marker().equals("#") ? "aan het eind" : "onder '" + owningHeading(level) + "'";
			String message = "De sectie '" + spec.getHeading() + "' ontbreekt" + (spec.getRequirement() == Requirement.REQUIRED
					? "" : "; zij wordt aanbevolen") + ". Voeg '" + level.marker() + " " + spec.getHeading() + "' toe " + where + ".";
			EObject target = before != null ? before.object() : level.container();
			EStructuralFeature feature = before != null ? before.feature() : level.containerFeature();
			String[] data = { spec.getHeading(), level.marker(), String.valueOf(insertOffset(level, before)),
					nl.nota.lang.model.NoteSkeletons.section(spec, level.marker()) };
			if (spec.getRequirement() == Requirement.REQUIRED) {
				error(message, target, feature, IssueCodes.MISSING_SECTION, data);
			} else {
				warning(message, target, feature, IssueCodes.MISSING_SECTION, data);
			}
		}
	}

	private static int insertOffset(Level level, Heading before) {
		if (before != null) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(before.object(), before.feature());
			if (!nodes.isEmpty()) {
				return nodes.get(0).getOffset();
			}
		}
		INode container = NodeModelUtils.findActualNodeFor(level.container());
		return container == null ? 0 : container.getEndOffset();
	}

	private static Heading nextPresent(List<SectionSpec> specs, Map<SectionSpec, Heading> seen, SectionSpec missing) {
		for (int i = specs.indexOf(missing) + 1; i < specs.size(); i++) {
			Heading heading = seen.get(specs.get(i));
			if (heading != null) {
				return heading;
			}
		}
		return null;
	}

	private static SectionSpec firstPlacedAfter(List<SectionSpec> specs, List<SectionSpec> placed, SectionSpec spec) {
		int index = specs.indexOf(spec);
		return placed.stream().filter(other -> specs.indexOf(other) > index).findFirst().orElse(null);
	}

	private static List<SectionSpec> allSubsections(List<SectionSpec> specs) {
		return specs.stream().flatMap(spec -> spec.getSections().stream()).toList();
	}

	private static String parentHeading(SectionSpec spec) {
		return spec.eContainer() instanceof SectionSpec parent ? parent.getHeading() : "";
	}

	private static String owningHeading(Level level) {
		return level.container() instanceof Section section ? section.getHeading() : "";
	}
}
