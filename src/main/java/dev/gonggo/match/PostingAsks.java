package dev.gonggo.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.search.StoredPosting;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a posting asks, part by part: its requirements, its stack (the skills of its duties and
 * anywhere else) and its preferences, each as a list of asks. Skills of one kind (their main
 * category) named on one line of a part are one ask, met by any of them: "AWS, GCP, Azure 등
 * 클라우드 경험" asks for a cloud, "Java, Scala, Python 중 하나" for one language. Lines are read
 * from the posting's stored text and the mentions its stored analysis kept.
 *
 * @param required the asks of its requirements
 * @param stack the asks of its duties and the rest of it
 * @param preferred the asks of its preferences
 */
public record PostingAsks(List<List<String>> required, List<List<String>> stack,
    List<List<String>> preferred) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static PostingAsks of(StoredPosting posting, Taxonomy taxonomy) {
    Map<String, Integer> lineOf = lines(posting);
    return new PostingAsks(
        group(ids(posting, SkillSection.REQUIRED), lineOf, taxonomy),
        group(concat(ids(posting, SkillSection.DUTIES), ids(posting, SkillSection.OTHER)), lineOf, taxonomy),
        group(ids(posting, SkillSection.PREFERRED), lineOf, taxonomy));
  }

  private static List<String> ids(StoredPosting posting, SkillSection section) {
    return posting.skills().getOrDefault(section.id(), List.of());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Skills with the same line and main category together, in the order of their first skill. */
  private static List<List<String>> group(List<String> ids, Map<String, Integer> lineOf, Taxonomy taxonomy) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String id : ids) {
      Integer line = lineOf.get(id);
      Skill skill = taxonomy.get(id);
      String key = line == null || skill == null ? "skill " + id
          : line + " " + skill.categories().get(0);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
    }
    return groups.values().stream().map(List::copyOf).toList();
  }

  /**
   * The line (its start offset) of each skill's first mention in its own section, from the
   * stored analysis; a posting stored without it has no lines, and each skill is its own ask.
   */
  private static Map<String, Integer> lines(StoredPosting posting) {
    Map<String, Integer> out = new HashMap<>();
    if (posting.postingJson() == null || posting.text() == null) {
      return out;
    }
    JsonNode node;
    try {
      node = JSON.readTree(posting.postingJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = posting.text();
    for (JsonNode skill : node.path("skills")) {
      String section = skill.path("section").asText();
      for (JsonNode mention : skill.path("evidence")) {
        int start = mention.path("start").asInt(-1);
        if (mention.path("section").asText().equals(section) && start >= 0 && start <= text.length()) {
          out.put(skill.path("id").asText(), start == 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1);
          break;
        }
      }
    }
    return out;
  }
}
