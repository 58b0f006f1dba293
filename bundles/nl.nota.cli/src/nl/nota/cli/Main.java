package nl.nota.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import com.google.inject.Injector;

import nl.nota.lang.NotaStandaloneSetup;

/** The {@code nota} command: validate, generate and import notes without Eclipse. */
public final class Main {

	static final String USAGE = """
			Gebruik:
			  nota validate FILE|DIR... [--format text|json] [--no-comments] [-j N]
			      Controleert nota's (en .notatype-bestanden) tegen de regels van hun notasoort.
			      -j N: N nota's tegelijk (standaard: een per processorkern).
			      --no-comments: een open opmerking ({opmerking NAAM: ...}) is een fout (klaar om te versturen?).
			      Exitcode 0: geen fouten; 1: fouten gevonden; 2: verkeerd gebruik of onleesbaar bestand.
			  nota generate FILE|DIR... [-o DIR] [--format docx,odt,pdf,html] [--house-style NAME] [--draft | --publication] [-j N]
			      Schrijft per nota <naam>.nota.<ext> en <naam>.kamerbrief.<ext>. Een nota met fouten wordt
			      niet gegenereerd (met --draft wel, als concept). Exitcode 1 als een nota mislukte.
			      --publication schrijft alleen openbare stukken: <naam>.openbaar.<ext> (Woo-versie, gelakt),
			      de Kamerbrief en <naam>.woo-inventaris.csv/.json.
			  nota generate NIEUW.nota --compare OUD.nota | --compare-rev REV [--author NAAM] [--format ...] [--publication]
			      Schrijft <naam>.nota.wijzigingen.<ext> en <naam>.kamerbrief.wijzigingen.<ext>: wat sinds
			      OUD (of de versie REV in Git, zoals HEAD~1) veranderde, in Word en ODT als bijgehouden
			      wijzigingen, in PDF en HTML doorgehaald en onderstreept.
			  nota diff OUD.nota NIEUW.nota [--format text|json]
			  nota diff --rev REV FILE.nota [--format text|json]
			      Wat er veranderde, per deel en sectie (op kop, niet op regel): velden, nieuwe, verwijderde,
			      verplaatste en gewijzigde secties, en per punt of alinea de woorden. --rev vergelijkt de versie
			      in Git (bijvoorbeeld HEAD of HEAD~1) met het bestand. Exitcode 0: gelijk; 1: verschillen.
			  nota report FILE...
			      Leesbaarheid per sectie (Flesch-Douma), met woorden, zinnen en woorden per zin.
			  nota import FILE.txt [--kind KIND] [-o FILE.nota] [--force]
			      Zet een nota in platte tekst (zoals gepubliceerd) om naar een .nota-bestand.
			  nota import --comments BEOORDEELD.docx FILE.nota
			      Zet de opmerkingen uit een in Word beoordeelde interne nota terug in de bron, als
			      {opmerking NAAM: tekst} achter het woord waar ze bij staan. Exitcode 1 als er een
			      niet geplaatst kon worden (die staan dan in de uitvoer). Bijgehouden wijzigingen van de
			      beoordelaar komen als voorstel in de uitvoer, op de plek in de bron; ze worden niet toegepast.
			  nota lsp
			      Start de taalserver (Language Server Protocol over stdin/stdout) voor andere editors:
			      meldingen, aanvullen, uitleg bij aanwijzen, overzicht, opmaken en snelle oplossingen.
			  nota --help | --version
			""";

	private Main() {
	}

	static {
		// libraries log progress through java.util.logging; the command line shows only warnings and worse
		java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
		for (var handler : java.util.logging.Logger.getLogger("").getHandlers()) {
			handler.setLevel(java.util.logging.Level.WARNING);
		}
	}

	public static void main(String[] args) {
		configureLibraries();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(Arrays.asList(args), out, err));
	}

	/**
	 * Settings of the libraries for a process of the command line (inside OSGi the host sets them). POI logs
	 * through the Log4j API, which complains on every start when it finds no provider: on a plain class path
	 * the API's own simple provider is there. POI asks for a new XML transformer factory for every part it
	 * saves, and without a name set the JDK searches every jar on the class path for another provider each
	 * time (6% of a batch); there is none, so the JDK's own is named.
	 */
	public static void configureLibraries() {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
		if (System.getProperty("javax.xml.transform.TransformerFactory") == null) {
			System.setProperty("javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
		}
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
		return run(args, out, err, Paths.get(""));
	}

	/** Runs the command with relative paths taken in {@code folder} (the resident process runs a client's commands so). */
	public static int run(List<String> args, PrintStream out, PrintStream err, Path folder) {
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
			(args.isEmpty() ? err : out).print(USAGE);
			return args.isEmpty() ? 2 : 0;
		}
		if (args.get(0).equals("--version")) {
			out.println("nota " + version());
			return 0;
		}
		List<String> rest = args.subList(1, args.size());
		try {
			return switch (args.get(0)) {
				case "validate" -> injector().getInstance(ValidateCommand.class).run(rest, folder, out, err);
				case "import" -> injector().getInstance(ImportCommand.class).run(rest, folder, out, err);
				case "generate" -> injector().getInstance(GenerateCommand.class).run(rest, folder, out, err);
				case "report" -> injector().getInstance(ReportCommand.class).run(rest, folder, out, err);
				case "diff" -> injector().getInstance(DiffCommand.class).run(rest, folder, out, err);
				case "lsp" -> LspCommand.run(System.in, System.out, err);
				default -> throw new UsageException("Onbekende opdracht '" + args.get(0) + "'.\n" + USAGE);
			};
		} catch (UsageException e) {
			err.println("nota: " + e.getMessage());
			return 2;
		} catch (RuntimeException | LinkageError e) {
			err.println("nota: interne fout: " + e + ". Er is niets overschreven. Meld dit met het bestand dat het veroorzaakte.");
			if (System.getenv("NOTA_DEBUG") != null) {
				e.printStackTrace(err);
			}
			return 2;
		}
	}

	/** Xtext's injector, made once per process: building it is a third of a cold run. */
	private static Injector injector() {
		return Injectors.SHARED;
	}

	private static final class Injectors {
		static final Injector SHARED = new NotaStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private static String version() {
		String version = Main.class.getPackage().getImplementationVersion();
		return version != null ? version : "0.1.0";
	}
}
