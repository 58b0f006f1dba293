package nl.nota.lang.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Parses a text that is already in memory (an editor's document, a file read by the host) as the note or
 * note type at {@code uri}: the URI decides the language and the folder whose note types apply.
 */
public final class TextResources {

	private TextResources() {
	}

	public static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			// reading from memory does not fail; a failing parser reports syntax errors, not I/O errors
			throw new UncheckedIOException(e);
		}
		return resource;
	}
}
