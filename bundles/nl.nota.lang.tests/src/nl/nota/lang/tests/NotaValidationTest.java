package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import nl.nota.lang.validation.IssueCodes;

class NotaValidationTest extends ValidationTestSupport {

	@com.google.inject.Inject
	private nl.nota.lang.types.NoteTypeRegistry registry;


	@Test
	void aCompleteBeslisnotaHasNoIssues() throws Exception {
		assertEquals(List.of(), validate(VALID));
	}

	@Test
	void otherMinistriesHeadingsForTheSameSectionAreTheSameSection() throws Exception {
		String variant = VALID.replace("# Geadviseerd besluit", "# Advies").replace("# Kernpunten", "# Kern");
		assertEquals(List.of(), validate(variant));
		// the order and the minimum of points still apply under the other heading
		Issue tooFew = only(validate(variant.replace("- Een punt.", "Een zin.")), IssueCodes.TOO_FEW_ITEMS);
		assertEquals(14, tooFew.getLineNumber());
	}

	@Test
	void anInformatienotaHasTheSubsectionsItNeedsUnderToelichting() throws Exception {
		String note = """
				informatienota: Stand van zaken
				aan: de minister
				van: DE DIRECTEUR
				datum: 30 september 2025
				kenmerk: K1
				ministerie: Defensie

				# Aanleiding
				Er is een vraag.

				# Kernpunten
				- Een punt.

				# Toelichting
				## Risico's
				Er zijn er weinig.

				## Vervolg
				U hoort in december meer.
				""";
		assertEquals(List.of(), validate(note));
	}

	@Test
	void missingRequiredSectionIsReportedWhereItBelongs() throws Exception {
		String text = VALID.replace("# Kernpunten\n- Een punt.\n\n", "");
		Issue issue = only(validate(text), IssueCodes.MISSING_SECTION);
		assertAt(issue, Severity.ERROR, 14, 1, "# Toelichting".length());
		assertTrue(issue.getMessage().contains("'Kernpunten' ontbreekt"), issue::getMessage);
		assertEquals("Kernpunten", issue.getData()[0]);
		assertEquals("#", issue.getData()[1]);
		assertEquals(text.indexOf("# Toelichting"), Integer.parseInt(issue.getData()[2]));
		assertEquals("# Kernpunten\n-\n\n", issue.getData()[3]);
	}

	@Test
	void missingRequiredSubsectionAtTheEndIsReportedOnItsParent() throws Exception {
		String text = VALID.replace("\n## Communicatie\nGeen.\n", "");
		Issue issue = only(validate(text), IssueCodes.MISSING_SECTION);
		assertAt(issue, Severity.ERROR, 17, 1, "# Toelichting".length());
		assertArrayEquals(new String[] { "Communicatie", "##" }, new String[] { issue.getData()[0], issue.getData()[1] });
	}

	@Test
	void unknownSectionNamesTheAllowedOnes() throws Exception {
		Issue issue = only(validate(VALID.replace("# Geadviseerd besluit", "# Besluit")), IssueCodes.UNKNOWN_SECTION);
		assertAt(issue, Severity.ERROR, 11, 1, "# Besluit".length());
		assertTrue(issue.getMessage().contains("Mogelijk zijn: Aanleiding, Geadviseerd besluit"), issue::getMessage);
	}

	@Test
	void typosGetASuggestion() throws Exception {
		List<Issue> issues = validate(VALID.replace("# Geadviseerd besluit", "# Geadviseerd besluti").replace("van:", "vna:"));
		assertTrue(only(issues, IssueCodes.UNKNOWN_SECTION).getMessage().contains("Bedoelt u 'Geadviseerd besluit'?"));
		assertTrue(only(issues, IssueCodes.UNKNOWN_FIELD).getMessage().contains("Bedoelt u 'van'?"));
		Issue kind = only(validate(VALID.replace("beslisnota:", "besluitnota:")), IssueCodes.UNKNOWN_KIND);
		assertTrue(kind.getMessage().contains("Bedoelt u 'beslisnota'?"), kind::getMessage);
		Issue far = only(validate(VALID.replace("# Aanleiding", "# Samenvatting")), IssueCodes.UNKNOWN_SECTION);
		assertTrue(!far.getMessage().contains("Bedoelt u"), far::getMessage);
	}

	@Test
	void subsectionWrittenAsSectionGetsAHint() throws Exception {
		String text = VALID + "\n# Politieke context\nGevoelig.\n";
		Issue issue = only(validate(text), IssueCodes.UNKNOWN_SECTION);
		assertTrue(issue.getMessage().contains("schrijf '## Politieke context' onder '# Toelichting'"), issue::getMessage);
	}

	@Test
	void outOfOrderSectionIsAWarning() throws Exception {
		String text = VALID.replace("# Aanleiding\nEr is een overleg.\n\n# Geadviseerd besluit\nIn te stemmen.\n",
				"# Geadviseerd besluit\nIn te stemmen.\n\n# Aanleiding\nEr is een overleg.\n");
		Issue issue = only(validate(text), IssueCodes.SECTION_ORDER);
		assertAt(issue, Severity.WARNING, 11, 1, "# Aanleiding".length());
		assertArrayEquals(new String[] { "Aanleiding", "Geadviseerd besluit" }, issue.getData());
	}

	@Test
	void emptySectionAndTooFewPoints() throws Exception {
		List<Issue> issues = validate(VALID.replace("Er is een overleg.\n", "").replace("- Een punt.", "Een alinea, geen punt."));
		assertAt(only(issues, IssueCodes.EMPTY_SECTION), Severity.ERROR, 8, 1, "# Aanleiding".length());
		assertAt(only(issues, IssueCodes.TOO_FEW_ITEMS), Severity.ERROR, 13, 1, "# Kernpunten".length());
	}

	@Test
	void duplicateSection() throws Exception {
		Issue issue = only(validate(VALID + "\n# Aanleiding\nNog eens.\n"), IssueCodes.DUPLICATE_SECTION);
		assertAt(issue, Severity.ERROR, 27, 1, "# Aanleiding".length());
	}

	@Test
	void missingRequiredFieldIsAnErrorAndRecommendedOneAWarning() throws Exception {
		List<Issue> issues = validate(VALID.replace("van: DE DIRECTEUR-GENERAAL BELEID\n", "").replace("kenmerk: BS1\n", ""));
		List<Issue> missing = issues.stream().filter(i -> IssueCodes.MISSING_FIELD.equals(i.getCode())).toList();
		assertEquals(2, missing.size(), issues::toString);
		Issue van = missing.stream().filter(i -> i.getData()[0].equals("van")).findFirst().orElseThrow();
		assertAt(van, Severity.ERROR, 1, 1, "beslisnota:".length());
		Issue kenmerk = missing.stream().filter(i -> i.getData()[0].equals("kenmerk")).findFirst().orElseThrow();
		assertEquals(Severity.WARNING, kenmerk.getSeverity());
	}

	@Test
	void fieldProblems() throws Exception {
		String text = VALID.replace("datum: 30 september 2025", "datum: 30-09-2025\ndatum: 1 oktober 2025\nrubricering: geheimpje\nonderwerp: x");
		List<Issue> issues = validate(text);
		Issue date = only(issues, IssueCodes.INVALID_DATE);
		assertAt(date, Severity.ERROR, 4, 8, "30-09-2025".length());
		assertArrayEquals(new String[] { "30 september 2025" }, date.getData());
		assertAt(only(issues, IssueCodes.DUPLICATE_FIELD), Severity.ERROR, 5, 1, "datum:".length());
		assertAt(only(issues, IssueCodes.INVALID_VALUE), Severity.ERROR, 6, 14, "geheimpje".length());
		assertAt(only(issues, IssueCodes.UNKNOWN_FIELD), Severity.ERROR, 7, 1, "onderwerp:".length());
	}

	@Test
	void emptyFieldAndMissingTitle() throws Exception {
		List<Issue> issues = validate(VALID.replace("beslisnota: Geannoteerde agenda", "beslisnota:").replace("kenmerk: BS1", "kenmerk:"));
		assertAt(only(issues, IssueCodes.MISSING_TITLE), Severity.WARNING, 1, 1, "beslisnota:".length());
		assertAt(only(issues, IssueCodes.EMPTY_FIELD), Severity.ERROR, 5, 1, "kenmerk:".length());
	}

	@Test
	void unknownKindListsTheKnownOnes() throws Exception {
		Issue issue = only(validate(VALID.replace("beslisnota:", "besluitnota:")), IssueCodes.UNKNOWN_KIND);
		assertAt(issue, Severity.ERROR, 1, 1, "besluitnota:".length());
		assertTrue(List.of(issue.getData()).containsAll(List.of("beslisnota", "informatienota", "kamerbrief")));
	}

	@Test
	void textBeforeTheFirstSection() throws Exception {
		Issue issue = only(validate(VALID.replace("# Aanleiding\n", "Losse tekst.\n\n# Aanleiding\n")), IssueCodes.TEXT_OUTSIDE_SECTION);
		assertAt(issue, Severity.ERROR, 8, 1, "Losse tekst.".length());
	}

	@Test
	void letterPartsAndReferences() throws Exception {
		String letter = "\n\nkamerbrief: Betreft\naan: de Voorzitter\ndatum: 3 oktober 2025\nfunctie: De minister\nondertekenaar: A. B.\nkenmerk: K\n\nInleiding.\n";
		assertEquals(List.of(), validate(VALID.replace("In te stemmen.", "In te stemmen met de {kamerbrief}.") + letter));
		Issue dangling = only(validate(VALID.replace("In te stemmen.", "In te stemmen met de {kamerbrief}.")), IssueCodes.LETTER_REFERENCE);
		assertEquals(12, dangling.getLineNumber());
		Issue notALetter = only(validate(VALID + "\n\ninformatienota: Tweede\nvan: X\n"), IssueCodes.PART_POSITION);
		assertEquals(28, notALetter.getLineNumber());
		Issue noBetreft = only(validate(VALID + letter.replace("kamerbrief: Betreft", "kamerbrief:")), IssueCodes.MISSING_TITLE);
		assertEquals(Severity.ERROR, noBetreft.getSeverity());
	}

	@Test
	void unknownAndUnclosedMarkupAreReportedWhereTheyStart() throws Exception {
		List<Issue> issues = validate(VALID.replace("Er is een overleg.", "Er is een {overleg morgen}. En {lak 5.1.2e: open *nadruk"));
		assertAt(only(issues, IssueCodes.UNKNOWN_MARKUP), Severity.ERROR, 9, 12, "overleg".length());
		List<Issue> unclosed = issues.stream().filter(i -> IssueCodes.UNCLOSED.equals(i.getCode())).toList();
		assertEquals(2, unclosed.size(), issues::toString);
		assertAt(unclosed.get(0), Severity.ERROR, 9, 32, 1);
		assertEquals("}", unclosed.get(0).getData()[0]);
		assertAt(unclosed.get(1), Severity.ERROR, 9, 50, 1);
		assertEquals("*", unclosed.get(1).getData()[0]);
		int end = VALID.indexOf("Er is een overleg.") + "Er is een {overleg morgen}. En {lak 5.1.2e: open *nadruk".length();
		assertEquals(String.valueOf(end), unclosed.get(1).getData()[1]);
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.SYNTAX.equals(i.getCode())), issues::toString);
	}

	@Test
	void syntaxErrorsSpeakTheWritersLanguage() throws Exception {
		Issue subsection = only(validate(VALID.replace("# Aanleiding\n", "## Aanleiding\n")), IssueCodes.SYNTAX);
		assertEquals(8, subsection.getLineNumber());
		assertTrue(subsection.getMessage().contains("Een subsectie (##) hoort onder een sectie"), subsection::getMessage);
		Issue start = only(validate("Zomaar tekst.\n\n" + VALID), IssueCodes.SYNTAX);
		assertEquals(1, start.getLineNumber());
		assertTrue(start.getMessage().startsWith("Begin de nota met de soort en het onderwerp"), start::getMessage);
	}

	@Test
	void anEmptyFileSaysHowToStart() throws Exception {
		Issue issue = only(validate("\n"), IssueCodes.EMPTY_DOCUMENT);
		assertTrue(issue.getMessage().contains("beslisnota:"), issue::getMessage);
	}

	/** Typed as a writer types when the End key stopped before a trailing space: still a field and a point. */
	@Test
	void aFieldWithoutTheSpaceAndAPointAgainstItsDashStillCount() throws Exception {
		String text = VALID.replace("ministerie: Defensie", "ministerie:Defensie").replace("datum: 30 september 2025", "datum:30 september 2025")
				.replace("- Een punt.", "-Een punt.");
		assertEquals(List.of(), validate(text));
		// a negative figure at the start of a line is prose, not a point
		List<Issue> issues = validate(VALID.replace("- Een punt.", "-3 graden is het."));
		assertEquals(1, issues.stream().filter(issue -> IssueCodes.TOO_FEW_ITEMS.equals(issue.getCode())).count(), issues::toString);
	}

	/** Nothing the tools write ends a line in a space (the End key would stop before it). */
	@Test
	void skeletonsAndFixesEndNoLineInASpace() throws Exception {
		for (var type : registry.builtIn().all()) {
			String skeleton = nl.nota.lang.model.NoteSkeletons.note(type, "Onderwerp", "defensie", java.time.LocalDate.of(2025, 11, 30));
			assertTrue(skeleton.lines().noneMatch(line -> line.endsWith(" ")), skeleton);
		}
		String text = VALID.replace("kenmerk: BS1\n", "");
		Issue missing = validate(text).stream().filter(issue -> IssueCodes.MISSING_FIELD.equals(issue.getCode())).findFirst().orElseThrow();
		String fixed = new nl.nota.lang.fixes.QuickFixes().fixesFor(missing, text).get(0).apply(text);
		assertTrue(fixed.lines().noneMatch(line -> line.endsWith(" ")), fixed);
	}

	/** A new note (File › New › Nota) starts without errors: what is still to be written is a placeholder. */
	@Test
	void aFreshSkeletonHasNoErrorsOnlyPlaceholders() throws Exception {
		for (var type : registry.builtIn().all()) {
			for (String subject : java.util.Arrays.asList(null, "Onderwerp")) {
				String skeleton = nl.nota.lang.model.NoteSkeletons.note(type, subject, "defensie", java.time.LocalDate.of(2025, 11, 30));
				List<Issue> issues = validate(skeleton);
				assertEquals(List.of(), issues.stream().filter(issue -> issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
						.toList(), skeleton);
				assertEquals(List.of(), issues.stream().filter(issue -> !IssueCodes.PLACEHOLDER.equals(issue.getCode())).toList(), skeleton);
				assertTrue(issues.stream().anyMatch(issue -> IssueCodes.PLACEHOLDER.equals(issue.getCode())), skeleton);
			}
		}
	}

	@Test
	void aPlaceholderIsAWarningThatSaysWhatIsToBeWrittenAndCountsAsText() throws Exception {
		String text = VALID.replace("Er is een overleg.", "{invullen: waarom deze nota nu}").replace("- Een punt.", "- {invullen}")
				.replace("kenmerk: BS1", "kenmerk: {invullen: kenmerk}");
		List<Issue> issues = validate(text);
		assertEquals(3, issues.size(), issues::toString);
		Issue why = issues.stream().filter(issue -> issue.getMessage().contains("waarom deze nota nu")).findFirst().orElseThrow();
		assertEquals(IssueCodes.PLACEHOLDER, why.getCode());
		assertEquals(org.eclipse.xtext.diagnostics.Severity.WARNING, why.getSeverity());
		assertEquals("Nog in te vullen: waarom deze nota nu. Vervang '{invullen: ...}' door de tekst; zolang hij er staat, is wat "
				+ "de werkbank maakt een concept.", why.getMessage());
		assertEquals(text.indexOf("{invullen: waarom"), why.getOffset());
		assertEquals(text.lines().toList().indexOf("{invullen: waarom deze nota nu}") + 1, why.getLineNumber());
	}

	/** Regression (#16): a note of one carriage return crashed the position computation and reported nothing. */
	@Test
	void aNoteOfOneCarriageReturnIsAnEmptyNote() throws Exception {
		for (String text : List.of("\r", " \r", "\r\r", "\n\r")) {
			List<Issue> issues = validate(text);
			Issue empty = only(issues, IssueCodes.EMPTY_DOCUMENT);
			assertEquals(1, empty.getLineNumber(), text.replace("\r", "CR"));
		}
	}
}
