package dev.gonggo.match;

import dev.gonggo.search.StoredPosting;
import java.util.List;

/**
 * How well one posting fits a person, and why.
 *
 * @param posting the posting as the index holds it
 * @param required its requirements and how the person meets them
 * @param preferred its preferences
 * @param stack the skills it names elsewhere: the duties and the tech stack
 * @param unscored the soft skills, concepts and spoken languages it names: shown, not scored,
 *     since a résumé shows them in what it did or seldom lists them
 * @param skills the credit earned over what it asks, requirements weighing most, 0 to 1
 * @param used the share of the person's skills (by how often the profile names them) that the
 *     posting names
 * @param usedSkills the person's skills it names, a skill it names only a relative of marked ≈
 * @param strengths 0.5 to 1: how its use of the person's skills compares with the best use among
 *     the postings weighed; a posting that asks two of them tells less than one that asks ten
 * @param years how the person's years meet the posting's
 * @param score skills × strengths × years fit, 0 to 1
 */
public record PostingFit(StoredPosting posting, SectionFit required, SectionFit preferred,
    SectionFit stack, List<String> unscored, double skills, double used, List<String> usedSkills,
    double strengths, YearsFit years, double score) {

  /**
   * What the posting cannot do without: its requirements, or where it lists none, the skills of
   * its duties and stack.
   */
  public SectionFit core() {
    return required.isEmpty() ? stack : required;
  }

  public String fileName() {
    String path = posting.path();
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
