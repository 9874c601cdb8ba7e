package dev.gonggo.analysis;

import java.util.List;

/**
 * A posting's text and the tokens the analysis chain made of it, once: the index, the skill
 * matcher, keyword extraction and the classifier all read this one result.
 */
public record AnalyzedText(String text, List<Token> tokens) {

  /** The original characters a token was made from. */
  public String surface(Token token) {
    return text.substring(token.start(), token.end());
  }
}
