package dev.gonggo.text;

import java.util.Locale;

/** The parts a job posting is made of. */
public enum SectionKind {
  INTRO, DUTIES, REQUIREMENTS, PREFERRED, TECH_STACK, BENEFITS, PROCESS, OTHER;

  /** The id used in data files and JSON: lowercase, hyphenated. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static SectionKind fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
