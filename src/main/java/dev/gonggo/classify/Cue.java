package dev.gonggo.classify;

/**
 * One thing a posting says that bears on its case: a phrase of case-cues.tsv, the company's known
 * size, or a skill the posting asks for. The feature names the cue in the weight files and the
 * learned model; the span points into the posting's text (-1 where the cue has no one place).
 *
 * @param feature the feature id ("phrase:PATTERN", "company:large", "skill:hive@required"...)
 * @param text what the posting says (the phrase, the company name, the skill's name)
 * @param start offset of the first mention, or -1
 * @param end end offset of the first mention, or -1
 */
public record Cue(String feature, String text, int start, int end) {}
