package nl.nota.ui.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;

import nl.nota.lang.ide.services.NotaHovers;
import nl.nota.ui.NotaUiPlugin;

/**
 * Hover: the problems at the mouse, then what the language knows there (a section's description and
 * readability, a field's description, a Woo ground's title).
 */
class NotaTextHover implements ITextHover {

	private final NotaEditor editor;
	private final ISourceViewer viewer;

	NotaTextHover(NotaEditor editor, ISourceViewer viewer) {
		this.editor = editor;
		this.viewer = viewer;
	}

	@Override
	public String getHoverInfo(ITextViewer textViewer, IRegion region) {
		List<String> parts = new ArrayList<>();
		IAnnotationModel model = viewer.getAnnotationModel();
		if (model != null) {
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (annotation instanceof MarkerAnnotation marker && NotaMarkers.isNotaMarker(marker.getMarker()) && position != null
						&& position.overlapsWith(region.getOffset(), Math.max(1, region.getLength()))) {
					parts.add(annotation.getText());
				}
			}
		}
		String text = textViewer.getDocument().get();
		NotaUiPlugin.injector().getInstance(NotaHovers.class).hover(text, region.getOffset(), editor.noteUri())
				.ifPresent(hover -> parts.add(plain(hover.markdown())));
		return parts.isEmpty() ? null : String.join("\n\n", parts);
	}

	@Override
	public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
		return new Region(offset, 0);
	}

	/** The hover's Markdown as the plain text Eclipse's default hover shows. */
	static String plain(String markdown) {
		return markdown.replace("**", "");
	}
}
