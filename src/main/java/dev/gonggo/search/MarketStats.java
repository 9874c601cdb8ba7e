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
 * What the market asks for, over the postings of the index a {@link MarketFilter} keeps (every
 * one by default): skill demand (postings, share, required vs preferred), categories, cases, the
 * years asked, the skills most often asked together, and per case the skills that set it apart.
 *
 * @param postings the postings counted: those the filter keeps
 * @param filters the filter that chose them
 * @param indexPostings every posting in the index, whatever the filter
 * @param yearsAsked the least years asked, one bucket per year up to {@code 15+}, then "not stated"
 * @param cooccurrence how many postings name both of two of the most named skills
 * @param lift per case, the skills its postings name more often than the postings it is compared
 *     with: those the filter keeps whatever their case
 */
public record MarketStats(int postings, List<SkillDemand> skills, List<CategoryDemand> categories,
    List<CaseShare> cases, List<YearsBucket> years, List<SkillPair> pairs, MarketFilter filters,
    int indexPostings, List<YearsBucket> yearsAsked, SkillMatrix cooccurrence, List<CaseLift> lift) {

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
   * Postings naming both of two skills, for every two of {@code skills} (the most named, in
   * order); the diagonal holds the postings naming the one skill.
   */
  public record SkillMatrix(List<String> skills, int[][] postings) {}

  /**
   * The skills that set a case apart: among its postings a skill's share, against its share among
   * the postings the case is compared with; lift is the one divided by the other.
   */
  public record CaseLift(String id, int postings, List<SkillLift> skills) {}

  public record SkillLift(String id, String name, int postings, double share, double baseShare,
      double lift) {}

  /**
   * What a Solr collection counted, before it is ranked and cut to the top (gonggo's own index is
   * counted by {@link #of(IndexReader, Taxonomy, int, MarketFilter)}, which filters as it counts).
   *
   * @param skills skill id → postings naming it (summed over the sections), required, preferred
   * @param categories category id → postings, postings requiring one of its skills; of the kinds
   *     asked only, when kinds are asked
   * @param cases case id → postings
   * @param minYears least years asked → postings, for the postings that state them
   * @param pairs "first\tsecond" (ids in order) → postings naming both
   * @param caseSkills case id → skill id → postings of the case naming the skill in any section
   */
  public record Counts(int postings, Map<String, int[]> skills, Map<String, int[]> categories,
      Map<String, Integer> cases, Map<Integer, Integer> minYears, Map<String, Integer> pairs,
      Map<String, Map<String, Integer>> caseSkills) {}

  /** Ranges of the least years asked: 0 is 신입 or 경력무관. */
  private static final int[][] YEAR_RANGES = {{0, 0}, {1, 2}, {3, 4}, {5, 6}, {7, 9}, {10, 99}};
  /** The histogram of years asked has a bucket per year below this, and one for this and more. */
  static final int YEARS_FOLDED = 15;
  static final String NOT_STATED = "not stated";
  /** The co-occurrence matrix covers at most this many of the most named skills. */
  public static final int MATRIX_SKILLS = 20;
  /** Skills listed per case for their lift. */
  public static final int LIFT_SKILLS = 8;
  /**
   * A skill sets a case apart only when at least this share of the case's postings (and two of
   * them) name it: a skill named once in a small case has a large lift and says nothing.
   */
  static final double LIFT_MIN_SHARE = 0.2;

  public static MarketStats of(Path indexDir, Taxonomy taxonomy, int top) throws IOException {
    return of(indexDir, taxonomy, top, MarketFilter.NONE);
  }

  public static MarketStats of(Path indexDir, Taxonomy taxonomy, int top, MarketFilter filter)
      throws IOException {
    try (IndexSnapshot snapshot = PostingIndex.openReader(indexDir)) {
      return of(snapshot.reader(), taxonomy, top, filter);
    }
  }

  /**
   * @param kinds the kinds of skill counted (tools only, say); empty for all
   */
  public static MarketStats of(Path indexDir, Taxonomy taxonomy, int top, Set<Skill.Kind> kinds)
      throws IOException {
    return of(indexDir, taxonomy, top, MarketFilter.ofKinds(kinds));
  }

  static MarketStats of(IndexReader reader, Taxonomy taxonomy, int top) throws IOException {
    return of(reader, taxonomy, top, MarketFilter.NONE);
  }

  public static MarketStats of(IndexReader reader, Taxonomy taxonomy, int top, MarketFilter filter)
      throws IOException {
    Map<String, int[]> skills = new HashMap<>(); // id → postings, required, preferred
    Map<String, int[]> categories = new HashMap<>(); // id → postings, required
    Map<String, Integer> cases = new HashMap<>();
    int[] years = new int[YEAR_RANGES.length + 1];
    int[] yearsAsked = new int[YEARS_FOLDED + 2]; // 0 … 14, 15+, not stated
    int postings = 0;
    // The postings kept, and those a case is compared with: the same but for the cases.
    Bits[] kept = filter.postings(reader);
    Bits[] base = filter.cases().isEmpty() ? kept : filter.withoutCases().postings(reader);
    // Read from the terms and points of the index, never from stored fields: a stored document
    // sits compressed with its whole text and JSON, and reading every one took most of a minute
    // at 100,000 postings. Skills are numbered in id order so that pairs count in an array.
    String[] idByNumber = FieldTerms.distinct(reader, Arrays.stream(SkillSection.values())
        .map(IndexSchema::skillField).toArray(String[]::new));
    Map<String, Integer> number = new HashMap<>();
    for (int k = 0; k < idByNumber.length; k++) {
      number.put(idByNumber[k], k);
    }
    String[] caseIds = FieldTerms.distinct(reader, IndexSchema.CASE);
    Map<String, Integer> caseNumber = new HashMap<>();
    for (int c = 0; c < caseIds.length; c++) {
      caseNumber.put(caseIds[c], c);
    }
    int[][] caseSkill = new int[caseIds.length][idByNumber.length];
    int[] casePostings = new int[caseIds.length];
    int[] baseSkill = new int[idByNumber.length];
    int basePostings = 0;
    SkillPairs pairCounts = new SkillPairs(idByNumber.length);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits keep = kept[leaf.ord];
      Bits compared = base[leaf.ord];
      Bits live = r.getLiveDocs();
      int leafPostings = 0;
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          leafPostings += has(keep, doc) ? 1 : 0;
          basePostings += has(compared, doc) ? 1 : 0;
        }
      }
      postings += leafPostings;
      int[][] named = new int[r.maxDoc()][];
      int[] namedCount = new int[r.maxDoc()];
      int[] docCase = new int[r.maxDoc()];
      Arrays.fill(docCase, -1);
      Map<String, FixedBitSet> requiredCategory = new HashMap<>();
      Map<String, FixedBitSet> namedCategory = new HashMap<>();
      for (SkillSection section : SkillSection.values()) {
        FieldTerms.forEach(r, IndexSchema.skillField(section), (id, docs) -> {
          Skill skill = taxonomy.get(id);
          if (!filter.counts(skill)) {
            return;
          }
          int[] c = skills.computeIfAbsent(id, k -> new int[3]);
          int k = number.get(id);
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (live != null && !live.get(doc) || !has(compared, doc)) {
              continue;
            }
            if (named[doc] == null || namedCount[doc] == named[doc].length) {
              named[doc] = named[doc] == null ? new int[8] : Arrays.copyOf(named[doc], namedCount[doc] * 2);
            }
            named[doc][namedCount[doc]++] = k;
            if (!has(keep, doc)) {
              continue;
            }
            c[0]++;
            if (skill != null && !filter.kinds().isEmpty()) {
              for (String category : skill.categories()) {
                namedCategory.computeIfAbsent(category, x -> new FixedBitSet(r.maxDoc())).set(doc);
              }
            }
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
      if (filter.kinds().isEmpty()) {
        FieldTerms.forEach(r, IndexSchema.CATEGORY, (category, docs) -> {
          int[] c = categories.computeIfAbsent(category, k -> new int[2]);
          FixedBitSet required = requiredCategory.get(category);
          for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if ((live == null || live.get(doc)) && has(keep, doc)) {
              c[0]++;
              if (required != null && required.get(doc)) {
                c[1]++;
              }
            }
          }
        });
      } else {
        // Only the skills of the kind asked for: their categories, from the taxonomy.
        namedCategory.forEach((category, docs) -> {
          int[] c = categories.computeIfAbsent(category, k -> new int[2]);
          FixedBitSet required = requiredCategory.get(category);
          c[0] += docs.cardinality();
          c[1] += required == null ? 0 : required.cardinality();
        });
      }
      FieldTerms.forEach(r, IndexSchema.CASE, (id, docs) -> {
        int c = caseNumber.get(id);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if ((live == null || live.get(doc)) && has(compared, doc)) {
            docCase[doc] = c;
            casePostings[c]++;
            if (has(keep, doc)) {
              cases.merge(id, 1, Integer::sum);
            }
          }
        }
      });
      int[] stated = {0};
      PointValues points = r.getPointValues(IndexSchema.MIN_YEARS);
      if (points != null) {
        points.intersect(new PointValues.IntersectVisitor() {
          @Override
          public void visit(int doc) {
            throw new IllegalStateException("every cell is crossed");
          }

          @Override
          public void visit(int doc, byte[] value) {
            if ((live == null || live.get(doc)) && has(keep, doc)) {
              int minYears = IntPoint.decodeDimension(value, 0);
              years[bucket(minYears)]++;
              yearsAsked[Math.max(0, Math.min(minYears, YEARS_FOLDED))]++;
              stated[0]++;
            }
          }

          @Override
          public PointValues.Relation compare(byte[] min, byte[] max) {
            return PointValues.Relation.CELL_CROSSES_QUERY;
          }
        });
      }
      years[YEAR_RANGES.length] += leafPostings - stated[0];
      yearsAsked[YEARS_FOLDED + 1] += leafPostings - stated[0];
      for (int doc = 0; doc < named.length; doc++) {
        if (named[doc] != null) {
          int[] distinct = Arrays.stream(named[doc], 0, namedCount[doc]).sorted().distinct().toArray();
          if (has(keep, doc)) {
            pairCounts.addAll(distinct);
          }
          for (int k : distinct) {
            baseSkill[k]++;
            if (docCase[doc] >= 0) {
              caseSkill[docCase[doc]][k]++;
            }
          }
        }
      }
    }
    final int n = postings;
    List<SkillDemand> skillRows = skillRows(skills, taxonomy, filter, n, top);
    List<CategoryDemand> categoryRows = categoryRows(categories, n);
    List<CaseShare> caseRows = caseRows(cases, n);
    List<YearsBucket> yearRows = yearRows(years);
    List<SkillPair> pairRows = new ArrayList<>();
    pairCounts.forEach((a, b, count) -> pairRows.add(new SkillPair(idByNumber[a], idByNumber[b], count)));
    pairRows.sort(Comparator.comparingInt(SkillPair::postings).reversed()
        .thenComparing(SkillPair::first).thenComparing(SkillPair::second));
    List<String> matrixSkills = skillRows.stream().limit(MATRIX_SKILLS).map(SkillDemand::id).toList();
    int[][] matrix = new int[matrixSkills.size()][matrixSkills.size()];
    for (int i = 0; i < matrixSkills.size(); i++) {
      matrix[i][i] = skillRows.get(i).postings();
      for (int j = i + 1; j < matrixSkills.size(); j++) {
        int a = number.get(matrixSkills.get(i));
        int b = number.get(matrixSkills.get(j));
        int count = pairCounts.count(Math.min(a, b), Math.max(a, b));
        matrix[i][j] = count;
        matrix[j][i] = count;
      }
    }
    List<CaseLift> lift = new ArrayList<>();
    for (CaseShare c : caseRows) {
      if (!c.id().equals(IndexSchema.UNKNOWN_CASE)) {
        int k = caseNumber.get(c.id());
        lift.add(lift(c.id(), casePostings[k], caseSkill[k], baseSkill, basePostings, idByNumber, taxonomy));
      }
    }
    return new MarketStats(postings, skillRows, categoryRows, caseRows, yearRows,
        List.copyOf(pairRows.subList(0, Math.min(top, pairRows.size()))), filter, reader.numDocs(),
        yearsAsked(yearsAsked), new SkillMatrix(matrixSkills, matrix), lift);
  }

  /**
   * The stats of what a collection counted over every posting: the skill, pair and lift tables
   * cut to the kinds asked (empty for all), the rest as {@link #of(IndexReader, Taxonomy, int,
   * MarketFilter)} gives them for the same index.
   */
  public static MarketStats of(Counts counts, Taxonomy taxonomy, int top, Set<Skill.Kind> kinds) {
    MarketFilter filter = MarketFilter.ofKinds(kinds);
    final int n = counts.postings();
    int[] years = new int[YEAR_RANGES.length + 1];
    int[] yearsAsked = new int[YEARS_FOLDED + 2];
    int stated = 0;
    for (Map.Entry<Integer, Integer> e : counts.minYears().entrySet()) {
      years[bucket(e.getKey())] += e.getValue();
      yearsAsked[Math.max(0, Math.min(e.getKey(), YEARS_FOLDED))] += e.getValue();
      stated += e.getValue();
    }
    years[YEAR_RANGES.length] = n - stated;
    yearsAsked[YEARS_FOLDED + 1] = n - stated;
    List<SkillDemand> skillRows = skillRows(counts.skills(), taxonomy, filter, n, top);
    List<CategoryDemand> categoryRows = categoryRows(counts.categories(), n);
    List<CaseShare> caseRows = caseRows(counts.cases(), n);
    List<YearsBucket> yearRows = yearRows(years);
    List<SkillPair> pairRows = counts.pairs().entrySet().stream()
        .map(e -> {
          String[] ids = e.getKey().split("\t");
          return new SkillPair(ids[0], ids[1], e.getValue());
        })
        .filter(p -> filter.counts(taxonomy.get(p.first())) && filter.counts(taxonomy.get(p.second())))
        .sorted(Comparator.comparingInt(SkillPair::postings).reversed()
            .thenComparing(SkillPair::first).thenComparing(SkillPair::second))
        .limit(top).toList();
    List<String> matrixSkills = skillRows.stream().limit(MATRIX_SKILLS).map(SkillDemand::id).toList();
    int[][] matrix = new int[matrixSkills.size()][matrixSkills.size()];
    for (int i = 0; i < matrixSkills.size(); i++) {
      matrix[i][i] = skillRows.get(i).postings();
      for (int j = i + 1; j < matrixSkills.size(); j++) {
        String a = matrixSkills.get(i);
        String b = matrixSkills.get(j);
        int count = counts.pairs().getOrDefault(a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a, 0);
        matrix[i][j] = count;
        matrix[j][i] = count;
      }
    }
    // Lift against every posting: a skill's postings over all cases, every posting having one.
    String[] idByNumber = counts.caseSkills().values().stream().flatMap(m -> m.keySet().stream())
        .filter(id -> filter.counts(taxonomy.get(id))).distinct().sorted().toArray(String[]::new);
    int[] baseSkill = new int[idByNumber.length];
    Map<String, int[]> caseSkill = new HashMap<>();
    counts.caseSkills().forEach((caseId, named) -> {
      int[] c = new int[idByNumber.length];
      for (int k = 0; k < idByNumber.length; k++) {
        c[k] = named.getOrDefault(idByNumber[k], 0);
        baseSkill[k] += c[k];
      }
      caseSkill.put(caseId, c);
    });
    List<CaseLift> lift = new ArrayList<>();
    for (CaseShare c : caseRows) {
      if (!c.id().equals(IndexSchema.UNKNOWN_CASE)) {
        lift.add(lift(c.id(), c.postings(), caseSkill.getOrDefault(c.id(), new int[idByNumber.length]),
            baseSkill, n, idByNumber, taxonomy));
      }
    }
    return new MarketStats(n, skillRows, categoryRows, caseRows, yearRows, pairRows, filter, n,
        yearsAsked(yearsAsked), new SkillMatrix(matrixSkills, matrix), lift);
  }

  /** The buckets of the least years asked, then "not stated". */
  private static List<YearsBucket> yearRows(int[] years) {
    List<YearsBucket> yearRows = new ArrayList<>();
    for (int i = 0; i < YEAR_RANGES.length; i++) {
      int[] range = YEAR_RANGES[i];
      String label = range[0] == range[1] ? Integer.toString(range[0])
          : range[1] >= 99 ? range[0] + "+" : range[0] + "-" + range[1];
      yearRows.add(new YearsBucket(label, years[i]));
    }
    yearRows.add(new YearsBucket(NOT_STATED, years[YEAR_RANGES.length]));
    return yearRows;
  }

  /** The skills of one case with the largest lift above 1, among those it names often enough. */
  private static CaseLift lift(String caseId, int casePostings, int[] caseSkill, int[] baseSkill,
      int basePostings, String[] idByNumber, Taxonomy taxonomy) {
    int least = Math.max(2, (int) Math.ceil(casePostings * LIFT_MIN_SHARE));
    List<SkillLift> out = new ArrayList<>();
    for (int k = 0; k < caseSkill.length; k++) {
      if (caseSkill[k] >= least) {
        double share = caseSkill[k] / (double) casePostings;
        double baseShare = baseSkill[k] / (double) basePostings;
        double lift = Math.round(share / baseShare * 100) / 100.0;
        if (lift > 1) {
          Skill skill = taxonomy.get(idByNumber[k]);
          out.add(new SkillLift(idByNumber[k], skill == null ? idByNumber[k] : skill.name(),
              caseSkill[k], share(caseSkill[k], casePostings), share(baseSkill[k], basePostings), lift));
        }
      }
    }
    out.sort(Comparator.comparingDouble(SkillLift::lift).reversed()
        .thenComparing(Comparator.comparingInt(SkillLift::postings).reversed())
        .thenComparing(SkillLift::id));
    return new CaseLift(caseId, casePostings, List.copyOf(out.subList(0, Math.min(LIFT_SKILLS, out.size()))));
  }

  /** Buckets 0 up to the largest year asked (15+ at most), then "not stated". */
  private static List<YearsBucket> yearsAsked(int[] counts) {
    int last = -1;
    for (int y = 0; y <= YEARS_FOLDED; y++) {
      if (counts[y] > 0) {
        last = y;
      }
    }
    List<YearsBucket> out = new ArrayList<>();
    for (int y = 0; y <= last; y++) {
      out.add(new YearsBucket(y == YEARS_FOLDED ? y + "+" : Integer.toString(y), counts[y]));
    }
    out.add(new YearsBucket(NOT_STATED, counts[YEARS_FOLDED + 1]));
    return out;
  }

  /** True when a posting is among those kept: null keeps every posting. */
  private static boolean has(Bits kept, int doc) {
    return kept == null || kept.get(doc);
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

    /** Postings naming both, given first < second. */
    int count(int first, int second) {
      if (counts != null) {
        return counts[first * n + second];
      }
      return many.getOrDefault(((long) first << 32) | second, 0);
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

  /**
   * The skills of the kinds the filter counts, as a table: the most asked first, then the most
   * required, at most {@code top}. Counts are postings, required, preferred.
   */
  private static List<SkillDemand> skillRows(Map<String, int[]> skills, Taxonomy taxonomy,
      MarketFilter filter, int n, int top) {
    return skills.entrySet().stream()
        .filter(e -> e.getValue()[0] > 0 && filter.counts(taxonomy.get(e.getKey())))
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
  }

  /** The categories touched, the most postings first. Counts are postings, required. */
  private static List<CategoryDemand> categoryRows(Map<String, int[]> categories, int n) {
    return categories.entrySet().stream()
        .filter(e -> e.getValue()[0] > 0)
        .map(e -> new CategoryDemand(e.getKey(), e.getValue()[0], share(e.getValue()[0], n), e.getValue()[1]))
        .sorted(Comparator.comparingInt(CategoryDemand::postings).reversed().thenComparing(CategoryDemand::id))
        .toList();
  }

  private static List<CaseShare> caseRows(Map<String, Integer> cases, int n) {
    return cases.entrySet().stream()
        .map(e -> new CaseShare(e.getKey(), e.getValue(), share(e.getValue(), n)))
        .sorted(Comparator.comparingInt(CaseShare::postings).reversed().thenComparing(CaseShare::id))
        .toList();
  }

  private static double share(int count, int total) {
    return total == 0 ? 0 : Math.round(count * 1000.0 / total) / 1000.0;
  }
}
