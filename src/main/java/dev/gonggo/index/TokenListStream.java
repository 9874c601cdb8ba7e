package dev.gonggo.index;

import dev.gonggo.analysis.Token;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens the pipeline already made of a posting, replayed as a TokenStream: the text field is
 * indexed from the one analysis pass instead of running Nori over the text a second time.
 */
final class TokenListStream extends TokenStream {

  private final List<Token> tokens;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private int next;
  private int lastEnd;

  TokenListStream(List<Token> tokens) {
    this.tokens = tokens;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    Token t = tokens.get(next++);
    term.setEmpty().append(t.term());
    offset.setOffset(t.start(), t.end());
    position.setPositionIncrement(1);
    lastEnd = Math.max(lastEnd, t.end());
    return true;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(lastEnd, lastEnd);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
    lastEnd = 0;
  }
}
