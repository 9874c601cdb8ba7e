package dev.gonggo.company;

/**
 * The rule that gives a company of the register its size tier from public facts, first match
 * wins. It follows the labelling rubric (docs/labelling.md):
 * <ol>
 *   <li>an affiliate of a large business group the Fair Trade Commission designates
 *       (공시대상기업집단) is {@code large} ({@link Reason#GROUP});
 *   <li>a company with {@value #LARGE_HEADCOUNT} or more National Pension Service members is
 *       {@code large} ({@link Reason#HEADCOUNT});
 *   <li>a company listed on KOSPI or KOSDAQ is {@code midsize} ({@link Reason#LISTED}): a listed
 *       company has passed a size test, and the bigger KOSPI ones are caught by the rules above;
 *   <li>{@value #MIDSIZE_HEADCOUNT} to {@value #LARGE_HEADCOUNT} members is {@code midsize}
 *       ({@link Reason#HEADCOUNT});
 *   <li>fewer members, or a KONEX listing (the market for small and venture firms), is
 *       {@code small} ({@link Reason#HEADCOUNT}, {@link Reason#KONEX}).
 * </ol>
 * A head count is that of the workplaces the register has, so it is a floor: a branch of a big
 * company seen alone looks small, which is why a group or a listing outranks it.
 */
public final class TierRule {

  /** From this many staff a company is large, in the rubric and here. */
  public static final int LARGE_HEADCOUNT = 1000;
  /** From this many staff a company is mid-size. */
  public static final int MIDSIZE_HEADCOUNT = 300;

  /** Which step of the rule gave the tier. */
  public enum Reason {
    GROUP, HEADCOUNT, LISTED, KONEX, NONE,
    /** The tier of the parent company the alias file names (a subsidiary of a large company). */
    PARENT,
    /** The tier the alias file gives a company the registers lack or cannot size. */
    NOTED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A tier and the step that gave it; tier null when the facts say nothing. */
  public record Tier(SizeTier tier, Reason reason) {}

  private TierRule() {}

  /**
   * @param group the FTC business group, or null
   * @param market KOSPI, KOSDAQ, KONEX, or null when not listed
   * @param headcount NPS members, or null when unknown
   */
  public static Tier of(String group, String market, Integer headcount) {
    if (group != null && !group.isBlank()) {
      return new Tier(SizeTier.LARGE, Reason.GROUP);
    }
    if (headcount != null && headcount >= LARGE_HEADCOUNT) {
      return new Tier(SizeTier.LARGE, Reason.HEADCOUNT);
    }
    if ("KOSPI".equals(market) || "KOSDAQ".equals(market)) {
      return new Tier(SizeTier.MIDSIZE, Reason.LISTED);
    }
    if (headcount != null) {
      return new Tier(ofHeadcount(headcount), Reason.HEADCOUNT);
    }
    if ("KONEX".equals(market)) {
      return new Tier(SizeTier.SMALL, Reason.KONEX);
    }
    return new Tier(null, Reason.NONE);
  }

  /** The tier of a head count alone, as the rubric sets it. */
  public static SizeTier ofHeadcount(int headcount) {
    if (headcount >= LARGE_HEADCOUNT) {
      return SizeTier.LARGE;
    }
    return headcount >= MIDSIZE_HEADCOUNT ? SizeTier.MIDSIZE : SizeTier.SMALL;
  }
}
