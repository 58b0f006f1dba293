package nl.nota.lang.validation;

/**
 * The stable codes of every diagnostic of the nota language. Tools, quick fixes and CI scripts key on
 * these; never rename one. Diagnostics that need data for a quick fix document it here.
 */
public interface IssueCodes {

	String PREFIX = "nota.";

	/** Text the parser cannot place. */
	String SYNTAX = PREFIX + "syntax";
	/** The file holds no nota at all. */
	String EMPTY_DOCUMENT = PREFIX + "empty-document";
	/** Input the tools cannot read: not UTF-8, binary, too large. */
	String UNREADABLE = PREFIX + "unreadable";

	/** Data: the known kinds. */
	String UNKNOWN_KIND = PREFIX + "unknown-kind";
	/** A .notatype file next to the note has errors. */
	String TYPE_FILE = PREFIX + "type-file";
	/** A second part that is not a letter, or more than one letter. */
	String PART_POSITION = PREFIX + "part-position";
	/** Data: "onderwerp" (the label). */
	String MISSING_TITLE = PREFIX + "missing-title";

	/** Data: the allowed field keys. */
	String UNKNOWN_FIELD = PREFIX + "unknown-field";
	String DUPLICATE_FIELD = PREFIX + "duplicate-field";
	/** Data: key, label, insert offset (after the last field, or after the part line). */
	String MISSING_FIELD = PREFIX + "missing-field";
	String EMPTY_FIELD = PREFIX + "empty-field";
	/** Data: the date in long form when it could be read ("30 september 2025"). */
	String INVALID_DATE = PREFIX + "invalid-date";
	/** Data: the allowed values. */
	String INVALID_VALUE = PREFIX + "invalid-value";

	String TEXT_OUTSIDE_SECTION = PREFIX + "text-outside-section";
	/** Data: the headings allowed here. */
	String UNKNOWN_SECTION = PREFIX + "unknown-section";
	String DUPLICATE_SECTION = PREFIX + "duplicate-section";
	/** Data: heading, marker ("#" or "##"), insert offset, skeleton text to insert. */
	String MISSING_SECTION = PREFIX + "missing-section";
	/** Data: heading, heading of the section it belongs before. */
	String SECTION_ORDER = PREFIX + "section-order";
	String EMPTY_SECTION = PREFIX + "empty-section";
	String EMPTY_HEADING = PREFIX + "empty-heading";
	/** Data: the minimum number of points. */
	String TOO_FEW_ITEMS = PREFIX + "too-few-items";

	/** Markup or emphasis without its closer. Data: the closer ("}" or "*"), the offset where it belongs. */
	String UNCLOSED = PREFIX + "unclosed";
	/** A redaction or not-public section without a Woo ground. Data: the known grounds. */
	String MISSING_GROUND = PREFIX + "missing-ground";
	/** Data: the known grounds. */
	String UNKNOWN_GROUND = PREFIX + "unknown-ground";
	/** Ground 5.2 in a note that prepares a formal decision. */
	String PERSONAL_VIEWS = PREFIX + "personal-views";
	/** Text marked not public in the Kamerbrief, which is public as a whole. */
	String REDACTION_IN_LETTER = PREFIX + "redaction-in-letter";
	/** A redaction in a nota field that the (public) Kamerbrief prints, such as the directorate in its reference column. */
	String REDACTION_SHOWN_IN_LETTER = PREFIX + "redaction-shown-in-letter";
	/** A character XML 1.0 forbids (a control character, U+FFFE, U+FFFF): no document can hold it. */
	String INVALID_CHARACTER = PREFIX + "invalid-character";
	/** Writing checks; severities per project in schrijfregels.properties. */
	/** Data: abbreviation, expansion ("" when unknown), offset of the first use. */
	String ABBREVIATION = PREFIX + "abbreviation";
	String LONG_SENTENCE = PREFIX + "long-sentence";
	String LONG_PARAGRAPH = PREFIX + "long-paragraph";
	/** Data: the date in long form. */
	String DATE_FORMAT = PREFIX + "date-format";
	String KAMERSTUK_FORMAT = PREFIX + "kamerstuk-format";
	/** Data: hunspell's suggestions. */
	String SPELLING = PREFIX + "spelling";
	/** hunspell or the Dutch dictionary is missing: reported once per part, as information. */
	String SPELLING_UNAVAILABLE = PREFIX + "spelling-unavailable";
	/** A reviewer's remark ({opmerking NAAM: tekst}): open until it is deleted; an error with nota validate --no-comments. */
	String REVIEW_COMMENT = PREFIX + "review-comment";
	/** The spelling check ran out of its time budget; the rest is checked by the next validation. */
	String SPELLING_INCOMPLETE = PREFIX + "spelling-incomplete";

	/** Consistency between the nota and its Kamerbrief. */
	String LETTER_DATE = PREFIX + "letter-date";

	/** The same event named with another date elsewhere in the note. Data: the date written first, the event. */
	String EVENT_DATE = PREFIX + "event-date";
	String SIGNER_ROLE = PREFIX + "signer-role";
	String ADVICE_WITHOUT_LETTER = PREFIX + "advice-without-letter";
	String MISSING_ATTACHMENT = PREFIX + "missing-attachment";
	/** Data: the known directives. */
	String UNKNOWN_MARKUP = PREFIX + "unknown-markup";
	String LETTER_REFERENCE = PREFIX + "letter-reference";

	/** Footnotes, lists, tables and links. */
	String EMPTY_FOOTNOTE = PREFIX + "empty-footnote";
	/** A footnote in a field, a title, a heading, or inside another footnote: only text has footnotes. */
	String MISPLACED_FOOTNOTE = PREFIX + "misplaced-footnote";
	/** A list item with no text ("- " alone on its line). */
	String EMPTY_ITEM = PREFIX + "empty-item";

	/** {invullen: ...}: text still to be written (a warning: the note is a concept while it is there). */
	String PLACEHOLDER = PREFIX + "placeholder";
	/** A table row with more or fewer cells than the header. Data: the header's number of cells. */
	String RAGGED_ROW = PREFIX + "ragged-row";
	/** A link without an address, or to an address that is not a web page or e-mail address. */
	String INVALID_LINK = PREFIX + "invalid-link";
	/** Markup nested deeper than NotaScanner.MAX_NESTING; the deeper braces are read as text. */
	String NESTING = PREFIX + "nesting";

	/** Kamervragen. A question without an answer (or no questions at all). Data: "Antwoord N", insert offset. */
	String MISSING_ANSWER = PREFIX + "missing-answer";
	/** A heading in a beantwoording that is neither "Vraag" nor "Antwoord". */
	String QUESTION_HEADING = PREFIX + "question-heading";
	/** A question numbered out of order. Data: the number it should have. */
	String QUESTION_NUMBER = PREFIX + "question-number";
	/** An answer whose number is not the question's, or an answer under no question. Data: the number(s) it should have. */
	String ANSWER_NUMBER = PREFIX + "answer-number";
	/** "zie het antwoord op vraag N" without a question N. */
	String QUESTION_REFERENCE = PREFIX + "question-reference";
	/** Answers dated before the questions were submitted. */
	String QUESTIONS_DATE = PREFIX + "questions-date";
	/** Three weeks after submission without an uitstelbericht. Data: the end of the term. */
	String ANSWER_DEADLINE = PREFIX + "answer-deadline";
}
