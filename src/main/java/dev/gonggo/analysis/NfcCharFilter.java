package dev.gonggo.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Unicode NFC before the tokenizer, with offsets corrected back to the input: decomposed Hangul
 * (as macOS writes it) becomes the syllables Nori's dictionary knows. Reads its input whole,
 * which is fine for the bounded pieces {@link PostingAnalyzer} feeds it.
 */
final class NfcCharFilter extends BaseCharFilter {

  private String normalized;
  private int pos;

  NfcCharFilter(Reader in) {
    super(in);
  }

  /** Hangul medial vowels and final consonants, and combining marks, join the character before. */
  private static boolean composesOntoPrevious(char c) {
    if (c >= '\u1160' && c <= '\u11FF') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (normalized == null) {
      normalize();
    }
    if (pos >= normalized.length()) {
      return -1;
    }
    int n = Math.min(len, normalized.length() - pos);
    normalized.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private void normalize() throws IOException {
    StringBuilder raw = new StringBuilder();
    char[] buf = new char[4096];
    for (int n; (n = input.read(buf)) != -1; ) {
      raw.append(buf, 0, n);
    }
    String in = raw.toString();
    if (Normalizer.isNormalized(in, Normalizer.Form.NFC)) {
      normalized = in;
      return;
    }
    // Normalise one base character with what composes onto it at a time, noting where output
    // and input offsets part so that token offsets point back into the original text.
    StringBuilder out = new StringBuilder(in.length());
    int i = 0;
    while (i < in.length()) {
      int j = i + 1;
      while (j < in.length() && composesOntoPrevious(in.charAt(j))) {
        j++;
      }
      String piece = Normalizer.normalize(in.substring(i, j), Normalizer.Form.NFC);
      out.append(piece);
      if (piece.length() != j - i) {
        addOffCorrectMap(out.length(), j - out.length());
      }
      i = j;
    }
    normalized = out.toString();
  }
}
