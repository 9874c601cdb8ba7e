package dev.gonggo.skills;

import dev.gonggo.text.BuiltInFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The filler words a key term never holds (경험, 업무, 담당, experience, the…), read from
 * {@code keyword-stopwords.txt}: one analysed term a line, {@code #} comments. A word marked
 * {@code after-an-amount} is filler only where it follows an amount or a noun (3년 이상, 학사
 * 이상); opening a phrase it is a word of its own (이상 탐지: anomaly detection).
 */
public final class KeywordStopWords {

  private static final String RESOURCE = "keyword-stopwords.txt";

  private static final String AFTER_AN_AMOUNT = "after-an-amount";

  private final Set<String> words;
  private final Set<String> afterAnAmount;

  private KeywordStopWords(Set<String> words, Set<String> afterAnAmount) {
    this.words = Set.copyOf(words);
    this.afterAnAmount = Set.copyOf(afterAnAmount);
  }

  /** The built-in list, loaded once per JVM. */
  public static KeywordStopWords builtIn() {
    return BuiltIn.WORDS;
  }

  /** Whether a term is filler, where it stands is not known (a word counted across postings). */
  public boolean contains(String term) {
    return words.contains(term);
  }

  /**
   * Whether a term is filler where it stands: always, but a word marked after-an-amount where it
   * opens a phrase.
   *
   * @param opensAPhrase whether a noun follows it and no amount or noun stands before it (이상
   *     탐지, not 3년 이상 or 학사 이상)
   */
  public boolean isFiller(String term, boolean opensAPhrase) {
    return words.contains(term) && !(opensAPhrase && afterAnAmount.contains(term));
  }

  /** Whether a term is filler only after an amount: a word where it opens a phrase (이상). */
  public boolean isAfterAnAmount(String term) {
    return afterAnAmount.contains(term);
  }

  public Set<String> words() {
    return words;
  }

  private static KeywordStopWords load() {
    return BuiltInFile.read(KeywordStopWords.class, RESOURCE, KeywordStopWords::read);
  }

  private static KeywordStopWords read(BufferedReader reader) throws IOException {
    Set<String> words = new HashSet<>();
    Set<String> afterAnAmount = new HashSet<>();
    for (String line; (line = reader.readLine()) != null; ) {
      String[] fields = line.strip().split("\\s+");
      String word = fields[0].toLowerCase(Locale.ROOT);
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(word);
        if (fields.length > 1 && fields[1].equals(AFTER_AN_AMOUNT)) {
          afterAnAmount.add(word);
        } else if (fields.length > 1) {
          throw new IllegalStateException(RESOURCE + ": unknown mark '" + fields[1] + "' of " + word);
        }
      }
    }
    return new KeywordStopWords(words, afterAnAmount);
  }

  private static final class BuiltIn {
    static final KeywordStopWords WORDS = load();
  }
}
