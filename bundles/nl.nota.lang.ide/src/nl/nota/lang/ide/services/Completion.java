package nl.nota.lang.ide.services;

/**
 * A content-assist proposal: replace {@code length} characters at {@code offset} by {@code text} and put the
 * caret at {@code caret} (relative to the start of the inserted text). {@code detail} says why it is offered.
 */
public record Completion(String label, String text, int offset, int length, int caret, String detail, Kind kind) {

	public enum Kind {
		KIND, FIELD, VALUE, SECTION, PART, KEYWORD, GROUND
	}

	public Completion(String label, String text, int offset, int length, String detail, Kind kind) {
		this(label, text, offset, length, text.length(), detail, kind);
	}
}
