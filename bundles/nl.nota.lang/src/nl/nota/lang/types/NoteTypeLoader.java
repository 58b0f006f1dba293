package nl.nota.lang.types;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.types.noteType.NoteTypeModel;

/** Reads .notatype files: parses and validates them, and keeps the types of those without errors. */
public class NoteTypeLoader {

	/** The types of one file and what is wrong with it. */
	public record Loaded(List<NoteType> types, List<TypeFileProblem> problems) {
	}

	public Loaded load(URI uri, InputStream content, String displayName) {
		ensureLanguageRegistered();
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource resource = resourceSet.createResource(uri);
		List<TypeFileProblem> problems = new ArrayList<>();
		try (content) {
			resource.load(content, resourceSet.getLoadOptions());
		} catch (IOException e) {
			problems.add(new TypeFileProblem(displayName, 1, 1, "Het bestand kan niet worden gelezen: " + e.getMessage(), true));
			return new Loaded(List.of(), problems);
		}
		List<Issue> issues = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator()
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		boolean hasErrors = false;
		for (Issue issue : issues) {
			boolean error = issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR;
			hasErrors |= error;
			problems.add(new TypeFileProblem(displayName, line(issue.getLineNumber()), line(issue.getColumn()),
					issue.getMessage(), error));
		}
		if (hasErrors || resource.getContents().isEmpty()) {
			return new Loaded(List.of(), problems);
		}
		NoteTypeModel model = (NoteTypeModel) resource.getContents().get(0);
		return new Loaded(List.copyOf(model.getTypes()), problems);
	}

	private static int line(Integer value) {
		return value == null ? 1 : value;
	}

	private static void ensureLanguageRegistered() {
		if (!Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().containsKey("notatype")) {
			NoteTypeStandaloneSetup.doSetup();
		}
	}
}
