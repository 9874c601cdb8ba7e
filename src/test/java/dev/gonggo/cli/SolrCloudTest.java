package dev.gonggo.cli;

import dev.gonggo.index.IndexSchema;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.ExtractionLimits;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.index.PostingIndexer;
import dev.gonggo.index.RunSummary;
import dev.gonggo.search.Hit;
import dev.gonggo.search.PostingQuery;
import dev.gonggo.search.PostingSearch;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SearchResult;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.solr.SolrPostingSearcher;
import dev.gonggo.solr.SolrCollection;
import dev.gonggo.solr.SolrPostingStore;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * gonggo on a SolrCloud of two nodes (MiniSolrCloudCluster), the samples in a collection of two
 * shards of two replicas each made by `gonggo solr create`, and in a local index beside it: the
 * same commands give the same hits, scores, counts and postings on both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {

  private static final String COLLECTION = "postings";
  private static final String PARSE_LIMIT = "300";

  @TempDir
  static Path tmp;

  static MiniSolrCloudCluster cluster;
  static String url;
  static String index;
  static int samples;
  /** One pipeline and extractor for what the tests index and analyse outside the command line. */
  static PostingPipeline pipeline;
  static PostingExtractor extractor;
  /** The searchers the searches compare, opened by the first. */
  static PostingSearch localSearcher;
  static PostingSearch solrSearcher;

  @BeforeAll
  static void clusterAndIndexes() throws Exception {
    pipeline = new PostingPipeline();
    extractor = new PostingExtractor(new ExtractionLimits(ExtractionLimits.DEFAULT_MAX_BYTES,
        Duration.ofSeconds(Long.parseLong(PARSE_LIMIT)), ExtractionLimits.DEFAULT_MAX_CHARS));
    index = tmp.resolve("ix").toString();
    try (PostingIndexer indexer = new PostingIndexer(Path.of(index), false,
        PostingIndexer.Settings.defaults())) {
      samples = indexer.run(PostingFiles.find(List.of(Path.of("samples"))), false, pipeline,
          extractor, PostingIndexer.Listener.NONE).added();
    }
    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).withMetrics(false).configure();
    url = cluster.getJettySolrRunner(0).getBaseUrl().toString();
    CliRun created = CliRun.of("solr", "create", "--solr", url, "--collection", COLLECTION,
        "--shards", "2", "--replicas", "2");
    assertEquals(0, created.exit(), created.err());
    assertTrue(created.out().contains("2 shards × 2 replicas"), created.out());
    // A long parse limit: on a loaded machine the PDF sample has taken over 30 s to read.
    CliRun solr = CliRun.of("index", "samples", "--solr", url, "--collection", COLLECTION,
        "--timeout", PARSE_LIMIT);
    assertEquals(0, solr.exit(), solr.err());
    assertTrue(samples >= 20, "samples indexed locally: " + samples);
    assertEquals(samples, solr.count("new"), solr.out());
    assertTrue(solr.out().startsWith("collection " + COLLECTION + " of Solr at " + url + ": "
        + samples + " postings"), solr.out());
  }

  @AfterAll
  static void shutdown() throws Exception {
    for (PostingSearch searcher : new PostingSearch[] {localSearcher, solrSearcher}) {
      if (searcher != null) {
        searcher.close();
      }
    }
    if (extractor != null) {
      extractor.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  private static CliRun local(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--index", index));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static CliRun solr(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--solr", url, "--collection", COLLECTION));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  /**
   * The same search on both, as the searchers return it (every hit with its exact score, the
   * skills and cases counted among the matches) and as the command line prints it (a table of up
   * to 100 hits). Snippets come from two highlighters over the same tokens and are not required
   * to be the same: Solr's marks a phrase alias such as "Spark on Kubernetes" whole where gonggo's
   * marks the skill's name in it, say; both mark a match where there is one.
   */
  private static void sameSearch(PostingQuery query, String... args) throws Exception {
    if (localSearcher == null) {
      PostingAnalyzer analyzer = pipeline.analyzer();
      SkillNames names = new SkillNames(Taxonomy.builtIn(), analyzer);
      localSearcher = new PostingSearcher(Path.of(index), names, analyzer);
      solrSearcher = new SolrPostingSearcher(SolrCollection.connect(url, null, COLLECTION), names,
          analyzer);
    }
    SearchResult l = localSearcher.search(query);
    SearchResult s = solrSearcher.search(query);
    assertFalse(l.hits().isEmpty(), "no hits for " + query);
    assertEquals(l.text(), s.text(), "the reading of " + query);
    assertEquals(l.total(), s.total(), "matches of " + query);
    assertEquals(l.coSkills(), s.coSkills(), "skills among the matches of " + query);
    assertEquals(l.cases(), s.cases(), "cases among the matches of " + query);
    assertEquals(l.hits().size(), s.hits().size());
    for (int i = 0; i < l.hits().size(); i++) {
      Hit lh = l.hits().get(i);
      Hit sh = s.hits().get(i);
      assertFalse(sh.snippet().isBlank(), "no snippet from Solr for " + sh);
      assertEquals(lh.snippet().contains("«"), sh.snippet().contains("«"), lh.snippet() + "\n" + sh.snippet());
      assertEquals(withoutSnippet(lh), withoutSnippet(sh), "hit " + i + " of " + query);
    }
    List<String> table = new ArrayList<>(List.of(args));
    table.addAll(List.of("--limit", "100"));
    CliRun lt = local("search", table.toArray(String[]::new));
    CliRun st = solr("search", table.toArray(String[]::new));
    assertEquals(0, st.exit(), st.err());
    assertEquals(withoutSnippets(lt.out()), withoutSnippets(st.out()));
  }

  /** A search table without its snippet lines, the only ones indented by four and not labelled. */
  private static String withoutSnippets(String table) {
    return table.lines().filter(l -> !(l.startsWith("    ") && !l.matches("^    (file|case|skills):.*")))
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static Hit withoutSnippet(Hit h) {
    return new Hit(h.score(), h.id(), h.file(), h.title(), h.company(), h.caseId(), h.confidence(),
        h.minYears(), h.skills(), "");
  }

  private static PostingQuery query(List<String> skills, boolean any, boolean required,
      List<String> categories, List<String> cases, Integer min, Integer max, String text) {
    return new PostingQuery(skills, any, required, categories, cases, min, max, text, 100);
  }

  @Test
  @Order(1)
  void skillSearchesEqualTheLocalIndex() throws Exception {
    List<String> none = List.of();
    sameSearch(query(List.of("spark"), false, false, none, none, null, null, null), "--skill", "spark");
    sameSearch(query(List.of("spark"), false, true, none, none, null, null, null),
        "--skill", "spark", "--required");
    sameSearch(query(List.of("spark", "kafka"), true, false, none, none, null, null, null),
        "--skill", "스파크", "--skill", "kafka", "--any");
    sameSearch(query(none, false, false, List.of("stream-processing"), none, 3, 7, null),
        "--category", "stream-processing", "--min-years", "3", "--max-years", "7");
    sameSearch(query(none, false, false, none, List.of("large-service", "midsize-mature"), null, null, null),
        "--case", "large-service", "--case", "midsize-mature");
    sameSearch(new PostingQuery(List.of("spark"), false, false, none, none, null, null, null, 100,
        Set.of(Skill.Kind.CONCEPT)), "--skill", "spark", "--kind", "concept");
    sameSearch(new PostingQuery(none, false, false, none, none, null, null, null, 100, Set.of(),
        List.of("데이터 레이크")), "--keyterm", "데이터 레이크");
  }

  /**
   * The skills of each kind are a field of their own (kind_tool, kind_concept…) in both: a Solr
   * facet on kind_tool counts exactly the tools the local index holds, and no concept among them.
   */
  @Test
  @Order(1)
  void eachKindsSkillsAreAFieldEqualToTheLocalIndex() throws Exception {
    for (Skill.Kind kind : Skill.Kind.values()) {
      String field = IndexSchema.kindField(kind);
      Map<String, Long> local = new TreeMap<>();
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(index)))) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Terms terms = leaf.reader().terms(field);
          if (terms == null) {
            continue;
          }
          TermsEnum e = terms.iterator();
          for (BytesRef t = e.next(); t != null; t = e.next()) {
            local.merge(t.utf8ToString(), (long) e.docFreq(), Long::sum);
          }
        }
      }
      var response = cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*").setRows(0)
          .setFacet(true).addFacetField(field).setFacetLimit(-1).setFacetMinCount(1));
      Map<String, Long> solr = new TreeMap<>();
      response.getFacetField(field).getValues().forEach(c -> solr.put(c.getName(), c.getCount()));
      assertEquals(local, solr, field);
      Taxonomy taxonomy = Taxonomy.builtIn();
      for (String id : solr.keySet()) {
        assertEquals(kind, taxonomy.get(id).kind(), id + " in " + field);
      }
      if (kind == Skill.Kind.TOOL) {
        assertTrue(solr.containsKey("spark"), "spark among the tools: " + solr);
      }
    }
  }

  @Test
  @Order(1)
  void freeTextEqualsTheLocalIndexScoreForScore() throws Exception {
    List<String> none = List.of();
    sameSearch(query(none, false, false, none, none, null, null, "실시간 데이터 파이프라인"),
        "--query", "실시간 데이터 파이프라인");
    sameSearch(query(List.of("python"), false, false, none, none, null, null, "Kubernetes 운영 경험"),
        "--query", "Kubernetes 운영 경험", "--skill", "python");
    sameSearch(query(none, false, false, none, none, null, null, "C++ node.js \"데이터\""),
        "--query", "C++ node.js \"데이터\"");
    // Skills named in Korean, a practice, and --required, which counts a named skill only where
    // a posting requires it.
    sameSearch(query(none, false, false, none, none, null, null, "쿠버네티스 운영 자동화"),
        "--query", "쿠버네티스 운영 자동화", "--explain");
    sameSearch(query(none, false, false, none, none, null, null, "데브옵스 플랫폼"),
        "--query", "데브옵스 플랫폼");
    sameSearch(query(none, false, true, none, none, null, null, "카프카 실시간 처리"),
        "--query", "카프카 실시간 처리", "--required");
  }

  @Test
  @Order(1)
  void statsEqualTheLocalIndex() throws Exception {
    for (String format : List.of("table", "csv")) {
      CliRun l = local("stats", "--format", format);
      CliRun s = solr("stats", "--format", format);
      assertEquals(0, s.exit(), s.err());
      assertEquals(l.out(), s.out(), format);
    }
    for (List<String> kind : List.of(List.<String>of(), List.of("--kind", "tool"))) {
      List<String> args = new ArrayList<>(List.of("--format", "json"));
      args.addAll(kind);
      JsonNode l = local("stats", args.toArray(String[]::new)).json();
      CliRun s = solr("stats", args.toArray(String[]::new));
      assertEquals(0, s.exit(), s.err());
      // Every number of the stats, lift and co-occurrence included, is the same; what only the
      // index folder gives (companies, index dates, terms no skill covers) the collection lacks.
      for (String folderOnly : INDEX_FOLDER_ONLY) {
        assertTrue(l.has(folderOnly), folderOnly);
        ((ObjectNode) l).remove(folderOnly);
      }
      assertEquals(l, s.json(), String.join(" ", kind));
    }
    CliRun narrowed = solr("stats", "--case", "large-service");
    assertEquals(2, narrowed.exit(), narrowed.err());
    assertTrue(narrowed.err().contains("not of a Solr collection"), narrowed.err());
  }

  /** The keys of `stats --format json` that only an index folder gives. */
  private static final List<String> INDEX_FOLDER_ONLY =
      List.of("companies", "postingsWithCompany", "indexed", "gaps");

  @Test
  @Order(1)
  void showGivesThePostingTheLocalIndexHolds() throws Exception {
    for (String name : List.of("02-daeyang-search-platform.pdf")) {
      JsonNode l = local("show", name, "--format", "json").json();
      CliRun s = solr("show", name, "--format", "json");
      assertEquals(0, s.exit(), s.err());
      JsonNode sj = s.json();
      ((ObjectNode) l).remove("indexedAt");
      ((ObjectNode) sj).remove("indexedAt");
      assertEquals(l, sj, name);
      String id = sj.get("id").asText();
      assertEquals(sj.get("file").asText(), solr("show", id.substring(0, 6), "--format", "json")
          .json().get("file").asText());
    }
    CliRun missing = solr("show", "no-such-posting.txt");
    assertEquals(2, missing.exit());
  }

  @Test
  @Order(1)
  void solrAnalysesEverySampleAsGonggoDoes() throws Exception {
    PostingAnalyzer analyzer = pipeline.analyzer();
    {
      List<Path> files = CliRun.filesIn(Path.of("samples"));
      for (Path file : files) {
        Extraction e = extractor.extract(file);
        String text = pipeline.analyze(e).text().text();
        List<String> gonggo = analyzer.analyze(text).tokens().stream().map(Token::term).toList();
        FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldType("posting_text")
            .setFieldValue(text).setQuery(text);
        request.setMethod(SolrRequest.METHOD.POST);
        FieldAnalysisResponse response = new FieldAnalysisResponse();
        response.setResponse(cluster.getSolrClient().request(request, COLLECTION));
        FieldAnalysisResponse.Analysis analysis = response.getFieldTypeAnalysis("posting_text");
        assertEquals(gonggo, terms(analysis.getQueryPhases()), "query tokens of " + file);
        assertEquals(gonggo, terms(analysis.getIndexPhases()), "index tokens of " + file);
      }
    }
  }

  private static List<String> terms(Iterable<AnalysisResponseBase.AnalysisPhase> phases) {
    List<String> out = List.of();
    for (AnalysisResponseBase.AnalysisPhase phase : phases) {
      out = phase.getTokens().stream().map(AnalysisResponseBase.TokenInfo::getText).toList();
    }
    return out;
  }

  @Test
  @Order(2)
  void aSecondRunSendsNothing() {
    CliRun again = CliRun.of("index", "samples", "--solr", url, "--collection", COLLECTION);
    assertEquals(0, again.exit(), again.err());
    assertEquals(0, again.count("new"));
    assertEquals(samples, again.count("unchanged"));
  }

  @Test
  @Order(2)
  void aSolrThatIsDownIsOneLineAndTouchesNothingLocal() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path untouched = tmp.resolve("untouched");
    CliRun run = CliRun.of("index", "samples", "--index", untouched.toString(),
        "--solr", "http://127.0.0.1:" + port + "/solr");
    assertEquals(1, run.exit(), run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("gonggo: cannot reach Solr at http://127.0.0.1:" + port), run.err());
    assertFalse(Files.exists(untouched));
    CliRun search = CliRun.of("search", "--skill", "spark", "--solr", "http://127.0.0.1:" + port);
    assertEquals(1, search.exit());
    assertEquals(1, search.err().lines().count(), search.err());
  }

  @Test
  @Order(2)
  void aMissingCollectionSaysHowToMakeIt() {
    CliRun run = CliRun.of("search", "--skill", "spark", "--solr", url, "--collection", "nothing");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("gonggo solr create"), run.err());
  }

  @Test
  @Order(2)
  void aDocumentSolrRefusesIsReportedByFileAndTheRunGoesOn() throws Exception {
    // A configset whose company field takes numbers only: Solr refuses every posting that names
    // its company, and only those.
    Path strict = tmp.resolve("strict");
    CliRun written = CliRun.of("solr", "configset", "--out", strict.toString());
    assertEquals(0, written.exit(), written.err());
    assertTrue(Files.isRegularFile(strict.resolve("gonggo-solr-plugin.jar")), written.out());
    assertTrue(written.out().contains(strict.resolve("conf/schema.xml").toString()), written.out());
    Path schema = strict.resolve("conf/schema.xml");
    Files.writeString(schema, Files.readString(schema).replace(
        "<field name=\"company\" type=\"string\"", "<field name=\"company\" type=\"pint\""));
    cluster.uploadConfigSet(strict.resolve("conf"), "strict");
    CollectionAdminRequest.createCollection("strict", "strict", 1, 1)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("strict", 1, 1);

    // Postings that name their company and postings that do not.
    Path some = tmp.resolve("some");
    CliRun.copy(List.of(Path.of("samples/01-hanbit-group-data-platform.txt"),
        Path.of("samples/04-haneul-shopping-realtime-data.md"),
        Path.of("samples/10-orbit-logistics-senior-data-engineer-en.md"),
        Path.of("samples/15-ssukssuk-startup-data-backend.txt"),
        Path.of("samples/07-podopay-data-platform.txt")), some);
    int files = CliRun.filesIn(some).size();
    CliRun run = CliRun.of("index", some.toString(), "--solr", url, "--collection", "strict",
        "--timeout", PARSE_LIMIT);
    assertEquals(1, run.exit(), run.err());
    List<String> refused = run.err().lines().filter(l -> l.contains("Solr refused it")).toList();
    assertFalse(refused.isEmpty(), run.err());
    assertEquals(refused.size(), run.err().lines().count(), run.err());
    for (String line : refused) {
      assertTrue(line.matches("gonggo: skipped " + java.util.regex.Pattern.quote(some.toString())
          + "/\\S+: Solr refused it \\(.*company.*\\)"), line);
    }
    assertTrue(refused.size() < files, "some postings name no company: " + run.err());
    assertEquals(refused.size(), run.count("skipped"));
    assertEquals(files - refused.size(), run.count("new"));
    long held = cluster.getSolrClient().query("strict", new SolrQuery("*:*").setRows(0))
        .getResults().getNumFound();
    assertEquals(files - refused.size(), held);
  }

  @Test
  @Order(3)
  void runsOfOtherFoldersNeitherPruneNorTakeOverEachOthersPostings() throws Exception {
    // Two "machines": each indexes its own folder into the collection; b's file is then gone
    // from here, as another machine's files are.
    Path a = Files.createDirectories(tmp.resolve("machine-a"));
    Path b = Files.createDirectories(tmp.resolve("machine-b"));
    String base = Files.readString(Path.of("samples/01-hanbit-group-data-platform.txt"));
    Files.writeString(b.resolve("b.txt"), base + "\n- 야간 당직 없음\n");
    Files.writeString(a.resolve("a.txt"), base + "\n- 주 1회 재택 근무\n");
    CliRun first = CliRun.of("index", b.toString(), "--solr", url, "--collection", COLLECTION);
    assertEquals(1, first.count("new"), first.out() + first.err());
    Files.delete(b.resolve("b.txt"));
    CliRun other = CliRun.of("index", a.toString(), "--prune", "--solr", url, "--collection", COLLECTION);
    assertEquals(0, other.exit(), other.err());
    assertEquals(1, other.count("new"));
    assertEquals(0, other.count("removed"), "b's posting is not a's to prune");
    assertEquals(samples + 2, numFound());
    CliRun own = CliRun.of("index", b.toString(), "--prune", "--solr", url, "--collection", COLLECTION);
    assertEquals(1, own.count("removed"), own.out());
    assertEquals(samples + 1, numFound());
  }

  private static long numFound() throws Exception {
    return cluster.getSolrClient().query(COLLECTION, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  @Test
  @Order(4)
  void aNodeLostDuringARunLosesNothingAndARerunAddsNothingTwice() throws Exception {
    CollectionAdminRequest.createCollection("lost", "gonggo-" + COLLECTION, 2, 2)
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("lost", 2, 4);
    Replica leader = cluster.getSolrClient().getClusterState().getCollection("lost")
        .getSlice("shard1").getLeader();
    JettySolrRunner doomed = cluster.getReplicaJetty(leader);
    String zk = cluster.getZkServer().getZkAddress();
    // Ten postings, sent two at a time: the node goes after the third.
    Path ten = tmp.resolve("ten");
    CliRun.copy(CliRun.filesIn(Path.of("samples")).subList(0, 10), ten);
    List<Path> files = CliRun.filesIn(ten);
    AtomicBoolean stopped = new AtomicBoolean();
    PostingIndexer.Listener stopOne = new PostingIndexer.Listener() {
      @Override
      public void indexed(int done, int toIndex) {
        if (done == toIndex / 3 && stopped.compareAndSet(false, true)) {
          try {
            cluster.stopJettySolrRunner(doomed);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      }
    };
    RunSummary first;
    try (PostingIndexer indexer = new PostingIndexer(SolrPostingStore.open(
            SolrCollection.connect(null, zk, "lost"), List.of(ten), 2, false),
            new PostingIndexer.Settings(2, 4))) {
      first = indexer.run(new PostingFiles.Found(files, List.of()), false, pipeline, extractor, stopOne);
    }
    assertTrue(stopped.get());
    assertEquals(files.size(), first.added(), first.toString());
    assertEquals(files.size(), first.postings());
    // Every posting once: as many distinct paths as postings.
    var client = cluster.getSolrClient();
    var facet = client.query("lost", new SolrQuery("*:*").setRows(0).setFacet(true)
        .addFacetField("path").setFacetLimit(-1).setFacetMinCount(2));
    assertEquals(files.size(), facet.getResults().getNumFound());
    assertTrue(facet.getFacetField("path").getValues().isEmpty(), facet.toString());

    CliRun again = CliRun.of("index", ten.toString(), "--zk", zk, "--collection", "lost");
    assertEquals(0, again.exit(), again.err());
    assertEquals(0, again.count("new"));
    assertEquals(files.size(), again.count("unchanged"));
    assertEquals(files.size(), client.query("lost", new SolrQuery("*:*").setRows(0)).getResults().getNumFound());
  }
}
