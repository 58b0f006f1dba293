package nl.nota.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The notes of one run worked on side by side, one per core: what each note prints is kept apart and printed
 * whole, in the notes' order, as soon as that note and the ones before it are done, so the output reads as a
 * run one note at a time would print it.
 */
final class Batch {

	private Batch() {
	}

	/** The work for the note at {@code index} in the batch; it prints on the streams it is given. */
	interface Task<N, R> {
		R run(N note, int index, PrintStream out, PrintStream err);
	}

	/** How many notes at a time when the user does not say: one per core. */
	static int defaultJobs() {
		return Math.max(1, Runtime.getRuntime().availableProcessors());
	}

	/** The results of {@code task} for each note, in the notes' order. */
	static <N, R> List<R> each(List<N> notes, int jobs, PrintStream out, PrintStream err, Task<N, R> task) {
		List<R> results = new ArrayList<>(notes.size());
		if (jobs <= 1 || notes.size() <= 1) {
			for (int i = 0; i < notes.size(); i++) {
				results.add(task.run(notes.get(i), i, out, err));
			}
			return results;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, notes.size()), runnable -> {
			Thread thread = new Thread(runnable, "nota-batch");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Printed<R>>> futures = new ArrayList<>(notes.size());
			for (int i = 0; i < notes.size(); i++) {
				N note = notes.get(i);
				int index = i;
				futures.add(pool.submit(() -> {
					ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
					ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
					try (PrintStream noteOut = new PrintStream(outBytes, false, StandardCharsets.UTF_8);
							PrintStream noteErr = new PrintStream(errBytes, false, StandardCharsets.UTF_8)) {
						R result = task.run(note, index, noteOut, noteErr);
						noteOut.flush();
						noteErr.flush();
						return new Printed<>(result, outBytes.toByteArray(), errBytes.toByteArray());
					}
				}));
			}
			for (Future<Printed<R>> future : futures) {
				Printed<R> printed = done(future);
				err.write(printed.err(), 0, printed.err().length);
				err.flush();
				out.write(printed.out(), 0, printed.out().length);
				out.flush();
				results.add(printed.result());
			}
			return results;
		} finally {
			pool.shutdownNow();
		}
	}

	private record Printed<R>(R result, byte[] out, byte[] err) {
	}

	private static <R> Printed<R> done(Future<Printed<R>> future) {
		try {
			return future.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("onderbroken", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
