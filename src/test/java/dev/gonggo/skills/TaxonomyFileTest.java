package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the hand-edited taxonomy (skills.tsv) against the analysis chain it is matched through:
 * ids, coverage of the design's ids, aliases that collide once analysed, and Korean aliases and
 * veto words that Nori would cut into pieces the user dictionary should have kept whole.
 */
class TaxonomyFileTest {

  /** The canonical ids of design.md. */
  static final List<String> DESIGN_IDS = List.of(
      "hadoop", "hdfs", "yarn", "hive", "hbase", "spark", "spark-streaming", "flink", "kafka",
      "kinesis", "presto", "trino", "impala", "airflow", "oozie", "luigi", "dbt", "elasticsearch",
      "opensearch", "solr", "kibana", "logstash", "kubernetes", "docker", "helm", "java", "python",
      "go", "scala", "kotlin", "sql", "c++", "aws", "gcp", "azure", "s3", "emr", "glue", "redshift",
      "athena", "bigquery", "dataflow", "snowflake", "databricks", "iceberg", "delta-lake", "hudi",
      "mysql", "postgresql", "oracle", "mongodb", "redis", "cassandra", "tensorflow", "pytorch",
      "kubeflow", "mlflow", "prometheus", "grafana", "terraform", "linux", "spring", "django",
      "fastapi", "nifi", "zookeeper", "superset", "tableau");

  /** Common posting words that must stay one token with the user dictionary. */
  static final List<String> COMMON_WORDS = List.of(
      "데이터", "엔지니어", "플랫폼", "서비스", "개발", "경험", "우대", "클라우드", "파이프라인",
      "자바", "하둡", "스파크", "카프카", "쿠버네티스", "백엔드", "엘라스틱서치", "에어플로우");

  private static final Pattern ID = Pattern.compile("[a-z0-9#+]+([-.][a-z0-9#+]+)*");
  private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");

  private final Taxonomy taxonomy = Taxonomy.builtIn();
  private final PostingAnalyzer analyzer = new PostingAnalyzer();

  @Test
  void holdsEnoughSkillsWithWellFormedIds() {
    assertTrue(taxonomy.size() >= 200, "skills: " + taxonomy.size());
    for (Skill s : taxonomy.skills()) {
      assertTrue(ID.matcher(s.id()).matches(), "id: " + s.id());
      assertTrue(!s.categories().isEmpty(), "no category: " + s.id());
    }
  }

  @Test
  void everyDesignIdIsPresent() {
    for (String id : DESIGN_IDS) {
      assertTrue(taxonomy.get(id) != null, "design id missing: " + id);
    }
  }

  @Test
  void noAliasMeansTwoSkills() {
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Skill s : taxonomy.skills()) {
      for (String alias : s.aliases()) {
        String key = terms(alias) + (s.caseSensitive() && !alias.equals(alias.toLowerCase()) ? "|" + alias : "");
        String before = owner.putIfAbsent(key, s.id());
        if (before != null && !before.equals(s.id())) {
          clashes.add(alias + " → " + before + " and " + s.id());
        }
      }
    }
    assertTrue(clashes.isEmpty(), String.join("\n", clashes));
  }

  @Test
  void koreanAliasesOfDesignSkillsStayWhole() {
    List<String> split = new ArrayList<>();
    for (String id : DESIGN_IDS) {
      for (String alias : taxonomy.get(id).aliases()) {
        if (HANGUL.matcher(alias).find()) {
          int words = alias.strip().split("\\s+").length;
          int tokens = analyzer.analyze(alias).tokens().size();
          if (tokens > words) {
            split.add(alias + " → " + terms(alias));
          }
        }
      }
    }
    assertTrue(split.isEmpty(), "Korean aliases Nori splits:\n" + String.join("\n", split));
  }

  @Test
  void commonWordsStayOneToken() {
    for (String word : COMMON_WORDS) {
      assertEquals(List.of(word), termList(word), word);
    }
  }

  @Test
  void vetoWordsAreSingleTokens() {
    List<String> bad = new ArrayList<>();
    for (Skill s : taxonomy.skills()) {
      for (String veto : s.veto()) {
        if (termList(veto).size() != 1 || !termList(veto).get(0).equals(veto)) {
          bad.add(s.id() + ": " + veto + " → " + terms(veto));
        }
      }
    }
    assertTrue(bad.isEmpty(), "veto words must analyse to themselves:\n" + String.join("\n", bad));
  }

  @Test
  void everyAliasAnalysesToSomething() {
    for (Skill s : taxonomy.skills()) {
      for (String alias : s.aliases()) {
        assertTrue(!termList(alias).isEmpty(), "alias analyses to nothing: " + alias + " (" + s.id() + ")");
      }
    }
  }

  private List<String> termList(String s) {
    AnalyzedText a = analyzer.analyze(s);
    return a.tokens().stream().map(Token::term).toList();
  }

  private String terms(String s) {
    return termList(s).stream().collect(Collectors.joining(" "));
  }
}
