package nl.nota.lang.ide.contentassist.antlr;

import org.antlr.runtime.TokenSource;

import nl.nota.lang.ide.contentassist.antlr.internal.InternalNotaParser;
import nl.nota.lang.parser.ScannedTokenSource;

/** The tokens of the content assist parser: see {@link nl.nota.lang.parser.NotaScanner}. */
public class NotaTokenSource extends ScannedTokenSource {

	public NotaTokenSource(TokenSource delegate) {
		super(delegate, InternalNotaParser.tokenNames);
	}
}
