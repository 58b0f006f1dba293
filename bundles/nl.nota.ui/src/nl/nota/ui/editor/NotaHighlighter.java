package nl.nota.ui.editor;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;

import nl.nota.lang.parser.NotaScanner;
import nl.nota.lang.parser.NotaScanner.Kind;
import nl.nota.lang.parser.NotaScanner.Lexeme;

/**
 * Syntax highlighting from the same scanner the parser uses, so what looks like a heading is a heading.
 * The highlighter follows each change of the document: it keeps its own copy of the text and scans again
 * only from the heading before the change to the heading after it ({@link NotaScanner#rescan}); a full
 * copy and scan of a 5,000-line note on the UI thread held it 20–50 ms a keystroke. Only the changed
 * paragraph and the next one are repainted. Redacted text ({lak ...: ...}) gets a marked
 * background, so the writer sees at a glance what will not be published.
 */
public class NotaHighlighter implements IPresentationDamager, IPresentationRepairer {

	enum Style {
		PART(new Color(0x1f, 0x3a, 0x68), SWT.BOLD, null), FIELD(new Color(0x1f, 0x3a, 0x68), SWT.NORMAL, null),
		HEADING(new Color(0x15, 0x4d, 0x71), SWT.BOLD, null), BULLET(new Color(0x15, 0x4d, 0x71), SWT.BOLD, null),
		KEYWORD(new Color(0x7f, 0x00, 0x55), SWT.BOLD, null), MARKUP(new Color(0x80, 0x80, 0x80), SWT.NORMAL, null),
		TABLE(new Color(0x15, 0x4d, 0x71), SWT.NORMAL, null),
		ARGUMENT(new Color(0x00, 0x6d, 0x6d), SWT.NORMAL, null), COMMENT(new Color(0x3f, 0x7f, 0x5f), SWT.ITALIC, null),
		EMPHASIS(null, SWT.ITALIC, null), REDACTED(new Color(0x8a, 0x1c, 0x1c), SWT.NORMAL, new Color(0xff, 0xec, 0xb3)),
		NONE(null, SWT.NORMAL, null);

		final Color foreground;
		final int fontStyle;
		final Color background;

		Style(Color foreground, int fontStyle, Color background) {
			this.foreground = foreground;
			this.fontStyle = fontStyle;
			this.background = background;
		}
	}

	private IDocument document;
	private long scannedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
	private String scannedText = "";
	private List<Lexeme> lexemes = List.of();
	private Style[] styles = new Style[0];
	private int fullScans;

	/**
	 * Told of every change before the viewer and its presentation reconciler (a pre-notified listener): when
	 * the last scan was of the text just before the change, the change is applied to the copy and scanned
	 * again where it can have an effect. Otherwise the next {@link #scan()} reads and scans the whole text.
	 */
	private final IDocumentListener follower = new IDocumentListener() {
		private long before = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;

		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
			before = stamp();
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			long after = stamp();
			if (before == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP || before != scannedStamp
					|| after == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP || event.getDocument() != document) {
				scannedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
				return;
			}
			String inserted = event.getText() == null ? "" : event.getText();
			int offset = event.getOffset();
			int end = offset + event.getLength();
			if (offset < 0 || end > scannedText.length()) {
				scannedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
				return;
			}
			String text = new StringBuilder(scannedText.length() - event.getLength() + inserted.length())
					.append(scannedText, 0, offset).append(inserted).append(scannedText, end, scannedText.length()).toString();
			lexemes = NotaScanner.rescan(text, lexemes, offset, event.getLength(), inserted.length());
			scannedText = text;
			styleLexemes();
			scannedStamp = after;
		}
	};

	@Override
	public void setDocument(IDocument document) {
		if (this.document != null) {
			this.document.removePrenotifiedDocumentListener(follower);
		}
		this.document = document;
		this.scannedStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
		if (document != null) {
			document.addPrenotifiedDocumentListener(follower);
		}
	}

	private long stamp() {
		return NotaReconciler.stamp(document);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		try {
			// the text as it is now, scanned once for this change: the repair that follows uses the same scan
			scan();
			String text = scannedText;
			int from = paragraphStart(text, event.getOffset());
			int changedEnd = event.getOffset() + (event.getText() == null ? 0 : event.getText().length());
			// the paragraph after a change can change meaning too (a blank line added or removed ends a header)
			int to = paragraphEnd(text, paragraphEnd(text, Math.min(changedEnd, text.length())) + 1);
			return new Region(from, Math.max(0, to - from));
		} catch (RuntimeException e) {
			return partition;
		}
	}

	@Override
	public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
		scan();
		int from = damage.getOffset();
		int to = from + damage.getLength();
		int index = firstEndingAfter(from);
		for (int i = index; i < lexemes.size(); i++) {
			Lexeme lexeme = lexemes.get(i);
			if (lexeme.start() >= to) {
				break;
			}
			Style style = styles[i];
			if (style == Style.NONE || lexeme.end() <= lexeme.start()) {
				continue;
			}
			int start = Math.max(from, lexeme.start());
			int end = Math.min(to, lexeme.end());
			if (end > start) {
				StyleRange range = new StyleRange(start, end - start, style.foreground, style.background, style.fontStyle);
				presentation.addStyleRange(range);
			}
		}
	}

	/** The text scanned as it is now: followed change by change, or read and scanned whole. */
	private void scan() {
		long stamp = stamp();
		if (stamp == scannedStamp && stamp != IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP) {
			return;
		}
		scannedText = document.get();
		lexemes = NotaScanner.scan(scannedText);
		styleLexemes();
		scannedStamp = stamp;
		fullScans++;
	}

	int fullScans() {
		return fullScans;
	}

	/** The style of each lexeme, from its kind and what it is inside (emphasis, a redaction). */
	private void styleLexemes() {
		styles = new Style[lexemes.size()];
		boolean emphasis = false;
		int braceDepth = 0;
		boolean redacting = false;
		boolean afterLak = false;
		for (int i = 0; i < lexemes.size(); i++) {
			Kind kind = lexemes.get(i).kind();
			Style style = switch (kind) {
				case PART_KEY -> Style.PART;
				case FIELD_KEY -> Style.FIELD;
				case H1, H2 -> Style.HEADING;
				case BULLET, SUB_BULLET -> Style.BULLET;
				case KW_LAK, KW_KAMERSTUK, KW_KAMERBRIEF, KW_VOETNOOT, KW_LINK, KW_INVULLEN, KW_OPMERKING -> Style.KEYWORD;
				case LBRACE, RBRACE, COLON, PIPE, EMPH_OPEN, EMPH_CLOSE -> Style.MARKUP;
				case ROW, CELL, ROW_END, RULE, CAPTION -> Style.TABLE;
				case ARG, NAME -> braceDepth > 0 && !redacting ? Style.ARGUMENT : redacting ? Style.REDACTED : Style.NONE;
				case COMMENT -> Style.COMMENT;
				case PROSE -> redacting ? Style.REDACTED : emphasis ? Style.EMPHASIS : Style.NONE;
				default -> Style.NONE;
			};
			switch (kind) {
				case EMPH_OPEN -> emphasis = true;
				case EMPH_CLOSE, PARA, BULLET, SUB_BULLET, H1, H2, PART_KEY, FIELD_KEY, ROW, CELL, CAPTION -> {
					emphasis = false;
					if (kind != Kind.EMPH_CLOSE) {
						braceDepth = 0;
						redacting = false;
					}
				}
				case LBRACE -> braceDepth++;
				case RBRACE -> {
					braceDepth = Math.max(0, braceDepth - 1);
					if (braceDepth == 0) {
						redacting = false;
					}
				}
				case KW_LAK -> afterLak = true;
				case COLON -> {
					if (afterLak) {
						redacting = true;
						afterLak = false;
					}
				}
				default -> {
					// other lexemes do not change the state
				}
			}
			styles[i] = style;
		}
	}

	private int firstEndingAfter(int offset) {
		int low = 0;
		int high = lexemes.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (lexemes.get(middle).end() <= offset) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	/** The start of the paragraph (text after the last blank line) containing the offset. */
	static int paragraphStart(String text, int offset) {
		int at = Math.min(offset, text.length());
		int blank = text.lastIndexOf("\n\n", Math.max(0, at - 1));
		return blank < 0 ? 0 : blank + 1;
	}

	static int paragraphEnd(String text, int offset) {
		if (offset >= text.length()) {
			return text.length();
		}
		int blank = text.indexOf("\n\n", offset);
		return blank < 0 ? text.length() : blank + 1;
	}
}
