package dev.gonggo.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What to learn next: the skills the best fits require and the person lacks (or holds only
 * partly), ranked by how many of those postings learning the skill would open up (any skill of an
 * ask with options, "gcp|azure", meets it). A posting is
 * open when three quarters of what it cannot do without ({@link PostingFit#core()}) is met and the
 * person's years are within reach (years fit at least 0.5); a skill opens it when, learnt, it
 * lifts the posting over that line on its own.
 */
public final class LearnNext {

  /** The share of a posting's core skills that makes it worth applying: a coach's three quarters. */
  public static final double OPEN_COVERAGE = 0.75;
  /** The years fit from which the years are within reach (about three years short at most). */
  public static final double OPEN_YEARS = 0.5;

  /**
   * One skill to learn.
   *
   * @param skill its id
   * @param opens postings among the best fits it would open up
   * @param requiredIn postings among the best fits that cannot do without it
   * @param preferredIn postings among the best fits that prefer it
   * @param opensCases the cases of the postings it opens, most first
   * @param requiredCases the cases of the postings that cannot do without it, most first
   */
  public record Item(String skill, int opens, int requiredIn, int preferredIn,
      Map<String, Integer> opensCases, Map<String, Integer> requiredCases) {}

  private LearnNext() {}

  public static boolean open(PostingFit fit) {
    return !fit.core().isEmpty() && fit.core().coverage() >= OPEN_COVERAGE - 1e-9
        && fit.years().fit() >= OPEN_YEARS;
  }

  /** The skills to learn across these fits, the most opening first. */
  public static List<Item> of(List<PostingFit> fits) {
    Map<String, Counts> bySkill = new LinkedHashMap<>();
    for (PostingFit fit : fits) {
      SectionFit core = fit.core();
      boolean open = open(fit);
      Set<String> counted = new HashSet<>();
      for (Ask ask : core.asks()) {
        if (ask.credit() >= 1) {
          continue;
        }
        double lifted = core.coverage() + (1 - ask.credit()) / core.size();
        boolean opens = !open && lifted >= OPEN_COVERAGE - 1e-9 && fit.years().fit() >= OPEN_YEARS;
        for (String skill : ask.skills()) {
          if (!counted.add(skill)) {
            continue;
          }
          Counts counts = bySkill.computeIfAbsent(skill, Counts::new);
          counts.requiredIn++;
          counts.requiredCases.merge(fit.posting().caseId(), 1, Integer::sum);
          if (opens) {
            counts.opens++;
            counts.opensCases.merge(fit.posting().caseId(), 1, Integer::sum);
          }
        }
      }
      for (Ask ask : fit.preferred().asks()) {
        if (ask.credit() < 1) {
          ask.skills().stream().filter(counted::add)
              .forEach(skill -> bySkill.computeIfAbsent(skill, Counts::new).preferredIn++);
        }
      }
    }
    List<Item> out = new ArrayList<>();
    for (Counts c : bySkill.values()) {
      if (c.requiredIn > 0) {
        out.add(new Item(c.skill, c.opens, c.requiredIn, c.preferredIn, mostFirst(c.opensCases),
            mostFirst(c.requiredCases)));
      }
    }
    out.sort(Comparator.comparingInt(Item::opens).reversed()
        .thenComparing(Comparator.comparingInt(Item::requiredIn).reversed())
        .thenComparing(Comparator.comparingInt(Item::preferredIn).reversed())
        .thenComparing(Item::skill));
    return out;
  }

  private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private static final class Counts {
    final String skill;
    int opens;
    int requiredIn;
    int preferredIn;
    final Map<String, Integer> opensCases = new TreeMap<>();
    final Map<String, Integer> requiredCases = new TreeMap<>();

    Counts(String skill) {
      this.skill = skill;
    }
  }
}
