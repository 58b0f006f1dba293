package nl.nota.lang.ide.services;

import java.nio.file.Path;
import java.util.List;

/**
 * The house styles a note in a folder can name. House styles live in the document generator; a host that
 * has it binds an implementation (the workbench and the language server do), otherwise none are proposed.
 */
public interface HouseStyleNames {

	List<String> namesFor(Path folder);

	/** The binding when no generator is present. */
	class None implements HouseStyleNames {
		@Override
		public List<String> namesFor(Path folder) {
			return List.of();
		}
	}
}
