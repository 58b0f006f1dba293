package nl.nota.lang;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.validation.IResourceValidator;

import nl.nota.lang.parser.NotaLinker;
import nl.nota.lang.parser.NotaSyntaxErrors;
import nl.nota.lang.parser.NotaValueConverters;
import nl.nota.lang.validation.NotaResourceValidator;

/** Guice bindings of the nota language's runtime; the generated defaults are in AbstractNotaRuntimeModule. */
public class NotaRuntimeModule extends AbstractNotaRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return NotaValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return NotaSyntaxErrors.class;
	}

	public Class<? extends ILinker> bindILinker() {
		return NotaLinker.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return NotaResourceValidator.class;
	}

	/**
	 * No EMF constraint checks (multiplicities, value ranges of the metamodel) on top of our own: the parser makes
	 * every model the grammar allows, and those checks visit each of the thousands of objects of a long note on
	 * every keystroke to find nothing.
	 */
	public void configureUseEObjectValidator(com.google.inject.Binder binder) {
		binder.bindConstant().annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR))
				.to(false);
	}
}
