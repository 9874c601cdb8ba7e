package dev.gonggo.search;

import java.util.List;

/**
 * One posting found.
 *
 * @param score BM25 score of the free text (1 when only filters were asked)
 * @param id the posting's short id
 * @param file the path it was indexed from
 * @param title its title, or null
 * @param company the hiring company, or null
 * @param caseId its case id ("unknown" when not judged)
 * @param confidence the case's confidence, or null
 * @param minYears the years it asks for, or null
 * @param skills the skills asked for that it names (all its skills when none were asked), each
 *     with its section
 * @param snippet the best passage of its text, matches marked «like this»
 */
public record Hit(float score, String id, String file, String title, String company,
    String caseId, Double confidence, Integer minYears, List<HitSkill> skills, String snippet) {

  /** A skill of a hit and the section it is named in: required, preferred, duties or other. */
  public record HitSkill(String id, String section) {}
}
