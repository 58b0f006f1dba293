package nl.nota.lang.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * Checks a note against the rules of its note type. The rules themselves are data (.notatype files);
 * each composed validator checks one aspect. Every diagnostic carries a code from {@link IssueCodes}.
 */
@ComposedChecks(validators = { DocumentValidator.class, FieldValidator.class, SectionValidator.class, RedactionValidator.class,
		WritingValidator.class, ConsistencyValidator.class, ConstructValidator.class, QuestionsValidator.class })
public class NotaValidator extends AbstractNotaValidator {
}
