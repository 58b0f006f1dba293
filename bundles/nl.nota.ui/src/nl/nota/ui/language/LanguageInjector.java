package nl.nota.ui.language;

import com.google.inject.Injector;

import nl.nota.docgen.style.HouseStyles;
import nl.nota.lang.ide.NotaIdeSetup;

/**
 * The nota language's injector with its IDE services and the house styles bound, one per workbench. This
 * package is left out of the bundle's lazy activation (see the manifest): the product has the injector made
 * while the framework starts, on a thread of its own, without starting the workbench's plug-in that early. On a
 * restart the editor is restored while the window is built, and it waited ~0.4 s on the UI thread for an
 * injector that was begun only when the editor's class loaded.
 */
public final class LanguageInjector {

	private static volatile Injector injector;

	private LanguageInjector() {
	}

	/** The injector; made on first use (the first caller makes it, others wait for it). */
	public static Injector get() {
		Injector made = injector;
		if (made == null) {
			synchronized (LanguageInjector.class) {
				made = injector;
				if (made == null) {
					made = new NotaIdeSetup(HouseStyles::namesFor).createInjectorAndDoEMFRegistration();
					injector = made;
				}
			}
		}
		return made;
	}

	/** Has the injector made on a thread of its own, so that whoever needs it later finds it ready. */
	public static void prepare() {
		if (injector != null) {
			return;
		}
		Thread thread = new Thread(LanguageInjector::prepareHere, "Nota-taal voorbereiden");
		thread.setDaemon(true);
		thread.start();
	}

	/** Makes the injector on the calling thread, as a head start: a failure is left to the first real use. */
	public static void prepareHere() {
		try {
			get();
		} catch (RuntimeException | LinkageError e) {
			// only a head start: the first editor makes the injector itself and reports what fails
		}
	}
}
