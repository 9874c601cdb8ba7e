package dev.gonggo.search;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a skill by any name a user may type: its id, its display name or any alias, in Korean or
 * English (스파크 = spark = Apache Spark). Names are compared as the analysis chain sees them, so
 * an inflected or differently spaced form meets its alias. Near misses are offered for a typo.
 */
public final class SkillNames {

  private final Taxonomy taxonomy;
  private final PostingAnalyzer analyzer;
  /** Lowercased id, name or alias → skill; and the analysed token sequence of each alias. */
  private final Map<String, Skill> byName = new HashMap<>();
  /**
   * Built on the first name that is not an exact id, name or alias: analysing every alias loads
   * Nori's dictionary, which `show` and most searches (--skill spark, --skill 스파크) never need.
   */
  private Map<String, Skill> byTerms;

  public SkillNames(Taxonomy taxonomy, PostingAnalyzer analyzer) {
    this.taxonomy = taxonomy;
    this.analyzer = analyzer;
    for (Skill skill : taxonomy.skills()) {
      byName.putIfAbsent(lower(skill.id()), skill);
    }
    for (Skill skill : taxonomy.skills()) {
      byName.putIfAbsent(lower(skill.name()), skill);
      for (String alias : skill.aliases()) {
        byName.putIfAbsent(lower(alias), skill);
      }
    }
  }

  private synchronized Map<String, Skill> byTerms() {
    if (byTerms == null) {
      Map<String, Skill> terms = new HashMap<>();
      for (Skill skill : taxonomy.skills()) {
        for (String alias : skill.aliases()) {
          terms.putIfAbsent(terms(alias), skill);
        }
      }
      byTerms = terms;
    }
    return byTerms;
  }

  public Optional<Skill> find(String name) {
    Skill exact = byName.get(lower(name.strip()));
    if (exact != null) {
      return Optional.of(exact);
    }
    String terms = terms(name);
    return terms.isEmpty() ? Optional.empty() : Optional.ofNullable(byTerms().get(terms));
  }

  /** The skill, or an error that names the nearest known skills. */
  public Skill resolve(String name) {
    return find(name).orElseThrow(() -> {
      List<String> near = nearest(name, 3);
      return new IllegalArgumentException("unknown skill '" + name + "'"
          + (near.isEmpty() ? "" : "; did you mean " + String.join(", ", near) + "?"));
    });
  }

  /** Skill ids whose id, name or an alias is within a few edits of {@code name}, nearest first. */
  public List<String> nearest(String name, int limit) {
    String wanted = lower(name.strip());
    int allowed = Math.max(2, wanted.length() / 3);
    record Near(String id, String spelling, int distance) {}
    List<Near> near = new ArrayList<>();
    for (Map.Entry<String, Skill> e : byName.entrySet()) {
      int d = editDistance(wanted, e.getKey());
      if (d <= allowed) {
        near.add(new Near(e.getValue().id(), e.getKey(), d));
      }
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::id).thenComparing(Near::spelling));
    Map<String, String> out = new LinkedHashMap<>(); // id → how to show it
    for (Near n : near) {
      if (out.size() == limit && !out.containsKey(n.id())) {
        break;
      }
      out.putIfAbsent(n.id(), n.spelling().equals(n.id()) ? n.id() : n.id() + " (" + n.spelling() + ")");
    }
    return List.copyOf(out.values());
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  private String terms(String text) {
    return analyzer.analyze(text).tokens().stream().map(Token::term).collect(Collectors.joining(" "));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
