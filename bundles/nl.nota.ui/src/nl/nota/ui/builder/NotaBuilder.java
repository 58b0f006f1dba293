package nl.nota.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import nl.nota.lang.model.TextResources;
import nl.nota.ui.NotaUiPlugin;
import nl.nota.ui.editor.NotaAnalysis;
import nl.nota.ui.editor.NotaMarkers;
import nl.nota.ui.preferences.NotaPreferences;

/**
 * On save: checks every changed note (markers that persist) and, when it has no errors, has its drafts
 * (Kamerbrief and nota in the chosen formats) written into the project's output folder after the build
 * ({@link DraftWriter}). A changed note type, house style, glossary or writing-rules file re-checks the
 * notes next to it. A note with errors leaves the earlier drafts as they were.
 */
public class NotaBuilder extends IncrementalProjectBuilder {

	public static final String ID = "nl.nota.ui.notaBuilder";

	/** The scope of the marker that says why a note's drafts could not be written. */
	static final String GENERATE = "generate";

	/** Files whose change affects the notes in their folder. */
	private static final Set<String> FOLDER_SETTINGS = Set.of("notatype", "huisstijl", "afkortingen", "woorden");

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		Set<IFile> notes = new LinkedHashSet<>();
		Set<IFile> types = new LinkedHashSet<>();
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		IPath output = getProject().getFolder(NotaPreferences.outputFolder()).getFullPath();
		if (delta == null) {
			getProject().accept(resource -> {
				if (output.isPrefixOf(resource.getFullPath())) {
					return false;
				}
				collect(resource, notes, types);
				return true;
			});
		} else {
			delta.accept(change -> {
				IResource resource = change.getResource();
				if (output.isPrefixOf(resource.getFullPath())) {
					return false;
				}
				if (change.getKind() != IResourceDelta.REMOVED && resource instanceof IFile file) {
					collect(file, notes, types);
					if (affectsFolder(file)) {
						notesIn(file.getParent(), notes);
					}
				} else if (change.getKind() == IResourceDelta.REMOVED && resource instanceof IFile file && affectsFolder(file)) {
					notesIn(file.getParent(), notes);
				}
				return true;
			});
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Nota's controleren", notes.size() + types.size());
		for (IFile type : types) {
			checkOther(type);
			progress.worked(1);
		}
		for (IFile note : notes) {
			if (progress.isCanceled()) {
				break;
			}
			progress.subTask(note.getName());
			build(note, progress.split(1));
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(NotaMarkers.TYPE, true, IResource.DEPTH_INFINITE);
	}

	private static void collect(IResource resource, Set<IFile> notes, Set<IFile> types) {
		if (resource instanceof IFile file && file.exists()) {
			if ("nota".equals(file.getFileExtension())) {
				notes.add(file);
			} else if ("notatype".equals(file.getFileExtension())) {
				types.add(file);
			}
		}
	}

	private static boolean affectsFolder(IFile file) {
		return FOLDER_SETTINGS.contains(file.getFileExtension()) || file.getName().equals("schrijfregels.properties");
	}

	private static void notesIn(IContainer folder, Set<IFile> notes) throws CoreException {
		if (!folder.exists()) {
			return;
		}
		for (IResource member : folder.members()) {
			if (member instanceof IFile file && "nota".equals(file.getFileExtension())) {
				notes.add(file);
			}
		}
	}

	/** Checks one note, sets its markers and asks for its drafts when it has no errors. */
	static void build(IFile note, IProgressMonitor monitor) throws CoreException {
		String text;
		try {
			text = read(note);
		} catch (IOException e) {
			NotaMarkers.update(note, List.of(problem("De nota kon niet worden gelezen: " + e.getMessage(), "nota.io")));
			return;
		}
		NotaAnalysis analysis = NotaAnalysis.of(text, URI.createPlatformResourceURI(note.getFullPath().toString(), true),
				monitor::isCanceled);
		if (!editedUnsaved(note)) {
			NotaMarkers.update(note, analysis.structuralIssues(), NotaMarkers.STRUCTURE);
			NotaMarkers.update(note, analysis.writingIssues(), NotaMarkers.WRITING);
			NotaMarkers.update(note, List.of(), GENERATE);
		}
		if (!analysis.hasErrors() && NotaPreferences.generateOnSave() && !NotaPreferences.formats().isEmpty()) {
			DraftWriter.request(note, analysis);
		}
	}

	/** A note type file: checked by its own language. */
	private static void checkOther(IFile file) throws CoreException {
		String text;
		try {
			text = read(file);
		} catch (IOException e) {
			NotaMarkers.update(file, List.of(problem("Het bestand kon niet worden gelezen: " + e.getMessage(), "nota.io")));
			return;
		}
		XtextResource resource = TextResources.load(NotaUiPlugin.injector().getInstance(XtextResourceSet.class),
				URI.createPlatformResourceURI(file.getFullPath().toString(), true), text);
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
		NotaMarkers.update(file, issues);
	}

	/**
	 * While a note is open with unsaved changes, its editor owns its markers: they describe the text being
	 * written. A build of the saved text (the project's first build, or one a change elsewhere in the folder
	 * starts) would otherwise replace them with markers of an older text until the next keystroke.
	 */
	private static boolean editedUnsaved(IFile note) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(note.getFullPath(), LocationKind.IFILE);
		return buffer != null && buffer.isDirty();
	}

	private static String read(IFile file) throws CoreException, IOException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Issue problem(String message, String code) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setMessage(message);
		issue.setCode(code);
		issue.setSeverity(org.eclipse.xtext.diagnostics.Severity.ERROR);
		issue.setOffset(0);
		issue.setLength(0);
		issue.setLineNumber(1);
		return issue;
	}
}
