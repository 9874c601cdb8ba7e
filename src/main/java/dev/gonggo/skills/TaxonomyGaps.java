package dev.gonggo.skills;

import dev.gonggo.skills.DocumentFrequencies.TermDocs;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Terms many postings use that no skill of the taxonomy is written with: suggestions of skills to
 * add. Where the postings keep their key terms, those are the suggestions (phrases such as
 * 데이터 카탈로그, never a company's name, an address or boilerplate, which key terms leave out);
 * else the single terms of the text. A term is left out when it is filler, a number, one
 * character, or made only of terms of aliases (so "streaming" is covered by "spark streaming" and
 * "데이터" by "데이터 레이크").
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
    List<TermDocs> keyTerms = frequencies.keyTerms(minDocs);
    return (keyTerms.isEmpty() ? frequencies.terms(minDocs) : keyTerms).stream()
        .filter(t -> isSuggestion(t.term()))
        .sorted(Comparator.comparingInt(TermDocs::docFreq).reversed()
            .thenComparing(TermDocs::term))
        .limit(limit)
        .map(t -> new TermDocs(t.term(), t.docFreq(), frequencies.written(t.term())))
        .toList();
  }

  /** True when a term is worth suggesting: not filler, a number, one character or an alias's. */
  public boolean isSuggestion(String term) {
    if (term.codePointCount(0, term.length()) < 2 || term.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    boolean uncovered = false;
    for (String word : term.split(" ")) {
      if (stopWords.contains(word) && !term.contains(" ")) {
        return false;
      }
      uncovered |= !covered.contains(word) && !stopWords.contains(word);
    }
    return uncovered;
  }
}
