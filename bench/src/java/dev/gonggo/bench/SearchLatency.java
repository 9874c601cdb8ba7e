package dev.gonggo.bench;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.Cases;
import dev.gonggo.search.PostingQuery;
import dev.gonggo.search.PostingSearch;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.solr.SolrCollection;
import dev.gonggo.solr.SolrPostingSearcher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Warm search latency in one JVM: a few hundred mixed queries (skills by alias, required skills,
 * categories and cases, years, free text in Korean and English, text with skills) run once to warm
 * up, then timed one by one through {@link PostingSearcher#search}, the call {@code gonggo search}
 * makes (hits, snippets and facet counts included).
 *
 * <p>Usage: {@code SearchLatency INDEX_DIR [QUERIES]}, or {@code SearchLatency --solr URL COLLECTION
 * [QUERIES]} for the same queries on a Solr collection; prints "p50 p99 max mean" in milliseconds,
 * the number of queries, their total hits, and the mean CPU time of a query in milliseconds (the
 * searching thread's own: the neighbours' load on a shared machine does not stretch it).
 */
public final class SearchLatency {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static final String[] SKILLS = {"spark", "스파크", "kafka", "카프카", "hadoop", "하둡",
      "airflow", "python", "java", "kubernetes", "k8s", "elasticsearch", "aws", "hive", "flink",
      "sql", "scala", "docker", "go", "bigquery", "trino", "redis", "terraform", "mlflow"};
  private static final String[] TEXT = {"실시간 데이터 파이프라인", "대용량 트래픽", "데이터 플랫폼 운영",
      "분산 처리", "배치 처리", "로그 수집", "추천 시스템", "사내 개발자", "클라우드 인프라",
      "데이터 웨어하우스 설계", "장애 대응", "스타트업 초기 멤버", "data pipeline", "streaming",
      "on-call", "데이터 엔지니어", "머신러닝 인프라", "검색 플랫폼", "모니터링", "백엔드 API 개발"};
  private static final String[] CATEGORIES = {"stream-processing", "batch-processing", "cloud",
      "hadoop-ecosystem", "workflow-orchestration", "search-engine", "ml-platform"};

  public static void main(String[] args) throws Exception {
    boolean solr = args[0].equals("--solr");
    int rest = solr ? 3 : 1;
    int count = args.length > rest ? Integer.parseInt(args[rest]) : 300;
    List<PostingQuery> queries = queries(count, new Random(7));
    PostingAnalyzer analyzer = new PostingAnalyzer();
    SkillNames names = new SkillNames(Taxonomy.builtIn(), analyzer);
    long[] nanos = new long[queries.size()];
    long hits = 0;
    long cpuNanos;
    try (PostingSearch searcher = solr
        ? new SolrPostingSearcher(SolrCollection.connect(args[1], null, args[2]), names, analyzer)
        : new PostingSearcher(Path.of(args[0]), names, analyzer)) {
      for (PostingQuery q : queries) {
        hits += searcher.search(q).total();
      }
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < queries.size(); i++) {
        long start = System.nanoTime();
        searcher.search(queries.get(i));
        nanos[i] = System.nanoTime() - start;
      }
      cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
    }
    printByKind(nanos);
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
    System.out.printf(Locale.ROOT, "%.2f %.2f %.2f %.2f %d %d %.2f%n", percentile(nanos, 50),
        percentile(nanos, 99), nanos[nanos.length - 1] / 1e6, mean, queries.size(), hits,
        cpuNanos / 1e6 / queries.size());
  }

  /** Mean and worst time of each kind of query (see {@link #queries}), to standard error. */
  private static void printByKind(long[] nanos) {
    String[] kinds = {"skill", "skill", "two skills", "required skill", "category+case+years",
        "text", "text", "text+skill"};
    Map<String, long[]> byKind = new LinkedHashMap<>();
    for (int i = 0; i < nanos.length; i++) {
      long[] sumCountMax = byKind.computeIfAbsent(kinds[i % kinds.length], k -> new long[3]);
      sumCountMax[0] += nanos[i];
      sumCountMax[1]++;
      sumCountMax[2] = Math.max(sumCountMax[2], nanos[i]);
    }
    byKind.forEach((kind, v) -> System.err.printf(Locale.ROOT, "%-20s mean %6.2f ms  max %6.2f ms  (%d)%n",
        kind, v[0] / 1e6 / v[1], v[2] / 1e6, v[1]));
  }

  private static double percentile(long[] sorted, int p) {
    int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, at)] / 1e6;
  }

  static List<PostingQuery> queries(int count, Random random) {
    List<PostingQuery> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> skills = new ArrayList<>();
      List<String> categories = new ArrayList<>();
      List<String> cases = new ArrayList<>();
      boolean required = false;
      boolean any = false;
      Integer minYears = null;
      String text = null;
      switch (i % 8) {
        case 0, 1 -> skills.add(pick(SKILLS, random));
        case 2 -> {
          skills.add(pick(SKILLS, random));
          skills.add(pick(SKILLS, random));
          any = random.nextBoolean();
        }
        case 3 -> {
          skills.add(pick(SKILLS, random));
          required = true;
        }
        case 4 -> {
          categories.add(pick(CATEGORIES, random));
          cases.add(Cases.IDS.get(random.nextInt(Cases.IDS.size())));
          minYears = 1 + random.nextInt(7);
        }
        case 5, 6 -> text = pick(TEXT, random);
        default -> {
          text = pick(TEXT, random);
          skills.add(pick(SKILLS, random));
        }
      }
      out.add(new PostingQuery(skills, any, required, categories, cases, minYears, null, text, 10));
    }
    return out;
  }

  private static String pick(String[] from, Random random) {
    return from[random.nextInt(from.length)];
  }

  private SearchLatency() {}
}
