package nl.nota.docgen.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

import nl.nota.docgen.model.GeneratedDocument;

/**
 * PDF/A-2a: the HTML rendering laid out on A4 pages, tagged for accessibility (PDF/UA structure), with
 * the document language nl-NL, the title in the metadata and every font embedded.
 */
public class PdfRenderer {

	private static final String FONT_FOLDER = "/fonts/liberation/";
	/** The tag the substitution table gets: one PDFBox does not know, in the same place of the sorted table directory. */
	private static final String HIDDEN_GSUB = "GSU_";
	/** The fonts as PDFBox is given them, read once. */
	private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

	static {
		// openhtmltopdf reports its progress at INFO; only problems are worth a line
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

	private final HtmlRenderer html = new HtmlRenderer();

	public byte[] render(GeneratedDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
			builder.usePdfUaAccessibility(true);
			// PDF/A: device colours need an output intent; the sRGB profile comes with the JDK
			builder.useColorProfile(SRGB);
			builder.useFont(() -> font("LiberationSans-Regular.ttf"), document.style().font(), 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Bold.ttf"), document.style().font(), 700, FontStyle.NORMAL, true);
			builder.useFont(() -> font("LiberationSans-Italic.ttf"), document.style().font(), 400, FontStyle.ITALIC, true);
			builder.useFont(() -> font("LiberationSans-BoldItalic.ttf"), document.style().font(), 700, FontStyle.ITALIC, true);
			// composed characters (NFC): the fonts are given without their substitution table, see withoutSubstitutions
			builder.withHtmlContent(Normalizer.normalize(html.renderForPaper(document), Normalizer.Form.NFC), null);
			builder.toStream(out);
			builder.run();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static InputStream font(String name) {
		return new ByteArrayInputStream(FONTS.computeIfAbsent(name, PdfRenderer::readFont));
	}

	private static byte[] readFont(String name) {
		try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_FOLDER + name)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from nl.nota.docgen: " + FONT_FOLDER + name);
			}
			return withoutSubstitutions(in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The TrueType font just read, its glyph substitution table (GSUB) renamed in place in the font's table
	 * directory so that PDFBox does not see it. PDFBox applies a font's substitutions to every piece of text it
	 * shows and compiles a pattern of them anew each time: ~28 % of rendering 20 notes' PDFs (JFR), most of a
	 * long note's (1,900 lines: 3.6–4.6 s before, 0.7–0.8 s without). Liberation Sans substitutes
	 * only for {@code ccmp} (a letter and a separate accent drawn as one glyph; its {@code dlig} is not applied
	 * by default), and the text is brought into composed form (NFC) before it is laid out, which does the same.
	 * The embedded font subsets never carried the table.
	 */
	private static byte[] withoutSubstitutions(byte[] font) {
		int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if ("GSUB".equals(new String(font, record, 4, StandardCharsets.ISO_8859_1))) {
				System.arraycopy(HIDDEN_GSUB.getBytes(StandardCharsets.ISO_8859_1), 0, font, record, 4);
				break;
			}
		}
		return font;
	}
}
