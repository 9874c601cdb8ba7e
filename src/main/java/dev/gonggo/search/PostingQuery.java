package dev.gonggo.search;

import dev.gonggo.skills.Skill;
import java.util.List;
import java.util.Set;

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
 * @param facetKinds the kinds of skill the skill counts beside the hits show; empty for all
 * @param keyTerms key terms, analysed (their terms joined by one space), all of which must be
 *     among a posting's own key terms
 */
public record PostingQuery(List<String> skills, boolean anySkill, boolean required,
    List<String> categories, List<String> cases, Integer minYears, Integer maxYears, String text,
    int limit, Set<Skill.Kind> facetKinds, List<String> keyTerms) {

  public PostingQuery {
    skills = List.copyOf(skills);
    categories = List.copyOf(categories);
    cases = List.copyOf(cases);
    facetKinds = Set.copyOf(facetKinds);
    keyTerms = List.copyOf(keyTerms);
  }

  /** A query with no key terms asked. */
  public PostingQuery(List<String> skills, boolean anySkill, boolean required,
      List<String> categories, List<String> cases, Integer minYears, Integer maxYears, String text,
      int limit, Set<Skill.Kind> facetKinds) {
    this(skills, anySkill, required, categories, cases, minYears, maxYears, text, limit, facetKinds,
        List.of());
  }

  /** A query whose skill counts show every kind of skill. */
  public PostingQuery(List<String> skills, boolean anySkill, boolean required,
      List<String> categories, List<String> cases, Integer minYears, Integer maxYears, String text,
      int limit) {
    this(skills, anySkill, required, categories, cases, minYears, maxYears, text, limit, Set.of());
  }

  /** Whether the skill counts show a skill (one of an unknown id is shown). */
  public boolean facetShows(Skill skill) {
    return facetKinds.isEmpty() || skill == null || facetKinds.contains(skill.kind());
  }

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
