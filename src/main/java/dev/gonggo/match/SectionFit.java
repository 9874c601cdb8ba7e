package dev.gonggo.match;

import java.util.List;

/** How a profile meets the skills of one part of a posting (its requirements, say). */
public record SectionFit(List<SkillCredit> skills) {

  public static final SectionFit NONE = new SectionFit(List.of());

  public SectionFit {
    skills = List.copyOf(skills);
  }

  public boolean isEmpty() {
    return skills.isEmpty();
  }

  public int size() {
    return skills.size();
  }

  /** The credit earned over the skills named, 0 to 1; 0 when none is named. */
  public double coverage() {
    return skills.isEmpty() ? 0 : credit() / skills.size();
  }

  public double credit() {
    return skills.stream().mapToDouble(SkillCredit::credit).sum();
  }

  public List<SkillCredit> matched() {
    return skills.stream().filter(s -> s.met() == SkillCredit.Met.HAVE).toList();
  }

  public List<SkillCredit> partial() {
    return skills.stream().filter(SkillCredit::partial).toList();
  }

  public List<SkillCredit> missing() {
    return skills.stream().filter(s -> s.met() == SkillCredit.Met.MISSING).toList();
  }

  /** Met fully, partly and not: "3/5" with partial credit as a half ("3.5/5"). */
  public String ratio() {
    double c = credit();
    return (c == Math.rint(c) ? Integer.toString((int) c) : String.format(java.util.Locale.ROOT, "%.1f", c))
        + "/" + skills.size();
  }
}
