package nl.nota.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.google.inject.Injector;

import nl.nota.lang.NotaStandaloneSetup;

/** The {@code nota} command: validate, generate and import notes without Eclipse. */
public final class Main {

	static final String USAGE = """
			Gebruik:
			  nota validate FILE|DIR... [--format text|json] [--no-comments]
			      Controleert nota's (en .notatype-bestanden) tegen de regels van hun notasoort.
			      --no-comments: een open opmerking ({opmerking NAAM: ...}) is een fout (klaar om te versturen?).
			      Exitcode 0: geen fouten; 1: fouten gevonden; 2: verkeerd gebruik of onleesbaar bestand.
			  nota generate FILE|DIR... [-o DIR] [--format docx,odt,pdf,html] [--house-style NAME] [--draft | --publication]
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
		quietLog4j();
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		System.exit(run(Arrays.asList(args), out, err));
	}

	/**
	 * POI logs through the Log4j API, which complains on every start when it finds no provider. On a plain
	 * class path the API's own simple provider is there; inside OSGi the host configures logging.
	 */
	public static void quietLog4j() {
		System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
	}

	public static int run(List<String> args, PrintStream out, PrintStream err) {
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
				case "validate" -> injector().getInstance(ValidateCommand.class).run(rest, out, err);
				case "import" -> injector().getInstance(ImportCommand.class).run(rest, out, err);
				case "generate" -> injector().getInstance(GenerateCommand.class).run(rest, out, err);
				case "report" -> injector().getInstance(ReportCommand.class).run(rest, out, err);
				case "diff" -> injector().getInstance(DiffCommand.class).run(rest, out, err);
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

	private static Injector injector() {
		return new NotaStandaloneSetup().createInjectorAndDoEMFRegistration();
	}

	private static String version() {
		String version = Main.class.getPackage().getImplementationVersion();
		return version != null ? version : "0.1.0";
	}
}
