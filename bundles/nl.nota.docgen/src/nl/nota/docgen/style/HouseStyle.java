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
 */
public record HouseStyle(String id, String ministry, List<String> logoLines, List<String> visitingAddress,
		List<String> postalAddress, String returnAddress, String website, String font) {
}
