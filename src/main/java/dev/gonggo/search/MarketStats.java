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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

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

  /**
   * What an index counted, before it is ranked and cut to the top: gonggo's index and a Solr
   * collection count the same things in their own ways.
   *
   * @param skills skill id → postings naming it (summed over the sections), required, preferred
   * @param categories category id → postings, postings requiring one of its skills
   * @param cases case id → postings
   * @param minYears least years asked → postings, for the postings that state them
   * @param pairs "first\tsecond" (ids in order) → postings naming both
   */
  public record Counts(int postings, Map<String, int[]> skills, Map<String, int[]> categories,
      Map<String, Integer> cases, Map<Integer, Integer> minYears, Map<String, Integer> pairs) {}

  /** Ranges of the least years asked: 0 is 신입 or 경력무관. */
  private static final int[][] YEAR_RANGES = {{0, 0}, {1, 2}, {3, 4}, {5, 6}, {7, 9}, {10, 99}};

  public static MarketStats of(Path indexDir, Taxonomy taxonomy, int top) throws IOException {
    return of(indexDir, taxonomy, top, Set.of());
  }

  /**
   * @param kinds the kinds of skill the skill and pair tables list (tools only, say); empty for all
   */
  public static MarketStats of(Path indexDir, Taxonomy taxonomy, int top, Set<Skill.Kind> kinds)
      throws IOException {
    try (IndexSnapshot snapshot = PostingIndex.openReader(indexDir)) {
      return of(snapshot.reader(), taxonomy, top, kinds);
    }
  }

  static MarketStats of(IndexReader reader, Taxonomy taxonomy, int top) throws IOException {
    return of(reader, taxonomy, top, Set.of());
  }

  /** Whether a skill is of one of the kinds asked for (a skill the taxonomy lacks is a tool). */
  private static boolean ofKind(Taxonomy taxonomy, String id, Set<Skill.Kind> kinds) {
    if (kinds.isEmpty()) {
      return true;
    }
    Skill skill = taxonomy.get(id);
    return kinds.contains(skill == null ? Skill.Kind.TOOL : skill.kind());
  }

  static MarketStats of(IndexReader reader, Taxonomy taxonomy, int top, Set<Skill.Kind> kinds)
      throws IOException {
    Map<String, int[]> skills = new HashMap<>(); // id → postings, required, preferred
    Map<String, int[]> categories = new HashMap<>(); // id → postings, required
    Map<String, Integer> cases = new HashMap<>();
    Map<String, Integer> pairs = new HashMap<>();
    Map<Integer, Integer> minYears = new HashMap<>();
    int postings = 0;
    // Read from the terms and points of the index, never from stored fields: a stored document
    // sits compressed with its whole text and JSON, and reading every one took most of a minute
    // at 100,000 postings. Skills are numbered in id order so that pairs count in an array.
    String[] idByNumber = FieldTerms.distinct(reader, Arrays.stream(SkillSection.values())
        .map(IndexSchema::skillField).toArray(String[]::new));
    Map<String, Integer> number = new HashMap<>();
    for (int k = 0; k < idByNumber.length; k++) {
      number.put(idByNumber[k], k);
    }
    SkillPairs pairCounts = new SkillPairs(idByNumber.length);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      int leafPostings = 0;
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          leafPostings++;
        }
      }
      postings += leafPostings;
      int[][] named = new int[r.maxDoc()][];
      int[] namedCount = new int[r.maxDoc()];
      Map<String, FixedBitSet> requiredCategory = new HashMap<>();
      for (SkillSection section : SkillSection.values()) {
        FieldTerms.forEach(r, IndexSchema.skillField(section), (id, docs) -> {
          int[] c = skills.computeIfAbsent(id, k -> new int[3]);
          Skill skill = taxonomy.get(id);
          int k = number.get(id);
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            if (named[doc] == null || namedCount[doc] == named[doc].length) {
              named[doc] = named[doc] == null ? new int[8] : Arrays.copyOf(named[doc], namedCount[doc] * 2);
            }
            named[doc][namedCount[doc]++] = k;
            c[0]++;
            if (section == SkillSection.REQUIRED) {
              c[1]++;
              if (skill != null) {
                for (String category : skill.categories()) {
                  requiredCategory.computeIfAbsent(category, x -> new FixedBitSet(r.maxDoc())).set(doc);
                }
              }
            } else if (section == SkillSection.PREFERRED) {
              c[2]++;
            }
          }
        });
      }
      FieldTerms.forEach(r, IndexSchema.CATEGORY, (category, docs) -> {
        int[] c = categories.computeIfAbsent(category, k -> new int[2]);
        FixedBitSet required = requiredCategory.get(category);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            c[0]++;
            if (required != null && required.get(doc)) {
              c[1]++;
            }
          }
        }
      });
      FieldTerms.forEach(r, IndexSchema.CASE, (id, docs) -> {
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            cases.merge(id, 1, Integer::sum);
          }
        }
      });
      PointValues points = r.getPointValues(IndexSchema.MIN_YEARS);
      if (points != null) {
        points.intersect(new PointValues.IntersectVisitor() {
          @Override
          public void visit(int doc) {
            throw new IllegalStateException("every cell is crossed");
          }

          @Override
          public void visit(int doc, byte[] value) {
            if (live == null || live.get(doc)) {
              minYears.merge(IntPoint.decodeDimension(value, 0), 1, Integer::sum);
            }
          }

          @Override
          public PointValues.Relation compare(byte[] min, byte[] max) {
            return PointValues.Relation.CELL_CROSSES_QUERY;
          }
        });
      }
      for (int doc = 0; doc < named.length; doc++) {
        if (named[doc] != null) {
          pairCounts.addAll(Arrays.stream(named[doc], 0, namedCount[doc]).sorted().distinct().toArray());
        }
      }
    }
    pairCounts.forEach((a, b, count) -> pairs.put(idByNumber[a] + "\t" + idByNumber[b], count));
    return of(new Counts(postings, skills, categories, cases, minYears, pairs), taxonomy, top, kinds);
  }

  /**
   * The stats of what an index counted: skills, categories, cases and pairs ranked, years
   * bucketed, the skill and pair tables cut to the kinds asked (empty for all).
   */
  public static MarketStats of(Counts counts, Taxonomy taxonomy, int top, Set<Skill.Kind> kinds) {
    int[] years = new int[YEAR_RANGES.length + 1];
    int stated = 0;
    for (Map.Entry<Integer, Integer> e : counts.minYears().entrySet()) {
      years[bucket(e.getKey())] += e.getValue();
      stated += e.getValue();
    }
    years[YEAR_RANGES.length] = counts.postings() - stated;
    Map<String, int[]> skills = counts.skills();
    Map<String, int[]> categories = counts.categories();
    Map<String, Integer> cases = counts.cases();
    Map<String, Integer> pairs = counts.pairs();
    final int n = counts.postings();
    List<SkillDemand> skillRows = skills.entrySet().stream()
        .filter(e -> ofKind(taxonomy, e.getKey(), kinds))
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
        .filter(p -> ofKind(taxonomy, p.first(), kinds) && ofKind(taxonomy, p.second(), kinds))
        .sorted(Comparator.comparingInt(SkillPair::postings).reversed()
            .thenComparing(SkillPair::first).thenComparing(SkillPair::second))
        .limit(top).toList();
    return new MarketStats(n, skillRows, categoryRows, caseRows, yearRows, pairRows);
  }

  /** Postings naming both of two skills, by skill number: an array when the skills are few. */
  private static final class SkillPairs {
    private static final int MAX_FOR_ARRAY = 2048;
    private final int n;
    private final int[] counts;
    private final Map<Long, Integer> many;

    SkillPairs(int n) {
      this.n = n;
      this.counts = n <= MAX_FOR_ARRAY ? new int[n * n] : null;
      this.many = counts == null ? new HashMap<>() : null;
    }

    /** Counts every pair of a posting's skills, given sorted and distinct. */
    void addAll(int[] skills) {
      for (int i = 0; i < skills.length; i++) {
        for (int j = i + 1; j < skills.length; j++) {
          if (counts != null) {
            counts[skills[i] * n + skills[j]]++;
          } else {
            many.merge(((long) skills[i] << 32) | skills[j], 1, Integer::sum);
          }
        }
      }
    }

    interface PairCount {
      void accept(int first, int second, int count);
    }

    void forEach(PairCount each) {
      if (counts != null) {
        for (int a = 0; a < n; a++) {
          for (int b = a + 1; b < n; b++) {
            if (counts[a * n + b] > 0) {
              each.accept(a, b, counts[a * n + b]);
            }
          }
        }
      } else {
        many.forEach((key, count) -> each.accept((int) (key >>> 32), (int) (long) key, count));
      }
    }
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
