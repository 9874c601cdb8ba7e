package dev.gonggo.analysis;

/**
 * One token of a posting as the analysis chain made it.
 *
 * @param term the indexed form: lowercased, a tech term such as c++ kept whole
 * @param start offset of its first character in the posting's normalised text
 * @param end offset just past its last character
 * @param tag Nori's part-of-speech tag (NNG, NNP, SL, SN, …), or "TECH" for a protected term
 */
public record Token(String term, int start, int end, String tag) {

  public boolean isNoun() {
    return tag.startsWith("NN") || tag.equals("NR");
  }

  /** Latin-script words, digits and protected tech terms. */
  public boolean isForeign() {
    return tag.equals("SL") || tag.equals("SH") || tag.equals("SN") || tag.equals(TechTermFilter.TAG);
  }
}
