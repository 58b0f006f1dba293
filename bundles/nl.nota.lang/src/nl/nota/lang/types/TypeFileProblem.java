package nl.nota.lang.types;

/** A problem in a note-type file, with its position, for reporting on the notes that use the file. */
public record TypeFileProblem(String file, int line, int column, String message, boolean error) {

	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + message;
	}
}
