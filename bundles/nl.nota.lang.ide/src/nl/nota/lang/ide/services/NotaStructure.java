package nl.nota.lang.ide.services;

import java.util.ArrayList;
import java.util.List;

import nl.nota.lang.model.Headings;
import nl.nota.lang.parser.NotaScanner;
import nl.nota.lang.parser.NotaScanner.Kind;
import nl.nota.lang.parser.NotaScanner.Lexeme;
import nl.nota.lang.writing.Readability;

/**
 * The structure of a note as the writer sees it: its parts (the nota, the Kamerbrief) with their sections
 * and sub-sections, each with the range it covers and the readability of its prose. Computed from the
 * scanner alone, so it is there even while the note does not parse; the outline, folding, document symbols
 * and hovers all read it.
 */
public final class NotaStructure {

	public enum Level {
		PART, SECTION, SUBSECTION,
		/** Elements of the text, shown in the outline under their section: a table, a footnote. */
		TABLE, FOOTNOTE
	}

	/**
	 * A part or section. {@code offset}/{@code length} is its first line (the heading); {@code end} is where
	 * the next part or section of the same or a higher level starts. Its readability is computed when first
	 * asked for: completion and folding never pay for it.
	 */
	public static final class Node {

		private final Level level;
		private final String label;
		private final String name;
		private final int offset;
		private final int length;
		private final int end;
		private final List<Node> children = new ArrayList<>();
		private final List<Node> elements = new ArrayList<>();
		private final java.util.function.Supplier<Readability.Score> scorer;
		private Readability.Score readability;
		private boolean scored;

		Node(Level level, String label, String name, int offset, int length, int end, java.util.function.Supplier<Readability.Score> scorer) {
			this.level = level;
			this.label = label;
			this.name = name;
			this.offset = offset;
			this.length = length;
			this.end = end;
			this.scorer = scorer;
		}

		public Level level() {
			return level;
		}

		/** The heading as written, or "kind: subject" for a part. */
		public String label() {
			return label;
		}

		/** The heading without the not-public mark, or the part's kind. */
		public String name() {
			return name;
		}

		public int offset() {
			return offset;
		}

		public int length() {
			return length;
		}

		public int end() {
			return end;
		}

		/** The sections (of a part) or sub-sections (of a section). */
		public List<Node> children() {
			return children;
		}

		/** The tables and footnotes in this node's own text, not in its children's. */
		public List<Node> elements() {
			return elements;
		}

		/** What the outline shows under this node: its children and its elements, in the order of the text. */
		public List<Node> outline() {
			List<Node> outline = new ArrayList<>(children);
			outline.addAll(elements);
			outline.sort(java.util.Comparator.comparingInt(Node::offset));
			return outline;
		}

		/** The fewest words a readability score is shown for. */
		public static final int SCORED_WORDS = 10;

		/** Flesch-Douma counts of the prose under this heading (null when there is none). */
		public synchronized Readability.Score readability() {
			if (!scored) {
				readability = scorer.get();
				scored = true;
			}
			return readability;
		}

		/**
		 * What the outline and the language server's symbols say of this part of the text: "leesbaarheid 52",
		 * or for fewer than {@value #SCORED_WORDS} words "kort: 6 woorden" (a score over so few words says
		 * nothing); null for a part (too large to say one thing of), a table, a footnote, or a section without prose.
		 */
		public String readabilityText() {
			if (level != Level.SECTION && level != Level.SUBSECTION) {
				return null;
			}
			Readability.Score score = readability();
			if (score == null) {
				return null;
			}
			return score.words() < SCORED_WORDS ? "kort: " + score.words() + (score.words() == 1 ? " woord" : " woorden")
					: "leesbaarheid " + score.shown();
		}

		public boolean contains(int position) {
			return position >= offset && position < end;
		}

		@Override
		public String toString() {
			return level + " " + label + " [" + offset + ", " + end + ")";
		}
	}

	private final List<Node> parts;

	private NotaStructure(List<Node> parts) {
		this.parts = parts;
	}

	public List<Node> parts() {
		return parts;
	}

	/** The innermost part or section containing the position. */
	public Node at(int position) {
		Node found = null;
		List<Node> level = parts;
		boolean deeper = true;
		while (deeper) {
			deeper = false;
			for (Node node : level) {
				if (node.contains(position)) {
					found = node;
					level = node.children();
					deeper = true;
					break;
				}
			}
		}
		return found;
	}

	/** Every node, depth first. */
	public List<Node> all() {
		List<Node> all = new ArrayList<>();
		collect(parts, all);
		return all;
	}

	private static void collect(List<Node> nodes, List<Node> into) {
		for (Node node : nodes) {
			into.add(node);
			collect(node.children(), into);
		}
	}

	public static NotaStructure of(String text) {
		return new Builder(text, NotaScanner.scan(text)).build();
	}

	private static final class Builder {

		private final String text;
		private final List<Lexeme> lexemes;

		private Builder(String text, List<Lexeme> lexemes) {
			this.text = text;
			this.lexemes = lexemes;
		}

		/** Heading positions first, then ranges and readability, in one pass over the lexemes each. */
		private NotaStructure build() {
			List<int[]> starts = new ArrayList<>(); // {lexeme index, level}
			for (int i = 0; i < lexemes.size(); i++) {
				Kind kind = lexemes.get(i).kind();
				if (kind == Kind.PART_KEY) {
					starts.add(new int[] { i, 0 });
				} else if (kind == Kind.H1) {
					starts.add(new int[] { i, 1 });
				} else if (kind == Kind.H2) {
					starts.add(new int[] { i, 2 });
				}
			}
			List<Node> parts = new ArrayList<>();
			List<Node> sections = null;
			List<Node> subsections = null;
			for (int s = 0; s < starts.size(); s++) {
				int level = starts.get(s)[1];
				Lexeme first = lexemes.get(starts.get(s)[0]);
				int end = text.length();
				for (int t = s + 1; t < starts.size(); t++) {
					if (starts.get(t)[1] <= level) {
						end = lexemes.get(starts.get(t)[0]).start();
						break;
					}
				}
				int lineEnd = lineEnd(first.start());
				String line = text.substring(first.start(), lineEnd).strip();
				int from = starts.get(s)[0] + 1;
				int until = end;
				java.util.function.Supplier<Readability.Score> score = () -> readability(from, until);
				Node node;
				if (level == 0) {
					String kind = text.substring(first.start(), first.end() - 1);
					String subject = text.substring(first.end(), lineEnd).strip();
					node = new Node(Level.PART, subject.isEmpty() ? kind : kind + ": " + subject, kind, first.start(), lineEnd - first.start(),
							end, score);
					parts.add(node);
					sections = node.children();
					subsections = null;
				} else {
					String heading = line.substring(level).strip();
					node = new Node(level == 1 ? Level.SECTION : Level.SUBSECTION, heading, Headings.visible(heading), first.start(),
							lineEnd - first.start(), end, score);
					if (sections == null) {
						// headings before any part line: a note without a kind line still has an outline
						Node orphan = new Node(Level.PART, "(nota zonder soort)", "", 0, 0, text.length(), () -> null);
						parts.add(orphan);
						sections = orphan.children();
					}
					if (level == 1 || subsections == null) {
						sections.add(node);
						subsections = level == 1 ? node.children() : subsections;
					} else {
						subsections.add(node);
					}
				}
			}
			NotaStructure structure = new NotaStructure(parts);
			elements(structure);
			return structure;
		}

		/**
		 * Tables (from their first row to their last, or their caption) and footnotes (from the brace to the
		 * closing brace), each under the innermost part or section it stands in.
		 */
		private void elements(NotaStructure structure) {
			int tableStart = -1;
			int tableEnd = -1;
			String caption = null;
			String firstCell = null;
			for (int i = 0; i < lexemes.size(); i++) {
				Lexeme lexeme = lexemes.get(i);
				Kind kind = lexeme.kind();
				boolean inTable = kind == Kind.ROW || kind == Kind.CELL || kind == Kind.ROW_END || kind == Kind.RULE || kind == Kind.CAPTION
						|| tableStart >= 0 && (kind == Kind.WS || kind == Kind.PROSE || kind == Kind.LBRACE || kind == Kind.RBRACE
								|| kind == Kind.ARG || kind == Kind.NAME || kind == Kind.COLON || kind == Kind.PIPE || kind.name().startsWith("KW_")
								|| kind == Kind.EMPH_OPEN || kind == Kind.EMPH_CLOSE);
				if (kind == Kind.ROW && tableStart < 0) {
					tableStart = lexeme.start();
					caption = null;
					firstCell = null;
				}
				if (tableStart >= 0 && inTable) {
					if (kind == Kind.PROSE && firstCell == null) {
						firstCell = text.substring(lexeme.start(), lexeme.end());
					}
					if (kind == Kind.CAPTION) {
						caption = text.substring(lexeme.end(), lineEnd(lexeme.end())).strip();
					}
					if (kind != Kind.WS) {
						tableEnd = Math.max(tableEnd, kind == Kind.CAPTION ? lineEnd(lexeme.end()) : lexeme.end());
					}
				} else if (tableStart >= 0) {
					String label = "Tabel" + (caption != null && !caption.isEmpty() ? ": " + caption : firstCell != null ? ": " + firstCell.strip() : "");
					attach(structure, new Node(Level.TABLE, label, "", tableStart, lineEnd(tableStart) - tableStart, tableEnd, () -> null));
					tableStart = -1;
					tableEnd = -1;
				}
				if (kind == Kind.KW_VOETNOOT && i > 0 && lexemes.get(i - 1).kind() == Kind.LBRACE) {
					int start = lexemes.get(i - 1).start();
					int depth = 1;
					int end = lexeme.end();
					for (int j = i + 1; j < lexemes.size() && depth > 0; j++) {
						Lexeme next = lexemes.get(j);
						if (next.kind() == Kind.LBRACE) {
							depth++;
						} else if (next.kind() == Kind.RBRACE) {
							depth--;
						}
						end = next.end();
					}
					// between "voetnoot:" and the closing brace; a footnote left open at the end of the note has neither
					int from = Math.min(lexeme.end() + 1, end);
					int to = Math.max(from, depth == 0 ? end - 1 : end);
					String content = nl.nota.lang.model.NoteText.collapseSpaces(text.substring(from, to)).strip();
					String label = "Voetnoot" + (content.isEmpty() ? "" : ": " + (content.length() > 40 ? content.substring(0, 40) + "…" : content));
					attach(structure, new Node(Level.FOOTNOTE, label, "", start, end - start, end, () -> null));
				}
			}
			if (tableStart >= 0) {
				String label = "Tabel" + (caption != null && !caption.isEmpty() ? ": " + caption : firstCell != null ? ": " + firstCell.strip() : "");
				attach(structure, new Node(Level.TABLE, label, "", tableStart, lineEnd(tableStart) - tableStart, tableEnd, () -> null));
			}
		}

		private static void attach(NotaStructure structure, Node element) {
			Node owner = structure.at(element.offset());
			if (owner != null) {
				owner.elements().add(element);
			}
		}

		private int lineEnd(int from) {
			int end = from;
			while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				end++;
			}
			return end;
		}

		/** The prose of the lexemes from index {@code from} up to offset {@code end}, as sentences. */
		private Readability.Score readability(int from, int end) {
			StringBuilder prose = new StringBuilder();
			int inComment = 0; // braces open inside a reviewer's remark, which the reader of the note never reads
			for (int i = from; i < lexemes.size() && lexemes.get(i).start() < end; i++) {
				Lexeme lexeme = lexemes.get(i);
				if (lexeme.kind() == Kind.KW_OPMERKING && inComment == 0) {
					inComment = 1;
					continue;
				}
				if (inComment > 0) {
					inComment += lexeme.kind() == Kind.LBRACE ? 1 : lexeme.kind() == Kind.RBRACE ? -1 : 0;
					continue;
				}
				switch (lexeme.kind()) {
					case PROSE, NAME -> prose.append(text, lexeme.start(), lexeme.end());
					case PARA, BULLET, SUB_BULLET, H1, H2, ROW, CELL, CAPTION -> prose.append("\n\n");
					default -> {
						// markup, keys and comments are not read by the reader
					}
				}
			}
			Readability.Score score = Readability.score(prose.toString());
			return score.words() == 0 ? null : score;
		}
	}
}
