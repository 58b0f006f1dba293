package nl.nota.lang.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import nl.nota.lang.nota.NotaPackage;

/** Base of the validators composed into {@link NotaValidator}: each checks one aspect of a note. */
public abstract class NotaCheck extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(NotaPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// registered through NotaValidator's @ComposedChecks
	}
}
