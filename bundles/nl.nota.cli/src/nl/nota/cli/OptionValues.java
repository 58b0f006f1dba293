package nl.nota.cli;

import java.util.List;

/** Reads the value that follows an option such as {@code -o DIR}. */
final class OptionValues {

	private OptionValues() {
	}

	static String after(List<String> arguments, int index, String option) throws UsageException {
		if (index >= arguments.size()) {
			throw new UsageException(option + " verwacht een waarde.");
		}
		return arguments.get(index);
	}

	/** A whole number of at least 1, such as the N of {@code -j N}. */
	static int count(List<String> arguments, int index, String option) throws UsageException {
		String value = after(arguments, index, option);
		try {
			int count = Integer.parseInt(value.strip());
			if (count >= 1) {
				return count;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException(option + " verwacht een heel getal van 1 of meer, niet '" + value + "'.");
	}
}
