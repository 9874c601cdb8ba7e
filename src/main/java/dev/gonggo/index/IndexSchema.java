package dev.gonggo.index;

import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import java.util.Map;

/**
 * The fields of a posting document, and the schema version written into every commit so that an
 * index made by an incompatible gonggo is recognised and re-built rather than misread.
 *
 * <p>Fields: {@code id} (first 12 hex digits of the hash), {@code path} (absolute), {@code hash}
 * (SHA-256 of the file's bytes), {@code title} (every posting has one), {@code company} (a keyword,
 * when named), {@code text} (stored, and indexed from the pipeline's own tokens with positions and
 * offsets), {@code skill} (any mention) and {@code skill_required|preferred|duties|other},
 * {@code practice} and {@code practice_required|…} (ways of working such as MLOps or TDD, apart
 * from the skills as the analysis keeps them), {@code mentions} (a feature per skill or practice
 * id: how many times the posting names it), {@code category}, {@code case} ("unknown" when no
 * classifier ran), {@code case_confidence}, {@code min_years}, {@code max_years}, {@code keywords},
 * {@code indexed_at} (epoch milliseconds), {@code posting} (the posting's JSON, as classify prints
 * it); doc values {@code skill} (sorted set), {@code case} (sorted) and {@code path} (sorted, the
 * tie-break of the ranking); {@code company_dv} (sorted) and {@code indexed_at_dv} (numeric), the
 * company and index time again, which the report counts over every posting without reading
 * stored documents. They are fields of their own because Lucene refuses doc values on a field an
 * index already holds without them; an index written before them is read from the stored fields
 * instead, so they need no new schema version. Search counts skills and cases among its
 * matches; each has a field of its own so that it counts nothing else (version 1 kept every
 * dimension, categories too, in one).
 */
public final class IndexSchema {

  /**
   * Raise when a field changes meaning; older indexes then ask for --rebuild. Version 3: the
   * practices, the mentions of each skill and the company are indexed, and every posting has a
   * title. Version 4: the analyser reads whole the words of tech postings Nori used to cut into
   * pieces or drop (실시간, 로그, 로깅, 이슈, 저장소: the user dictionary), so a search for them
   * finds nothing in a text indexed before, and key terms may be phrases of up to five tokens.
   * Version 5: a prefix Nori cut off is joined back onto its noun (비정형, 무중단), which an index of
   * version 4 holds as the bare noun (정형, its opposite). A Solr collection has no such check:
   * re-index it after an upgrade.
   */
  public static final int VERSION = 5;
  public static final String VERSION_KEY = "gonggo.schema";

  public static final String ID = "id";
  public static final String PATH = "path";
  public static final String HASH = "hash";
  public static final String TITLE = "title";
  public static final String COMPANY = "company";
  public static final String TEXT = "text";
  public static final String SKILL = "skill";
  public static final String PRACTICE = "practice";
  /** How many times a posting names each of its skills and practices (a feature per id). */
  public static final String MENTIONS = "mentions";
  public static final String CATEGORY = "category";
  /** The skills of one kind, one field per kind: kind_tool, kind_concept, kind_soft, kind_language. */
  public static final String KIND = "kind";
  public static final String CASE = "case";
  public static final String CASE_CONFIDENCE = "case_confidence";
  public static final String MIN_YEARS = "min_years";
  public static final String MAX_YEARS = "max_years";
  public static final String KEYWORDS = "keywords";
  /** Each stored key term's analysed form (its terms joined by a space), for filters and gaps. */
  public static final String KEYTERM = "keyterm";
  public static final String INDEXED_AT = "indexed_at";
  public static final String COMPANY_DV = "company_dv";
  public static final String INDEXED_AT_DV = "indexed_at_dv";
  public static final String POSTING = "posting";

  /** The case stored when no classifier gave a verdict. */
  public static final String UNKNOWN_CASE = "unknown";

  public static final int ID_LENGTH = 12;

  private IndexSchema() {}

  /** The path as stored: absolute and normalised, so runs from other folders find it again. */
  public static String pathKey(java.nio.file.Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /** The keyword field of the skills named in one section: skill_required, skill_preferred, … */
  public static String skillField(SkillSection section) {
    return SKILL + "_" + section.id();
  }

  /** The keyword field of the skills of one kind: kind_tool, kind_concept, … */
  public static String kindField(Skill.Kind kind) {
    return KIND + "_" + kind.id();
  }

  /** The keyword field of the practices named in one section: practice_required, … */
  public static String practiceField(SkillSection section) {
    return PRACTICE + "_" + section.id();
  }

  public static Map<String, String> commitData() {
    return Map.of(VERSION_KEY, Integer.toString(VERSION));
  }

  /** True when commit user data was written by this schema version. */
  public static boolean compatible(Map<String, String> commitData) {
    return Integer.toString(VERSION).equals(commitData.get(VERSION_KEY));
  }
}
