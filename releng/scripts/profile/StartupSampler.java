import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a first start of the workbench spends its time, as the writer waits for it: the UI thread's stack
 * sampled every few milliseconds (wall clock: waiting, native GTK calls and class loading count as they are
 * felt). Started by releng/scripts/profile-startup.sh in front of Equinox's launcher (nota-workbench puts it
 * on the class path when NOTA_PROFILE names its folder), so the start is the product's own, with its
 * start-up cache: a Java agent would have switched the cache off. On demand only; never part of the build.
 * <p>
 * After NOTA_PROFILE_SECONDS it writes to the folder NOTA_PROFILE_OUT, and ends the process:
 * {@code ui-thread.folded} (one line per distinct stack and its
 * samples, for flame-graph tools) and {@code phases.txt} (the start's phases up to the moment the window
 * is shown, each with its sampled time and share). Sampling takes the thread to a safepoint each time, so
 * a profiled start is ~20 % slower than an unprofiled one: read the shares, not the absolute times.
 */
public final class StartupSampler {

	/** A phase: the first rule whose method is on the stack names the sample (most specific first). */
	private record Phase(String name, String method) {

		boolean on(String stack) {
			return onStack(stack, method);
		}
	}

	/** Whether the folded stack has a frame of exactly this method (class and method name). */
	private static boolean onStack(String stack, String method) {
		int at = stack.indexOf(method);
		while (at >= 0) {
			int end = at + method.length();
			if ((at == 0 || stack.charAt(at - 1) == ';') && (end == stack.length() || stack.charAt(end) == ';')) {
				return true;
			}
			at = stack.indexOf(method, at + 1);
		}
		return false;
	}

	private static final List<Phase> PHASES = List.of(
			new Phase("menus and tool bar (ActionBarAdvisor)", "org.eclipse.ui.internal.WorkbenchWindow.fillActionBars"),
			new Phase("Project Explorer", "org.eclipse.ui.navigator.CommonNavigator.createPartControl"),
			new Phase("other views of the perspective", "org.eclipse.ui.internal.e4.compatibility.CompatibilityPart.create"),
			new Phase("perspective layout and parts", "org.eclipse.ui.internal.WorkbenchPage.busySetPerspective"),
			new Phase("window: model and trim", "org.eclipse.ui.internal.WorkbenchWindow.setup"),
			new Phase("window: shell, trim, menus rendered", "org.eclipse.e4.ui.internal.workbench.swt.PartRenderingEngine.safeCreateGui"),
			new Phase("workbench services and advisor (Workbench.init)", "org.eclipse.ui.internal.Workbench.init"),
			new Phase("E4 application model (load, processors, fragments)", "org.eclipse.e4.ui.internal.workbench.swt.E4Application.loadApplicationModel"),
			new Phase("E4 contexts and services", "org.eclipse.e4.ui.internal.workbench.swt.E4Application.createE4Workbench"),
			new Phase("GTK display (gtk_init, session bus)", "org.eclipse.ui.internal.Workbench.createDisplay"),
			new Phase("IDE application (workspace lock, advisor)", "org.eclipse.ui.internal.ide.application.IDEApplication.start"),
			new Phase("framework: waiting for start levels (bundle activators, DS)", "org.eclipse.core.runtime.adaptor.EclipseStarter.updateSplash"),
			new Phase("framework: start levels", "org.eclipse.core.runtime.adaptor.EclipseStarter.setStartLevel"),
			new Phase("framework: storage, resolver, bundles", "org.eclipse.core.runtime.adaptor.EclipseStarter.startup"),
			new Phase("launcher", "org.eclipse.equinox.launcher.Main.basicRun"));
	/** The frame that shows the workbench window: the samples up to it are the wait for the window. */
	private static final String WINDOW_SHOWN = "org.eclipse.e4.ui.workbench.renderers.swt.WBWRenderer.postProcess";

	private StartupSampler() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(System.getenv().getOrDefault("NOTA_PROFILE_OUT", "startup-profile"));
		long seconds = Long.parseLong(System.getenv().getOrDefault("NOTA_PROFILE_SECONDS", "15"));
		Thread ui = Thread.currentThread();
		long start = System.nanoTime();
		List<Long> times = new ArrayList<>();
		List<String> stacks = new ArrayList<>();
		Thread sampler = new Thread(() -> {
			try {
				while (System.nanoTime() - start < seconds * 1_000_000_000L) {
					StackTraceElement[] stack = ui.getStackTrace();
					StringBuilder folded = new StringBuilder();
					for (int i = stack.length - 1; i >= 0; i--) {
						folded.append(stack[i].getClassName()).append('.').append(stack[i].getMethodName());
						if (i > 0) {
							folded.append(';');
						}
					}
					times.add((System.nanoTime() - start) / 1_000_000);
					stacks.add(folded.toString());
					Thread.sleep(5);
				}
				write(out, times, stacks);
				// a start for its profile only: ended here, without the workbench's shutdown (nothing is kept)
				Runtime.getRuntime().halt(0);
			} catch (InterruptedException | IOException e) {
				System.err.println("StartupSampler: " + e);
			}
		}, "Nota: start-up sampler");
		sampler.setDaemon(true);
		sampler.start();
		Class.forName("org.eclipse.equinox.launcher.Main").getMethod("main", String[].class).invoke(null,
				(Object) args);
	}

	private static void write(Path out, List<Long> times, List<String> stacks) throws IOException {
		Files.createDirectories(out);
		Map<String, Integer> folded = new TreeMap<>();
		stacks.forEach(stack -> folded.merge(stack, 1, Integer::sum));
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("ui-thread.folded")))) {
			folded.forEach((stack, n) -> w.println(stack + " " + n));
		}
		int shown = windowShown(stacks);
		Map<String, int[]> phases = new LinkedHashMap<>(); // name -> samples, first ms, last ms
		for (int i = 0; i < shown; i++) {
			String stack = stacks.get(i);
			String name = PHASES.stream().filter(p -> p.on(stack)).map(Phase::name).findFirst()
					.orElse("JVM start and other");
			int t = times.get(i).intValue();
			int[] phase = phases.computeIfAbsent(name, k -> new int[] { 0, t, t });
			phase[0]++;
			phase[2] = t;
		}
		long windowMs = shown < times.size() ? times.get(shown) : -1;
		double msPerSample = shown == 0 ? 0 : (double) (windowMs >= 0 ? windowMs : times.getLast()) / shown;
		try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("phases.txt")))) {
			w.printf("UI thread of the start up to the workbench window (shown at %d ms after the JVM started; %d samples)%n",
					windowMs, shown);
			w.printf("%-62s %6s %6s %7s %7s%n", "phase (by the innermost step on the stack)", "ms", "share", "from", "to");
			phases.forEach((name, p) -> w.printf("%-62s %6.0f %5.1f%% %7d %7d%n", name, p[0] * msPerSample,
					100.0 * p[0] / shown, p[1], p[2]));
		}
	}

	/** The index of the first sample in which the window is being shown (all samples if it never was). */
	private static int windowShown(List<String> stacks) {
		for (int i = 0; i < stacks.size(); i++) {
			if (onStack(stacks.get(i), WINDOW_SHOWN)) {
				return i;
			}
		}
		return stacks.size();
	}
}
