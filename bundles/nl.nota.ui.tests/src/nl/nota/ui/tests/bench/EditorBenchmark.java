package nl.nota.ui.tests.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.junit.jupiter.api.Test;

import nl.nota.lang.validation.IssueCodes;
import nl.nota.ui.editor.NotaEditor;
import nl.nota.ui.tests.Workbench;
import nl.nota.ui.wizards.NotaProjects;

/**
 * On-demand benchmark (not part of the test run; releng/scripts/benchmark-editor.sh runs it): on a
 * 5,000-line note open in the real editor, the time from a keystroke to the updated markers, and the time
 * content assist takes to compute its proposals, the preview's refresh after the last keystroke and the
 * longest time the UI thread did not answer while typing. Results go to stdout and target/benchmark-editor.txt.
 * The note has a handful of markers; {@code -Dnota.bench.remarks=N} gives it about N more (long sentences).
 */
class EditorBenchmark {

	private static final int LINES = 5_000;
	private static final int ROUNDS = 21;
	/**
	 * Keystrokes before the measured ones: the first minute of typing. Code that runs once per keystroke is still
	 * partly interpreted then (C1 compiles a method after about 200 calls); {@code -Dnota.bench.warmup=300}
	 * measures the editor as it runs later in the day, and gives a profile with the compiled methods' names.
	 */
	private static final int WARM_UP = Integer.getInteger("nota.bench.warmup", 20);

	@Test
	void keystrokeToMarkersAndCompletionOnA5000LineNote() throws Exception {
		IProject project = Workbench.exampleProject("Benchmark");
		String example;
		try (var in = project.getFile(NotaProjects.EXAMPLE).getContents()) {
			example = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String text = longNote(example);
		IFile file = project.getFile("lang.nota");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		NotaEditor editor = Workbench.open(file);
		IDocument document = editor.getDocument();
		int lines = document.getNumberOfLines();
		// the build checks the new note and the draft writer then renders its documents (the PDF of 5,000 lines
		// takes ~10 s of one core): typing is measured once that is done, as it is between saves
		long scheduled = System.currentTimeMillis() + 1_000; // the auto-build starts a moment after the change
		org.eclipse.core.runtime.jobs.IJobManager jobs = org.eclipse.core.runtime.jobs.Job.getJobManager();
		Workbench.waitUntil(() -> System.currentTimeMillis() > scheduled && jobs.find(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& jobs.find(nl.nota.ui.builder.DraftWriter.FAMILY).length == 0, "the build and drafts after creating the note");

		// the preview as the writer sees it: the browser done loading the page the view handed it
		nl.nota.ui.preview.PreviewView preview = (nl.nota.ui.preview.PreviewView) Workbench.page().showView(
				nl.nota.ui.preview.NotaPreviewView.ID);
		Workbench.page().activate(editor);
		Workbench.waitUntil(() -> preview.browser() != null, "the preview's browser");
		// which spelling of the heading the page the browser shows has, looked up once per page: searching the page
		// (~300 KB of HTML) at every poll of the wait below held the UI thread itself
		Object[] lookedAt = { null };
		boolean[] previewShows = { false, false }; // "Kernpunte" (the last letter taken away), "Kernpunten" as a heading
		int[] patchesBefore = null;
		List<Long> previews = new ArrayList<>();
		List<Long> previewStart = new ArrayList<>();
		List<Long> previewRender = new ArrayList<>();
		List<Long> previewHandOver = new ArrayList<>();
		List<Long> previewLoad = new ArrayList<>();
		UiStalls stalls = new UiStalls(editor.getSite().getShell().getDisplay());

		// keystroke to markers: typing the last letter of "# Kernpunten" makes the missing-section error go,
		// deleting it brings it back; each change is one keystroke, timed until the Problems marker follows
		List<Long> markers = new ArrayList<>();
		int heading = document.get().indexOf("# Kernpunten\n") + "# Kernpunte".length();
		List<Long> whileBusy = new ArrayList<>();
		List<Long> pause = new ArrayList<>();
		List<Long> structural = new ArrayList<>();
		List<Long> markerWork = new ArrayList<>();
		List<Long> complete = new ArrayList<>();
		for (int round = -WARM_UP; round < 2 * ROUNDS; round++) {
			if (round == 0) {
				stalls.start();
				patchesBefore = preview.patchesAndLoads();
			}
			boolean remove = round % 2 == 0;
			// odd rounds: the writer paused (the last analysis is complete) before this keystroke;
			// even rounds: the keystroke comes while the previous analysis is still running
			boolean paused = round % 4 < 2;
			if (paused) {
				// the text taken once, not in the condition: the condition runs after every event the UI thread
				// handles, and a copy of the 278 KB note each time was the benchmark's own work and garbage on the
				// thread it measures
				String analysed = document.get();
				Workbench.waitUntil(() -> editor.getAnalysis() != null && editor.getAnalysis().text().equals(analysed),
						"the analysis to finish");
			}
			long start = System.nanoTime();
			if (remove) {
				document.replace(heading, 1, "");
			} else {
				document.replace(heading, 0, "n");
			}
			Workbench.waitUntil(() -> Workbench.markers(file, IssueCodes.MISSING_SECTION).isEmpty() != remove, "the markers to follow");
			if (round < 0) {
				continue;
			}
			(paused ? markers : whileBusy).add((System.nanoTime() - start) / 1_000_000);
			if (paused) {
				// the page that shows this keystroke: the heading as it is now
				int shown = remove ? 0 : 1;
				// a page rendered after the keystroke handed to the view, and the browser showing the page the view
				// holds (patched or loaded; or, the text as it was two keystrokes ago, the page the browser still shows)
				Workbench.waitUntil(() -> {
					nl.nota.ui.preview.PreviewView.Shown now = preview.shown();
					if (now == null || preview.timing() == null || preview.timing().renderStarted() <= start || now.page() != preview.currentHtml()) {
						return false;
					}
					if (lookedAt[0] != now.page()) {
						lookedAt[0] = now.page();
						previewShows[0] = now.page().contains("Kernpunte</h");
						previewShows[1] = now.page().contains("Kernpunten</h");
					}
					return previewShows[shown];
				}, "the preview");
				nl.nota.ui.preview.PreviewView.Timing shownTiming = preview.timing();
				long done = Math.max(preview.shown().at(), shownTiming.handedOver());
				previews.add((done - start) / 1_000_000);
				previewStart.add((shownTiming.renderStarted() - start) / 1_000_000);
				previewRender.add((shownTiming.renderEnded() - shownTiming.renderStarted()) / 1_000_000);
				previewHandOver.add((shownTiming.handedOver() - shownTiming.renderEnded()) / 1_000_000);
				previewLoad.add((done - shownTiming.handedOver()) / 1_000_000);
				String typed = document.get();
				Workbench.waitUntil(() -> editor.getTiming() != null && editor.getTiming().started() > start
						&& editor.getAnalysis().text().equals(typed), "the complete analysis");
				NotaEditor.Timing timing = editor.getTiming();
				pause.add((timing.started() - start) / 1_000_000);
				structural.add((timing.structuralChecks() - timing.started()) / 1_000_000);
				markerWork.add((timing.structuralMarkers() - timing.structuralChecks()) / 1_000_000);
				complete.add((timing.complete() - timing.started()) / 1_000_000);
			}
		}

		long longestStall = stalls.stop();
		int[] patchesAfter = preview.patchesAndLoads();
		int keystrokes = markers.size() + whileBusy.size();
		int markerCount = file.findMarkers(nl.nota.ui.editor.NotaMarkers.TYPE, true, org.eclipse.core.resources.IResource.DEPTH_ZERO).length;

		// completion: at an empty line in the body, as Ctrl+Space computes it on the UI thread
		int blank = document.get().indexOf("\n\n# Toelichting") + 1;
		document.replace(blank, 0, "\n");
		List<Long> completion = new ArrayList<>();
		for (int round = 0; round < ROUNDS * 3; round++) {
			long start = System.nanoTime();
			ICompletionProposal[] proposals = editor.completionProposals(blank + 1);
			completion.add((System.nanoTime() - start) / 1_000);
			if (proposals.length == 0) {
				throw new AssertionError("no proposals");
			}
		}
		String report = String.format(Locale.ROOT, """
				Editor benchmark: %d-line note (%d KB, %d markers), %d rounds, after %d keystrokes of warm-up
				  keystroke -> markers updated:  median %d ms, p90 %d ms, max %d ms  (target <= 100 ms after typing stops;
				                                 includes the %d ms pause after typing)
				  keystroke -> preview loaded:   median %d ms, p90 %d ms  (target <= 200 ms)
				    of which: keystroke -> rendering starts median %d ms; rendering median %d ms;
				    to the UI thread median %d ms; the browser showing the page median %d ms (%d pages patched, %d loaded whole)
				  longest the UI thread did not answer while typing: %d ms  (target <= 50 ms); %d times over 50 ms
				    the UI thread on a core while typing: %.1f ms per keystroke; garbage collections: %d, %d ms in all
				    the browser's web process on a core while typing: %.1f ms per keystroke
				    of which: keystroke -> analysis starts median %d ms; parse + structural checks median %d ms;
				    handing the markers to their job median %d ms
				    (writing checks done: median %d ms after the analysis started)
				  the same, typing on while the previous analysis runs: median %d ms, p90 %d ms
				  completion proposals:          median %.1f ms, p90 %.1f ms, max %.1f ms  (target <= 50 ms)
				""", lines, text.length() / 1024, markerCount, markers.size() - 1, WARM_UP, median(markers.subList(1, markers.size())), p90(markers.subList(1, markers.size())),
				Collections.max(markers.subList(1, markers.size())), 20, median(previews), p90(previews),
				median(previewStart), median(previewRender), median(previewHandOver), median(previewLoad),
				patchesAfter[0] - patchesBefore[0], patchesAfter[1] - patchesBefore[1], longestStall, stalls.over(),
				stalls.cpuMillis() / (double) keystrokes, stalls.collections(), stalls.collectionMillis(),
				stalls.webProcessCpuMillis() / (double) keystrokes, median(pause), median(structural), median(markerWork), median(complete),
				median(whileBusy.subList(1, whileBusy.size())),
				p90(whileBusy.subList(1, whileBusy.size())), median(completion.subList(3, completion.size())) / 1000.0,
				p90(completion.subList(3, completion.size())) / 1000.0, Collections.max(completion.subList(3, completion.size())) / 1000.0);
		System.out.println(report);
		Files.writeString(Path.of(System.getProperty("nota.benchmark.out", "target/benchmark-editor.txt")), report);
		Workbench.page().closeAllEditors(false);
	}

	/** The example's nota with its Toelichting grown by repeating its paragraphs until the note has LINES lines. */
	static String longNote(String example) {
		int toelichting = example.indexOf("# Toelichting\n");
		int firstSub = example.indexOf("## ", toelichting);
		String head = example.substring(0, firstSub);
		String rest = example.substring(firstSub);
		String filler = "Dit is een alinea van de toelichting met een paar gewone zinnen. Zij staat hier om de nota lang te maken.\n"
				+ "De tweede regel van de alinea loopt gewoon door, zonder opmaak.\n\n";
		// with -Dnota.bench.remarks=N (the script's argument), N paragraphs spread over the note are one long
		// sentence each: a remark of the writing checks, as a real draft has them
		int remarks = Integer.getInteger("nota.bench.remarks", 0);
		String remarked = ("Dit is een zin die maar doorgaat " + "en nog verder gaat ".repeat(12)).trim() + ".\n\n";
		int paragraphs = (LINES - head.split("\n", -1).length - rest.split("\n", -1).length) / 3;
		StringBuilder text = new StringBuilder(head);
		for (int paragraph = 0; text.toString().split("\n", -1).length + rest.split("\n", -1).length < LINES; paragraph++) {
			text.append(remarks > 0 && paragraph % Math.max(1, paragraphs / remarks) == 0 ? remarked : filler);
		}
		return text.append(rest).toString();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static long p90(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
	}

	/**
	 * The longest time the UI thread took to run a task posted to it, sampled every 5 ms from another thread:
	 * what a writer feels as a stuck editor. (The benchmark's own waiting sleeps as the workbench's event loop
	 * does, woken by the posted task; until the eighteenth session it slept 10 ms at a time, and up to 10 ms of
	 * each figure could be that.)
	 */
	private static final class UiStalls {
		private final org.eclipse.swt.widgets.Display display;
		private volatile boolean running;
		private volatile long longest;
		private volatile int over;
		private int told;
		private long cpu;
		private long webCpu;
		private long collections;
		private long collectionMillis;
		private Thread thread;

		UiStalls(org.eclipse.swt.widgets.Display display) {
			this.display = display;
		}

		void start() {
			// what the UI thread itself computed and how often the JVM collected, over the same time: figures that
			// vary less with the machine's other load than the stalls do
			cpu = -uiThreadCpu();
			webCpu = -webProcessCpu();
			collections = -gc(java.lang.management.GarbageCollectorMXBean::getCollectionCount);
			collectionMillis = -gc(java.lang.management.GarbageCollectorMXBean::getCollectionTime);
			running = true;
			thread = new Thread(() -> {
				while (running) {
					java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
					long posted = System.nanoTime();
					display.asyncExec(ran::countDown);
					try {
						boolean stuck = !ran.await(50, java.util.concurrent.TimeUnit.MILLISECONDS);
						if (stuck) {
							if (told++ < 5) {
								// stuck for longer than the target: say where (the first five times), so the stall can be found
								StackTraceElement[] stack = display.getThread().getStackTrace();
								StringBuilder where = new StringBuilder("UI thread stuck > 50 ms at:");
								for (int i = 0; i < Math.min(stack.length, 40); i++) {
									where.append("\n    ").append(stack[i]);
								}
								System.out.println(where);
							}
							ran.await();
						}
						long answered = System.nanoTime();
						long waited = (answered - posted) / 1_000_000;
						if (stuck) {
							over++;
							// when, on the clock perf can record with (-k CLOCK_MONOTONIC is System.nanoTime's clock), so
							// that a profile of the UI thread can be cut to the stall
							System.out.printf("UI thread stuck %d ms, System.nanoTime %d to %d%n", waited, posted, answered);
						}
						longest = Math.max(longest, waited);
						Thread.sleep(5);
					} catch (InterruptedException e) {
						return;
					}
				}
			}, "ui-stall-probe");
			thread.setDaemon(true);
			thread.start();
		}

		long stop() {
			running = false;
			Workbench.waitUntil(() -> !thread.isAlive(), "the UI-thread probe to end");
			cpu += uiThreadCpu();
			webCpu += webProcessCpu();
			collections += gc(java.lang.management.GarbageCollectorMXBean::getCollectionCount);
			collectionMillis += gc(java.lang.management.GarbageCollectorMXBean::getCollectionTime);
			return longest;
		}

		int over() {
			return over;
		}

		/** Milliseconds of CPU the UI thread used between start and stop. */
		long cpuMillis() {
			return cpu / 1_000_000;
		}

		/** Milliseconds of CPU the browser's web processes used between start and stop. */
		long webProcessCpuMillis() {
			return webCpu / 1_000_000;
		}

		/** The CPU the browser's web processes (WebKit's, children of this JVM) have used, in nanoseconds. */
		private static long webProcessCpu() {
			return ProcessHandle.current().descendants().filter(process -> process.info().command().orElse("").contains("WebKitWebProcess"))
					.mapToLong(process -> process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
		}

		long collections() {
			return collections;
		}

		long collectionMillis() {
			return collectionMillis;
		}

		private long uiThreadCpu() {
			return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(display.getThread().threadId());
		}

		private static long gc(java.util.function.ToLongFunction<java.lang.management.GarbageCollectorMXBean> figure) {
			return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(figure).sum();
		}
	}
}
