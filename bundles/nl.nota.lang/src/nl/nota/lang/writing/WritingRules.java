package nl.nota.lang.writing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Per project settings of the writing checks, in {@code schrijfregels.properties} next to the notes:
 * the limits ({@code lange-zin = 25}, {@code lange-alinea = 120}, {@code spelling-ms = 2000}) and the severity of any check by its
 * issue code ({@code nota.long-sentence = uit | info | waarschuwing | fout}).
 */
public final class WritingRules {

	public static final String FILE = "schrijfregels.properties";

	public enum Level {
		OFF, INFO, WARNING, ERROR
	}

	private final Properties properties;

	private WritingRules(Properties properties) {
		this.properties = properties;
	}

	public static WritingRules defaults() {
		return new WritingRules(new Properties());
	}

	public static WritingRules forFolder(Path folder) {
		Properties properties = new Properties();
		Path file = folder == null ? null : folder.resolve(FILE);
		if (file != null && Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			} catch (IOException | IllegalArgumentException e) {
				// an unreadable settings file leaves the defaults in force
			}
		}
		return new WritingRules(properties);
	}

	public int maxSentenceWords() {
		return number("lange-zin", 25);
	}

	public int maxParagraphWords() {
		return number("lange-alinea", 120);
	}

	/**
	 * How long the spelling check of a part may ask hunspell ({@code spelling-ms = 2000}); what it does not
	 * reach, the next check does.
	 */
	public java.time.Duration spellingBudget() {
		return java.time.Duration.ofMillis(Math.max(1, number("spelling-ms", (int) SpellChecker.BUDGET.toMillis())));
	}

	/** The configured level of a check, or its default. */
	public Level level(String code, Level fallback) {
		String value = properties.getProperty(code);
		if (value == null) {
			return fallback;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "uit", "off" -> Level.OFF;
			case "info" -> Level.INFO;
			case "fout", "error" -> Level.ERROR;
			case "waarschuwing", "warning" -> Level.WARNING;
			default -> fallback;
		};
	}

	private int number(String key, int fallback) {
		try {
			return Integer.parseInt(properties.getProperty(key, String.valueOf(fallback)).strip());
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}
