package nl.nota.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

import nl.nota.lang.model.TextResources;

/** Validates the text of a .nota or .notatype file, as the file on disk would be: its folder's note types apply. */
public class NoteValidation {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** The parsed note and what is wrong with it. */
	public record Checked(Resource resource, List<Diagnostic> diagnostics, List<String> notices) {

		public boolean hasErrors() {
			return diagnostics.stream().anyMatch(Diagnostic::error);
		}
	}

	public List<Diagnostic> validate(Path file, String displayName, String text) throws IOException {
		return check(file, displayName, text).diagnostics();
	}

	/** What the last checks could not do (spelling without hunspell), said once per run. */
	private final java.util.Set<String> noticesSaid = java.util.concurrent.ConcurrentHashMap.newKeySet();

	public void sayNotices(Checked checked, java.io.PrintStream err) {
		checked.notices().stream().filter(noticesSaid::add).forEach(notice -> err.println("nota: " + notice));
	}

	public Checked check(Path file, String displayName, String text) throws IOException {
		Resource resource = TextResources.load(resourceSets.get(), URI.createFileURI(file.toAbsolutePath().toString()), text);
		List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<Diagnostic> diagnostics = new ArrayList<>();
		List<String> notices = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.INFO && nl.nota.lang.validation.IssueCodes.SPELLING_UNAVAILABLE.equals(issue.getCode())) {
				notices.add(issue.getMessage());
			}
			if (issue.getSeverity() == Severity.INFO || issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			diagnostics.add(new Diagnostic(displayName, orOne(issue.getLineNumber()), orOne(issue.getColumn()),
					issue.getSeverity() == Severity.ERROR, issue.getMessage(), issue.getCode() == null ? "nota.syntax" : issue.getCode()));
		}
		diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
		return new Checked(resource, diagnostics, notices);
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}
}
