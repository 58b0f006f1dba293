package nl.nota.lang.parser;

import java.util.Map;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import nl.nota.lang.validation.IssueCodes;

/** Syntax errors in the writer's terms (Dutch, like every other message), with the code {@link IssueCodes#SYNTAX}. */
public class NotaSyntaxErrors extends SyntaxErrorMessageProvider {

	private static final Map<String, String> EXPECTED = Map.ofEntries(
			Map.entry("RightCurlyBracket", "Sluit de opmaak af met '}' voor het eind van de alinea."),
			Map.entry("RULE_EMPH_CLOSE", "Sluit de nadruk af met '*' voor het eind van de alinea."),
			Map.entry("RULE_PART_KEY", "Begin de nota met de soort en het onderwerp, bijvoorbeeld 'beslisnota: Geannoteerde agenda DMM'."),
			Map.entry("RULE_ARG", "Schrijf na de opmaaknaam wat erbij hoort, bijvoorbeeld {kamerstuk 21 501-28, nr. 296}."));

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		String[] names = context.getTokenNames();
		if (exception instanceof MismatchedTokenException mismatch && mismatch.expecting >= 0
				&& mismatch.expecting < names.length && EXPECTED.containsKey(names[mismatch.expecting])) {
			return new SyntaxErrorMessage(EXPECTED.get(names[mismatch.expecting]), IssueCodes.SYNTAX);
		}
		Token token = exception == null ? null : exception.token;
		String found = token == null || token.getType() == Token.EOF ? null : names[token.getType()];
		String message;
		if ("RULE_H2".equals(found)) {
			message = "Een subsectie (##) hoort onder een sectie: zet er een kop met één '#' boven.";
		} else if ("RightCurlyBracket".equals(found)) {
			message = "Deze '}' sluit niets af; schrijf \\} voor een gewone accolade.";
		} else if (found != null && found.startsWith("RULE_") && !found.equals("RULE_PART_KEY")) {
			message = "Deze tekst staat voor de eerste regel van de nota. Begin met de soort en het onderwerp, "
					+ "bijvoorbeeld 'beslisnota: Geannoteerde agenda DMM'.";
		} else {
			message = "Hier loopt de opbouw van de nota vast (" + context.getDefaultMessage() + ").";
		}
		return new SyntaxErrorMessage(message, IssueCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.SYNTAX);
	}
}
