package nl.nota.lang.ide.services;

import nl.nota.lang.types.noteType.Requirement;

/** How completion and hover name a note type's requirement. */
final class Requirements {

	private Requirements() {
	}

	static String word(Requirement requirement) {
		return switch (requirement) {
			case REQUIRED -> "verplicht";
			case RECOMMENDED -> "aanbevolen";
			default -> "optioneel";
		};
	}
}
