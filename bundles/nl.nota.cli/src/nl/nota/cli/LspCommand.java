package nl.nota.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import nl.nota.docgen.style.HouseStyles;
import nl.nota.lang.ide.NotaIdeSetup;
import nl.nota.lang.types.ide.NoteTypeIdeSetup;

/**
 * {@code nota lsp}: Xtext's language server for notes and note types over stdin/stdout, with the same
 * diagnostics, completion, hover, outline, formatting and quick fixes as the workbench editor.
 */
public final class LspCommand {

	private LspCommand() {
	}

	/** Serves until the client closes the connection (or sends exit). */
	public static int run(InputStream in, OutputStream out, PrintStream err) {
		LanguageServerImpl server = serverInjector().getInstance(NotaLanguageServer.class);
		// a message that cannot be framed ends the session with a reason, never a server that stops answering
		Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, new LspFraming(in, err), out);
		server.connect(launcher.getRemoteProxy());
		try {
			launcher.startListening().get();
			return 0;
		} catch (ExecutionException e) {
			err.println("nota lsp: de verbinding met de editor is verbroken: " + e.getCause());
			return 1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	/** The server's injector: Xtext's server module with a registry of exactly our two languages. */
	static Injector serverInjector() {
		Injector nota = new NotaIdeSetup(HouseStyles::namesFor).createInjectorAndDoEMFRegistration();
		Injector types = new NoteTypeIdeSetup().createInjectorAndDoEMFRegistration();
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		registry.getExtensionToFactoryMap().put("nota", nota.getInstance(IResourceServiceProvider.class));
		registry.getExtensionToFactoryMap().put("notatype", types.getInstance(IResourceServiceProvider.class));
		return Guice.createInjector(Modules.override(new ServerModule())
				.with(binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)));
	}
}
