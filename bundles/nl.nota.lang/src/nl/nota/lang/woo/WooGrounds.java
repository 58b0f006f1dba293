package nl.nota.lang.woo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.inject.Singleton;

/** The Woo grounds, as data shipped with the product (types/woo-gronden.txt). */
@Singleton
public class WooGrounds {

	/** The ground under which names of officials are redacted by default. */
	public static final String PRIVACY = "5.1.2e";
	/** Personal policy views: for formal decision-making disclosed in a form that cannot be traced to persons. */
	public static final String PERSONAL_VIEWS = "5.2";

	private final Map<String, WooGround> grounds = new LinkedHashMap<>();

	/** The grounds as shipped, read once: they do not change while the product runs. */
	public static WooGrounds shipped() {
		return Shipped.GROUNDS;
	}

	private static final class Shipped {
		static final WooGrounds GROUNDS = new WooGrounds();
	}

	public WooGrounds() {
		try (InputStream in = WooGrounds.class.getResourceAsStream("/types/woo-gronden.txt")) {
			if (in == null) {
				throw new IllegalStateException("types/woo-gronden.txt is missing from the nl.nota.lang bundle");
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\\|");
				WooGround ground = new WooGround(cells[0].strip(), cells[1].strip(), cells[2].strip().equals("absoluut"));
				grounds.put(ground.code(), ground);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Optional<WooGround> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(grounds.get(code.strip().toLowerCase(Locale.ROOT)));
	}

	public List<WooGround> all() {
		return List.copyOf(grounds.values());
	}

	public List<String> codes() {
		return List.copyOf(grounds.keySet());
	}
}
