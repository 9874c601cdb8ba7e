package dev.gonggo.skills;

import java.util.List;
import java.util.Set;

/**
 * One skill of the taxonomy.
 *
 * @param id canonical id, lowercase and hyphenated (spark, c++, delta-lake)
 * @param name display name
 * @param categories category ids, the first the main one
 * @param aliases every way the skill is written; matched as analysed token sequences
 * @param caseSensitive aliases with an uppercase letter must appear in exactly that case
 * @param needsContext a match counts only beside other skills or a tech cue word
 * @param veto words that reject a match within two tokens of it
 * @param practice a way of working (TDD, agile, DevOps) rather than a technology: reported and
 *     searchable, but apart from the skills a posting asks for
 */
public record Skill(String id, String name, List<String> categories, List<String> aliases,
    boolean caseSensitive, boolean needsContext, Set<String> veto, boolean practice) {}
