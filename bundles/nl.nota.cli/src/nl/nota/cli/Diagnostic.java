package nl.nota.cli;

/** One finding about one file, as the command line prints it. */
public record Diagnostic(String file, int line, int column, boolean error, String message, String code) {

	/** {@code path:line:column: error|warning: message [code]} */
	public String toLine() {
		return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + message + " [" + code + "]";
	}
}
