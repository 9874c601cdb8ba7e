package dev.gonggo.skills;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One skill of the taxonomy.
 *
 * @param id canonical id, lowercase and hyphenated (spark, c++, delta-lake)
 * @param name display name
 * @param categories category ids, the first the main one
 * @param aliases every way the skill is written; matched as analysed token sequences
 * @param guards what a match must also satisfy, or how it is reported
 * @param veto words that reject a match within two tokens of it
 * @param kind what sort of skill it is: a tool, a concept, a soft skill or a spoken language
 */
public record Skill(String id, String name, List<String> categories, List<String> aliases,
    Set<Guard> guards, Set<String> veto, Kind kind) {

  public Skill(String id, String name, List<String> categories, List<String> aliases,
      Set<Guard> guards, Set<String> veto) {
    this(id, name, categories, aliases, guards, veto, Kind.TOOL);
  }

  /**
   * What sort of skill it is, as Lightcast tells software and specialised skills from common ones
   * and ESCO knowledge from transversal skills: whether a posting asks for it is scored apart.
   */
  public enum Kind {
    /** A concrete product, programming language, framework or service: Spark, Java, BigQuery. */
    TOOL,
    /** A kind of system or knowledge, or a way of working: ETL, data warehouse, CI/CD, ML, TDD. */
    CONCEPT,
    /** An ability asked of a person: communication, problem solving. */
    SOFT,
    /** A spoken language: English, Japanese. */
    LANGUAGE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of an id (tool, concept, soft, language), case ignored. */
    public static Kind fromId(String id) {
      return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** The flags of the taxonomy's guard column. */
  public enum Guard {
    /** An alias with an uppercase letter must appear in exactly that case (Go, R, YARN). */
    CASE,
    /** A one-word Latin alias counts only beside other skills or a tech word (go, spring). */
    CONTEXT,
    /** A soft skill counts only when asked as an ability (커뮤니케이션 능력, 원활한 소통). */
    ABILITY,
    /** A way of working (TDD, agile, DevOps): reported and searchable, apart from the skills. */
    PRACTICE,
    /**
     * The veto words reject a match anywhere on its line: a line listing majors (통계학, 컴퓨터공학
     * … 전공) is about a degree, however far the degree word stands.
     */
    LINE_VETO;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public boolean caseSensitive() {
    return guards.contains(Guard.CASE);
  }

  public boolean needsContext() {
    return guards.contains(Guard.CONTEXT);
  }

  public boolean needsAbility() {
    return guards.contains(Guard.ABILITY);
  }

  public boolean practice() {
    return guards.contains(Guard.PRACTICE);
  }

  public boolean vetoesWholeLine() {
    return guards.contains(Guard.LINE_VETO);
  }
}
