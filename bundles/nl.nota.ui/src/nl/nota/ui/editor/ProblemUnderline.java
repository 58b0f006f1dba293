package nl.nota.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Draws the wavy line under a problem on the text, where the platform's default makes it part of the text's
 * styles. A styled underline changes the text presentation: every change of the note's markers made the
 * annotation painter restyle the whole stretch from the first to the last changed marker, which on a long
 * note with remarks near its start and end is the whole note, on the UI thread, after every analysis. Drawn
 * like this, a marker change repaints only the lines of that marker that are on screen.
 * <p>
 * The annotation painter hands over one line of the document at a time; a wrapped line is drawn per visual
 * line, so the wave follows the text.
 */
public final class ProblemUnderline implements AnnotationPainter.IDrawingStrategy {

	/** Width of one wave; must be even. */
	private static final int WAVE = 4;
	private static final int HEIGHT = 2;

	@Override
	public void draw(Annotation annotation, GC gc, StyledText text, int offset, int length, Color color) {
		if (gc == null) {
			// asked to clear: the lines repaint without it
			redrawOnScreen(text, offset, length);
			return;
		}
		if (length < 1) {
			return;
		}
		gc.setLineWidth(0);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setForeground(color);
		int end = offset + length;
		for (int start = offset; start < end;) {
			int lineEnd = visualLineEnd(text, start, end);
			Rectangle bounds = text.getTextBounds(start, lineEnd - 1);
			int top = bounds.y + Math.min(text.getBaseline(start) + 1, bounds.height - HEIGHT - 1);
			gc.drawPolyline(wave(bounds.x, bounds.x + bounds.width, top));
			start = lineEnd;
		}
	}

	/**
	 * Repaints the lines of the range that are on screen. Not {@code redrawRange}, as the platform's strategies
	 * do: it empties the widget's cache of those lines' layout and then, in a widget that wraps its lines, adds
	 * up the height of every line of the text, reading each one; on a 5,000-line note that was the whole note
	 * read on the UI thread for every problem the annotation painter cleared after an analysis. A wave
	 * changes no line's layout: its pixels are all there is to repaint.
	 */
	private static void redrawOnScreen(StyledText text, int offset, int length) {
		int count = text.getCharCount();
		int start = Math.clamp(offset, 0, count);
		int first = text.getLineAtOffset(start);
		int last = text.getLineAtOffset(Math.clamp((long) start + Math.max(0, length), start, count));
		Rectangle area = text.getClientArea();
		// the line above the top index may show its lower part
		int top = Math.max(0, text.getTopIndex() - 1);
		int bottom = text.getLineIndex(Math.max(0, area.height - 1));
		if (last < top || first > bottom) {
			return;
		}
		int y = text.getLinePixel(Math.max(first, top));
		int below = text.getLinePixel(Math.min(last, bottom) + 1);
		text.redraw(0, y, area.width, Math.max(0, below - y), true);
	}

	/** The first offset after start on a later visual line, or end: where a wrapped line breaks. */
	private static int visualLineEnd(StyledText text, int start, int end) {
		int y = text.getLocationAtOffset(start).y;
		if (text.getLocationAtOffset(end - 1).y == y) {
			return end;
		}
		int low = start; // on the line
		int high = end - 1; // below it
		while (high - low > 1) {
			int middle = (low + high) >>> 1;
			if (text.getLocationAtOffset(middle).y == y) {
				low = middle;
			} else {
				high = middle;
			}
		}
		return high;
	}

	/** The corners of a wave from left to right whose crests are at top: x and y alternating. */
	static int[] wave(int left, int right, int top) {
		int bottom = top + HEIGHT;
		int peaks = Math.max((right - left) / WAVE, right - left > 2 ? 1 : 0);
		int[] points = new int[(2 * peaks + 1) * 2];
		for (int i = 0; i < peaks; i++) {
			points[4 * i] = left + WAVE * i;
			points[4 * i + 1] = bottom;
			points[4 * i + 2] = left + WAVE * i + WAVE / 2;
			points[4 * i + 3] = top;
		}
		points[points.length - 2] = Math.min(Math.max(left, right - 1), left + WAVE * peaks);
		points[points.length - 1] = bottom;
		return points;
	}
}
