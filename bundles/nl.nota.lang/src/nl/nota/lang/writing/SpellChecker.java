package nl.nota.lang.writing;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.inject.Singleton;

/**
 * Dutch spelling through hunspell with the OpenTaal dictionary (Debian: hunspell, hunspell-nl), the
 * word list LibreOffice uses. One hunspell process is kept for the life of the tool and answers in its
 * pipe mode; results are cached per word, so an editor re-checking a note only asks for new words.
 */
@Singleton
public class SpellChecker {

	/** What hunspell says of a word. */
	public record Verdict(boolean correct, List<String> suggestions) {
		static final Verdict CORRECT = new Verdict(true, List.of());
	}

	/** hunspell or its Dutch dictionary is not installed. */
	public static class Unavailable extends Exception {
		private static final long serialVersionUID = 1L;

		Unavailable(String message) {
			super(message);
		}
	}

	private final Map<String, Verdict> cache = new ConcurrentHashMap<>();
	private Process process;
	private BufferedWriter input;
	private BufferedReader output;

	public synchronized Map<String, Verdict> check(Collection<String> words) throws Unavailable {
		Map<String, Verdict> verdicts = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (String word : words) {
			Verdict cached = cache.get(word);
			if (cached != null) {
				verdicts.put(word, cached);
			} else if (!unknown.contains(word)) {
				unknown.add(word);
			}
		}
		if (unknown.isEmpty()) {
			return verdicts;
		}
		try {
			start();
			for (String word : unknown) {
				input.write('^');
				input.write(word);
				input.write('\n');
			}
			input.flush();
			for (String word : unknown) {
				Verdict verdict = read();
				cache.put(word, verdict);
				verdicts.put(word, verdict);
			}
		} catch (IOException e) {
			stop();
			throw new Unavailable("hunspell gaf geen antwoord: " + e.getMessage());
		}
		return verdicts;
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

	private void start() throws Unavailable, IOException {
		if (process != null && process.isAlive()) {
			return;
		}
		String dictionary = Files.exists(Path.of("/usr/share/hunspell/nl_NL.dic")) ? "nl_NL" : "nl";
		try {
			process = new ProcessBuilder("hunspell", "-d", dictionary, "-a", "-i", "utf-8").redirectErrorStream(false).start();
		} catch (IOException e) {
			throw new Unavailable("hunspell is niet geïnstalleerd (Debian: apt-get install hunspell hunspell-nl)");
		}
		input = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
		output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String banner = output.readLine();
		if (banner == null || !banner.startsWith("@(#)")) {
			stop();
			throw new Unavailable("hunspell kon het Nederlandse woordenboek niet laden (Debian: apt-get install hunspell-nl)");
		}
	}

	private void stop() {
		if (process != null) {
			process.destroy();
			process = null;
		}
	}
}
