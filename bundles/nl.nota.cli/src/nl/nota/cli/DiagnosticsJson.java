package nl.nota.cli;

import java.util.List;

/** The JSON form of {@code nota validate --format json}: the same diagnostics, plus counts. */
public final class DiagnosticsJson {

	private DiagnosticsJson() {
	}

	public static String write(List<Diagnostic> diagnostics, int files) {
		StringBuilder json = new StringBuilder("{\n  \"diagnostics\": [");
		for (int i = 0; i < diagnostics.size(); i++) {
			Diagnostic d = diagnostics.get(i);
			json.append(i == 0 ? "\n" : ",\n").append("    {\"file\": ").append(string(d.file())).append(", \"line\": ")
					.append(d.line()).append(", \"column\": ").append(d.column()).append(", \"severity\": ")
					.append(string(d.error() ? "error" : "warning")).append(", \"message\": ").append(string(d.message()))
					.append(", \"code\": ").append(string(d.code())).append('}');
		}
		long errors = diagnostics.stream().filter(Diagnostic::error).count();
		json.append(diagnostics.isEmpty() ? "],\n" : "\n  ],\n").append("  \"files\": ").append(files).append(",\n  \"errors\": ")
				.append(errors).append(",\n  \"warnings\": ").append(diagnostics.size() - errors).append("\n}");
		return json.toString();
	}

	static String string(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
