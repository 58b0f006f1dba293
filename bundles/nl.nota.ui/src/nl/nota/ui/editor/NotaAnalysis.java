package nl.nota.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import nl.nota.lang.ide.services.NotaStructure;
import nl.nota.lang.nota.Document;
import nl.nota.ui.NotaUiPlugin;

/**
 * One analysis of a note's text: parsed, validated, and its structure. Immutable; made off the UI thread by
 * the editor's reconciler and the builder, read by markers, outline, folding and preview.
 */
public record NotaAnalysis(String text, URI uri, XtextResource resource, List<Issue> issues, NotaStructure structure) {

	/** Parses and validates {@code text} as the note at {@code uri} (a platform resource URI for workspace files). */
	public static NotaAnalysis of(String text, URI uri, CancelIndicator cancel) {
		Injector injector = NotaUiPlugin.injector();
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("Een tekst in het geheugen kon niet worden gelezen", e);
		}
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, cancel);
		return new NotaAnalysis(text, uri, resource, List.copyOf(issues), NotaStructure.of(text));
	}

	public boolean hasErrors() {
		return issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR);
	}

	/** The parsed note, or null when nothing could be parsed. */
	public Document document() {
		return resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
	}
}
