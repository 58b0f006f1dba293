package nl.nota.lang.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.nota.lang.types.noteType.NoteType;

/** The note types that apply to a note: the built-in ones, overridden by those in files next to the note. */
public final class NoteTypeCatalog {

	private final Map<String, NoteType> types = new LinkedHashMap<>();
	private final Map<String, String> origins = new LinkedHashMap<>();
	private final List<TypeFileProblem> problems = new ArrayList<>();

	void add(NoteType type, String origin) {
		String key = key(type.getName());
		types.put(key, type);
		origins.put(key, origin);
	}

	void addProblems(List<TypeFileProblem> more) {
		problems.addAll(more);
	}

	NoteTypeCatalog overlay(NoteTypeCatalog other) {
		NoteTypeCatalog result = new NoteTypeCatalog();
		result.types.putAll(types);
		result.origins.putAll(origins);
		result.problems.addAll(problems);
		result.types.putAll(other.types);
		result.origins.putAll(other.origins);
		result.problems.addAll(other.problems);
		return result;
	}

	/** The type named {@code kind}, ignoring case, or null. */
	public NoteType find(String kind) {
		return kind == null ? null : types.get(key(kind));
	}

	/** Where the type comes from: "ingebouwd" or the file that defines it. */
	public String originOf(String kind) {
		return origins.get(key(kind));
	}

	public List<NoteType> all() {
		return List.copyOf(types.values());
	}

	public List<String> names() {
		return all().stream().map(NoteType::getName).toList();
	}

	public List<TypeFileProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
