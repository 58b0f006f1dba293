package nl.nota.docgen.internal;

import java.util.Dictionary;
import java.util.Hashtable;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Gives the Log4j API a logging provider inside OSGi. Apache POI logs through the Log4j API, whose OSGi
 * activator holds its start-up lock until some bundle registers a provider service; with no provider
 * (this product ships no Log4j implementation) the first DOCX waits forever (apache/logging-log4j2#2655).
 * This registers the API's own simple logger as the provider while the API starts, in the same thread, so
 * the lock is released when this bundle reports it has started. Outside OSGi (the CLI) it is not used.
 */
public class LoggingActivator implements BundleActivator {

	/** The API version the Log4j 2 API asks its providers to support. */
	private static final String API_VERSION = "2.6.0";

	private ServiceRegistration<Provider> registration;

	@Override
	public void start(BundleContext context) {
		Dictionary<String, Object> properties = new Hashtable<>();
		properties.put("APIVersion", API_VERSION);
		registration = context.registerService(Provider.class, new Provider(1, API_VERSION, SimpleLoggerContextFactory.class),
				properties);
	}

	@Override
	public void stop(BundleContext context) {
		if (registration != null) {
			registration.unregister();
			registration = null;
		}
	}
}
