package nl.nota.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

import nl.nota.docgen.style.HouseStyles;
import nl.nota.lang.ide.NotaIdeSetup;

/** The workbench bundle: holds the language's injector, with the IDE services and the house styles bound. */
public class NotaUiPlugin extends AbstractUIPlugin {

	public static final String ID = "nl.nota.ui";

	private static NotaUiPlugin instance;

	private volatile Injector injector;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		// the bundle starts when the workbench first needs it (the Nota perspective, a .nota file), while the
		// window is still being built on the UI thread: the language's injector is made meanwhile on the other
		// core, so the first note opens without waiting for it. A thread, not a job: the workbench holds all
		// jobs back until its window is open, and a job made the injector only then, while the note opened.
		Thread prepare = new Thread(NotaUiPlugin::prepare, "Nota-taal voorbereiden");
		prepare.setDaemon(true);
		prepare.start();
	}

	private static void prepare() {
		try {
			injector();
		} catch (RuntimeException | LinkageError e) {
			// only a head start: the first editor makes the injector itself and reports what fails
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static NotaUiPlugin getDefault() {
		return instance;
	}

	/** The injector of the nota language with its IDE services; created on first use, off the UI thread where possible. */
	public static Injector injector() {
		NotaUiPlugin plugin = getDefault();
		Injector injector = plugin.injector;
		if (injector == null) {
			synchronized (plugin) {
				injector = plugin.injector;
				if (injector == null) {
					injector = new NotaIdeSetup(HouseStyles::namesFor).createInjectorAndDoEMFRegistration();
					plugin.injector = injector;
				}
			}
		}
		return injector;
	}

	public static void log(String message, Throwable error) {
		ILog.of(NotaUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
