package dev.gonggo.search;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.skills.SkillSection;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * Everything the index holds about one posting.
 *
 * @param skills skill ids by section id (required, preferred, duties, other), in section order
 * @param postingJson the analysis as {@code classify --format json} prints it, kept at index time
 */
public record StoredPosting(String id, String path, String hash, String title, String company,
    String caseId, Double confidence, Integer minYears, Integer maxYears,
    Map<String, List<String>> skills, List<String> categories, List<String> keywords,
    Instant indexedAt, String text, String postingJson) {

  static StoredPosting of(Document d) {
    Map<String, List<String>> skills = new LinkedHashMap<>();
    for (SkillSection section : SkillSection.values()) {
      skills.put(section.id(), Arrays.asList(d.getValues(IndexSchema.skillField(section))));
    }
    return new StoredPosting(d.get(IndexSchema.ID), d.get(IndexSchema.PATH),
        d.get(IndexSchema.HASH), d.get(IndexSchema.TITLE), d.get(IndexSchema.COMPANY),
        d.get(IndexSchema.CASE), number(d, IndexSchema.CASE_CONFIDENCE) == null ? null
            : number(d, IndexSchema.CASE_CONFIDENCE).doubleValue(),
        integer(d, IndexSchema.MIN_YEARS), integer(d, IndexSchema.MAX_YEARS), skills,
        Arrays.asList(d.getValues(IndexSchema.CATEGORY)),
        Arrays.asList(d.getValues(IndexSchema.KEYWORDS)),
        Instant.ofEpochMilli(number(d, IndexSchema.INDEXED_AT).longValue()),
        d.get(IndexSchema.TEXT), d.get(IndexSchema.POSTING));
  }

  private static Number number(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? null : f.numericValue();
  }

  private static Integer integer(Document d, String field) {
    Number n = number(d, field);
    return n == null ? null : n.intValue();
  }
}
