package dev.gonggo.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Joins the pieces Nori cuts a tech term into back into one token: "C" + "++" → c++, "Node" + "."
 * + "js" → node.js, "k" + "8" + "s" → k8s. Pieces are joined only where they touch in the text
 * (no space between), and only into a term of {@link TechTerms}, longest first. The joined token
 * is marked as a keyword of type {@link #TAG} so the part-of-speech filter keeps it.
 *
 * <p>Nori's user dictionary cannot do this: it takes single nouns, and Nori splits at every change
 * of character class before it looks words up.
 */
public final class TechTermFilter extends TokenFilter {

  public static final String TAG = "TECH";

  private final TechTerms terms;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final Deque<State> lookahead = new ArrayDeque<>();
  private boolean exhausted;

  public TechTermFilter(TokenStream input, TechTerms terms) {
    super(input);
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!next()) {
      return false;
    }
    String first = termAtt.toString().toLowerCase(Locale.ROOT);
    if (!terms.isPrefix(first)) {
      return true;
    }
    State firstState = captureState();
    int start = offsetAtt.startOffset();
    int end = offsetAtt.endOffset();
    StringBuilder joined = new StringBuilder(first);
    List<State> read = new ArrayList<>();
    String best = terms.contains(first) ? first : null;
    int bestCount = 0;
    int bestEnd = end;
    while (next()) {
      read.add(captureState());
      if (offsetAtt.startOffset() != end) {
        break;
      }
      joined.append(termAtt.toString().toLowerCase(Locale.ROOT));
      end = offsetAtt.endOffset();
      if (!terms.isPrefix(joined)) {
        break;
      }
      if (terms.contains(joined)) {
        best = joined.toString();
        bestCount = read.size();
        bestEnd = end;
      }
    }
    for (int i = read.size() - 1; i >= bestCount; i--) {
      lookahead.addFirst(read.get(i));
    }
    restoreState(firstState);
    if (best != null) {
      termAtt.setEmpty().append(best);
      offsetAtt.setOffset(start, bestEnd);
      keywordAtt.setKeyword(true);
      typeAtt.setType(TAG);
    }
    return true;
  }

  /**
   * Loads the next token into the attributes: a looked-ahead one first. Nori groups a run of
   * punctuation and spaces into one token ("++, " after "C"), so such a run is handed on one
   * character at a time, spaces left out, for terms to be joined from its first characters.
   */
  private boolean next() throws IOException {
    while (true) {
      if (!lookahead.isEmpty()) {
        restoreState(lookahead.removeFirst());
        return true;
      }
      if (exhausted) {
        return false;
      }
      if (!input.incrementToken()) {
        exhausted = true;
        return false;
      }
      if (termAtt.length() <= 1 || !isPunctuation(termAtt)) {
        return true;
      }
      String run = termAtt.toString();
      int start = offsetAtt.startOffset();
      for (int i = 0; i < run.length(); i++) {
        if (!Character.isWhitespace(run.charAt(i))) {
          termAtt.setEmpty().append(run.charAt(i));
          offsetAtt.setOffset(start + i, start + i + 1);
          lookahead.addLast(captureState());
        }
      }
    }
  }

  private static boolean isPunctuation(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    lookahead.clear();
    exhausted = false;
  }
}
