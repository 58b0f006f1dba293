package nl.nota.lang.parser.antlr;

import org.antlr.runtime.TokenSource;

import nl.nota.lang.parser.ScannedTokenSource;
import nl.nota.lang.parser.antlr.internal.InternalNotaParser;

/** The tokens of the production parser: see {@link nl.nota.lang.parser.NotaScanner}. */
public class NotaTokenSource extends ScannedTokenSource {

	public NotaTokenSource(TokenSource delegate) {
		super(delegate, InternalNotaParser.tokenNames);
	}
}
