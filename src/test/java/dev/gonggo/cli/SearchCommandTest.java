package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, stats and show through the CLI, on an index of samples/ made once. */
class SearchCommandTest {

  @TempDir
  static Path tmp;

  static String index;
  static List<Path> samples;

  @BeforeAll
  static void indexSamples() throws Exception {
    samples = CliRun.filesIn(Path.of("samples"));
    index = tmp.resolve("ix").toString();
    CliRun run = CliRun.of("index", "--index", index, "samples");
    assertEquals(0, run.exit(), run.err());
  }

  static CliRun search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    all[1] = "--index";
    all[2] = index;
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void requiredSkillFindsExactlyThePostingsWhoseAnalysisRequiresIt() {
    Set<String> expected = CliRun.analysedWith(samples, "spark", SkillSection.REQUIRED);
    assertFalse(expected.isEmpty());
    CliRun run = search("--skill", "spark", "--required", "--format", "json", "--limit", "100");
    assertEquals(0, run.exit(), run.err());
    assertEquals(expected, run.files());
    for (JsonNode hit : run.jsonLines()) {
      assertEquals("spark", hit.get("skills").get(0).get("id").asText());
      assertEquals("required", hit.get("skills").get(0).get("section").asText());
    }
  }

  @Test
  void kindLimitsTheSkillCountsNotTheHits() {
    CliRun all = search("--skill", "spark", "--limit", "100");
    CliRun concepts = search("--skill", "spark", "--kind", "concept", "--limit", "100");
    assertEquals(0, concepts.exit(), concepts.err());
    assertEquals(all.out().lines().filter(l -> l.startsWith("==")).count(),
        concepts.out().lines().filter(l -> l.startsWith("==")).count(), "the same hits");
    String counted = concepts.out().lines().filter(l -> l.startsWith("named with them:"))
        .findFirst().orElseThrow();
    Taxonomy taxonomy = Taxonomy.builtIn();
    List<String> ids = new ArrayList<>();
    for (String part : counted.substring(counted.indexOf(':') + 1).split(",")) {
      ids.add(part.strip().split(" ")[0]);
    }
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      assertEquals(Skill.Kind.CONCEPT, taxonomy.get(id).kind(), id + " in " + counted);
    }
    assertEquals(2, search("--kind", "gadget").exit(), "an unknown kind is a usage error");
  }

  @Test
  void aKeyTermFindsThePostingsThatHaveItAmongTheirKeyTerms() {
    Set<String> expected = new java.util.TreeSet<>();
    PostingPipeline pipeline = new PostingPipeline();
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (Path f : samples) {
        Extraction e = extractor.extract(f);
        if (e.ok() && pipeline.analyze(e).keywords().stream().limit(15)
            .anyMatch(k -> k.key().equals("데이터 레이크"))) {
          expected.add(f.toAbsolutePath().normalize().toString());
        }
      }
    }
    assertTrue(expected.size() >= 2, "the samples have the key term: " + expected);
    CliRun spaced = search("--keyterm", "데이터 레이크", "--format", "json", "--limit", "100");
    assertEquals(0, spaced.exit(), spaced.err());
    assertEquals(expected, spaced.files());
    CliRun compound = search("--keyterm", "데이터레이크", "--format", "json", "--limit", "100");
    assertEquals(expected, compound.files(), "the compound spelling is the same term");
    assertEquals(2, search("--keyterm", "!!").exit(), "a key term of no word is a usage error");
  }

  @Test
  void aSkillNamedInKoreanIsTheSameSkill() {
    CliRun english = search("--skill", "spark", "--format", "json", "--limit", "100");
    CliRun korean = search("--skill", "스파크", "--format", "json", "--limit", "100");
    CliRun display = search("--skill", "Apache Spark", "--format", "json", "--limit", "100");
    assertFalse(english.files().isEmpty());
    assertEquals(english.files(), korean.files());
    assertEquals(english.files(), display.files());
  }

  @Test
  void allSkillsMustMatchUnlessAny() {
    Set<String> both = search("--skill", "spark", "--skill", "kafka", "--format", "json", "--limit", "100").files();
    Set<String> spark = search("--skill", "spark", "--format", "json", "--limit", "100").files();
    Set<String> either = search("--skill", "spark", "--skill", "kafka", "--any", "--format", "json",
        "--limit", "100").files();
    assertTrue(spark.containsAll(both));
    assertTrue(either.containsAll(spark));
    assertTrue(both.size() < either.size());
  }

  @Test
  void hitsInJsonHaveTheKeysOtherToolsRead() {
    CliRun run = search("--query", "실시간 데이터 파이프라인", "--format", "json", "--limit", "3");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> hits = run.jsonLines();
    assertEquals(3, hits.size());
    for (String key : List.of("file", "score", "title", "case", "skills", "snippet")) {
      assertTrue(hits.get(0).has(key), key + " missing in " + hits.get(0));
    }
    assertTrue(dev.gonggo.classify.Cases.IDS.contains(hits.get(0).get("case").asText()),
        hits.get(0).toString());
    assertTrue(hits.get(0).get("score").asDouble() >= hits.get(2).get("score").asDouble());
    assertTrue(hits.get(0).get("snippet").asText().contains("«"), hits.get(0).toString());
  }

  @Test
  void aSkillNamedInFreeTextFindsEveryPostingNamingItUnderAnyAlias() {
    for (String[] skill : new String[][] {{"spark", "스파크"}, {"kafka", "카프카"},
        {"kubernetes", "쿠버네티스"}, {"kubernetes", "k8s"}, {"aws", "아마존 웹 서비스"}}) {
      Set<String> bySkill = search("--skill", skill[0], "--format", "json", "--limit", "100").files();
      assertFalse(bySkill.isEmpty(), skill[0]);
      CliRun byText = search("--query", skill[1], "--format", "json", "--limit", "100");
      assertEquals(0, byText.exit(), byText.err());
      assertEquals(bySkill, byText.files(), skill[1]);
    }
  }

  @Test
  void theWordsOfASkillsNameAreNotAlsoLooseWords() {
    Set<String> aws = search("--skill", "aws", "--format", "json", "--limit", "100").files();
    Set<String> service = search("--query", "서비스", "--format", "json", "--limit", "100").files();
    assertFalse(service.containsAll(aws) && aws.containsAll(service),
        "some sample says 서비스 without naming AWS, or the test shows nothing");
    assertEquals(aws, search("--query", "아마존 웹 서비스", "--format", "json", "--limit", "100").files());
  }

  @Test
  void aPostingRequiringTheSkillRanksAboveOneMentioningItInPassing() {
    List<JsonNode> hits = search("--query", "카프카", "--format", "json", "--limit", "100").jsonLines();
    List<String> sections = List.of("required", "preferred", "duties", "other");
    int[] weight = {3, 2, 2, 1};
    int last = Integer.MAX_VALUE;
    for (JsonNode hit : hits) {
      int w = weight[sections.indexOf(hit.get("skills").get(0).get("section").asText())];
      assertTrue(w <= last, "a weaker section ranks above a stronger one: " + hits);
      last = w;
    }
    assertEquals("required", hits.get(0).get("skills").get(0).get("section").asText());
  }

  @Test
  void mixedTextRanksBySkillAndWordsAndExplainSaysWhichIsWhich() {
    CliRun run = search("--query", "쿠버네티스 운영 자동화", "--explain", "--limit", "3");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("쿠버네티스 → skill kubernetes (Kubernetes)"), run.out());
    assertTrue(run.out().contains("운영 자동화 → words, BM25 over the text: 운영, 자동"), run.out());
    assertTrue(run.out().contains("kubernetes ("), run.out());
    CliRun json = search("--query", "쿠버네티스 운영 자동화", "--explain", "--format", "json");
    assertTrue(json.err().contains("쿠버네티스 → skill kubernetes"), json.err());
    assertFalse(json.jsonLines().isEmpty());
  }

  @Test
  void aPracticeIsSearchableByNameAndInFreeText() {
    Set<String> devops = search("--skill", "devops", "--format", "json", "--limit", "100").files();
    assertFalse(devops.isEmpty(), "a sample names DevOps");
    assertEquals(devops, search("--query", "데브옵스", "--format", "json", "--limit", "100").files());
  }

  @Test
  void everyHitHasATitleThatIsNotItsPath() {
    for (JsonNode hit : search("--format", "json", "--limit", "100").jsonLines()) {
      String title = hit.get("title").asText("");
      assertFalse(title.isBlank(), hit.toString());
      assertFalse(title.contains(Path.of("samples").toAbsolutePath().toString()), hit.toString());
    }
  }

  @Test
  void tableShowsHitsThenFacets() {
    CliRun run = search("--skill", "kafka", "--required", "--limit", "2");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("postings match"), run.out());
    assertTrue(run.out().contains("kafka (required)"), run.out());
    assertTrue(run.out().contains("«Kafka»"), run.out());
    assertTrue(run.out().contains("named with them: "), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("cases:")
        && dev.gonggo.classify.Cases.IDS.stream().anyMatch(l::contains)), run.out());
  }

  @Test
  void anUnknownSkillIsAUsageErrorThatSuggestsTheNearest() {
    CliRun run = search("--skill", "kafak");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("gonggo: unknown skill 'kafak'; did you mean kafka"), run.err());
  }

  @Test
  void yearsAndCategoryFilter() {
    for (JsonNode hit : search("--min-years", "5", "--format", "json", "--limit", "100").jsonLines()) {
      assertTrue(hit.get("minYears").asInt() >= 5, hit.toString());
    }
    for (JsonNode hit : search("--max-years", "2", "--format", "json", "--limit", "100").jsonLines()) {
      assertTrue(hit.get("minYears").asInt() <= 2, hit.toString());
    }
    Set<String> search = search("--category", "search-engine", "--format", "json", "--limit", "100").files();
    assertFalse(search.isEmpty());
    assertEquals(2, search("--category", "no-such").exit());
    assertEquals(2, search("--case", "no-such").exit());
  }

  @Test
  void csvHasAHeaderAndARowPerHit() {
    CliRun run = search("--skill", "python", "--format", "csv", "--limit", "3");
    String[] lines = run.out().strip().split("\r?\n");
    assertTrue(lines[0].startsWith("score,title,company,file"), lines[0]);
    assertTrue(lines.length >= 4, run.out());
  }

  @Test
  void statsCountsEveryPosting() {
    CliRun json = CliRun.of("stats", "--index", index, "--format", "json");
    assertEquals(0, json.exit(), json.err());
    assertEquals(samples.size(), json.json().get("postings").asInt());
    JsonNode python = json.json().get("skills").get(0);
    assertTrue(python.get("postings").asInt() >= python.get("required").asInt()
        + python.get("preferred").asInt());
    int companies = json.json().get("companies").asInt();
    assertTrue(companies > 0, json.out());
    assertTrue(json.json().get("postingsWithCompany").asInt() >= companies, json.out());
    CliRun table = CliRun.of("stats", "--index", index);
    assertTrue(table.out().startsWith(samples.size() + " postings"), table.out());
    CliRun csv = CliRun.of("stats", "--index", index, "--format", "csv");
    assertTrue(csv.out().contains("total,postings," + samples.size()), csv.out());
  }

  @Test
  void showFindsAPostingByPathNameOrId() {
    CliRun byName = CliRun.of("show", "--index", index, "07-podopay-data-platform.txt", "--format", "json");
    assertEquals(0, byName.exit(), byName.err());
    JsonNode p = byName.json();
    // the company as classify names it: the header field's value without its legal form
    assertEquals("포도페이", p.get("company").asText());
    assertTrue(p.get("text").asText().contains("포도페이"));
    String id = p.get("id").asText();
    CliRun byId = CliRun.of("show", "--index", index, id.substring(0, 8), "--no-text");
    assertEquals(0, byId.exit(), byId.err());
    assertTrue(byId.out().contains("company:    포도페이"), byId.out());
    CliRun byPath = CliRun.of("show", "--index", index, "samples/07-podopay-data-platform.txt", "--no-text");
    assertEquals(byId.out(), byPath.out());
    assertEquals(2, CliRun.of("show", "--index", index, "nothing-like-it.txt").exit());
  }

  @Test
  void searchWorksWhileAnotherGonggoWritesTheIndex() throws Exception {
    try (FSDirectory dir = FSDirectory.open(Path.of(index));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new PostingAnalyzer()))) {
      CliRun run = search("--skill", "spark", "--format", "json");
      assertEquals(0, run.exit(), run.err());
      assertFalse(run.files().isEmpty());
    }
  }
}
