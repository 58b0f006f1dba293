package nl.nota.docgen.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
			builder.withHtmlContent(html.renderForPaper(document), null);
			builder.toStream(out);
			builder.run();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static InputStream font(String name) {
		InputStream in = PdfRenderer.class.getResourceAsStream(FONT_FOLDER + name);
		if (in == null) {
			throw new IllegalStateException("Font missing from nl.nota.docgen: " + FONT_FOLDER + name);
		}
		return in;
	}
}
