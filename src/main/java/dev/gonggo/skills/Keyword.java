package dev.gonggo.skills;

import java.util.List;

/**
 * One key term of a posting.
 *
 * @param text the term as the posting writes it, from its first occurrence (데이터플랫폼팀, Data Platform)
 * @param terms its analysed terms: the key under which every spelling of it meets
 * @param score how much it stands for this posting: section-weighted frequency times rarity
 * @param count how many times the posting names it
 * @param skill the id of the taxonomy skill it names or holds, or null for a new candidate
 */
public record Keyword(String text, List<String> terms, double score, int count, String skill) {

  public boolean isSkill() {
    return skill != null;
  }

  /** The analysed terms joined by one space, as the background file keys them. */
  public String key() {
    return String.join(" ", terms);
  }
}
