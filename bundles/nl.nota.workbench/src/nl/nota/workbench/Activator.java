package nl.nota.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.swt.graphics.ImageLoader;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import nl.nota.ui.language.LanguageInjector;

/**
 * Started with the framework (the product marks this bundle started), before the workbench is built: it has
 * the second core prepare what the first window needs while the UI thread builds it. Rasterising the first
 * SVG icon (the Project Explorer's project icon) loaded and initialised JSVG and Java 2D on the UI thread:
 * ~0.25 s of every start before the window appeared (async-profiler, wall clock). Here one small icon of the
 * product's own is rasterised on a background thread; what the UI thread then needs is loaded already.
 * Then the same thread makes the language's injector ({@link LanguageInjector}): a restarted workbench
 * restores the open note while it builds the window, and its editor waited for the injector on the UI thread.
 */
public class Activator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		URL icon = context.getBundle().getEntry("icons/nota.svg");
		Thread prepare = new Thread(() -> {
			rasterise(icon);
			makeInjector();
		}, "Nota: start voorbereiden");
		prepare.setDaemon(true);
		prepare.setPriority(Thread.MIN_PRIORITY);
		prepare.start();
	}

	private static void rasterise(URL icon) {
		if (icon == null) {
			return;
		}
		try (InputStream in = icon.openStream()) {
			new ImageLoader().load(in);
		} catch (IOException | RuntimeException | LinkageError e) {
			// only a head start: without it the UI thread loads the same when it draws its first SVG icon
		}
	}

	private static void makeInjector() {
		try {
			LanguageInjector.get();
		} catch (RuntimeException | LinkageError e) {
			// only a head start: the first editor makes the injector itself and reports what fails
		}
	}

	@Override
	public void stop(BundleContext context) {
		// the preparation thread ends by itself
	}
}
