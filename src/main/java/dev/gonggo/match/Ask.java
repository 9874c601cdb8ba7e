package dev.gonggo.match;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing a posting asks for: a skill, or skills of one kind named together on one line
 * ("AWS, GCP 등 클라우드", "Java, Scala, Python 중 하나"), any of which meets it.
 *
 * @param options how the person meets each skill of the ask, in the posting's order
 */
public record Ask(List<SkillCredit> options) {

  public Ask {
    options = List.copyOf(options);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("an ask names at least one skill");
    }
  }

  /** The option the person meets best (the first of equals). */
  public SkillCredit best() {
    return options.stream().max(Comparator.comparingDouble(SkillCredit::credit)
        .thenComparing(c -> -options.indexOf(c))).orElseThrow();
  }

  public double credit() {
    return best().credit();
  }

  public SkillCredit.Met met() {
    return best().met();
  }

  /** The skill ids of the ask. */
  public List<String> skills() {
    return options.stream().map(SkillCredit::skill).toList();
  }

  /**
   * The ask as a list shows it: what meets it, with the other options after it ({@code aws (or
   * gcp, azure)}), or every option when nothing does ({@code gcp|azure}).
   */
  public String shown() {
    if (met() == SkillCredit.Met.MISSING) {
      return String.join("|", skills());
    }
    SkillCredit best = best();
    String others = options.stream().filter(o -> o != best).map(SkillCredit::skill)
        .collect(Collectors.joining(", "));
    return best.shown() + (others.isEmpty() ? "" : " (or " + others + ")");
  }
}
