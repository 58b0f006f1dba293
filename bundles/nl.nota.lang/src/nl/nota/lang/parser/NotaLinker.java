package nl.nota.lang.parser;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * The nota grammar has no cross references (note types are looked up by name in the registry), so there
 * is nothing to link: skipping the linker's walk over the whole model saves time on every keystroke in a
 * long note.
 */
public class NotaLinker extends LazyLinker {

	@Override
	protected void doLinkModel(EObject model, IDiagnosticConsumer consumer) {
		// no cross references to install proxies for
	}
}
