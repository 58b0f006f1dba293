package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.nota.lang.nota.Document;
import nl.nota.lang.types.NoteTypeCatalog;
import nl.nota.lang.types.NoteTypeRegistry;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.Requirement;
import nl.nota.lang.validation.IssueCodes;

@ExtendWith(InjectionExtension.class)
@InjectWith(NotaInjectorProvider.class)
class NoteTypeLoadingTest {

	private static final String SPOEDNOTA = """
			notasoort spoednota {
				titel "Spoednota"
				categorie nota
				veld van "Van" verplicht
				veld deadline "Deadline" verplicht type datum
				sectie aanleiding "Aanleiding" verplicht
				sectie risico "Risico bij uitstel" verplicht
			}
			""";

	@Inject
	private NoteTypeRegistry registry;

	@Inject
	private ParseHelper<Document> parseHelper;

	@Inject
	private ValidationTestHelper validator;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@TempDir
	Path folder;

	private List<Issue> validateFile(String name, String text) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, text);
		Document document = parseHelper.parse(text, URI.createFileURI(file.toString()), resourceSets.get());
		return validator.validate(document);
	}

	@Test
	void builtInTypesShipWithTheProduct() {
		NoteTypeCatalog catalog = registry.builtIn();
		assertEquals(List.of("beslisnota", "informatienota", "kamerbrief", "geannoteerde-agenda", "kamervragen"), catalog.names());
		assertTrue(catalog.find("kamervragen").isQuestions() && !catalog.find("kamerbrief").isQuestions());
		NoteType beslisnota = catalog.find("Beslisnota");
		assertEquals(Category.NOTA, beslisnota.getCategory());
		assertEquals(List.of("Aanleiding", "Geadviseerd besluit", "Kernpunten", "Toelichting",
				"Informatie die niet openbaar wordt gemaakt"), beslisnota.getSections().stream().map(s -> s.getHeading()).toList());
		assertEquals(1, beslisnota.getSections().get(2).getMinItems());
		assertEquals(Requirement.REQUIRED, beslisnota.getSections().get(3).getSections().get(2).getRequirement());
		assertEquals(Category.LETTER, catalog.find("kamerbrief").getCategory());
		assertTrue(catalog.find("kamerbrief").isFreeSections());
	}

	@Test
	void aTypeFileNextToTheNoteAddsAKind() throws Exception {
		Files.writeString(folder.resolve("spoed.notatype"), SPOEDNOTA);
		String note = "spoednota: Nu\nvan: X\ndeadline: 1 mei 2026\n\n# Aanleiding\nA.\n\n# Risico bij uitstel\nB.\n";
		assertEquals(List.of(), validateFile("a.nota", note));
		Issue missing = validateFile("b.nota", note.replace("# Risico bij uitstel\nB.\n", "")).stream()
				.filter(i -> IssueCodes.MISSING_SECTION.equals(i.getCode())).findFirst().orElseThrow();
		assertEquals("Risico bij uitstel", missing.getData()[0]);
		assertNotNull(registry.catalogFor(URI.createFileURI(folder.resolve("a.nota").toString())).find("spoednota"));
		assertEquals(null, registry.builtIn().find("spoednota"));
	}

	@Test
	void aTypeFileCanOverrideABuiltInType() throws Exception {
		String note = "informatienota: T\nvan: X\n\n# Aanleiding\nA.\n\n# Kernpunten\n- p\n";
		assertEquals(List.of(), validateFile("n.nota", note).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList());
		Files.writeString(folder.resolve("eigen.notatype"), """
				notasoort informatienota {
					titel "Informatienota (eigen)"
					categorie nota
					veld van "Van" verplicht
					sectie aanleiding "Aanleiding" verplicht
					sectie kernpunten "Kernpunten" verplicht
					sectie bron "Bron" verplicht
				}
				""");
		Issue missing = validateFile("n.nota", note).stream().filter(i -> IssueCodes.MISSING_SECTION.equals(i.getCode()))
				.findFirst().orElseThrow();
		assertEquals("Bron", missing.getData()[0]);
	}

	@Test
	void anEditedTypeFileIsReadAgain() throws Exception {
		Path typeFile = folder.resolve("spoed.notatype");
		Files.writeString(typeFile, SPOEDNOTA);
		URI note = URI.createFileURI(folder.resolve("x.nota").toString());
		assertEquals(2, registry.catalogFor(note).find("spoednota").getSections().size());
		Files.writeString(typeFile, SPOEDNOTA.replace("sectie risico", "sectie extra \"Extra\" optioneel\n\tsectie risico"));
		Files.setLastModifiedTime(typeFile, FileTime.fromMillis(System.currentTimeMillis() + 5000));
		assertEquals(3, registry.catalogFor(note).find("spoednota").getSections().size());
	}

	/**
	 * The folder's listing is kept while the folder is unchanged (#15: a folder of a thousand notes was listed once per
	 * note); a type file added, removed or renamed later is still seen at once.
	 */
	@Test
	void aTypeFileAddedOrRemovedLaterIsSeenThoughTheListingIsKept() throws Exception {
		URI note = URI.createFileURI(folder.resolve("x.nota").toString());
		Files.writeString(folder.resolve("x.nota"), "spoednota: Nu\n");
		Files.setLastModifiedTime(folder, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
		assertEquals(null, registry.catalogFor(note).find("spoednota"));
		assertEquals(null, registry.catalogFor(note).find("spoednota"), "the kept listing");
		Files.writeString(folder.resolve("spoed.notatype"), SPOEDNOTA);
		assertNotNull(registry.catalogFor(note).find("spoednota"));
		Files.setLastModifiedTime(folder, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
		assertNotNull(registry.catalogFor(note).find("spoednota"), "the kept listing");
		Files.move(folder.resolve("spoed.notatype"), folder.resolve("spoed.notatype.uit"));
		assertEquals(null, registry.catalogFor(note).find("spoednota"));
	}

	@Test
	void aBrokenTypeFileIsReportedWithItsPosition() throws Exception {
		Files.writeString(folder.resolve("kapot.notatype"), "notasoort kapot {\n\ttitel \"K\"\n\tcategorie onzin\n}\n");
		List<Issue> issues = validateFile("k.nota", "kapot: T\n");
		Issue typeFile = issues.stream().filter(i -> IssueCodes.TYPE_FILE.equals(i.getCode())).findFirst().orElseThrow();
		assertTrue(typeFile.getMessage().contains("kapot.notatype heeft een fout op regel 3"), typeFile::getMessage);
		assertTrue(issues.stream().anyMatch(i -> IssueCodes.UNKNOWN_KIND.equals(i.getCode())), issues::toString);
	}
}
