package dev.gonggo.search;

import java.util.List;

/**
 * The hits of a search, best first, and a summary of every matching posting (not only the hits
 * shown): the skills they name beside the ones asked for, and their cases.
 *
 * @param total postings that match
 * @param hits the best {@code limit} of them
 * @param coSkills skills most often named by the matching postings, the asked ones left out
 * @param cases the matching postings by case
 * @param text how the free text was read (the skills it names, the words left over), or null
 */
public record SearchResult(long total, List<Hit> hits, List<Count> coSkills, List<Count> cases,
    FreeText text) {

  /** A facet value and how many matching postings have it. */
  public record Count(String value, int postings) {}
}
