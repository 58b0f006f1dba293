package nl.nota.workbench;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.graphics.ImageLoader;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.service.prefs.BackingStoreException;

import nl.nota.ui.language.LanguageInjector;

/**
 * Started with the framework (the product marks this bundle started), before the workbench is built: it has
 * the second core prepare what the first window needs while the UI thread builds it. Rasterising the first
 * SVG icon (the Project Explorer's project icon) loaded and initialised JSVG and Java 2D on the UI thread:
 * ~0.25 s of every start before the window appeared (async-profiler, wall clock). Here one small icon of the
 * product's own is rasterised on a background thread; what the UI thread then needs is loaded already.
 * Then the same thread makes the language's injector ({@link LanguageInjector}): a restarted workbench
 * restores the open note while it builds the window, and its editor waited for the injector on the UI thread.
 * <p>
 * It also gives a new workspace the workbench's plain look: see {@link #plainLookUnlessChosen()}.
 */
public class Activator implements BundleActivator {

	/** Eclipse's preference node and key for the CSS theme engine ("Enable theming" under Appearance). */
	private static final String RENDERER_NODE = "org.eclipse.e4.ui.workbench.renderers.swt";
	private static final String THEME_ENABLED = "themeEnabled";

	@Override
	public void start(BundleContext context) {
		plainLookUnlessChosen();
		URL icon = context.getBundle().getEntry("icons/nota.svg");
		Thread prepare = new Thread(() -> {
			try {
				rasterise(icon);
			} finally {
				LanguageInjector.prepareHere();
			}
		}, "Nota: start voorbereiden");
		prepare.setDaemon(true);
		prepare.setPriority(Thread.MIN_PRIORITY);
		prepare.start();
	}

	/**
	 * A workspace that has no choice of its own gets "Enable theming" off. Eclipse's CSS theme engine styles
	 * every widget as it is made; on GTK its default theme looks the same as GTK's own (screenshots of the
	 * first start side by side), and without it the window came ~0.3 s sooner on a first start and ~0.4 s on
	 * a restart (releng/scripts/benchmark-startup.sh, four alternating pairs of the product with and without
	 * this, each with its own start-up cache: medians 5.0 / 5.1 s against 5.3 / 5.5 s on a busy 2-core
	 * machine). The writer who wants a theme (a dark one) ticks Window › Preferences › Appearance › Enable
	 * theming: that choice is kept, as is any made before. Written in the workspace (instance scope), not as
	 * a product default: Eclipse reads the default scope before the instance scope for this key, so a default
	 * would overrule the writer's choice.
	 */
	private static void plainLookUnlessChosen() {
		Location workspace = Platform.getInstanceLocation();
		if (workspace == null || !workspace.isSet()) {
			return; // no workspace chosen yet (the workbench asks for one): nothing to keep a choice in
		}
		IEclipsePreferences renderer = InstanceScope.INSTANCE.getNode(RENDERER_NODE);
		if (renderer.get(THEME_ENABLED, null) == null) {
			renderer.putBoolean(THEME_ENABLED, false);
			try {
				renderer.flush();
			} catch (BackingStoreException e) {
				// holds for this session; the next start writes it again
			}
		}
	}

	/**
	 * Only where Java 2D runs headless (nota-workbench sets java.awt.headless, as does the product's launcher
	 * configuration). Otherwise Java 2D would open a display connection of its own here, at the moment the UI
	 * thread opens GTK's: in one of ~30 starts under Xvfb the two met in Xlib and the start hung in
	 * {@code gtk_init_check}, the UI thread waiting for Xlib's lock held by Java 2D's {@code XOpenDisplay}.
	 */
	private static void rasterise(URL icon) {
		if (icon == null || !GraphicsEnvironment.isHeadless()) {
			return;
		}
		try (InputStream in = icon.openStream()) {
			new ImageLoader().load(in);
		} catch (IOException | RuntimeException | LinkageError e) {
			// only a head start: without it the UI thread loads the same when it draws its first SVG icon
		}
	}

	@Override
	public void stop(BundleContext context) {
		// the preparation thread ends by itself
	}
}
