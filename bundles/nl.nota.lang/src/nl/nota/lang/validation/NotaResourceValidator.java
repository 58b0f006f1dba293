package nl.nota.lang.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Xtext's resource validator without its first pass, which walks the whole model to resolve cross
 * references: the nota grammar has none (note types are found by name in the registry, not linked), so
 * on a long note the walk is pure cost on every keystroke.
 */
public class NotaResourceValidator extends ResourceValidatorImpl {

	@Override
	protected void resolveProxies(Resource resource, CancelIndicator monitor) {
		// nothing to resolve
	}
}
