package nl.nota.docgen.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import nl.nota.lang.model.NoteFolders;

/**
 * The house styles that apply to notes in a folder: the built-in ones (styles/ in this bundle), overridden
 * and extended by {@code *.huisstijl} files next to the notes.
 */
public class HouseStyles {

	public static final String EXTENSION = "huisstijl";

	private final Map<String, HouseStyle> styles;

	private HouseStyles(Map<String, HouseStyle> styles) {
		this.styles = styles;
	}

	/** The built-in styles, read once. */
	public static HouseStyles builtIn() {
		return BuiltIn.STYLES;
	}

	private static final class BuiltIn {
		static final HouseStyles STYLES = read();
	}

	private static HouseStyles read() {
		Map<String, HouseStyle> styles = new LinkedHashMap<>();
		for (String file : lines(resource("index.txt"))) {
			HouseStyle style = parse(file.replace("." + EXTENSION, ""), resource(file), "styles/" + file, null);
			styles.put(style.id(), style);
		}
		return new HouseStyles(styles);
	}

	/** Built-in styles plus those in {@code folder}. */
	public static HouseStyles forFolder(Path folder) throws IOException {
		Map<String, HouseStyle> styles = new LinkedHashMap<>(builtIn().styles);
		if (folder != null && Files.isDirectory(folder)) {
			for (Path file : NoteFolders.filesWithExtension(folder, EXTENSION)) {
				String id = file.getFileName().toString().replace("." + EXTENSION, "").toLowerCase(Locale.ROOT);
				styles.put(id, parse(id, Files.newInputStream(file), file.toString(), folder));
			}
		}
		return new HouseStyles(styles);
	}

	/** The names of the styles a note in {@code folder} can use; the built-in ones when the folder's files cannot be read. */
	public static List<String> namesFor(Path folder) {
		try {
			return forFolder(folder).names();
		} catch (IOException | RuntimeException e) {
			return builtIn().names();
		}
	}

	public Optional<HouseStyle> find(String id) {
		return Optional.ofNullable(id == null ? null : styles.get(id.strip().toLowerCase(Locale.ROOT)));
	}

	/** The style for notes whose ministry has no style of its own. */
	public static final String GENERIC = "rijksoverheid";

	/**
	 * The style of a ministry as a note names it: its full name, the name without "Ministerie van", or one of
	 * its other names ("Justitie en Veiligheid", "JenV", "J&V"), ignoring case, spacing and "&" for "en".
	 */
	public Optional<HouseStyle> forMinistry(String ministry) {
		if (ministry == null || ministry.isBlank()) {
			return Optional.empty();
		}
		String wanted = normalize(ministry);
		return styles.values().stream().filter(style -> !style.id().equals(GENERIC))
				.filter(style -> normalize(style.ministry()).equals(wanted)
						|| style.names().stream().anyMatch(name -> normalize(name).equals(wanted)))
				.findFirst();
	}

	private static String normalize(String name) {
		String text = name.toLowerCase(Locale.ROOT).replace("&", " en ").replaceAll("[\\s,.]+", " ").strip();
		for (String prefix : List.of("het ministerie van ", "ministerie van ", "ministerie voor ")) {
			if (text.startsWith(prefix)) {
				text = text.substring(prefix.length());
			}
		}
		return text.replace(" ", "");
	}

	public List<String> names() {
		return List.copyOf(styles.keySet());
	}

	static HouseStyle parse(String id, InputStream in, String origin, Path folder) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new UncheckedIOException("Huisstijl " + origin + " kan niet worden gelezen", e);
		}
		String ministry = required(properties, "ministerie", origin);
		return new HouseStyle(id, ministry, split(properties.getProperty("logo", ministry)),
				split(properties.getProperty("bezoekadres", "")), split(properties.getProperty("postadres", "")),
				properties.getProperty("retouradres", "").strip(), properties.getProperty("website", "").strip(),
				properties.getProperty("lettertype", "Liberation Sans").strip(),
				logo(properties.getProperty("logo-afbeelding"), folder, origin), split(properties.getProperty("namen", "")),
				kamerstuk(properties.getProperty("kamerstuk", "tekst"), origin));
	}

	/** The logo image named in the style, relative to the style's folder; PNG or JPEG. */
	private static HouseStyle.Logo logo(String name, Path folder, String origin) {
		if (name == null || name.isBlank() || folder == null) {
			return null;
		}
		Path file = folder.resolve(name.strip()).normalize();
		try {
			byte[] bytes = Files.readAllBytes(file);
			String type = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "image/png"
					: bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? "image/jpeg" : null;
			java.awt.image.BufferedImage image = type == null ? null
					: javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
			if (image == null) {
				throw new IllegalArgumentException("Huisstijl " + origin + ": het logo " + file + " is geen PNG- of JPEG-afbeelding.");
			}
			return new HouseStyle.Logo(bytes, type, image.getWidth(), image.getHeight());
		} catch (IOException e) {
			throw new IllegalArgumentException("Huisstijl " + origin + ": het logo " + file + " kan niet worden gelezen.", e);
		}
	}

	private static boolean kamerstuk(String value, String origin) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "voetnoot" -> true;
			case "tekst" -> false;
			default -> throw new IllegalArgumentException("Huisstijl " + origin + ": 'kamerstuk' is 'tekst' of 'voetnoot', niet '"
					+ value.strip() + "'.");
		};
	}

	private static String required(Properties properties, String key, String origin) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Huisstijl " + origin + " mist de sleutel '" + key + "'.");
		}
		return value.strip();
	}

	private static List<String> split(String value) {
		return Arrays.stream(value.split("\\|")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static InputStream resource(String name) {
		InputStream in = HouseStyles.class.getResourceAsStream("/styles/" + name);
		if (in == null) {
			throw new IllegalStateException("Built-in house style missing from nl.nota.docgen: styles/" + name);
		}
		return in;
	}

	private static List<String> lines(InputStream in) {
		List<String> lines = new ArrayList<>();
		try (in) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					lines.add(line.strip());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}
}
