package dev.gonggo.match;

import java.util.List;

/**
 * A person's years of experience and where they were read.
 *
 * @param years the years, fractions allowed; null when the profile says nothing of them
 * @param basis where the figure comes from
 * @param evidence the text it was read from: the line, the stated total, or each dated range
 * @param history what the dated ranges of the career history sum to, or null when there are none
 */
public record ProfileYears(Double years, Basis basis, List<String> evidence, Double history) {

  public static final ProfileYears UNKNOWN = new ProfileYears(null, Basis.NONE, List.of(), null);

  /** Where a figure of years comes from. */
  public enum Basis {
    /** A {@code years: N} line. */
    YEARS_LINE("the years: line"),
    /** The total the résumé states (경력 5년). */
    STATED("the résumé's own total"),
    /** The dated ranges of the career history, overlaps counted once. */
    HISTORY("the career history"),
    /** Nothing to go on. */
    NONE("not stated");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean known() {
    return years != null;
  }
}
