package nl.nota.cli;

/** Wrong arguments or files that cannot be reached: the command stops with exit code 2 and this message. */
public class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
