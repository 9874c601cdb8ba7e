package dev.gonggo.analysis;

import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps what a posting's meaning rests on, nouns, foreign words and numbers, and drops particles,
 * endings, verbs and punctuation. Tokens marked as keywords (tech terms) are always kept.
 */
public final class NounFilter extends FilteringTokenFilter {

  /**
   * General and proper nouns, numerals, roots (능숙, 원활: they carry what a requirement asks),
   * Latin words, Chinese characters and digits.
   */
  public static final Set<POS.Tag> KEPT = EnumSet.of(
      POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NR, POS.Tag.XR, POS.Tag.SL, POS.Tag.SH, POS.Tag.SN);

  private final PartOfSpeechAttribute posAtt = addAttribute(PartOfSpeechAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

  public NounFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    if (keywordAtt.isKeyword()) {
      return true;
    }
    POS.Tag tag = posAtt.getLeftPOS();
    return tag != null && KEPT.contains(tag);
  }
}
