package dev.gonggo.search;

import dev.gonggo.skills.Skill;
import dev.gonggo.skills.Taxonomy;
import java.util.List;

/**
 * The kind of each skill (design.md: tool, concept, soft, language), as the taxonomy gives it:
 * what {@code --kind} keeps.
 */
public final class SkillKinds {

  /** The kinds of design.md. */
  public static final List<String> KINDS = List.of("tool", "concept", "soft", "language");

  private final Taxonomy taxonomy;

  public SkillKinds(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /**
   * The kind of a skill, or null when the taxonomy does not say: skills.tsv has no kind column
   * yet (it is being added), so for now no skill has a kind and {@code --kind} is refused.
   */
  public String of(Skill skill) {
    return null;
  }

  /** True when the taxonomy gives a kind to at least one skill. */
  public boolean known() {
    return taxonomy.skills().stream().anyMatch(s -> of(s) != null);
  }
}
