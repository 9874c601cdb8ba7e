package dev.gonggo.eval;

import dev.gonggo.classify.Posting;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.SkillSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores skills and years against gold labels: micro precision, recall and F1 of the skills a
 * posting asks for (those gonggo places under required or preferred against the gold's required
 * and preferred), agreement on required vs preferred where both found a skill, and how often the
 * minimum years match exactly. Keeps every miss so the report can list them.
 */
public final class SkillScore {

  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int sectionAgree;
  private int yearsRight;
  private int postings;
  private final List<String> misses = new ArrayList<>();

  public void add(GoldLabel gold, Posting posting) {
    postings++;
    Map<String, SkillSection> predicted = new HashMap<>();
    for (PostingSkill s : posting.skills()) {
      if (s.section() == SkillSection.REQUIRED || s.section() == SkillSection.PREFERRED) {
        predicted.put(s.id(), s.section());
      }
    }
    Map<String, SkillSection> expected = new HashMap<>();
    gold.preferred().forEach(id -> expected.put(id, SkillSection.PREFERRED));
    gold.required().forEach(id -> expected.put(id, SkillSection.REQUIRED));
    for (var e : expected.entrySet()) {
      SkillSection p = predicted.get(e.getKey());
      if (p == null) {
        falseNegatives++;
        misses.add(gold.file() + "\tmissed\t" + e.getKey() + " (" + e.getValue().id() + ")"
            + foundElsewhere(posting, e.getKey()));
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
    Integer years = posting.experience().minYears();
    if (Objects.equals(years, gold.minYears())) {
      yearsRight++;
    } else {
      misses.add(gold.file() + "\tyears\t" + label(gold.minYears()) + ", gonggo says " + label(years));
    }
  }

  private static String foundElsewhere(Posting posting, String id) {
    return posting.skills().stream().filter(s -> s.id().equals(id)).findFirst()
        .map(s -> ", found under " + s.section().id()).orElse("");
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
