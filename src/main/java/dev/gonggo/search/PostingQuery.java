package dev.gonggo.search;

import java.util.List;

/**
 * What a user asks of the index. Every part given must match; an empty part does not filter.
 *
 * @param skills skill ids; all must be named (or any one, with {@code anySkill})
 * @param anySkill a posting naming any one of the skills matches
 * @param required the skills must be among the posting's requirements
 * @param categories category ids the posting must touch, all of them
 * @param cases case ids, any one of them ("unknown" for postings no classifier judged)
 * @param minYears keep postings asking at least this many years; null for no bound
 * @param maxYears keep postings asking at most this many years; null for no bound
 * @param text free text in Korean or English, ranked by BM25; null or blank for none
 * @param limit how many hits to return
 */
public record PostingQuery(List<String> skills, boolean anySkill, boolean required,
    List<String> categories, List<String> cases, Integer minYears, Integer maxYears, String text,
    int limit) {

  public PostingQuery {
    skills = List.copyOf(skills);
    categories = List.copyOf(categories);
    cases = List.copyOf(cases);
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
