package dev.gonggo.skills;

/**
 * One place a skill is named in a posting.
 *
 * @param skill the skill's id
 * @param start offset of the first character in the posting's normalised text
 * @param end offset just past the last character
 * @param section where the mention stands
 */
public record SkillMatch(String skill, int start, int end, SkillSection section) {}
