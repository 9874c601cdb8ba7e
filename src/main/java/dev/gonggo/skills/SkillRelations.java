package dev.gonggo.skills;

import dev.gonggo.text.BuiltInFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which skills of the taxonomy are related closely enough that having one is part of having the
 * other, read from {@code related-skills.tsv} (skill, related, relation): a part and its whole
 * (EMR and AWS, Spark Streaming and Spark), a fork or dialect (OpenSearch and Elasticsearch), or a
 * thing used through another (MySQL through SQL). Related both ways; nothing else is related.
 */
public final class SkillRelations {

  /** The relations the file may name. */
  public static final List<String> KINDS = List.of("part-of", "variant", "uses");

  private static final String RESOURCE = "related-skills.tsv";

  /** One row of the file. */
  public record Relation(String skill, String related, String kind) {}

  private final List<Relation> relations;
  private final Map<String, Set<String>> related = new HashMap<>();

  private SkillRelations(List<Relation> relations) {
    this.relations = List.copyOf(relations);
    for (Relation r : relations) {
      related.computeIfAbsent(r.skill(), k -> new TreeSet<>()).add(r.related());
      related.computeIfAbsent(r.related(), k -> new TreeSet<>()).add(r.skill());
    }
  }

  public static SkillRelations builtIn() {
    return new SkillRelations(
        BuiltInFile.read(SkillRelations.class, RESOURCE, SkillRelations::read));
  }

  private static List<Relation> read(BufferedReader reader) throws IOException {
    List<Relation> out = new ArrayList<>();
    boolean header = true;
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 3 || !KINDS.contains(f[2].strip())) {
        throw new IllegalStateException(RESOURCE + " line " + n
            + ": expected skill, related and one of " + KINDS);
      }
      out.add(new Relation(f[0].strip().toLowerCase(Locale.ROOT),
          f[1].strip().toLowerCase(Locale.ROOT), f[2].strip()));
    }
    return out;
  }

  /** The skills related to this one, in id order; empty when none. */
  public Set<String> of(String skillId) {
    return related.getOrDefault(skillId, Set.of());
  }

  public List<Relation> relations() {
    return relations;
  }
}
