package dev.gonggo.skills;

import java.util.List;

/**
 * How many postings of a collection hold a term or a phrase: what makes a posting's key term rare,
 * and the raw material of the taxonomy-gap suggestions. Two sources: the background built from the
 * bundled samples ({@link BackgroundFrequencies}) and a Lucene index of the user's postings.
 */
public interface DocumentFrequencies {

  /** The number of postings in the collection. */
  int docCount();

  /**
   * How many postings hold the term or phrase.
   *
   * @param terms its analysed terms, in order; one for a single term
   */
  int docFreq(List<String> terms);

  /** As {@link #docFreq(List)}, given the terms already joined by one space as well. */
  default int docFreq(List<String> terms, String joined) {
    return docFreq(terms);
  }

  /** Every single term held by at least {@code minDocs} postings, with its document frequency. */
  List<TermDocs> terms(int minDocs);

  /**
   * Every key term (its analysed terms joined by a space) that at least {@code minDocs} postings
   * have among their own key terms; empty where the collection keeps no key terms.
   */
  default List<TermDocs> keyTerms(int minDocs) {
    return List.of();
  }

  /**
   * A key term as the postings write it (대용량 트래픽 for the analysed 대 용량 트래픽), where the
   * collection keeps the written form; else the key itself.
   */
  default String written(String key) {
    return key;
  }

  /**
   * A term (analysed, its terms joined by a space), the number of postings that hold it, and the
   * term as they write it.
   */
  record TermDocs(String term, int docFreq, String written) {
    public TermDocs(String term, int docFreq) {
      this(term, docFreq, term);
    }
  }
}
