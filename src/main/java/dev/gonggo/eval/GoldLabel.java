package dev.gonggo.eval;

import java.util.Set;

/**
 * What a person who read a posting says it asks for.
 *
 * @param file the posting's file name
 * @param required skill ids of its requirements
 * @param preferred skill ids of its preferred qualifications
 * @param minYears the least years of experience asked, or null when it says nothing
 * @param caseId its company-type case, or null where the rubric does not apply
 * @param size the size tier of its company (large, midsize, small), or null where the file does
 *     not say (gold files before the size column: the tier is then the case's)
 * @param caseConfidence how sure the labeller was of the case (high, medium, low), or null
 * @param company the employing company as the labeller names it, or null
 */
public record GoldLabel(String file, Set<String> required, Set<String> preferred,
    Integer minYears, String caseId, String size, String caseConfidence, String company) {

  public GoldLabel(String file, Set<String> required, Set<String> preferred, Integer minYears,
      String caseId) {
    this(file, required, preferred, minYears, caseId, null, null, null);
  }
}
