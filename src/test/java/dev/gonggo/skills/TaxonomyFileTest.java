package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the hand-edited taxonomy data files: skills.tsv, the Nori user dictionary and the
 * protected terms. Prints a report of Korean aliases that Nori still splits.
 */
class TaxonomyFileTest {

  static final String SKILLS = "/dev/gonggo/skills/skills.tsv";
  static final String USERDICT = "/dev/gonggo/analysis/userdict.txt";
  static final String PROTECTED = "/dev/gonggo/analysis/protected-terms.txt";
  static final String HEADER = "id\tname\tcategories\taliases\tguard\tveto";

  static final Set<String> CATEGORIES = Set.of(
      "hadoop-ecosystem", "search-engine", "container-orchestration", "programming-language",
      "batch-processing", "stream-processing", "cloud", "workflow-orchestration", "database",
      "warehouse-lake", "ml-platform", "monitoring-operations", "backend", "distributed-systems",
      "cs-fundamentals", "collaboration");

  /** The canonical ids of docs/design.md (fixed). */
  static final List<String> DESIGN_IDS = List.of(
      "hadoop", "hdfs", "yarn", "hive", "hbase", "spark", "spark-streaming", "flink", "kafka",
      "kinesis", "presto", "trino", "impala", "airflow", "oozie", "luigi", "dbt", "elasticsearch",
      "opensearch", "solr", "kibana", "logstash", "kubernetes", "docker", "helm", "java", "python",
      "go", "scala", "kotlin", "sql", "c++", "aws", "gcp", "azure", "s3", "emr", "glue", "redshift",
      "athena", "bigquery", "dataflow", "snowflake", "databricks", "iceberg", "delta-lake", "hudi",
      "mysql", "postgresql", "oracle", "mongodb", "redis", "cassandra", "tensorflow", "pytorch",
      "kubeflow", "mlflow", "prometheus", "grafana", "terraform", "linux", "spring", "django",
      "fastapi", "nifi", "zookeeper", "superset", "tableau");

  /** The agreed ids of gold/ID-CONVENTIONS.md (data-pipeline is deliberately not a skill). */
  static final List<String> CONVENTION_IDS = List.of(
      "c", "c#", "r", "javascript", "typescript", "nodejs", "react", "vue", "php", "ruby", "rust",
      "swift", "shell", "spring-boot", "jpa", "mybatis", "flask", "express", "nestjs", "graphql",
      "rest-api", "grpc", "msa", "mariadb", "mssql", "sqlite", "dynamodb", "clickhouse", "druid",
      "pinot", "neo4j", "tibero", "cubrid", "rabbitmq", "kafka-connect", "kafka-streams",
      "debezium", "fluentd", "filebeat", "beam", "storm", "sqoop", "flume", "ranger", "kudu", "tez",
      "pig", "hue", "ambari", "cloudera", "mapreduce", "pandas", "numpy", "scikit-learn", "keras",
      "xgboost", "huggingface", "langchain", "llm", "nlp", "computer-vision", "ml",
      "deep-learning", "jupyter", "sagemaker", "vertex-ai", "ray", "triton", "onnx", "tensorrt",
      "feature-store", "looker", "metabase", "redash", "power-bi", "excel", "git", "github",
      "gitlab", "jenkins", "github-actions", "argo", "argocd", "ansible", "nginx", "istio", "ci-cd",
      "datadog", "elk", "sentry", "ec2", "lambda", "rds", "ecs", "eks", "cloudformation", "gcs",
      "pubsub", "dataproc", "composer", "cloud-functions", "airbyte", "fivetran",
      "great-expectations", "datahub", "amundsen", "data-modeling", "etl", "data-warehouse",
      "data-lake", "dw", "olap", "distributed-systems", "data-structures", "algorithms",
      "networking", "operating-systems", "cs-fundamentals", "communication", "problem-solving",
      "english", "jira", "confluence", "unity", "unreal", "solidity", "ethereum", "android", "ios",
      "windows-server", "vmware", "openstack", "ceph", "minio", "nosql", "rdbms", "vertx",
      "webflux");

  /** Common posting words that must stay one token with the user dictionary. */
  static final List<String> COMMON_WORDS = List.of(
      "데이터", "엔지니어", "플랫폼", "서비스", "개발", "경험", "우대", "하이브리드", "클라우드",
      "파이프라인", "스크립트", "자바", "하둡", "스파크", "카프카", "영어", "알고리즘", "네트워크");

  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

  record Skill(int line, String id, String name, List<String> categories, List<String> aliases,
      Set<String> guard, List<String> veto) {}

  static List<Skill> skills;
  static UserDictionary userDictionary;
  static List<String> protectedTerms;
  static Pattern protectedPattern;

  @BeforeAll
  static void load() throws IOException {
    protectedTerms = new ArrayList<>();
    for (String l : lines(PROTECTED)) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        protectedTerms.add(t);
      }
    }
    // Longest first, so that "asp.net" wins over ".net".
    List<String> sorted = new ArrayList<>(protectedTerms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])(");
    for (int i = 0; i < sorted.size(); i++) {
      re.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    protectedPattern = Pattern.compile(re.append(")(?![\\p{L}\\p{N}+#])").toString());

    try (Reader r = reader(USERDICT)) {
      userDictionary = UserDictionary.open(r);
    }
    assertNotNull(userDictionary, "user dictionary is empty");

    skills = new ArrayList<>();
    List<String> all = lines(SKILLS);
    assertFalse(all.isEmpty(), "skills.tsv is empty");
    assertEquals(HEADER, all.get(0), "first line must be the header");
    for (int i = 1; i < all.size(); i++) {
      String l = all.get(i);
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      assertEquals(6, f.length, "line " + (i + 1) + " must have 6 tab-separated columns: " + l);
      skills.add(new Skill(i + 1, f[0], f[1], split(f[2], ","), split(f[3], "\\|"),
          new LinkedHashSet<>(split(f[4], ",")), split(f[5], "\\|")));
    }
  }

  @Test
  void idsAreUniqueWellFormedAndEnough() {
    Set<String> seen = new HashSet<>();
    for (Skill s : skills) {
      assertTrue(ID.matcher(s.id()).matches() || s.id().equals("c++") || s.id().equals("c#"),
          "bad id on line " + s.line() + ": " + s.id());
      assertTrue(seen.add(s.id()), "duplicate id " + s.id());
      assertFalse(s.name().isBlank(), "empty name for " + s.id());
    }
    assertTrue(skills.size() >= 220, "only " + skills.size() + " skills");
    System.out.printf("taxonomy: %d skills, %d aliases%n", skills.size(),
        skills.stream().mapToInt(s -> s.aliases().size()).sum());
  }

  @Test
  void everyDesignAndConventionIdIsPresent() {
    Set<String> ids = new HashSet<>();
    skills.forEach(s -> ids.add(s.id()));
    for (String id : DESIGN_IDS) {
      assertTrue(ids.contains(id), "design.md id missing: " + id);
    }
    for (String id : CONVENTION_IDS) {
      assertTrue(ids.contains(id), "ID-CONVENTIONS id missing: " + id);
    }
    assertFalse(ids.contains("data-pipeline"), "data-pipeline is too generic to be a skill");
  }

  @Test
  void categoriesAreTheFixedOnes() {
    for (Skill s : skills) {
      assertFalse(s.categories().isEmpty(), "no category for " + s.id());
      assertEquals(s.categories().size(), new HashSet<>(s.categories()).size(),
          "repeated category for " + s.id());
      for (String c : s.categories()) {
        assertTrue(CATEGORIES.contains(c), "unknown category " + c + " for " + s.id());
      }
    }
  }

  @Test
  void linesAreSortedByCategoryGroupThenId() {
    List<String> order = List.of("hadoop-ecosystem", "search-engine", "container-orchestration",
        "programming-language", "batch-processing", "stream-processing", "cloud",
        "workflow-orchestration", "database", "warehouse-lake", "ml-platform",
        "monitoring-operations", "backend", "distributed-systems", "cs-fundamentals",
        "collaboration");
    for (int i = 1; i < skills.size(); i++) {
      Skill a = skills.get(i - 1);
      Skill b = skills.get(i);
      int ga = order.indexOf(a.categories().get(0));
      int gb = order.indexOf(b.categories().get(0));
      assertTrue(ga < gb || (ga == gb && a.id().compareTo(b.id()) < 0),
          "not sorted: " + a.id() + " before " + b.id());
    }
  }

  @Test
  void guardsAndVetoesAreWellFormed() throws IOException {
    List<String> report = new ArrayList<>();
    for (Skill s : skills) {
      for (String g : s.guard()) {
        assertTrue(g.equals("case") || g.equals("context"),
            "guard flag must be case or context: " + g + " for " + s.id());
      }
      for (String a : s.aliases()) {
        if (!a.equals(a.toLowerCase(Locale.ROOT))) {
          assertTrue(s.guard().contains("case"),
              "alias with uppercase needs the case guard: " + a + " (" + s.id() + ")");
        }
      }
      for (String v : s.veto()) {
        List<String> t = analyze(v);
        assertFalse(t.isEmpty(), "veto word analyses to nothing: " + v + " (" + s.id() + ")");
        if (t.size() != 1 || !t.get(0).equals(v.toLowerCase(Locale.ROOT))) {
          report.add(s.id() + ": " + v + " -> " + t);
        }
      }
    }
    report.forEach(r -> System.out.println("veto not one token: " + r));
    assertTrue(report.isEmpty(), "veto words must be single analysed tokens: " + report);
  }

  @Test
  void noAliasUnderTwoSkills() throws IOException {
    Map<String, String> byText = new HashMap<>();
    Map<List<String>, String> byTokens = new HashMap<>();
    for (Skill s : skills) {
      Set<String> own = new HashSet<>();
      for (String a : s.aliases()) {
        assertFalse(a.isBlank(), "empty alias for " + s.id());
        assertEquals(a.strip(), a, "alias with surrounding space: '" + a + "' (" + s.id() + ")");
        assertTrue(own.add(a), "alias listed twice: " + a + " (" + s.id() + ")");
        String key = a.toLowerCase(Locale.ROOT);
        String other = byText.putIfAbsent(key, s.id());
        assertTrue(other == null || other.equals(s.id()),
            "alias " + a + " under " + other + " and " + s.id());
        List<String> tokens = analyze(a);
        assertFalse(tokens.isEmpty(), "alias analyses to nothing: " + a + " (" + s.id() + ")");
        String otherT = byTokens.putIfAbsent(tokens, s.id());
        assertTrue(otherT == null || otherT.equals(s.id()),
            "alias " + a + " " + tokens + " matches the same tokens under " + otherT + " and "
                + s.id());
      }
    }
  }

  @Test
  void koreanAliasesTokenizeWithTheUserDictionary() throws IOException {
    Set<String> design = new HashSet<>(DESIGN_IDS);
    Map<String, List<String>> split = new TreeMap<>();
    List<String> designSplits = new ArrayList<>();
    int korean = 0;
    for (Skill s : skills) {
      for (String a : s.aliases()) {
        if (!HANGUL.matcher(a).find()) {
          continue;
        }
        korean++;
        List<String> tokens = analyze(a);
        assertFalse(tokens.isEmpty(), "Korean alias analyses to nothing: " + a);
        for (String t : tokens) {
          assertFalse(t.isEmpty(), "empty token in " + a);
        }
        int words = a.strip().split("\\s+").length;
        if (tokens.size() > words) {
          split.put(s.id() + ": " + a, tokens);
          if (design.contains(s.id())) {
            designSplits.add(s.id() + ": " + a + " -> " + tokens);
          }
        }
      }
    }
    System.out.println("Korean aliases: " + korean + "; split into more tokens than words: "
        + split.size());
    split.forEach((k, v) -> System.out.println("  split  " + k + " -> " + v));
    assertTrue(designSplits.isEmpty(), "design.md skills' Korean aliases split: " + designSplits);
  }

  @Test
  void commonWordsStayWhole() throws IOException {
    for (String w : COMMON_WORDS) {
      assertEquals(List.of(w), analyze(w), "common word no longer one token: " + w);
    }
    // Inflected forms meet the bare alias (the particle is removed by the POS filter).
    assertEquals(List.of("하둡"), analyze("하둡을"));
    assertEquals(List.of("쿠버네티스"), analyze("쿠버네티스를"));
    assertEquals(List.of("에어플로우"), analyze("에어플로우로"));
  }

  @Test
  void protectedTermsAndUserDictionaryAreClean() throws IOException {
    Set<String> seen = new HashSet<>();
    for (String t : protectedTerms) {
      assertEquals(t.toLowerCase(Locale.ROOT), t, "protected term not lowercase: " + t);
      assertTrue(seen.add(t), "duplicate protected term: " + t);
      assertTrue(t.chars().anyMatch(c -> !Character.isLetter(c)),
          "protected term needs punctuation or digits, else it is one token anyway: " + t);
      assertEquals(List.of(t), analyze(t), "protected term does not stay whole: " + t);
    }
    Set<String> entries = new HashSet<>();
    for (String l : lines(USERDICT)) {
      String e = l.strip();
      if (e.isEmpty() || e.startsWith("#")) {
        continue;
      }
      String word = e.split("\\s+")[0];
      assertTrue(entries.add(word), "duplicate user dictionary entry: " + word);
      assertTrue(HANGUL.matcher(word).find(), "user dictionary entry is not Korean: " + word);
    }
  }

  // ---- helpers ----

  /**
   * The analysis chain the matcher uses, reduced to what the data files need: protected terms kept
   * whole, Nori with the user dictionary (DISCARD), POS stop filter, lowercase.
   */
  static List<String> analyze(String text) throws IOException {
    List<String> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = protectedPattern.matcher(lower);
    int from = 0;
    while (m.find()) {
      out.addAll(nori(lower.substring(from, m.start())));
      out.add(m.group(1));
      from = m.end();
    }
    out.addAll(nori(lower.substring(from)));
    return out;
  }

  static List<String> nori(String text) throws IOException {
    List<String> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    Tokenizer tokenizer = new KoreanTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
        userDictionary, KoreanTokenizer.DecompoundMode.DISCARD, false, true);
    try (TokenStream ts = new LowerCaseFilter(new KoreanPartOfSpeechStopFilter(tokenizer))) {
      tokenizer.setReader(new StringReader(text));
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  static List<String> split(String field, String sep) {
    if (field.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String p : field.split(sep, -1)) {
      out.add(p);
    }
    return out;
  }

  static Reader reader(String resource) {
    InputStream in = TaxonomyFileTest.class.getResourceAsStream(resource);
    assertNotNull(in, "missing resource " + resource);
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  static List<String> lines(String resource) throws IOException {
    try (BufferedReader r = new BufferedReader(reader(resource))) {
      return r.lines().toList();
    }
  }
}
