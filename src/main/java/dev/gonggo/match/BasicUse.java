package dev.gonggo.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words by which a résumé says a skill is only basic ({@code basic-use.txt}): in the
 * parentheses right after the skill ("Airflow(기초)"), or on a line that names it outside
 * parentheses ("Spark 입문 강의 수강").
 */
public final class BasicUse {

  private static final String RESOURCE = "basic-use.txt";
  private static final Pattern PARENTHESES = Pattern.compile("[(（][^)）]*[)）]");

  private final List<String> words;

  BasicUse(List<String> words) {
    this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  public static BasicUse builtIn() {
    try (InputStream in = BasicUse.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<String> words = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
      return new BasicUse(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The word that marks this text as basic use, if any. */
  public Optional<String> in(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return words.stream().filter(lower::contains).findFirst();
  }

  /** The word that marks a line as basic use outside its parentheses ("Spark 입문 강의 수강"). */
  public Optional<String> onLine(String line) {
    return in(PARENTHESES.matcher(line).replaceAll(" "));
  }
}
