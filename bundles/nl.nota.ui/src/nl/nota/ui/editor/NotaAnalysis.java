package nl.nota.ui.editor;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import nl.nota.lang.ide.services.NotaStructure;
import nl.nota.lang.model.TextResources;
import nl.nota.lang.nota.Document;
import nl.nota.ui.NotaUiPlugin;

/**
 * One analysis of a note's text: parsed, validated, and its structure. Immutable; made off the UI thread by
 * the editor's reconciler and the builder, read by markers, outline, folding and preview.
 *
 * <p>Validation comes in two steps: the structural checks (syntax, note type, fields, sections, Woo) are
 * fast and come first; the writing checks (spelling, abbreviations, sentence length, dates) read all the
 * prose and come second, so the editor can show the first markers before the second step is done.
 */
public record NotaAnalysis(String text, URI uri, XtextResource resource, List<Issue> issues, List<Issue> writingIssues,
		NotaStructure structure) {

	/** Parses and fully validates {@code text} as the note at {@code uri} (a platform resource URI for workspace files). */
	public static NotaAnalysis of(String text, URI uri, CancelIndicator cancel) {
		return structural(text, uri, cancel).withWritingChecks(cancel);
	}

	/** Parses and runs the structural checks only; {@link #withWritingChecks} adds the rest and the structure. */
	public static NotaAnalysis structural(String text, URI uri, CancelIndicator cancel) {
		XtextResource resource = TextResources.load(NotaUiPlugin.injector().getInstance(XtextResourceSet.class), uri, text);
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.FAST_ONLY, cancel);
		// the structure (outline, folding) is made with the writing checks, after the first markers are out
		return new NotaAnalysis(text, uri, resource, List.copyOf(issues), List.of(), null);
	}

	/** This analysis with the writing checks run too; their issues are also in {@link #issues()}. */
	public NotaAnalysis withWritingChecks(CancelIndicator cancel) {
		// the NORMAL checks; syntax and linking diagnostics come with every run and are in issues() already
		List<Issue> writing = resource.getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.NORMAL_ONLY, cancel).stream()
				.filter(issue -> issue.getCode() != null && issue.getCode().startsWith("nota.")).toList();
		List<Issue> all = new java.util.ArrayList<>(issues);
		all.addAll(writing);
		return new NotaAnalysis(text, uri, resource, List.copyOf(all), writing, structure != null ? structure : NotaStructure.of(text));
	}

	/** The structural issues: everything but the writing checks. */
	public List<Issue> structuralIssues() {
		return issues.subList(0, issues.size() - writingIssues.size());
	}

	public boolean hasErrors() {
		return issues.stream().anyMatch(issue -> issue.getSeverity() == Severity.ERROR);
	}

	/** The parsed note, or null when nothing could be parsed. */
	public Document document() {
		return resource.getContents().isEmpty() ? null : (Document) resource.getContents().get(0);
	}
}
