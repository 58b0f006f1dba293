package nl.nota.docgen.style;

import java.util.List;

/**
 * A ministry's house style as data (Rijkshuisstijl): who the sender is, the addresses in the reference
 * column, the return address above the addressee, and the font.
 *
 * @param id             the name used to pick it: "defensie"
 * @param ministry       "Ministerie van Defensie"
 * @param logoLines      the lines next to the coat of arms
 * @param visitingAddress the Bezoekadres lines
 * @param postalAddress  the Postadres lines
 * @param returnAddress  the line above the addressee, in the envelope window
 * @param website        shown in the reference column
 * @param font           the font family of the documents
 * @param logo           the logo image, or null: then a Rijksblauw bar stands in for it
 * @param names          other names a note may give the ministry in {@code ministerie:} ("JenV", "Justitie en Veiligheid")
 * @param kamerstukAsFootnote whether a {@code {kamerstuk ...}} reference in the text becomes a footnote
 *                       ({@code kamerstuk = voetnoot}) or stays in the sentence ({@code kamerstuk = tekst}, the default)
 */
public record HouseStyle(String id, String ministry, List<String> logoLines, List<String> visitingAddress,
		List<String> postalAddress, String returnAddress, String website, String font, Logo logo, List<String> names,
		boolean kamerstukAsFootnote) {

	/** A PNG or JPEG image shown above the ministry name, {@code heightMm} high. */
	public record Logo(byte[] bytes, String mediaType, int widthPx, int heightPx) {

		public static final double HEIGHT_MM = 16;

		public double widthMm() {
			return HEIGHT_MM * widthPx / heightPx;
		}

		public String extension() {
			return mediaType.equals("image/png") ? "png" : "jpg";
		}
	}
}
