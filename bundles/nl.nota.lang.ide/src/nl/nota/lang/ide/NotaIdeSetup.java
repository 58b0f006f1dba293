package nl.nota.lang.ide;

import org.eclipse.xtext.util.Modules2;

import com.google.inject.Guice;
import com.google.inject.Injector;

import nl.nota.lang.NotaRuntimeModule;
import nl.nota.lang.NotaStandaloneSetup;
import nl.nota.lang.ide.services.HouseStyleNames;

/** Sets up the nota language with its IDE services, for the workbench and the language server. */
public class NotaIdeSetup extends NotaStandaloneSetup {

	private final HouseStyleNames houseStyles;

	public NotaIdeSetup() {
		this(new HouseStyleNames.None());
	}

	/** With the house styles of a host that generates documents, so completion can offer them. */
	public NotaIdeSetup(HouseStyleNames houseStyles) {
		this.houseStyles = houseStyles;
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new NotaRuntimeModule(), new NotaIdeModule(),
				binder -> binder.bind(HouseStyleNames.class).toInstance(houseStyles)));
	}
}
