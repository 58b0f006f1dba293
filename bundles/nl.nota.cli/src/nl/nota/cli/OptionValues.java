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
}
