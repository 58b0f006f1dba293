package nl.nota.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

import nl.nota.ui.language.LanguageInjector;

/** The workbench bundle; it has the language's injector ({@link LanguageInjector}) prepared when it starts. */
public class NotaUiPlugin extends AbstractUIPlugin {

	public static final String ID = "nl.nota.ui";

	private static NotaUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		// the bundle starts when the workbench first needs it (the Nota perspective, a .nota file), while the
		// window is still being built on the UI thread: the language's injector is made meanwhile on the other
		// core (a thread, not a job: the workbench holds all jobs back until its window is open)
		LanguageInjector.prepare();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static NotaUiPlugin getDefault() {
		return instance;
	}

	/** The injector of the nota language with its IDE services; see {@link LanguageInjector}. */
	public static Injector injector() {
		return LanguageInjector.get();
	}

	public static void log(String message, Throwable error) {
		ILog.of(NotaUiPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
