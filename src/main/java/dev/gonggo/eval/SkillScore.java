package dev.gonggo.eval;

import dev.gonggo.classify.Posting;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.SkillSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Scores skills and years against gold labels: micro precision, recall and F1 of the skills a
 * posting asks for (those gonggo places under required or preferred against the gold's required
 * and preferred), agreement on required vs preferred where both found a skill, and how often the
 * minimum years match exactly. Keeps every miss so the report can list them. A score may count
 * only some skills (the tools, say): the others are neither right nor wrong.
 */
public final class SkillScore {

  private final Predicate<String> counted;

  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int sectionAgree;
  private int yearsRight;
  private int postings;
  private final List<String> misses = new ArrayList<>();

  /** Counts every skill. */
  public SkillScore() {
    this(id -> true);
  }

  /** Counts the skills whose ids pass; the rest are left out on both sides. */
  public SkillScore(Predicate<String> counted) {
    this.counted = counted;
  }

  public void add(GoldLabel gold, Posting posting) {
    Map<String, SkillSection> sections = new HashMap<>();
    for (PostingSkill s : posting.skills()) {
      sections.put(s.id(), s.section());
    }
    add(gold, sections, posting.experience().minYears());
  }

  /**
   * Scores one posting's prediction given as the section of each skill found (any section: those
   * outside required and preferred count as not asked) and the years.
   */
  public void add(GoldLabel gold, Map<String, SkillSection> found, Integer years) {
    postings++;
    Map<String, SkillSection> predicted = new HashMap<>();
    found.forEach((id, section) -> {
      if ((section == SkillSection.REQUIRED || section == SkillSection.PREFERRED) && counted.test(id)) {
        predicted.put(id, section);
      }
    });
    Map<String, SkillSection> expected = new HashMap<>();
    gold.preferred().stream().filter(counted).forEach(id -> expected.put(id, SkillSection.PREFERRED));
    gold.required().stream().filter(counted).forEach(id -> expected.put(id, SkillSection.REQUIRED));
    for (var e : expected.entrySet()) {
      SkillSection p = predicted.get(e.getKey());
      if (p == null) {
        falseNegatives++;
        SkillSection elsewhere = found.get(e.getKey());
        misses.add(gold.file() + "\tmissed\t" + e.getKey() + " (" + e.getValue().id() + ")"
            + (elsewhere == null ? "" : ", found under " + elsewhere.id()));
      } else {
        truePositives++;
        if (p == e.getValue()) {
          sectionAgree++;
        } else {
          misses.add(gold.file() + "\tsection\t" + e.getKey() + " is " + e.getValue().id()
              + ", gonggo says " + p.id());
        }
      }
    }
    for (var p : predicted.entrySet()) {
      if (!expected.containsKey(p.getKey())) {
        falsePositives++;
        misses.add(gold.file() + "\textra\t" + p.getKey() + " (" + p.getValue().id() + ")");
      }
    }
    if (Objects.equals(years, gold.minYears())) {
      yearsRight++;
    } else {
      misses.add(gold.file() + "\tyears\t" + label(gold.minYears()) + ", gonggo says " + label(years));
    }
  }

  private static String label(Integer years) {
    return years == null ? "none" : years + "y";
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double agreement() {
    return ratio(sectionAgree, truePositives);
  }

  public double yearsAccuracy() {
    return ratio(yearsRight, postings);
  }

  public int postings() {
    return postings;
  }

  public List<String> misses() {
    return misses;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
