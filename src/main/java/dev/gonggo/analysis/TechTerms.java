package dev.gonggo.analysis;

import dev.gonggo.text.BuiltInFile;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tech terms that must stay one token although they hold punctuation or digits (c++, c#, .net,
 * node.js, ci/cd, a/b, s3, ec2, k8s…), read from {@code protected-terms.txt}: one lowercase term a
 * line, {@code #} comments.
 */
public final class TechTerms {

  private static final String RESOURCE = "protected-terms.txt";

  private final Set<String> terms = new HashSet<>();
  private final Set<String> prefixes = new HashSet<>();

  private TechTerms() {}

  /** The built-in list. */
  public static TechTerms builtIn() {
    TechTerms t = new TechTerms();
    BuiltInFile.lines(TechTerms.class, RESOURCE).forEach(t::add);
    return t;
  }

  private void add(String term) {
    String lower = term.toLowerCase(Locale.ROOT);
    terms.add(lower);
    for (int i = 1; i <= lower.length(); i++) {
      prefixes.add(lower.substring(0, i));
    }
  }

  boolean contains(CharSequence s) {
    return terms.contains(s.toString());
  }

  boolean isPrefix(CharSequence s) {
    return prefixes.contains(s.toString());
  }
}
