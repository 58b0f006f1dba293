package nl.nota.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.WebSettingsDocument;

/**
 * The OOXML schemas (ECMA-376 transitional, as compiled into POI's poi-ooxml-full): every XML part of
 * every DOCX (document, styles, numbering, footnotes, comments, settings, headers, footers, application properties) is valid
 * against the schema of its kind; a part of a kind not known here fails the test instead of going unchecked.
 */
class DocxConformanceTest {

	static Stream<Path> docxs() {
		List<Path> docxs = GeneratedDocuments.withExtension("docx");
		assertFalse(docxs.isEmpty(), "no DOCX files were generated");
		return docxs.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("docxs")
	void everyPartIsSchemaValid(Path docx) throws Exception {
		List<String> problems = problems(Files.readAllBytes(docx));
		assertTrue(problems.isEmpty(), () -> docx + " is not valid OOXML:\n" + problems.stream().limit(20).collect(Collectors.joining("\n")));
	}

	/** The check can fail: an element the schema does not allow is found. */
	@Test
	void anInvalidDocumentIsRejected() throws Exception {
		byte[] docx = Files.readAllBytes(docxs().findFirst().orElseThrow());
		byte[] broken = Zips.replace(docx, "word/document.xml", xml -> xml.replace("<w:body>", "<w:body><w:tbl><w:tr/></w:tbl>"));
		assertFalse(problems(broken).isEmpty(), "a table without properties and grid is not valid");
	}

	private static List<String> problems(byte[] docx) throws Exception {
		List<String> problems = new ArrayList<>();
		int wordParts = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (!name.endsWith(".xml") || name.equals("[Content_Types].xml") || name.equals("docProps/core.xml")) {
					continue; // the package parts are checked by POI's OPC layer when the file is opened
				}
				byte[] part = zip.readAllBytes();
				XmlObject xml = parse(name, new ByteArrayInputStream(part));
				if (xml == null) {
					problems.add(name + ": no schema known for this part, so it cannot be checked");
					continue;
				}
				if (name.startsWith("word/")) {
					wordParts++;
				}
				List<XmlError> errors = new ArrayList<>();
				xml.validate(new XmlOptions().setErrorListener(errors));
				errors.forEach(error -> problems.add(name + ":" + error.getLine() + ":" + error.getColumn() + " " + error.getMessage()));
			}
		}
		if (wordParts < 3) {
			problems.add("too few WordprocessingML parts: " + wordParts);
		}
		return problems;
	}

	/** The part parsed with the schema type of its kind; null for a part of a kind not known here. */
	private static XmlObject parse(String name, InputStream in) throws Exception {
		XmlOptions options = new XmlOptions().setLoadLineNumbers();
		String file = name.substring(name.lastIndexOf('/') + 1);
		if (name.equals("word/document.xml")) {
			return DocumentDocument.Factory.parse(in, options);
		} else if (file.equals("styles.xml")) {
			return StylesDocument.Factory.parse(in, options);
		} else if (file.equals("numbering.xml")) {
			return NumberingDocument.Factory.parse(in, options);
		} else if (file.equals("settings.xml")) {
			return SettingsDocument.Factory.parse(in, options);
		} else if (file.equals("fontTable.xml")) {
			return FontsDocument.Factory.parse(in, options);
		} else if (file.equals("webSettings.xml")) {
			return WebSettingsDocument.Factory.parse(in, options);
		} else if (file.equals("footnotes.xml")) {
			return org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument.Factory.parse(in, options);
		} else if (file.equals("comments.xml")) {
			return org.openxmlformats.schemas.wordprocessingml.x2006.main.CommentsDocument.Factory.parse(in, options);
		} else if (file.matches("header\\d*\\.xml")) {
			return HdrDocument.Factory.parse(in, options);
		} else if (file.matches("footer\\d*\\.xml")) {
			return FtrDocument.Factory.parse(in, options);
		} else if (name.equals("docProps/app.xml")) {
			return PropertiesDocument.Factory.parse(in, options);
		}
		return null;
	}
}
