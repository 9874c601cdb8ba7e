package dev.gonggo.search;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.index.IndexSnapshot;
import dev.gonggo.index.PostingIndex;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * What the market asks for, over every posting in the index: skill demand (postings, share,
 * required vs preferred), categories, cases, the years asked, and the skills most often asked
 * together.
 */
public record MarketStats(int postings, List<SkillDemand> skills, List<CategoryDemand> categories,
    List<CaseShare> cases, List<YearsBucket> years, List<SkillPair> pairs) {

  /** A skill: postings naming it, their share, and in how many it is required or preferred. */
  public record SkillDemand(String id, String name, int postings, double share, int required,
      int preferred) {}

  /** A category: postings naming one of its skills, and in how many one of those is required. */
  public record CategoryDemand(String id, int postings, double share, int required) {}

  public record CaseShare(String id, int postings, double share) {}

  /** Postings whose least years asked fall in a range; "not stated" where they say nothing. */
  public record YearsBucket(String label, int postings) {}

  public record SkillPair(String first, String second, int postings) {}

  /** Ranges of the least years asked: 0 is 신입 or 경력무관. */
  private static final int[][] YEAR_RANGES = {{0, 0}, {1, 2}, {3, 4}, {5, 6}, {7, 9}, {10, 99}};

  public static MarketStats of(Path indexDir, Taxonomy taxonomy, int top) throws IOException {
    try (IndexSnapshot snapshot = PostingIndex.openReader(indexDir)) {
      return of(snapshot.reader(), taxonomy, top);
    }
  }

  static MarketStats of(IndexReader reader, Taxonomy taxonomy, int top) throws IOException {
    Map<String, int[]> skills = new HashMap<>(); // id → postings, required, preferred
    Map<String, int[]> categories = new HashMap<>(); // id → postings, required
    Map<String, Integer> cases = new HashMap<>();
    Map<String, Integer> pairs = new HashMap<>();
    int[] years = new int[YEAR_RANGES.length + 1];
    int postings = 0;
    Set<String> fields = new java.util.HashSet<>(Set.of(IndexSchema.CATEGORY, IndexSchema.CASE,
        IndexSchema.MIN_YEARS));
    for (SkillSection s : SkillSection.values()) {
      fields.add(IndexSchema.skillField(s));
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        postings++;
        Document d = stored.document(doc, fields);
        TreeSet<String> named = new TreeSet<>();
        Set<String> requiredCategories = new java.util.HashSet<>();
        for (SkillSection section : SkillSection.values()) {
          for (String id : d.getValues(IndexSchema.skillField(section))) {
            named.add(id);
            int[] c = skills.computeIfAbsent(id, k -> new int[3]);
            c[0]++;
            if (section == SkillSection.REQUIRED) {
              c[1]++;
              Skill skill = taxonomy.get(id);
              if (skill != null) {
                requiredCategories.addAll(skill.categories());
              }
            } else if (section == SkillSection.PREFERRED) {
              c[2]++;
            }
          }
        }
        for (String category : d.getValues(IndexSchema.CATEGORY)) {
          int[] c = categories.computeIfAbsent(category, k -> new int[2]);
          c[0]++;
          if (requiredCategories.contains(category)) {
            c[1]++;
          }
        }
        cases.merge(d.get(IndexSchema.CASE), 1, Integer::sum);
        IndexableField min = d.getField(IndexSchema.MIN_YEARS);
        years[bucket(min == null ? null : min.numericValue().intValue())]++;
        List<String> list = new ArrayList<>(named);
        for (int i = 0; i < list.size(); i++) {
          for (int j = i + 1; j < list.size(); j++) {
            pairs.merge(list.get(i) + "\t" + list.get(j), 1, Integer::sum);
          }
        }
      }
    }
    final int n = postings;
    List<SkillDemand> skillRows = skills.entrySet().stream()
        .map(e -> {
          Skill skill = taxonomy.get(e.getKey());
          int[] c = e.getValue();
          return new SkillDemand(e.getKey(), skill == null ? e.getKey() : skill.name(), c[0],
              share(c[0], n), c[1], c[2]);
        })
        .sorted(Comparator.comparingInt(SkillDemand::postings).reversed()
            .thenComparing(Comparator.comparingInt(SkillDemand::required).reversed())
            .thenComparing(SkillDemand::id))
        .limit(top).toList();
    List<CategoryDemand> categoryRows = categories.entrySet().stream()
        .map(e -> new CategoryDemand(e.getKey(), e.getValue()[0], share(e.getValue()[0], n), e.getValue()[1]))
        .sorted(Comparator.comparingInt(CategoryDemand::postings).reversed().thenComparing(CategoryDemand::id))
        .toList();
    List<CaseShare> caseRows = cases.entrySet().stream()
        .map(e -> new CaseShare(e.getKey(), e.getValue(), share(e.getValue(), n)))
        .sorted(Comparator.comparingInt(CaseShare::postings).reversed().thenComparing(CaseShare::id))
        .toList();
    List<YearsBucket> yearRows = new ArrayList<>();
    for (int i = 0; i < YEAR_RANGES.length; i++) {
      int[] range = YEAR_RANGES[i];
      String label = range[0] == range[1] ? Integer.toString(range[0])
          : range[1] >= 99 ? range[0] + "+" : range[0] + "-" + range[1];
      yearRows.add(new YearsBucket(label, years[i]));
    }
    yearRows.add(new YearsBucket("not stated", years[YEAR_RANGES.length]));
    List<SkillPair> pairRows = pairs.entrySet().stream()
        .map(e -> {
          String[] ids = e.getKey().split("\t");
          return new SkillPair(ids[0], ids[1], e.getValue());
        })
        .sorted(Comparator.comparingInt(SkillPair::postings).reversed()
            .thenComparing(SkillPair::first).thenComparing(SkillPair::second))
        .limit(top).toList();
    return new MarketStats(postings, skillRows, categoryRows, caseRows, yearRows, pairRows);
  }

  private static int bucket(Integer minYears) {
    if (minYears == null) {
      return YEAR_RANGES.length;
    }
    for (int i = 0; i < YEAR_RANGES.length; i++) {
      if (minYears >= YEAR_RANGES[i][0] && minYears <= YEAR_RANGES[i][1]) {
        return i;
      }
    }
    return YEAR_RANGES.length - 1;
  }

  private static double share(int count, int total) {
    return total == 0 ? 0 : Math.round(count * 1000.0 / total) / 1000.0;
  }
}
