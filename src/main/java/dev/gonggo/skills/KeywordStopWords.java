package dev.gonggo.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The filler words a key term never holds (경험, 업무, 담당, experience, the…), read from
 * {@code keyword-stopwords.txt}: one analysed term a line, {@code #} comments.
 */
public final class KeywordStopWords {

  private static final String RESOURCE = "keyword-stopwords.txt";

  private final Set<String> words;

  private KeywordStopWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The built-in list, loaded once per JVM. */
  public static KeywordStopWords builtIn() {
    return BuiltIn.WORDS;
  }

  public boolean contains(String term) {
    return words.contains(term);
  }

  public Set<String> words() {
    return words;
  }

  private static KeywordStopWords load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = KeywordStopWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KeywordStopWords(words);
  }

  private static final class BuiltIn {
    static final KeywordStopWords WORDS = load();
  }
}
