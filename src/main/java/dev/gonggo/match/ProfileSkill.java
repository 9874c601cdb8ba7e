package dev.gonggo.match;

import dev.gonggo.skills.Skill;
import java.util.List;

/**
 * A skill a person has, as their profile shows it.
 *
 * @param skill the taxonomy's skill
 * @param level how much of it the profile shows
 * @param count how many times the profile names it
 * @param evidence the lines that name it, shortened around the name, the first few
 * @param basicBecause for a basic skill, the words that say so (기초, 입문 강의 수강); else null
 */
public record ProfileSkill(Skill skill, Level level, int count, List<String> evidence,
    String basicBecause) {

  /** How much of a skill a profile shows, and the credit that earns. */
  public enum Level {
    FULL(1.0), BASIC(0.5);

    private final double credit;

    Level(double credit) {
      this.credit = credit;
    }

    public double credit() {
      return credit;
    }

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public String id() {
    return skill.id();
  }
}
