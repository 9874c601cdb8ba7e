package dev.gonggo.company;

import java.util.Locale;

/**
 * How big the company behind a posting is, in the three tiers of the design brief and the
 * labelling rubric: {@code large} (a large business group's affiliate, or over about 1,000 staff),
 * {@code midsize} (about 300 to 1,000 staff, a KOSDAQ or smaller KOSPI company, a late-stage
 * scale-up), {@code small} (under about 300 staff: seed to series B startups, agencies, studios).
 */
public enum SizeTier {
  LARGE, MIDSIZE, SMALL;

  /** The id used in data files and JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SizeTier fromId(String id) {
    return valueOf(id.strip().toUpperCase(Locale.ROOT));
  }

  /** The tier of a case id of design.md: large-* large, midsize-* midsize, startup small. */
  public static SizeTier ofCase(String caseId) {
    if (caseId.startsWith("large-")) {
      return LARGE;
    }
    if (caseId.startsWith("midsize-")) {
      return MIDSIZE;
    }
    if (caseId.equals("startup")) {
      return SMALL;
    }
    throw new IllegalArgumentException("no size tier for case '" + caseId + "'");
  }
}
