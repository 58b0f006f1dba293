package nl.nota.lang.writing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.google.inject.Singleton;

/**
 * Dutch spelling through hunspell with the OpenTaal dictionary (Debian: hunspell, hunspell-nl), the
 * word list LibreOffice uses. Two hunspell processes are kept for the life of the tool, each in its pipe
 * mode, a batch of words per round trip:
 * <ul>
 * <li>one decides which words are wrong, with a copy of the dictionary's affix file without its
 * suggestion tables (TRY, KEY, REP, MAP, PHONE): about 2 ms a word instead of about 100 ms, since
 * hunspell in pipe mode always looks for suggestions and that is nearly all of its time;</li>
 * <li>one finds the suggestions, with the whole dictionary, only for the words that will be reported (a
 * word hunspell does not know may still be right as an abbreviation with its period or as a compound).</li>
 * </ul>
 * Results are cached per word, so an editor re-checking a note only asks for new words. Both steps have
 * a time budget: what they did not reach the next check does.
 */
@Singleton
public class SpellChecker {

	/** What hunspell says of a word. */
	public record Verdict(boolean correct, List<String> suggestions) {
		static final Verdict CORRECT = new Verdict(true, List.of());
	}

	/**
	 * What was asked and how far hunspell got within the time budget: a word without a verdict was not
	 * reached ({@link #unchecked()} of them).
	 */
	public record Result(Map<String, Verdict> verdicts, int unchecked) {
	}

	/** hunspell or its Dutch dictionary is not installed. */
	public static class Unavailable extends Exception {
		private static final long serialVersionUID = 1L;

		Unavailable(String message) {
			super(message);
		}
	}

	/** Words per round trip: the answers fit in the output pipe, so neither side ever waits on the other. */
	static final int BATCH = 64;
	/** How long one check may take by default; what is left the next check does (from the cache on). */
	public static final Duration BUDGET = Duration.ofMillis(Long.getLong("nota.spelling.budget", 2000));
	/** A batch that takes this much longer than the budget means hunspell is stuck: it is stopped. */
	private static final Duration STUCK = Duration.ofSeconds(5);
	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "nota spelling watchdog");
		thread.setDaemon(true);
		return thread;
	});
	/** The affix file's lines that only serve suggestions. */
	private static final Set<String> SUGGESTION_TABLES = Set.of("TRY", "KEY", "REP", "MAP", "PHONE");

	private final Map<String, Verdict> cache = new ConcurrentHashMap<>();
	/** A wrong word whose suggestions are not known yet. */
	private static final Verdict WRONG = new Verdict(false, List.of());
	/** Words known to be wrong whose suggestions are still to be found. */
	private final Set<String> withoutSuggestions = ConcurrentHashMap.newKeySet();
	private final Hunspell verdicts = new Hunspell(true);
	private final Hunspell suggestions = new Hunspell(false);

	/** Starts deciding hunspell at once, beside the parsing that comes first (it takes a few tenths of a second to load). */
	public SpellChecker() {
		Thread.ofPlatform().daemon().name("nota spelling start").start(() -> {
			try {
				verdicts.start();
			} catch (Unavailable e) {
				// said by the first check that needs it
			}
		});
	}

	/** The verdicts on {@code words} with suggestions for the wrong ones, however long it takes. */
	public Map<String, Verdict> check(Collection<String> words) throws Unavailable {
		Duration unlimited = Duration.ofDays(1);
		Map<String, Verdict> verdicts = new LinkedHashMap<>(check(words, unlimited).verdicts());
		List<String> wrong = verdicts.entrySet().stream().filter(entry -> !entry.getValue().correct()).map(Map.Entry::getKey).toList();
		verdicts.putAll(suggest(wrong, unlimited));
		return verdicts;
	}

	/**
	 * Which of {@code words} are wrong: from the cache, the rest from hunspell without its suggestion tables
	 * until {@code budget} has passed (a word not reached has no verdict). A wrong word's verdict carries its
	 * suggestions only when they were found before ({@link #suggest}).
	 */
	public synchronized Result check(Collection<String> words, Duration budget) throws Unavailable {
		long deadline = System.nanoTime() + budget.toNanos();
		Map<String, Verdict> result = new LinkedHashMap<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (String word : words) {
			Verdict cached = cache.get(word);
			if (cached != null) {
				result.put(word, cached);
			} else if (withoutSuggestions.contains(word)) {
				result.put(word, WRONG);
			} else {
				unknown.add(word);
			}
		}
		if (unknown.isEmpty()) {
			return new Result(result, 0);
		}
		Map<String, Verdict> decided = verdicts.ask(unknown, deadline);
		decided.forEach((word, verdict) -> {
			if (verdict.correct()) {
				cache.put(word, verdict);
				result.put(word, verdict);
			} else {
				withoutSuggestions.add(word);
				result.put(word, WRONG);
			}
		});
		return new Result(result, unknown.size() - decided.size());
	}

	/**
	 * Suggestions for words {@link #check} found wrong, from the whole dictionary, as far as {@code budget}
	 * goes (about 0.1 s a word); the whole dictionary has the last word, so a verdict may turn out correct.
	 * A word not reached is left out.
	 */
	public synchronized Map<String, Verdict> suggest(Collection<String> wrong, Duration budget) throws Unavailable {
		long deadline = System.nanoTime() + budget.toNanos();
		Map<String, Verdict> result = new LinkedHashMap<>();
		Set<String> asked = new LinkedHashSet<>();
		for (String word : wrong) {
			Verdict cached = cache.get(word);
			if (cached != null) {
				result.put(word, cached);
			} else {
				asked.add(word);
			}
		}
		if (!asked.isEmpty() && budget.isPositive()) {
			suggestions.ask(asked, deadline).forEach((word, verdict) -> {
				cache.put(word, verdict);
				withoutSuggestions.remove(word);
				result.put(word, verdict);
			});
		}
		return result;
	}

	/** One hunspell process in pipe mode. */
	private static final class Hunspell {
		private final boolean bare;
		private Process process;
		private BufferedWriter input;
		private BufferedReader output;

		Hunspell(boolean bare) {
			this.bare = bare;
		}

		/** Verdicts on the words, a batch per round trip, as long as there is time; never more than the words asked. */
		synchronized Map<String, Verdict> ask(Collection<String> words, long deadline) throws Unavailable {
			Map<String, Verdict> answers = new LinkedHashMap<>();
			List<String> batch = new ArrayList<>(BATCH);
			start();
			for (Iterator<String> next = words.iterator(); next.hasNext() && System.nanoTime() < deadline;) {
				batch.clear();
				while (next.hasNext() && batch.size() < BATCH) {
					batch.add(next.next());
				}
				Process asked = process;
				ScheduledFuture<?> watch = WATCHDOG.schedule(() -> asked.destroyForcibly(),
						Math.max(0, deadline - System.nanoTime()) + STUCK.toNanos(), TimeUnit.NANOSECONDS);
				try {
					for (String word : batch) {
						input.write('^');
						input.write(word);
						input.write('\n');
					}
					input.flush();
					for (String word : batch) {
						answers.put(word, read());
					}
				} catch (IOException e) {
					boolean stuck = watch.isDone() && !watch.isCancelled();
					stop();
					if (!stuck) {
						throw new Unavailable("hunspell gaf geen antwoord: " + e.getMessage());
					}
					// stopped by the watchdog: the batch's answers so far stand, the rest is not reached
					break;
				} finally {
					watch.cancel(false);
				}
			}
			return answers;
		}

		/** The result lines of one word, up to the blank line that ends them. */
		private Verdict read() throws IOException {
			Verdict verdict = Verdict.CORRECT;
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.isEmpty()) {
					return verdict;
				}
				if (line.startsWith("&")) {
					int colon = line.indexOf(':');
					List<String> suggestions = colon < 0 ? List.of()
							: Arrays.stream(line.substring(colon + 1).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
					verdict = new Verdict(false, suggestions);
				} else if (line.startsWith("#")) {
					verdict = new Verdict(false, List.of());
				}
			}
			throw new IOException("hunspell stopte onverwacht");
		}

		private synchronized void start() throws Unavailable {
			if (process != null && process.isAlive()) {
				return;
			}
			String name = Files.exists(Path.of("/usr/share/hunspell/nl_NL.dic")) ? "nl_NL" : "nl";
			String dictionary = name;
			if (bare) {
				try {
					dictionary = bareDictionary(Path.of("/usr/share/hunspell", name));
				} catch (IOException e) {
					// without a writable place for the copy the whole dictionary decides too, only slower
				}
			}
			try {
				process = new ProcessBuilder("hunspell", "-d", dictionary, "-a", "-i", "utf-8")
						.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			} catch (IOException e) {
				throw new Unavailable("hunspell is niet geïnstalleerd (Debian: apt-get install hunspell hunspell-nl)");
			}
			input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
			output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String banner;
			try {
				banner = output.readLine();
			} catch (IOException e) {
				banner = null;
			}
			if (banner == null || !banner.startsWith("@(#)")) {
				stop();
				throw new Unavailable("hunspell kon het Nederlandse woordenboek niet laden (Debian: apt-get install hunspell-nl)");
			}
		}

		private void stop() {
			if (process != null) {
				process.destroyForcibly();
				process = null;
			}
		}
	}

	/**
	 * The dictionary without its suggestion tables, as hunspell's {@code -d} argument: the affix file
	 * copied without them into a folder of the user's temporary directory, beside a link to (or a copy of)
	 * the word list. Made again when the installed dictionary changes.
	 */
	static String bareDictionary(Path installed) throws IOException {
		Path aff = installed.resolveSibling(installed.getFileName() + ".aff");
		Path dic = installed.resolveSibling(installed.getFileName() + ".dic");
		String key = Long.toHexString(Files.size(aff) ^ Files.getLastModifiedTime(aff).toMillis() * 31 ^ Files.size(dic));
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "nota-spelling-" + System.getProperty("user.name", "user"));
		Path base = folder.resolve(installed.getFileName() + "-" + key);
		Path bareAff = base.resolveSibling(base.getFileName() + ".aff");
		Path bareDic = base.resolveSibling(base.getFileName() + ".dic");
		if (Files.isRegularFile(bareAff) && Files.exists(bareDic)) {
			return base.toString();
		}
		Files.createDirectories(folder);
		StringBuilder kept = new StringBuilder();
		for (String line : Files.readAllLines(aff, StandardCharsets.UTF_8)) {
			String keyword = line.split("[ \t]", 2)[0];
			if (!SUGGESTION_TABLES.contains(keyword)) {
				kept.append(line).append('\n');
			}
		}
		kept.append("MAXNGRAMSUGS 0\n");
		// written beside and moved, so a concurrent tool never reads half a file
		Path temporary = Files.createTempFile(folder, "aff", ".tmp");
		Files.writeString(temporary, kept, StandardCharsets.UTF_8);
		if (!Files.exists(bareDic)) {
			Path link = Files.createTempFile(folder, "dic", ".tmp");
			Files.delete(link);
			try {
				Files.createSymbolicLink(link, dic);
			} catch (IOException | UnsupportedOperationException e) {
				Files.copy(dic, link);
			}
			Files.move(link, bareDic, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.move(temporary, bareAff, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return base.toString();
	}
}
