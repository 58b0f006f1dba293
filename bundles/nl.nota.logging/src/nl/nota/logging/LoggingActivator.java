package nl.nota.logging;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * Gives the Log4j API its logging provider inside OSGi, whichever bundle or thread starts the API.
 * <p>
 * Apache POI logs through the Log4j API. The API's bundle activator takes a start-up lock when it starts
 * and releases it only when it sees a provider (a provider service, or a bundle reporting STARTED), and only
 * on the thread that took it (apache/logging-log4j2#2655). In every Eclipse installation the Aries SPI Fly
 * extender starts at level 2 and loads the API's property sources, which starts the API on the framework's
 * start-level thread before anything of ours runs. With no provider anywhere, that idle thread keeps the
 * lock and the first other thread that logs (the builder writing a DOCX) waits for ever.
 * <p>
 * This bundle is marked started by its p2 metadata ({@code META-INF/p2.inf}), so the same start-level
 * thread starts it during framework start-up, in our product and in a user's own IDE alike. It registers a
 * provider service <em>without loading a Log4j class</em> (a {@link ServiceFactory} registered under the
 * class name is not checked against the class until it is asked for), so starting it never starts the API:
 * <ul>
 * <li>if the API started earlier on this thread, the STARTED event of this bundle, delivered on the same
 * thread, makes the API find the provider and release its lock;</li>
 * <li>if the API starts later, on any thread, it finds the provider while it starts and never keeps the
 * lock.</li>
 * </ul>
 * The provider is the API's own simple logger (errors only, to standard error) at the lowest priority: a
 * real Log4j implementation in the same installation wins.
 * <p>
 * Xtext logs through Log4j 1 (reload4j), which prints "log4j:WARN No appenders could be found" on every
 * start when nothing configured it. If nothing has, this gives it what the Log4j 2 API gets: errors, to
 * standard error.
 */
public final class LoggingActivator implements BundleActivator {

	/** The Log4j API asks providers for this API version (service property {@code APIVersion}). */
	static final String API_VERSION = "2.6.0";

	private static final String PROVIDER_CLASS = "org.apache.logging.log4j.spi.Provider";

	private ServiceRegistration<?> registration;

	@Override
	public void start(BundleContext context) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put("APIVersion", API_VERSION);
		registration = context.registerService(PROVIDER_CLASS, new SimpleProviderFactory(), properties);
		try {
			Log4j1.configureIfUnconfigured();
		} catch (NoClassDefFoundError absent) {
			// no Log4j 1 in this installation: nothing to configure
		}
	}

	@Override
	public void stop(BundleContext context) {
		if (registration != null) {
			registration.unregister();
			registration = null;
		}
	}

	/** Log4j 1 in a class of its own, so that this bundle works without it (an optional import). */
	private static final class Log4j1 {

		static void configureIfUnconfigured() {
			org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
			if (!root.getAllAppenders().hasMoreElements()) {
				root.addAppender(new org.apache.log4j.ConsoleAppender(new org.apache.log4j.PatternLayout("%p %c: %m%n"),
						org.apache.log4j.ConsoleAppender.SYSTEM_ERR));
				root.setLevel(org.apache.log4j.Level.ERROR);
			}
		}
	}

	/** Creates the provider when the Log4j API asks for it; only then are Log4j classes loaded. */
	private static final class SimpleProviderFactory implements ServiceFactory<Object> {

		@Override
		public Object getService(Bundle bundle, ServiceRegistration<Object> registration) {
			return new Provider(1, API_VERSION, SimpleLoggerContextFactory.class);
		}

		@Override
		public void ungetService(Bundle bundle, ServiceRegistration<Object> registration, Object service) {
			// nothing held
		}
	}
}
