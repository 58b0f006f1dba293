package nl.nota.lang.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

import nl.nota.lang.model.DutchDate;
import nl.nota.lang.model.NoteText;
import nl.nota.lang.nota.Block;
import nl.nota.lang.nota.BulletList;
import nl.nota.lang.nota.Inline;
import nl.nota.lang.nota.KamerstukReference;
import nl.nota.lang.nota.Footnote;
import nl.nota.lang.nota.ListItem;
import nl.nota.lang.nota.Table;
import nl.nota.lang.nota.TableCell;
import nl.nota.lang.nota.TableRow;
import nl.nota.lang.nota.NotaPackage.Literals;
import nl.nota.lang.nota.Paragraph;
import nl.nota.lang.nota.Part;
import nl.nota.lang.types.noteType.Category;
import nl.nota.lang.types.noteType.NoteType;
import nl.nota.lang.writing.Abbreviation;
import nl.nota.lang.writing.Abbreviation.Familiarity;
import nl.nota.lang.writing.ProseRuns;
import nl.nota.lang.writing.Readability;
import nl.nota.lang.writing.SpellChecker;
import nl.nota.lang.writing.WritingRules.Level;
import nl.nota.lang.writing.WritingSettings;

/**
 * Plain-language checks on the body prose: abbreviations introduced at first use, sentence and paragraph
 * length, dates in Dutch long form, well-formed Kamerstuk references. The nota and its Kamerbrief are
 * read separately: the letter introduces its own abbreviations. Severities come from the project's
 * schrijfregels.properties.
 */
public class WritingValidator extends NotaCheck {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
	private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d-])\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}(?![\\d-])");
	private static final Pattern KAMERSTUK = Pattern.compile("\\d{2} \\d{3}(-[A-Za-z0-9]+)?, nr\\. \\d+");
	private static final Pattern KAMERSTUK_IN_PROSE = Pattern.compile(
			"Kamerstuk(?:ken)?\\s+(\\d[\\d ]*(?:-[A-Za-z0-9]+)?,?\\s*nr\\.?\\s*\\d+)");
	private static final Set<String> CAPITAL_WORDS = Set.of("DE", "HET", "EEN", "EN", "VAN", "IN", "OP", "TE", "AAN", "II",
			"III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII");

	private static final Pattern SPELLING_WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");
	/** Longer is no word (the longest Dutch compounds in use have about 50 letters): not spell-checked. */
	private static final int MAX_WORD = 64;

	@Inject
	private PartTypes partTypes;

	@Inject
	private SpellChecker spelling;

	/**
	 * NORMAL, not FAST: the writing checks read all prose, so the editor runs them after the structural
	 * checks have already updated the markers (the CLI and the builder run everything).
	 */
	@Check(org.eclipse.xtext.validation.CheckType.NORMAL)
	public void checkProse(Part part) {
		NoteType type = partTypes.typeOf(part);
		if (type == null) {
			return;
		}
		WritingSettings settings = WritingSettings.forNote(part);
		checkAbbreviations(part, type.getCategory() == Category.LETTER, settings);
		checkCanceled();
		for (ProseRuns.Run run : ProseRuns.of(part)) {
			checkCanceled();
			checkDates(run, settings);
			checkKamerstukInProse(run, settings);
		}
		checkCanceled();
		checkSpelling(part, settings);
		for (KamerstukReference reference : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(part, KamerstukReference.class)) {
			checkKamerstuk(reference, settings);
		}
		for (Block block : ProseRuns.blocks(part)) {
			checkCanceled();
			if (block instanceof Paragraph paragraph) {
				checkLength(paragraph, paragraph.getInlines(), settings);
			} else if (block instanceof BulletList list) {
				for (ListItem item : list.getItems()) {
					checkLength(item, item.getInlines(), settings);
					for (ListItem nested : item.getItems()) {
						checkLength(nested, nested.getInlines(), settings);
					}
				}
			} else if (block instanceof Table table) {
				for (TableRow row : table.getRows()) {
					for (TableCell cell : row.getCells()) {
						checkLength(cell, cell.getInlines(), settings);
					}
				}
			}
			// a footnote is read on its own, at the foot of the page
			for (Footnote footnote : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(block, Footnote.class)) {
				checkLength(footnote, footnote.getInlines(), settings);
			}
		}
	}

	/** {kamerstuk ...} anywhere in the part, with the settings already read for it. */
	private void checkKamerstuk(KamerstukReference reference, WritingSettings settings) {
		String number = reference.getNumber() == null ? "" : reference.getNumber().strip();
		if (!KAMERSTUK.matcher(number).matches()) {
			report(settings, IssueCodes.KAMERSTUK_FORMAT, Level.WARNING,
					"Schrijf een Kamerstuk als dossiernummer, onderdeel en volgnummer: {kamerstuk 21 501-28, nr. 296}.", reference,
					region(reference, Literals.KAMERSTUK_REFERENCE__NUMBER));
		}
	}

	/** The writing checks read a whole note: an editor that has a newer text stops them between paragraphs. */
	private void checkCanceled() {
		Object indicator = getContext() == null ? null : getContext().get(org.eclipse.xtext.validation.CancelableDiagnostician.CANCEL_INDICATOR);
		if (indicator instanceof org.eclipse.xtext.util.CancelIndicator cancel && cancel.isCanceled()) {
			throw new org.eclipse.xtext.service.OperationCanceledError(new org.eclipse.core.runtime.OperationCanceledException());
		}
	}

	private void checkAbbreviations(Part part, boolean letter, WritingSettings settings) {
		Set<String> seen = new HashSet<>();
		for (ProseRuns.Run run : ProseRuns.of(part)) {
			Matcher token = TOKEN.matcher(run.source());
			while (token.find()) {
				String word = token.group();
				Abbreviation known = settings.glossary().find(word).orElse(null);
				if ((known == null && !looksLikeAbbreviation(word)) || !seen.add(word)) {
					continue;
				}
				if (known != null && (known.familiarity() == Familiarity.WELL_KNOWN
						|| known.familiarity() == Familiarity.INTERNAL && !letter)) {
					continue;
				}
				if (isIntroduced(run.source(), token.start(), token.end())) {
					continue;
				}
				String expansion = known == null ? "" : known.expansion();
				String where = letter ? "in de Kamerbrief" : "in de nota";
				String message = "Schrijf '" + word + "' bij het eerste gebruik " + where + " voluit"
						+ (expansion.isEmpty() ? ", met de afkorting erachter tussen haakjes."
								: ": '" + expansion + " (" + word + ")'.");
				report(settings, IssueCodes.ABBREVIATION, Level.WARNING, message, run.text(),
						new int[] { run.offset() + token.start(), word.length() }, word, expansion,
						String.valueOf(run.offset() + token.start()));
			}
		}
	}

	/** "Defensie Grondgebonden Luchtverdedigingscommando (DGLC)" or "(Defence Ministers Meeting, DMM)". */
	static boolean isIntroduced(String text, int start, int end) {
		int open = text.lastIndexOf('(', start);
		int close = text.indexOf(')', end);
		if (open < 0 || close < 0 || text.lastIndexOf(')', start) > open) {
			return false;
		}
		String before = text.substring(open + 1, start).strip();
		String after = text.substring(end, close).strip();
		boolean abbreviationLast = before.isEmpty() ? open > 0 && after.isEmpty() : before.endsWith(",") && after.isEmpty();
		return abbreviationLast;
	}

	static boolean looksLikeAbbreviation(String word) {
		if (word.length() < 2 || word.length() > 6) {
			return false; // most words: asked for every word of the prose
		}
		int capitals = 0;
		int letters = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			capitals += Character.isUpperCase(c) ? 1 : 0;
			letters += Character.isLetter(c) ? 1 : 0;
		}
		return capitals >= 2 && capitals * 2 >= letters && !CAPITAL_WORDS.contains(word);
	}

	/**
	 * Spelling of the lower-case words of the body. Capitalised words (names, sentence starts),
	 * abbreviations, words with digits and the project's accepted words (*.woorden) are left alone.
	 */
	private void checkSpelling(Part part, WritingSettings settings) {
		if (settings.rules().level(IssueCodes.SPELLING, Level.WARNING) == Level.OFF) {
			return;
		}
		record Occurrence(ProseRuns.Run run, int start, String word) {
		}
		List<Occurrence> occurrences = new java.util.ArrayList<>();
		for (ProseRuns.Run run : ProseRuns.of(part)) {
			List<int[]> addresses = addresses(run.source());
			Matcher matcher = SPELLING_WORD.matcher(run.source());
			while (matcher.find()) {
				String word = matcher.group();
				int at = matcher.start();
				boolean skip = Character.isUpperCase(word.charAt(0)) || word.length() < 2 || word.length() > MAX_WORD
						|| !addresses.isEmpty() && addresses.stream().anyMatch(address -> address[0] <= at && at < address[1])
						|| partOfLargerToken(run.source(), matcher.start(), matcher.end())
						|| settings.glossary().find(word).isPresent()
						|| settings.acceptedWords().contains(word.toLowerCase(java.util.Locale.ROOT));
				if (!skip) {
					occurrences.add(new Occurrence(run, matcher.start(), word));
				}
			}
		}
		if (occurrences.isEmpty()) {
			return;
		}
		// besides each word: the word with its period (abbreviations: "mln.", "jl.", "nr."), and each part of a
		// word with hyphens ("motie-Van", "anti-drone"), which Dutch allows where the parts are words
		java.util.Set<String> asked = new java.util.LinkedHashSet<>();
		for (Occurrence occurrence : occurrences) {
			asked.add(occurrence.word());
			if (abbreviated(occurrence.run().source(), occurrence.start(), occurrence.word())) {
				asked.add(occurrence.word() + ".");
			}
			if (occurrence.word().indexOf('-') >= 0) {
				for (String piece : occurrence.word().split("-")) {
					if (piece.length() >= 2 && !Character.isUpperCase(piece.charAt(0))) {
						asked.add(piece);
					}
				}
			}
		}
		java.time.Duration budget = settings.rules().spellingBudget();
		long started = System.nanoTime();
		java.util.Map<String, SpellChecker.Verdict> verdicts;
		int unchecked;
		try {
			SpellChecker.Result result = spelling.check(asked, budget);
			verdicts = result.verdicts();
			unchecked = result.unchecked();
		} catch (SpellChecker.Unavailable e) {
			getMessageAcceptor().acceptInfo("De spellingcontrole is niet beschikbaar: " + e.getMessage(), part, 0, 0,
					IssueCodes.SPELLING_UNAVAILABLE);
			return;
		}
		if (unchecked > 0) {
			java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
			occurrences.forEach(occurrence -> distinct.add(occurrence.word()));
			long left = distinct.stream().filter(word -> !verdicts.containsKey(word)).count();
			occurrences.stream().filter(occurrence -> !verdicts.containsKey(occurrence.word())).findFirst().ifPresent(first -> report(
					settings, IssueCodes.SPELLING_INCOMPLETE, Level.WARNING, "De spellingcontrole stopte na "
							+ new java.text.DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.of("nl")))
									.format(budget.toMillis() / 1000.0)
							+ " s: " + left + " van de " + distinct.size() + " woorden zijn nog niet nagekeken, vanaf '" + first.word()
							+ "'. In de werkbank gaat de volgende controle (bij opslaan) verder waar deze stopte; meer tijd geeft "
							+ "'spelling-ms = 10000' in schrijfregels.properties.",
					first.run().text(), new int[] { first.run().offset() + first.start(), first.word().length() }));
		}
		List<Occurrence> wrong = occurrences.stream().filter(occurrence -> {
			SpellChecker.Verdict verdict = verdicts.get(occurrence.word());
			return verdict != null && !verdict.correct()
					&& !correctAsAbbreviation(verdicts, occurrence.run().source(), occurrence.start(), occurrence.word())
					&& !correctAsCompound(verdicts, occurrence.word());
		}).toList();
		if (wrong.isEmpty()) {
			return;
		}
		// suggestions only for what is reported, in the time left (a word not reached is reported without them)
		java.util.Map<String, SpellChecker.Verdict> suggested;
		try {
			suggested = spelling.suggest(wrong.stream().map(Occurrence::word).distinct().toList(),
					budget.minusNanos(System.nanoTime() - started));
		} catch (SpellChecker.Unavailable e) {
			suggested = java.util.Map.of();
		}
		for (Occurrence occurrence : wrong) {
			String word = occurrence.word();
			SpellChecker.Verdict verdict = suggested.getOrDefault(word, verdicts.get(word));
			if (verdict.correct()) {
				continue;
			}
			// never a suggestion that only breaks the word apart ("anti drone" for "anti-drone")
			List<String> suggestions = verdict.suggestions().stream()
					.filter(suggestion -> !suggestion.replaceAll("[\\s-]", "").equals(word.replace("-", ""))).limit(5).toList();
			report(settings, IssueCodes.SPELLING, Level.WARNING, "Onbekend woord '" + word + "'."
					+ (suggestions.isEmpty() ? "" : " Bedoelt u: " + String.join(", ", suggestions) + "?")
					+ " Staat het goed? Zet het dan in een .woorden-bestand naast de nota.", occurrence.run().text(),
					new int[] { occurrence.run().offset() + occurrence.start(), word.length() }, suggestions.toArray(String[]::new));
		}
	}

	/** The word stands before a period that belongs to it: "mln." in "12,5 mln. euro", "jl." */
	private static boolean abbreviated(String text, int start, String word) {
		int end = start + word.length();
		return end < text.length() && text.charAt(end) == '.';
	}

	private static boolean correctAsAbbreviation(java.util.Map<String, SpellChecker.Verdict> verdicts, String text, int start,
			String word) {
		SpellChecker.Verdict withPeriod = verdicts.get(word + ".");
		return abbreviated(text, start, word) && withPeriod != null && withPeriod.correct();
	}

	/** "motie-Van" (a name after the hyphen), "anti-drone": every part is a word or a name. */
	private static boolean correctAsCompound(java.util.Map<String, SpellChecker.Verdict> verdicts, String word) {
		if (!word.contains("-")) {
			return false;
		}
		for (String piece : word.split("-")) {
			if (piece.length() < 2 || Character.isUpperCase(piece.charAt(0))) {
				continue;
			}
			SpellChecker.Verdict verdict = verdicts.get(piece);
			if (verdict == null || !verdict.correct()) {
				return false;
			}
		}
		return true;
	}

	/** "7th", "CT25", "rijksoverheid.nl", "info@x.nl": letters glued to digits, dots or slashes are not words. */
	/** Where web and e-mail addresses stand in a run: not words to check. */
	private static List<int[]> addresses(String text) {
		return nl.nota.lang.model.LinkTargets.all(text).stream().map(found -> new int[] { found.start(), found.end() }).toList();
	}

	private static boolean partOfLargerToken(String text, int start, int end) {
		char before = start > 0 ? text.charAt(start - 1) : ' ';
		char after = end < text.length() ? text.charAt(end) : ' ';
		char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : ' ';
		return Character.isDigit(before) || Character.isDigit(after) || before == '.' || before == '/' || before == '@'
				|| after == '@' || (after == '.' || after == '/') && Character.isLetter(afterNext);
	}

	/** "Kamerstuk 21501-28 nr 296" written as prose gets the same check as {kamerstuk ...}. */
	private void checkKamerstukInProse(ProseRuns.Run run, WritingSettings settings) {
		Matcher reference = KAMERSTUK_IN_PROSE.matcher(run.source());
		while (reference.find()) {
			String number = NoteText.collapseSpaces(reference.group(1)).strip();
			if (!KAMERSTUK.matcher(number).matches()) {
				report(settings, IssueCodes.KAMERSTUK_FORMAT, Level.WARNING,
						"Schrijf een Kamerstuk als dossiernummer, onderdeel en volgnummer: 'Kamerstuk 21 501-28, nr. 296'.", run.text(),
						new int[] { run.offset() + reference.start(1), reference.end(1) - reference.start(1) });
			}
		}
	}

	private void checkDates(ProseRuns.Run run, WritingSettings settings) {
		if (!digitBeforeSeparator(run.source())) {
			return; // the pattern's lookbehind would be tried at every character of the prose
		}
		Matcher date = NUMERIC_DATE.matcher(run.source());
		while (date.find()) {
			String suggestion = DutchDate.parseNumeric(date.group()).map(DutchDate::format).orElse(null);
			if (suggestion != null) {
				report(settings, IssueCodes.DATE_FORMAT, Level.WARNING, "Schrijf de datum voluit: '" + suggestion + "'.", run.text(),
						new int[] { run.offset() + date.start(), date.group().length() }, suggestion);
			}
		}
	}

	/** Whether a digit stands before '-', '/' or '.' anywhere: where a numeric date (1-10-2025) can be. */
	static boolean digitBeforeSeparator(String text) {
		for (int i = 0; i + 1 < text.length(); i++) {
			char c = text.charAt(i);
			char next = text.charAt(i + 1);
			if (c >= '0' && c <= '9' && (next == '-' || next == '/' || next == '.')) {
				return true;
			}
		}
		return false;
	}

	private void checkLength(EObject block, List<Inline> inlines, WritingSettings settings) {
		String text = NoteText.plain(inlines);
		int max = settings.rules().maxSentenceWords();
		for (String sentence : Readability.sentences(text)) {
			int words = Readability.countWords(sentence);
			if (words > max) {
				report(settings, IssueCodes.LONG_SENTENCE, Level.WARNING, "Deze zin telt " + words + " woorden; houd zinnen onder de "
						+ max + " woorden (taalniveau B1). Splits hem.", block, locate(block, sentence));
			}
		}
		int words = Readability.countWords(text);
		int maxParagraph = settings.rules().maxParagraphWords();
		if (words > maxParagraph) {
			report(settings, IssueCodes.LONG_PARAGRAPH, Level.WARNING, "Deze alinea telt " + words + " woorden; houd alinea's onder de "
					+ maxParagraph + " woorden.", block, locate(block, text));
		}
	}

	/** Where a sentence starts in the source: its first words, however the lines are broken. */
	private static int[] locate(EObject block, String sentence) {
		ICompositeNode node = NodeModelUtils.getNode(block);
		List<String> words = Readability.words(sentence);
		String pattern = String.join("[^\\p{L}\\p{N}]+", words.subList(0, Math.min(5, words.size())).stream().map(Pattern::quote).toList());
		Matcher matcher = Pattern.compile(pattern).matcher(node.getText());
		if (!words.isEmpty() && matcher.find()) {
			return new int[] { node.getTotalOffset() + matcher.start(), matcher.end() - matcher.start() };
		}
		return new int[] { node.getOffset(), node.getLength() };
	}

	private static int[] region(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
		var nodes = NodeModelUtils.findNodesForFeature(object, feature);
		var node = nodes.isEmpty() ? NodeModelUtils.getNode(object) : nodes.get(0);
		return new int[] { node.getOffset(), node.getLength() };
	}
}
