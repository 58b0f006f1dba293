package nl.nota.docgen.render;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.nota.docgen.model.GeneratedDocument;

/** The output formats, each with its renderer. */
public enum Format {
	DOCX("docx"), ODT("odt"), PDF("pdf"), HTML("html");

	private final String extension;

	Format(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	public byte[] render(GeneratedDocument document) {
		return switch (this) {
			case DOCX -> new DocxRenderer().render(document);
			case ODT -> new OdtRenderer().render(document);
			case PDF -> new PdfRenderer().render(document);
			case HTML -> new HtmlRenderer().render(document).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		};
	}

	/** "docx,pdf" to the formats; an unknown name is an IllegalArgumentException naming the known ones. */
	public static Set<Format> parse(String list) {
		Set<Format> formats = new LinkedHashSet<>();
		for (String name : list.split(",")) {
			String wanted = name.strip().toLowerCase(Locale.ROOT);
			if (wanted.isEmpty()) {
				continue;
			}
			formats.add(Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst()
					.orElseThrow(() -> new IllegalArgumentException("Onbekend formaat '" + name.strip() + "'; kies uit "
							+ String.join(", ", names()) + ".")));
		}
		if (formats.isEmpty()) {
			throw new IllegalArgumentException("Geen formaat opgegeven; kies uit " + String.join(", ", names()) + ".");
		}
		return formats;
	}

	public static List<String> names() {
		return Arrays.stream(values()).map(Format::extension).toList();
	}
}
