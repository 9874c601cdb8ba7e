package dev.gonggo.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Market stats over the postings a filter keeps, against the same numbers counted by hand from
 * what was indexed: an index of several segments with deleted postings, skills in every section,
 * some postings stating no years.
 */
class MarketStatsTest {

  private static final int POSTINGS = 1500;
  private static final List<String> SKILLS = List.of("python", "java", "spark", "kafka", "sql",
      "airflow", "hadoop", "hive", "aws", "kubernetes", "docker", "flink", "scala", "go", "redis",
      "mysql", "postgresql", "elasticsearch", "terraform", "gcp", "bigquery", "snowflake", "dbt",
      "grafana", "prometheus", "etl", "data-warehouse", "communication", "english");
  private static final List<String> CASES = List.of("large-platform", "large-service",
      "midsize-buildout", "midsize-mature", "startup", IndexSchema.UNKNOWN_CASE);

  /** What one live posting holds. */
  private record Posting(Map<String, SkillSection> skills, String caseId, Integer minYears) {}

  private static final Taxonomy TAXONOMY = Taxonomy.builtIn();
  private static Directory dir;
  private static final List<Posting> live = new ArrayList<>();

  @BeforeAll
  static void index() throws Exception {
    Random random = new Random(21);
    dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < POSTINGS; i++) {
        Map<String, SkillSection> skills = new LinkedHashMap<>();
        for (int s = 0; s < SKILLS.size(); s++) {
          if (random.nextDouble() < 0.7 / Math.sqrt(s + 1)) {
            skills.put(SKILLS.get(s), SkillSection.values()[random.nextInt(SkillSection.values().length)]);
          }
        }
        // Cases lean to skills, so that some skill sets a case apart.
        String caseId = skills.containsKey("kubernetes") && random.nextBoolean() ? "large-platform"
            : skills.containsKey("bigquery") && random.nextBoolean() ? "midsize-buildout"
            : CASES.get(random.nextInt(CASES.size()));
        Integer minYears = random.nextInt(6) == 0 ? null : random.nextInt(19);
        Document d = new Document();
        d.add(new StringField("n", Integer.toString(i), Field.Store.NO));
        for (Map.Entry<String, SkillSection> e : skills.entrySet()) {
          d.add(new StringField(IndexSchema.SKILL, e.getKey(), Field.Store.NO));
          d.add(new StringField(IndexSchema.skillField(e.getValue()), e.getKey(), Field.Store.YES));
        }
        skills.keySet().stream().flatMap(s -> TAXONOMY.get(s).categories().stream()).distinct()
            .forEach(c -> d.add(new StringField(IndexSchema.CATEGORY, c, Field.Store.YES)));
        d.add(new StringField(IndexSchema.CASE, caseId, Field.Store.YES));
        if (minYears != null) {
          d.add(new IntPoint(IndexSchema.MIN_YEARS, minYears));
          d.add(new StoredField(IndexSchema.MIN_YEARS, minYears));
        }
        w.addDocument(d);
        if (i % 13 == 5) {
          w.deleteDocuments(new Term("n", Integer.toString(i)));
        } else {
          live.add(new Posting(skills, caseId, minYears));
        }
        if (i % 400 == 399) {
          w.commit();
        }
      }
    }
  }

  private static MarketStats stats(MarketFilter filter) throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(reader.leaves().size() > 1);
      return MarketStats.of(reader, TAXONOMY, 25, filter);
    }
  }

  private static boolean keeps(MarketFilter f, Posting p) {
    return (f.cases().isEmpty() || f.cases().contains(p.caseId()))
        && p.skills().keySet().containsAll(f.skills());
  }

  @Test
  void everyPosting() throws Exception {
    check(MarketFilter.NONE);
  }

  @Test
  void postingsOfOneSkill() throws Exception {
    check(new MarketFilter(List.of(), List.of("spark"), List.of()));
  }

  @Test
  void postingsOfTwoCasesNamingTwoSkills() throws Exception {
    check(new MarketFilter(List.of("large-platform", "startup"), List.of("python", "sql"), List.of()));
  }

  private static void check(MarketFilter filter) throws Exception {
    MarketStats stats = stats(filter);
    List<Posting> kept = live.stream().filter(p -> keeps(filter, p)).toList();
    List<Posting> base = live.stream().filter(p -> keeps(filter.withoutCases(), p)).toList();
    assertFalse(kept.isEmpty());
    assertEquals(kept.size(), stats.postings());
    assertEquals(live.size(), stats.indexPostings());
    assertEquals(filter, stats.filters());

    for (MarketStats.SkillDemand d : stats.skills()) {
      assertEquals(kept.stream().filter(p -> p.skills().containsKey(d.id())).count(), d.postings(), d.id());
      assertEquals(kept.stream().filter(p -> p.skills().get(d.id()) == SkillSection.REQUIRED).count(),
          d.required(), d.id());
      assertEquals(kept.stream().filter(p -> p.skills().get(d.id()) == SkillSection.PREFERRED).count(),
          d.preferred(), d.id());
    }
    Map<String, Long> cases = new TreeMap<>();
    kept.forEach(p -> cases.merge(p.caseId(), 1L, Long::sum));
    Map<String, Long> counted = new TreeMap<>();
    stats.cases().forEach(c -> counted.put(c.id(), (long) c.postings()));
    assertEquals(cases, counted);

    // Years: one bucket per year up to 15+, then the postings that state none.
    Map<String, Integer> years = new LinkedHashMap<>();
    stats.yearsAsked().forEach(y -> years.put(y.label(), y.postings()));
    assertEquals(kept.stream().filter(p -> p.minYears() == null).count(), (long) years.get("not stated"));
    for (int y = 0; y < MarketStats.YEARS_FOLDED; y++) {
      int year = y;
      assertEquals(kept.stream().filter(p -> p.minYears() != null && p.minYears() == year).count(),
          (long) years.getOrDefault(Integer.toString(y), 0), "year " + y);
    }
    assertEquals(kept.stream().filter(p -> p.minYears() != null && p.minYears() >= 15).count(),
        (long) years.getOrDefault("15+", 0));
    assertEquals(kept.size(), years.values().stream().mapToInt(Integer::intValue).sum());

    // Co-occurrence of the top skills, both halves and the diagonal.
    MarketStats.SkillMatrix m = stats.cooccurrence();
    assertEquals(stats.skills().stream().limit(MarketStats.MATRIX_SKILLS).map(MarketStats.SkillDemand::id).toList(),
        m.skills());
    for (int i = 0; i < m.skills().size(); i++) {
      for (int j = 0; j < m.skills().size(); j++) {
        String a = m.skills().get(i);
        String b = m.skills().get(j);
        assertEquals(kept.stream().filter(p -> p.skills().containsKey(a) && p.skills().containsKey(b)).count(),
            m.postings()[i][j], a + " + " + b);
      }
    }

    // Lift: a case's share of a skill against its share among the postings the case is compared with.
    Map<String, List<Posting>> byCase = new HashMap<>();
    base.forEach(p -> byCase.computeIfAbsent(p.caseId(), c -> new ArrayList<>()).add(p));
    boolean someLift = false;
    for (MarketStats.CaseLift c : stats.lift()) {
      assertTrue(filter.cases().isEmpty() || filter.cases().contains(c.id()));
      List<Posting> of = byCase.get(c.id());
      assertEquals(of.size(), c.postings());
      for (MarketStats.SkillLift l : c.skills()) {
        long inCase = of.stream().filter(p -> p.skills().containsKey(l.id())).count();
        long inBase = base.stream().filter(p -> p.skills().containsKey(l.id())).count();
        assertEquals(inCase, l.postings());
        assertTrue(inCase >= Math.max(2, Math.ceil(of.size() * 0.2)), l.toString());
        assertEquals(Math.round((inCase / (double) of.size()) / (inBase / (double) base.size()) * 100) / 100.0,
            l.lift(), 1e-9, l.toString());
        assertTrue(l.lift() > 1);
        someLift = true;
      }
    }
    assertTrue(someLift || !filter.kinds().isEmpty(), "no skill sets any case apart");
    assertFalse(stats.lift().stream().anyMatch(c -> c.id().equals(IndexSchema.UNKNOWN_CASE)));
  }

  @Test
  void postingsOfOneCaseCountingOnlyConcepts() throws Exception {
    MarketFilter concepts = new MarketFilter(List.of("startup"), List.of(), List.of("concept"));
    check(concepts);
    MarketStats stats = stats(concepts);
    assertEquals(List.of("data-warehouse", "etl"),
        stats.skills().stream().map(MarketStats.SkillDemand::id).sorted().toList());
    // Categories are those of the concepts only, counted over the kept postings.
    List<Posting> kept = live.stream().filter(p -> keeps(concepts, p)).toList();
    for (MarketStats.CategoryDemand c : stats.categories()) {
      assertEquals(kept.stream().filter(p -> p.skills().keySet().stream()
          .filter(s -> TAXONOMY.get(s).kind() == dev.gonggo.skills.Skill.Kind.CONCEPT)
          .anyMatch(s -> TAXONOMY.get(s).categories().contains(c.id()))).count(), c.postings(), c.id());
    }
  }

  @Test
  void theCasesOfTheFilterAreComparedWithEveryCase() throws Exception {
    MarketStats one = stats(new MarketFilter(List.of("large-platform"), List.of(), List.of()));
    assertEquals(1, one.lift().size());
    MarketStats.CaseLift kubernetes = one.lift().get(0);
    assertEquals("large-platform", kubernetes.id());
    // Kubernetes postings lean to large-platform by construction: it sets the case apart.
    assertTrue(kubernetes.skills().stream().anyMatch(l -> l.id().equals("kubernetes")), kubernetes.toString());
  }
}
