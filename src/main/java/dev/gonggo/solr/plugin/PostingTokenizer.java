package dev.gonggo.solr.plugin;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The tokens {@link PostingAnalyzer#analyze} makes of the whole input, one position apart, with
 * their offsets and, as the token type, their part of speech: what gonggo's own index holds for
 * a posting's text. Reads its input whole, as gonggo does a posting.
 */
public final class PostingTokenizer extends Tokenizer {

  private final PostingAnalyzer analyzer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private List<Token> tokens = List.of();
  private int next;
  private int length;

  PostingTokenizer(AttributeFactory factory, PostingAnalyzer analyzer) {
    super(factory);
    this.analyzer = analyzer;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    Token t = tokens.get(next++);
    term.setEmpty().append(t.term());
    offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
    position.setPositionIncrement(1);
    type.setType(t.tag());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = input.read(buffer)) != -1; ) {
      text.append(buffer, 0, n);
    }
    length = text.length();
    tokens = analyzer.analyze(text.toString()).tokens();
    next = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
  }

  @Override
  public void close() throws IOException {
    super.close();
    tokens = List.of();
  }
}
