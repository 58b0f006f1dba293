package nl.nota.lang.parser;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;

import nl.nota.lang.parser.NotaScanner.Kind;
import nl.nota.lang.parser.NotaScanner.Lexeme;

/**
 * Feeds the lexemes of {@link NotaScanner} to an Xtext parser as ANTLR tokens. The production parser
 * and the content assist parser number their token types independently, so each passes its own
 * token names; the generated ANTLR lexer is only used for its character stream.
 */
public class ScannedTokenSource implements TokenSource {

	private final CharStream input;
	private final String text;
	private final Map<Kind, Integer> types;
	private final List<Lexeme> lexemes;
	private int next;
	private int line = 1;
	private int column;
	private int position;

	protected ScannedTokenSource(TokenSource generatedLexer, String[] tokenNames) {
		this.input = ((Lexer) generatedLexer).getCharStream();
		this.types = typesByKind(tokenNames);
		this.text = input.size() == 0 ? "" : input.substring(0, input.size() - 1);
		this.lexemes = NotaScanner.scan(text);
	}

	@Override
	public Token nextToken() {
		if (next >= lexemes.size()) {
			CommonToken eof = new CommonToken(input, Token.EOF, Token.DEFAULT_CHANNEL, input.size(), input.size() - 1);
			advanceTo(input.size());
			eof.setLine(line);
			eof.setCharPositionInLine(column);
			return eof;
		}
		Lexeme lexeme = lexemes.get(next++);
		CommonToken token = new CommonToken(input, types.get(lexeme.kind()), Token.DEFAULT_CHANNEL, lexeme.start(),
				lexeme.end() - 1);
		advanceTo(lexeme.start());
		token.setLine(line);
		token.setCharPositionInLine(column);
		return token;
	}

	private void advanceTo(int offset) {
		for (; position < offset; position++) {
			if (text.charAt(position) == '\n') {
				line++;
				column = 0;
			} else {
				column++;
			}
		}
	}

	@Override
	public String getSourceName() {
		return input.getSourceName();
	}

	private static Map<Kind, Integer> typesByKind(String[] tokenNames) {
		Map<Kind, Integer> types = new EnumMap<>(Kind.class);
		for (Kind kind : Kind.values()) {
			types.put(kind, indexOf(tokenNames, tokenName(kind)));
		}
		return types;
	}

	private static String tokenName(Kind kind) {
		return switch (kind) {
			case LBRACE -> "LeftCurlyBracket";
			case RBRACE -> "RightCurlyBracket";
			case COLON -> "Colon";
			case PIPE -> "VerticalLine";
			case KW_LAK -> "Lak";
			case KW_KAMERSTUK -> "Kamerstuk";
			case KW_KAMERBRIEF -> "Kamerbrief";
			case KW_VOETNOOT -> "Voetnoot";
			case KW_LINK -> "Link";
			case KW_INVULLEN -> "Invullen";
			case KW_OPMERKING -> "Opmerking";
			default -> "RULE_" + kind.name();
		};
	}

	private static int indexOf(String[] tokenNames, String name) {
		for (int i = 0; i < tokenNames.length; i++) {
			if (tokenNames[i].equals(name)) {
				return i;
			}
		}
		throw new IllegalStateException("The grammar has no token " + name + "; NotaScanner and Nota.xtext disagree.");
	}
}
