package nl.nota.docgen.tests.properties;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Every place in an output file where a reader or a tool could find text: the raw bytes, each zip entry
 * (by name and content), and for a PDF its extracted text, every string object and every decoded stream
 * (content, XMP metadata, structure tree).
 */
final class OutputReader {

	private OutputReader() {
	}

	/** Readable parts by where they were found. */
	static Map<String, String> readable(String file, byte[] bytes) throws IOException {
		Map<String, String> places = new LinkedHashMap<>();
		places.put(file + " (bytes, Latin-1)", new String(bytes, StandardCharsets.ISO_8859_1));
		places.put(file + " (bytes, UTF-8)", new String(bytes, StandardCharsets.UTF_8));
		if (file.endsWith(".docx") || file.endsWith(".odt")) {
			zipEntries(bytes).forEach((name, content) -> {
				places.put(file + " entry name " + name, name);
				places.put(file + "!" + name, new String(content, StandardCharsets.UTF_8));
			});
		}
		if (file.endsWith(".pdf")) {
			try (PDDocument pdf = Loader.loadPDF(bytes)) {
				places.put(file + " text", new PDFTextStripper().getText(pdf));
				List<String> strings = new ArrayList<>();
				Map<COSBase, Boolean> seen = new IdentityHashMap<>();
				for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
					COSObject object = pdf.getDocument().getObjectFromPool(key);
					collect(object.getObject(), strings, seen);
				}
				for (int i = 0; i < strings.size(); i++) {
					places.put(file + " object " + i, strings.get(i));
				}
			}
		}
		return places;
	}

	static Map<String, byte[]> zipEntries(byte[] bytes) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private static void collect(COSBase base, List<String> strings, Map<COSBase, Boolean> seen) throws IOException {
		if (base == null || seen.put(base, Boolean.TRUE) != null) {
			return;
		}
		switch (base) {
			case COSString string -> {
				strings.add(string.getString());
				strings.add(new String(string.getBytes(), StandardCharsets.ISO_8859_1));
			}
			case COSStream stream -> {
				for (COSName key : stream.keySet()) {
					collect(stream.getDictionaryObject(key), strings, seen);
				}
				try (InputStream in = stream.createInputStream()) {
					byte[] decoded = in.readAllBytes();
					strings.add(new String(decoded, StandardCharsets.ISO_8859_1));
					strings.add(new String(decoded, StandardCharsets.UTF_8));
				} catch (IOException e) {
					// a stream with a filter PDFBox cannot decode (images): its raw bytes are read above
				}
			}
			case COSDictionary dictionary -> {
				for (COSName key : dictionary.keySet()) {
					collect(dictionary.getDictionaryObject(key), strings, seen);
				}
			}
			case COSArray array -> {
				for (int i = 0; i < array.size(); i++) {
					collect(array.getObject(i), strings, seen);
				}
			}
			default -> {
			}
		}
	}
}
