package nl.nota.docgen.render;

import java.io.StringReader;
import java.io.StringWriter;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import nl.nota.lang.model.XmlCharacters;

/**
 * XML built element by element with the JDK's StAX serializer: text and attribute values are escaped by
 * the serializer, and characters XML 1.0 forbids are dropped before it sees them, so no string a note
 * holds can become markup or make a document unreadable. Names are written as given ("text:p"); the
 * namespace declarations are attributes of the root. Fixed markup of a format (style sheets, automatic
 * styles) goes in through {@link #fragment}, which parses it and writes it event by event.
 */
final class XmlWriter {

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
	private static final XMLInputFactory INPUT = XMLInputFactory.newDefaultFactory();

	static {
		INPUT.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
		INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	private final StringWriter buffer = new StringWriter(8192);
	private final XMLStreamWriter out;

	XmlWriter() {
		try {
			out = OUTPUT.createXMLStreamWriter(buffer);
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
	}

	XmlWriter declaration() {
		return write(() -> out.writeStartDocument("UTF-8", "1.0"));
	}

	/** The HTML doctype; the only text written as it is, and it is a constant. */
	XmlWriter htmlDoctype() {
		return write(() -> out.writeDTD("<!DOCTYPE html>"));
	}

	XmlWriter start(String name) {
		return write(() -> out.writeStartElement(name));
	}

	/** An element without content: for HTML only the void elements (br, img, meta). */
	XmlWriter empty(String name) {
		return write(() -> out.writeEmptyElement(name));
	}

	XmlWriter attribute(String name, String value) {
		return write(() -> out.writeAttribute(name, XmlCharacters.strip(value)));
	}

	XmlWriter text(String text) {
		return write(() -> out.writeCharacters(XmlCharacters.strip(text)));
	}

	XmlWriter end() {
		return write(out::writeEndElement);
	}

	/** An element holding only text. */
	XmlWriter element(String name, String text) {
		return start(name).text(text).end();
	}

	/** Fixed, well-formed markup of the format itself (one or more elements), never note text. */
	XmlWriter fragment(String markup) {
		try {
			XMLStreamReader in = INPUT.createXMLStreamReader(new StringReader("<fragment>" + markup + "</fragment>"));
			int depth = 0;
			while (in.hasNext()) {
				switch (in.next()) {
					case XMLStreamConstants.START_ELEMENT -> {
						if (depth++ > 0) {
							out.writeStartElement(in.getLocalName());
							for (int i = 0; i < in.getAttributeCount(); i++) {
								String prefix = in.getAttributePrefix(i);
								String name = prefix == null || prefix.isEmpty() ? in.getAttributeLocalName(i)
										: prefix + ":" + in.getAttributeLocalName(i);
								out.writeAttribute(name, in.getAttributeValue(i));
							}
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						if (--depth > 0) {
							out.writeEndElement();
						}
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (!in.isWhiteSpace()) { // indentation of the fixed markup only
							out.writeCharacters(in.getText());
						}
					}
					default -> {
					}
				}
			}
			in.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("Fixed markup of a renderer is not well-formed", e);
		}
		return this;
	}

	/** The document; every open element is closed. */
	String finish() {
		write(out::writeEndDocument);
		write(out::flush);
		return buffer.toString();
	}

	private interface Step {
		void run() throws XMLStreamException;
	}

	private XmlWriter write(Step step) {
		try {
			step.run();
		} catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return this;
	}
}
