package dev.gonggo.skills;

import java.util.Locale;

/** Where in a posting a skill is asked for, strongest first. */
public enum SkillSection {
  REQUIRED, PREFERRED, DUTIES, OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SkillSection fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }

  /** The stronger of two: a skill required anywhere is required. */
  public SkillSection strongest(SkillSection other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
