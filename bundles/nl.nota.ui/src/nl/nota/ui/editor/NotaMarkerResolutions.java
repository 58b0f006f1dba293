package nl.nota.ui.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;

import nl.nota.lang.fixes.QuickFixes.Fix;
import nl.nota.ui.NotaUiPlugin;

/**
 * Quick fixes from the Problems view: the same fixes as Ctrl+1, applied to the file's shared document (the
 * open editor's, if there is one; otherwise the file is changed and saved).
 */
public class NotaMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		IDocument document = documentOf(marker);
		return document != null && !NotaFixes.fixesFor(marker, document.get()).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		IDocument document = documentOf(marker);
		if (document == null) {
			return new IMarkerResolution[0];
		}
		return NotaFixes.fixesFor(marker, document.get()).stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
	}

	/** The current document of the marker's file, read through the file buffers (null when it cannot be read). */
	private static IDocument documentOf(IMarker marker) {
		try {
			return withBuffer(marker, buffer -> buffer.getDocument());
		} catch (CoreException | BadLocationException e) {
			return null;
		}
	}

	private interface BufferWork<T> {
		T run(ITextFileBuffer buffer) throws CoreException, BadLocationException;
	}

	/** Runs the work on the shared buffer of the marker's file: the open editor's document, if there is one. */
	private static <T> T withBuffer(IMarker marker, BufferWork<T> work) throws CoreException, BadLocationException {
		if (!(marker.getResource() instanceof IFile file)) {
			return null;
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		IPath path = file.getFullPath();
		manager.connect(path, LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
			return buffer == null ? null : work.run(buffer);
		} finally {
			manager.disconnect(path, LocationKind.IFILE, null);
		}
	}

	private static final class Resolution implements IMarkerResolution2 {

		private final Fix fix;

		Resolution(Fix fix) {
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public String getDescription() {
			return fix.description();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			try {
				withBuffer(marker, buffer -> {
					boolean wasDirty = buffer.isDirty();
					NotaFixes.apply(fix, buffer.getDocument());
					if (!wasDirty && !buffer.isShared()) {
						buffer.commit(null, true);
					}
					return null;
				});
				placeCaret(marker);
			} catch (CoreException | BadLocationException e) {
				NotaUiPlugin.log("De snelle oplossing kon niet worden toegepast op " + marker.getResource().getFullPath(), e);
			}
		}

		/** In the file's open editor, if any: the caret where the writer types next, with nothing selected. */
		private void placeCaret(IMarker marker) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page != null && marker.getResource() instanceof IFile file
					&& page.findEditor(new FileEditorInput(file)) instanceof NotaEditor editor) {
				editor.selectAndReveal(fix.caretAfter(), 0);
			}
		}
	}
}
