package dev.gonggo.analysis;

import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.text.BuiltInFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * gonggo's one analysis chain for Korean and English, used for the index, for queries, for skill
 * matching and for keywords: NFC → Nori (with a user dictionary of tech loanwords) → tech terms
 * joined → prefixes joined onto their nouns (비정형) → nouns, foreign words and numbers kept →
 * lowercase.
 *
 * <p>Decompound mode DISCARD: a compound is indexed as its parts only. Korean postings space
 * compounds inconsistently (데이터엔지니어 / 데이터 엔지니어, 실시간처리 / 실시간 처리), and the parts
 * make both spellings the same token sequence, which phrase queries and the skill matcher rely on.
 * MIXED would add the whole compound at the same position and break those sequences; NONE would
 * leave the two spellings different.
 */
public final class PostingAnalyzer extends Analyzer {

  public static final DecompoundMode DECOMPOUND_MODE = DecompoundMode.DISCARD;
  /**
   * Longest piece of text handed to Nori at once; longer lines are cut at a space. Below Nori's
   * own limit of 1024 characters without a safe break, past which it cuts inside a word
   * (파이프라인 → 파이 + 프라인).
   */
  static final int MAX_PIECE = 1000;

  private static final String USER_DICTIONARY = "userdict.txt";

  private final UserDictionary userDictionary;
  private final TechTerms techTerms;

  public PostingAnalyzer() {
    this(BuiltIn.USER_DICTIONARY, BuiltIn.TECH_TERMS);
  }

  PostingAnalyzer(UserDictionary userDictionary, TechTerms techTerms) {
    this.userDictionary = userDictionary;
    this.techTerms = techTerms;
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new NfcCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer nori = new KoreanTokenizer(
        TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, userDictionary, DECOMPOUND_MODE,
        /* outputUnknownUnigrams= */ false, /* discardPunctuation= */ false);
    TokenStream stream = new TechTermFilter(nori, techTerms);
    stream = new PrefixFilter(stream);
    stream = new NounFilter(stream);
    stream = new LowerCaseFilter(stream);
    return new TokenStreamComponents(nori, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * The tokens of a whole posting. The text is fed to Nori in pieces of at most
   * {@link #MAX_PIECE} characters, cut at line ends (or spaces), so that a long line without
   * breaks from a PDF or HWP cannot make Nori's lattice grow without bound.
   */
  public AnalyzedText analyze(String text) {
    List<Token> tokens = new ArrayList<>(text.length() / 3);
    int start = 0;
    while (start < text.length()) {
      AnalysisDeadline.check();
      int end = pieceEnd(text, start);
      analyzePiece(text.substring(start, end), start, tokens);
      start = end;
    }
    return new AnalyzedText(text, List.copyOf(tokens));
  }

  private void analyzePiece(String piece, int base, List<Token> out) {
    try (TokenStream ts = tokenStream("text", piece)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PartOfSpeechAttribute pos = ts.addAttribute(PartOfSpeechAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        String tag = TechTermFilter.TAG.equals(type.type()) || pos.getLeftPOS() == null
            ? TechTermFilter.TAG : pos.getLeftPOS().name();
        out.add(new Token(term.toString(), base + offset.startOffset(), base + offset.endOffset(), tag));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from a String
    }
  }

  /** Where the piece starting at {@code start} ends: looks back over the piece only, never further. */
  static int pieceEnd(String text, int start) {
    int limit = Math.min(text.length(), start + MAX_PIECE);
    if (limit == text.length()) {
      return limit;
    }
    int cut = lastIndexOf(text, '\n', start, limit);
    if (cut <= start) {
      cut = lastIndexOf(text, ' ', start, limit);
    }
    return cut <= start ? limit : cut + 1;
  }

  /** The last position of c in [from, to), or -1: String.lastIndexOf would search to the start. */
  private static int lastIndexOf(String text, char c, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The user dictionary and tech terms, loaded once per JVM. */
  private static final class BuiltIn {
    static final UserDictionary USER_DICTIONARY = BuiltInFile.read(
        PostingAnalyzer.class, PostingAnalyzer.USER_DICTIONARY, UserDictionary::open);
    static final TechTerms TECH_TERMS = TechTerms.builtIn();
  }
}
