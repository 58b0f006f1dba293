package nl.nota.lang.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

import nl.nota.lang.fixes.QuickFixes;
import nl.nota.lang.ide.services.Completion;
import nl.nota.lang.ide.services.NotaCompletions;
import nl.nota.lang.ide.services.NotaFormatter;
import nl.nota.lang.ide.services.NotaHovers;
import nl.nota.lang.ide.services.NotaStructure;
import nl.nota.lang.parser.NotaScanner;

/**
 * Fuzzing (#16): mutated copies of the example notes go through everything that reads a note while it is
 * typed: the scanner, the parser and every validation, the quick fixes, the formatter, completion, hovers
 * and the outline. Mutations are what half-typed, pasted, truncated and hostile notes have: markup pieces
 * and characters inserted anywhere (braces, bars, list marks, headings, tabs, no-break and zero-width
 * spaces, emoji, a byte-order mark, NUL, a lone surrogate, carriage returns), deep nesting, deleted,
 * duplicated and swapped lines and ranges, very long lines, truncation.
 * <p>
 * Properties of every mutant: no exception escapes, and none is caught and logged by Xtext either (it logs a
 * failing validator at ERROR); every diagnostic lies within the text; every quick fix edits within the text
 * and its result again holds these properties; the formatter is idempotent and changes whitespace only;
 * lexemes lie within the text in order; validation takes at most {@link #BOUND_MS} plus
 * {@link #BOUND_MS_PER_KB} per kilobyte (a bound on growth, not a speed target: the hangs this found took
 * minutes).
 * <p>
 * Every build runs {@code nota.fuzz.trials} mutants (default 150, about a minute); {@code
 * releng/scripts/fuzz-notes.sh N} runs more. A failure names its seed and trial and keeps the mutant in
 * {@code target/fuzz/}; {@code -Dnota.fuzz.seed=S} repeats a run.
 */
class NoteFuzzTest extends ValidationTestSupport {

	private static final long BOUND_MS = 5000;
	private static final long BOUND_MS_PER_KB = 20;

	/** What writers and pastes put in notes, and what the language gives meaning to. */
	private static final List<String> PIECES = List.of("{", "}", "{}", "*", "**", "|", "| x |", "|---|", "#", "# ", "## ",
			"### ", "- ", "-", "1. ", "a) ", "   - ", "\t", "\u00a0", "\u200b", "\u202e", "😀", "\ufeff", "\u0000", "\ud800",
			"\r", "\n", "\r\n", "\n\n", ":", "aan: ", "datum: 31 februari 2025", "kamerbrief: ", "beslisnota: ", "{lak ",
			"{lak 5.1.2e: ", "{lak 9.9: x}", "{voetnoot: ", "{voetnoot: x}", "{link ", "{link x | https://", " | https://x.nl}",
			"{invullen: ", "{invullen}", "{kamerstuk ", "{kamerstuk 21 501-28, nr. 296}", "{kamerbrief}", "{onbekend: x}", "{opmerking J. Jansen: klopt dit?}", "{opmerking ",
			"\\", "//", "// commentaar\n", ": Bijschrift\n", "  ", "é", "ĳ", "<script>", "&amp;", "'", "’");

	private static final List<String> SEEDS = List.of("dmm-2025-10-15.nota", "ocw-lerarentekort-2025.nota",
			"informatienota-woo-2025.nota", "kamervragen-lerarentekort-almere.nota", "beslisnota-vervanging-renovatie.nota");

	@Inject
	private NotaCompletions completions;

	@Inject
	private NotaHovers hovers;

	private final QuickFixes fixes = new QuickFixes();

	@TempDir
	Path folder;

	private final List<String> logged = new ArrayList<>();
	private final AppenderSkeleton errors = new AppenderSkeleton() {
		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				String thrown = event.getThrowableInformation() == null ? ""
						: " " + String.join("\n  ", event.getThrowableStrRep()).lines().limit(12).reduce("", (a, b) -> a + "\n" + b);
				synchronized (logged) {
					logged.add(event.getLoggerName() + ": " + event.getRenderedMessage() + thrown);
				}
			}
		}

		@Override
		public void close() {
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	};

	@BeforeEach
	void listen() throws IOException {
		Logger.getRootLogger().addAppender(errors);
		// a short spelling budget: the mutants make many new words, and the budget's own path is fuzzed too
		Files.writeString(folder.resolve("schrijfregels.properties"), "spelling-ms = 150\n");
	}

	@AfterEach
	void stopListening() {
		Logger.getRootLogger().removeAppender(errors);
	}

	@Test
	void mutatedNotesBreakNothing() throws Exception {
		int trials = Integer.getInteger("nota.fuzz.trials", 150);
		long seed = Long.getLong("nota.fuzz.seed", System.nanoTime());
		System.out.println("Note fuzzing: " + trials + " mutants, seed " + seed);
		Random random = new Random(seed);
		List<String> seeds = SEEDS.stream().map(Examples::read).toList();
		for (int trial = 0; trial < trials; trial++) {
			String mutant = mutate(seeds.get(random.nextInt(seeds.size())), random);
			String context = "seed " + seed + ", trial " + trial;
			try {
				check(mutant, random, true);
			} catch (AssertionError | RuntimeException | StackOverflowError e) {
				Path kept = keep(mutant, "mutant-" + seed + "-" + trial);
				throw new AssertionError(context + " (the note is in " + kept + "): " + e, e);
			}
		}
	}

	/** The properties, for one text; {@code fixes}: also apply quick fixes and check what they make. */
	private void check(String text, Random random, boolean withFixes) throws Exception {
		logged.clear();
		List<NotaScanner.Lexeme> lexemes = NotaScanner.scan(text);
		int previous = 0;
		for (NotaScanner.Lexeme lexeme : lexemes) {
			if (lexeme.start() < previous || lexeme.end() < lexeme.start() || lexeme.end() > text.length()) {
				fail("lexeme " + lexeme + " out of order or outside the text of " + text.length() + " characters");
			}
			previous = lexeme.start();
		}
		long started = System.nanoTime();
		List<Issue> issues = validateAs(folder.resolve("fuzz.nota"), text);
		long millis = (System.nanoTime() - started) / 1_000_000;
		long bound = BOUND_MS + BOUND_MS_PER_KB * text.length() / 1024;
		if (millis > bound) {
			fail("validation took " + millis + " ms for " + text.length() + " characters (bound " + bound + " ms)");
		}
		assertNothingLogged("validation");
		int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
		for (Issue issue : issues) {
			Integer offset = issue.getOffset();
			Integer length = issue.getLength();
			if (offset == null || length == null || offset < 0 || length < 0 || offset + length > text.length()) {
				fail("diagnostic outside the text of " + text.length() + " characters: " + issue);
			}
			Integer line = issue.getLineNumber();
			Integer column = issue.getColumn();
			if (line == null || line < 1 || line > lines + countCarriageReturns(text) || column == null || column < 1) {
				fail("diagnostic at an impossible line or column (" + lines + " lines): " + issue);
			}
		}
		if (withFixes) {
			int tried = 0;
			for (Issue issue : issues) {
				for (QuickFixes.Fix fix : fixes.fixesFor(issue, text)) {
					for (QuickFixes.Edit edit : fix.edits()) {
						if (edit.offset() < 0 || edit.length() < 0 || edit.offset() + edit.length() > text.length()) {
							fail("quick fix '" + fix.label() + "' edits outside the text: " + edit + " for " + issue);
						}
					}
					String fixed = fix.apply(text);
					if (fix.caretAfter() < 0 || fix.caretAfter() > fixed.length()) {
						fail("quick fix '" + fix.label() + "' leaves the caret outside the text: " + fix.caretAfter());
					}
					// what a fix makes is a note like any other; a few per mutant, chosen at random
					if (tried < 2 && random.nextInt(4) == 0) {
						tried++;
						try {
							check(fixed, random, false);
						} catch (AssertionError | RuntimeException | StackOverflowError e) {
							throw new AssertionError("after quick fix '" + fix.label() + "' for " + issue.getCode()
									+ " (the fixed note is in " + keep(fixed, "fixed-" + Integer.toHexString(fixed.hashCode())) + "): " + e, e);
						}
					}
				}
			}
		}
		String formatted = NotaFormatter.formatted(text);
		if (!NotaFormatter.formatted(formatted).equals(formatted)) {
			fail("formatting twice changes the text again");
		}
		if (!withoutWhitespace(formatted).equals(withoutWhitespace(text))) {
			fail("the formatter changed more than whitespace");
		}
		NotaStructure.of(text);
		for (int i = 0; i < 3; i++) {
			int offset = random.nextInt(text.length() + 1);
			for (Completion completion : completions.complete(text, offset, null)) {
				if (completion.offset() < 0 || completion.offset() + completion.length() > text.length()) {
					fail("completion at " + offset + " replaces outside the text: " + completion);
				}
			}
			hovers.hover(text, offset, null).ifPresent(hover -> {
				if (hover.offset() < 0 || hover.offset() + hover.length() > text.length()) {
					fail("hover at " + offset + " covers outside the text: " + hover);
				}
			});
		}
		assertNothingLogged("the IDE services");
	}

	private void assertNothingLogged(String where) {
		synchronized (logged) {
			if (!logged.isEmpty()) {
				fail("an exception was caught and logged in " + where + ": " + logged.get(0));
			}
		}
	}

	private static int countCarriageReturns(String text) {
		return (int) text.chars().filter(c -> c == '\r').count();
	}

	private static String withoutWhitespace(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	/** One to eight mutations of a note. */
	static String mutate(String note, Random random) {
		String text = note;
		int mutations = 1 + random.nextInt(8);
		for (int i = 0; i < mutations; i++) {
			int at = random.nextInt(text.length() + 1);
			text = switch (random.nextInt(10)) {
				case 0, 1, 2 -> text.substring(0, at) + PIECES.get(random.nextInt(PIECES.size())) + text.substring(at);
				case 3 -> {
					int end = Math.min(text.length(), at + 1 + random.nextInt(random.nextInt(10) == 0 ? 2000 : 40));
					yield text.substring(0, at) + text.substring(end);
				}
				case 4 -> lines(text, random, false);
				case 5 -> lines(text, random, true);
				case 6 -> text.substring(0, at);
				case 7 -> text.substring(0, at) + PIECES.get(random.nextInt(PIECES.size())).repeat(2 + random.nextInt(40))
						+ text.substring(at);
				case 8 -> {
					// a character from anywhere in Unicode's first planes, controls included
					char c = (char) random.nextInt(random.nextBoolean() ? 0x80 : 0x3000);
					yield text.substring(0, at) + c + text.substring(Math.min(text.length(), at + random.nextInt(2)));
				}
				default -> text.substring(0, at) + (random.nextBoolean() ? "woord " : "x").repeat(500 + random.nextInt(5000))
						+ text.substring(at);
			};
		}
		return text;
	}

	/** A line duplicated, or two lines swapped. */
	private static String lines(String text, Random random, boolean swap) {
		List<String> lines = new ArrayList<>(Stream.of(text.split("\n", -1)).toList());
		int a = random.nextInt(lines.size());
		int b = random.nextInt(lines.size());
		if (swap) {
			String line = lines.get(a);
			lines.set(a, lines.get(b));
			lines.set(b, line);
		} else {
			lines.add(b, lines.get(a));
		}
		return String.join("\n", lines);
	}

	private static Path keep(String note, String name) {
		try {
			Path kept = Files.createDirectories(Paths.get("target", "fuzz")).resolve(name + ".nota");
			Files.writeString(kept, note, StandardCharsets.UTF_8);
			return kept.toAbsolutePath();
		} catch (IOException e) {
			return Paths.get("(not kept: " + e.getMessage() + ")");
		}
	}
}
