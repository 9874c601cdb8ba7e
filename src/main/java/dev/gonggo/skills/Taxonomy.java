package dev.gonggo.skills;

import dev.gonggo.text.BuiltInFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The skills gonggo knows, read from {@code skills.tsv} (tab-separated: id, name, categories,
 * aliases, guard, veto, kind; {@code #} comments; guard flags as in {@link Skill.Guard}, kinds as
 * in {@link Skill.Kind}, tool when empty), optionally with a user's file merged over it: a skill
 * with a known id replaces the built-in one, a new id is added.
 */
public final class Taxonomy {

  /** The fixed category ids of the design. */
  public static final List<String> CATEGORIES = List.of(
      "hadoop-ecosystem", "search-engine", "container-orchestration", "programming-language",
      "batch-processing", "stream-processing", "cloud", "workflow-orchestration", "database",
      "warehouse-lake", "ml-platform", "monitoring-operations", "backend", "distributed-systems",
      "cs-fundamentals", "collaboration");

  private static final String RESOURCE = "skills.tsv";
  private static final CSVFormat TSV = CSVFormat.TDF.builder()
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
      .setQuote(null).setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();

  private final Map<String, Skill> skills;

  private Taxonomy(Map<String, Skill> skills) {
    this.skills = skills;
  }

  public static Taxonomy builtIn() {
    return new Taxonomy(
        BuiltInFile.read(Taxonomy.class, RESOURCE, reader -> read(reader, RESOURCE)));
  }

  /** The built-in taxonomy with a user's file merged over it. */
  public static Taxonomy withOverrides(Path file) throws IOException {
    Taxonomy base = builtIn();
    Map<String, Skill> merged = new LinkedHashMap<>(base.skills);
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      merged.putAll(read(reader, file.toString()));
    }
    return new Taxonomy(merged);
  }

  private static Map<String, Skill> read(Reader reader, String source) throws IOException {
    Map<String, Skill> out = new LinkedHashMap<>();
    for (CSVRecord r : TSV.parse(reader)) {
      if (r.size() < 4) {
        throw new IllegalArgumentException(source + " line " + r.getRecordNumber()
            + ": a skill needs at least id, name, categories and aliases");
      }
      String id = r.get(0).toLowerCase(Locale.ROOT);
      List<String> categories = split(r.get(2), ",");
      for (String c : categories) {
        if (!CATEGORIES.contains(c)) {
          throw new IllegalArgumentException(source + ": skill " + id + " has an unknown category " + c);
        }
      }
      Set<Skill.Guard> guards = EnumSet.noneOf(Skill.Guard.class);
      for (String g : split(r.size() > 4 ? r.get(4) : "", ",")) {
        try {
          guards.add(Skill.Guard.valueOf(g.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + ": skill " + id + " has an unknown guard " + g
              + " (known: case, context, ability, practice, line-veto)");
        }
      }
      List<String> aliases = split(r.get(3), "\\|");
      String kindId = r.size() > 6 ? r.get(6) : "";
      Skill.Kind kind;
      try {
        kind = kindId.isBlank() ? Skill.Kind.TOOL : Skill.Kind.fromId(kindId);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ": skill " + id + " has an unknown kind " + kindId
            + " (known: tool, concept, soft, language)");
      }
      out.put(id, new Skill(id, r.get(1), categories, aliases.isEmpty() ? List.of(id) : aliases,
          Set.copyOf(guards), split(r.size() > 5 ? r.get(5) : "", "\\|").stream()
              .map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()), kind));
    }
    return out;
  }

  private static List<String> split(String s, String separator) {
    if (s == null || s.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : s.split(separator)) {
      if (!part.isBlank()) {
        out.add(part.strip());
      }
    }
    return out;
  }

  public Collection<Skill> skills() {
    return skills.values();
  }

  public Skill get(String id) {
    return skills.get(id);
  }

  public int size() {
    return skills.size();
  }

  /** The skills of this taxonomy that pass a test, as a taxonomy of their own. */
  public Taxonomy only(Predicate<Skill> keep) {
    Map<String, Skill> kept = new LinkedHashMap<>();
    skills.forEach((id, skill) -> {
      if (keep.test(skill)) {
        kept.put(id, skill);
      }
    });
    return new Taxonomy(kept);
  }
}
