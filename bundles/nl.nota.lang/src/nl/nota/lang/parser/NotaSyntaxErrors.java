package nl.nota.lang.parser;

import java.util.Map;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

import nl.nota.lang.nota.Document;
import nl.nota.lang.nota.Emphasis;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.LetterReference;
import nl.nota.lang.nota.Redaction;
import nl.nota.lang.nota.UnknownMarkup;
import nl.nota.lang.validation.IssueCodes;

/** Syntax errors in the writer's terms (Dutch, like every other message), with the code {@link IssueCodes#SYNTAX}. */
public class NotaSyntaxErrors extends SyntaxErrorMessageProvider {

	private static final String START = "Begin de nota met de soort en het onderwerp, bijvoorbeeld "
			+ "'beslisnota: Geannoteerde agenda DMM'; alleen commentaar (//) en lege regels mogen ervoor staan.";

	private static final Map<String, String> EXPECTED = Map.ofEntries(
			Map.entry("RightCurlyBracket", "Sluit de opmaak af met '}' voor het eind van de alinea."),
			Map.entry("RULE_EMPH_CLOSE", "Sluit de nadruk af met '*' voor het eind van de alinea."),
			Map.entry("RULE_PART_KEY", START),
			Map.entry("RULE_ARG", "Schrijf na de opmaaknaam wat erbij hoort, bijvoorbeeld {kamerstuk 21 501-28, nr. 296}."));

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(message(context), IssueCodes.SYNTAX);
	}

	private static String message(IParserErrorContext context) {
		RecognitionException exception = context.getRecognitionException();
		String[] names = context.getTokenNames();
		EObject current = context.getCurrentContext();
		Token token = exception == null ? null : exception.token;
		String found = token == null || token.getType() < 0 || token.getType() >= names.length ? null : names[token.getType()];
		if (current == null || current instanceof Document document && document.getParts().isEmpty()) {
			return START;
		}
		if (exception instanceof MismatchedTokenException mismatch && mismatch.expecting >= 0
				&& mismatch.expecting < names.length && EXPECTED.containsKey(names[mismatch.expecting])) {
			return EXPECTED.get(names[mismatch.expecting]);
		}
		if (current instanceof Emphasis) {
			return EXPECTED.get("RULE_EMPH_CLOSE");
		}
		if (current instanceof Redaction || current instanceof KamerstukReference || current instanceof LetterReference
				|| current instanceof nl.nota.lang.nota.Placeholder || current instanceof nl.nota.lang.nota.ReviewComment
				|| current instanceof UnknownMarkup) {
			return EXPECTED.get("RightCurlyBracket");
		}
		if ("RULE_H2".equals(found)) {
			return "Een subsectie (##) hoort onder een sectie: zet er een kop met één '#' boven.";
		}
		if ("RightCurlyBracket".equals(found)) {
			return "Deze '}' sluit niets af; schrijf \\} voor een gewone accolade.";
		}
		return "Hier loopt de opbouw van de nota vast (" + context.getDefaultMessage() + ").";
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.SYNTAX);
	}
}
