package dev.gonggo.skills;

import java.util.List;

/**
 * A skill a posting names, with all its mentions: the section is the strongest of theirs (a skill
 * required in one line and preferred in another is required).
 */
public record PostingSkill(Skill skill, SkillSection section, List<SkillMatch> evidence) {

  public String id() {
    return skill.id();
  }

  public int count() {
    return evidence.size();
  }
}
