package dev.gonggo.skills;

import dev.gonggo.skills.DocumentFrequencies.TermDocs;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Terms many postings use that no skill of the taxonomy is written with: suggestions of skills to
 * add. A term is left out when it is filler, a number, one character, or a term of any alias (so
 * "streaming" is covered by "spark streaming" and "데이터" by "데이터 레이크").
 */
public final class TaxonomyGaps {

  /** A term must be in at least this many postings to be suggested. */
  public static final int DEFAULT_MIN_DOCS = 2;

  private final Set<String> covered;
  private final KeywordStopWords stopWords;

  public TaxonomyGaps(SkillMatcher matcher, KeywordStopWords stopWords) {
    this.covered = matcher.aliasTerms();
    this.stopWords = stopWords;
  }

  /** The most widely used uncovered terms, by falling document frequency, then by term. */
  public List<TermDocs> suggest(DocumentFrequencies frequencies, int minDocs, int limit) {
    return frequencies.terms(minDocs).stream()
        .filter(t -> isSuggestion(t.term()))
        .sorted(Comparator.comparingInt(TermDocs::docFreq).reversed()
            .thenComparing(TermDocs::term))
        .limit(limit)
        .toList();
  }

  /** True when a term is worth suggesting: not filler, a number, one character or an alias's. */
  public boolean isSuggestion(String term) {
    return term.codePointCount(0, term.length()) >= 2
        && term.codePoints().anyMatch(Character::isLetter)
        && !stopWords.contains(term)
        && !covered.contains(term);
  }
}
