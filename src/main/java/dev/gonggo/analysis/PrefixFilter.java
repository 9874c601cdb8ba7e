package dev.gonggo.analysis;

import dev.gonggo.text.BuiltInFile;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins a one-syllable prefix Nori cut off back onto the noun it is written onto: 비 + 정형 →
 * 비정형, 무 + 중단 → 무중단, 고 + 성능 → 고성능. Nori tags such a prefix by context as a prefix
 * (XPN), a noun or a determiner, and the noun filter drops the first and last, so that 비정형
 * 데이터 was indexed, searched and matched as 정형 데이터, its opposite.
 *
 * <p>A prefix is joined only where it opens a written word (after a space, punctuation or the
 * start; not after a digit: 1초단위) and the noun follows with nothing between them, so 비 정형
 * stays two words; a second prefix goes on to the noun after it (미재처리). The prefixes are
 * those of {@code noun-prefixes.txt}; a word Nori reads whole (비용, 고객, 미래) holds no token of
 * a prefix and is left as it is.
 */
public final class PrefixFilter extends TokenFilter {

  private static final String RESOURCE = "noun-prefixes.txt";
  /** The tags Nori gives a prefix it cuts off: prefix, noun, proper noun, determiner. */
  private static final Set<POS.Tag> PREFIX_TAGS =
      EnumSet.of(POS.Tag.XPN, POS.Tag.NNG, POS.Tag.NNP, POS.Tag.MM);
  private static final Set<POS.Tag> NOUN_TAGS = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP);
  private static final String PREFIXES = load();

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final PartOfSpeechAttribute posAtt = addAttribute(PartOfSpeechAttribute.class);
  /** A token read ahead of a prefix that it did not join. */
  private State pending;
  private boolean exhausted;
  /** The end offset and last character of the token given before, to tell where a word opens. */
  private int lastEnd = -1;
  private char lastChar = ' ';

  public PrefixFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      return given();
    }
    if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    }
    if (!isPrefix() || !opensAWord()) {
      return given();
    }
    State prefix = captureState();
    int start = offsetAtt.startOffset();
    int increment = posIncAtt.getPositionIncrement();
    StringBuilder word = new StringBuilder(termAtt);
    int wordEnd = offsetAtt.endOffset();
    State last = null; // the last noun joined on
    boolean more = input.incrementToken();
    while (more) {
      if (offsetAtt.startOffset() != wordEnd || !NOUN_TAGS.contains(posAtt.getLeftPOS())) {
        pending = captureState();
        break;
      }
      word.append(termAtt);
      wordEnd = offsetAtt.endOffset();
      last = captureState();
      if (!isPrefixSyllable()) {
        break;
      }
      more = input.incrementToken(); // 미 + 재 + 처리: a second prefix goes on to its noun
    }
    exhausted = !more;
    if (last == null) {
      restoreState(prefix);
      return given();
    }
    restoreState(last);
    termAtt.setEmpty().append(word);
    offsetAtt.setOffset(start, wordEnd);
    posIncAtt.setPositionIncrement(increment); // the word stands where its prefix did
    return given();
  }

  private boolean isPrefixSyllable() {
    return termAtt.length() == 1 && PREFIXES.indexOf(termAtt.charAt(0)) >= 0;
  }

  private boolean isPrefix() {
    return isPrefixSyllable() && PREFIX_TAGS.contains(posAtt.getLeftPOS());
  }

  /** Whether the token opens a written word: nothing touches it before, or punctuation does. */
  private boolean opensAWord() {
    return offsetAtt.startOffset() != lastEnd || !Character.isLetterOrDigit(lastChar);
  }

  private boolean given() {
    lastEnd = offsetAtt.endOffset();
    lastChar = termAtt.length() == 0 ? ' ' : termAtt.charAt(termAtt.length() - 1);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    exhausted = false;
    lastEnd = -1;
    lastChar = ' ';
  }

  private static String load() {
    StringBuilder out = new StringBuilder();
    BuiltInFile.lines(PrefixFilter.class, RESOURCE).forEach(line -> out.append(line.charAt(0)));
    return out.toString();
  }
}
