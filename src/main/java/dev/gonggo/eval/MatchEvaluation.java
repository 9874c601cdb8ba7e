package dev.gonggo.eval;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.index.IndexSchema;
import dev.gonggo.index.PostingIndexer;
import dev.gonggo.index.RunSummary;
import dev.gonggo.match.BasicUse;
import dev.gonggo.match.CareerYears;
import dev.gonggo.match.FitRanking;
import dev.gonggo.match.PostingFit;
import dev.gonggo.match.Profile;
import dev.gonggo.match.ProfileReader;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SkillNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Scores {@code gonggo match} against graded profiles: for each profile, the graded postings in
 * the order match ranks them and in the order a plain BM25 search of the profile's whole text
 * ranks them (what a search engine with a Korean analyzer gives a pasted résumé), both over the
 * same index and both restricted to the postings graded for that profile, then NDCG@10 of each.
 * A graded posting a ranking leaves out (no skill in common, no word in common) comes after the
 * ranked ones, in file-name order, the same for both.
 */
public final class MatchEvaluation {

  /** The cut-off of NDCG. */
  public static final int K = 10;

  /** One profile's figures. */
  public record ProfileScore(String profile, int graded, double match, double bm25,
      List<String> matchTop, List<String> bm25Top) {}

  /**
   * Every profile's figures, and what could not be read.
   *
   * @param skipped the graded postings and profiles that could not be read, and why
   */
  public record Report(List<ProfileScore> profiles, List<RunSummary.Skip> skipped) {

    public double meanMatch() {
      return profiles.stream().mapToDouble(ProfileScore::match).average().orElse(0);
    }

    public double meanBm25() {
      return profiles.stream().mapToDouble(ProfileScore::bm25).average().orElse(0);
    }
  }

  /**
   * The whole evaluation: the graded postings of the corpus indexed into {@code indexDir} (a
   * fresh folder), each profile of the profiles folder read as gonggo match reads it, and scored.
   */
  public static Report run(MatchGrades grades, Path profiles, Path corpus, Path indexDir,
      PostingPipeline pipeline, PostingExtractor extractor, FitRanking ranking) throws IOException {
    List<RunSummary.Skip> skipped = new ArrayList<>();
    List<Path> files = grades.files().stream().map(corpus::resolve).toList();
    PostingIndexer.Settings defaults = PostingIndexer.Settings.defaults();
    try (PostingIndexer indexer = new PostingIndexer(indexDir, true, new PostingIndexer.Settings(
        defaults.threads(), defaults.commitEvery(), defaults.commitInterval(), true))) {
      RunSummary summary = indexer.run(new PostingFiles.Found(files, List.of()), false, pipeline,
          extractor, PostingIndexer.Listener.NONE);
      skipped.addAll(summary.skipped());
      summary.duplicates().forEach(d -> skipped.add(new RunSummary.Skip(d.file(), "the same as " + d.sameAs())));
    }
    SkillNames names = new SkillNames(pipeline.taxonomy(), pipeline.analyzer());
    ProfileReader reader = new ProfileReader(pipeline, names, new CareerYears(), BasicUse.builtIn());
    List<ProfileScore> scores = new ArrayList<>();
    try (PostingSearcher searcher = new PostingSearcher(indexDir, names, pipeline.analyzer())) {
      MatchEvaluation evaluation = new MatchEvaluation(searcher, pipeline.analyzer(), ranking);
      for (Map.Entry<String, Map<String, Integer>> e : grades.grades().entrySet()) {
        Extraction read = extractor.extract(profiles.resolve(e.getKey()));
        if (!read.ok()) {
          skipped.add(new RunSummary.Skip(profiles.resolve(e.getKey()), read.error()));
          continue;
        }
        scores.add(evaluation.score(e.getKey(), reader.read(read), e.getValue()));
      }
    }
    return new Report(List.copyOf(scores), List.copyOf(skipped));
  }

  private final PostingSearcher searcher;
  private final PostingAnalyzer analyzer;
  private final FitRanking ranking;

  public MatchEvaluation(PostingSearcher searcher, PostingAnalyzer analyzer, FitRanking ranking) {
    this.searcher = searcher;
    this.analyzer = analyzer;
    this.ranking = ranking;
  }

  /** Both rankings of one profile's graded postings, scored. */
  public ProfileScore score(String name, Profile profile, Map<String, Integer> grades) throws IOException {
    List<String> match = new ArrayList<>();
    for (PostingFit f : ranking.rank(searcher, profile, List.of())) {
      match.add(f.fileName());
    }
    List<String> matchOrder = restrict(match, grades.keySet());
    List<String> bm25Order = restrict(bm25(profile.text()), grades.keySet());
    return new ProfileScore(name, grades.size(), ndcg(matchOrder, grades, K), ndcg(bm25Order, grades, K),
        matchOrder.subList(0, Math.min(K, matchOrder.size())),
        bm25Order.subList(0, Math.min(K, bm25Order.size())));
  }

  /**
   * The file names of the postings a plain BM25 search of the text ranks, best first: every
   * distinct analysed term of the text as one optional clause over the posting text field, as an
   * Elasticsearch match query on a Nori field does, no skills, no phrases.
   */
  List<String> bm25(String text) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    for (Token t : analyzer.analyze(text).tokens()) {
      if (terms.size() < IndexSearcher.getMaxClauseCount()) {
        terms.add(t.term());
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.forEach(t -> b.add(new TermQuery(new Term(IndexSchema.TEXT, t)), Occur.SHOULD));
    IndexSearcher s = searcher.searcher();
    List<String> out = new ArrayList<>();
    int all = Math.max(1, s.getIndexReader().numDocs());
    var stored = s.storedFields();
    for (ScoreDoc sd : s.search(b.build(), all).scoreDocs) {
      out.add(Path.of(stored.document(sd.doc, Set.of(IndexSchema.PATH)).get(IndexSchema.PATH))
          .getFileName().toString());
    }
    return out;
  }

  /** The ranked names that are graded, in order, then the graded ones left out, by name. */
  static List<String> restrict(List<String> ranked, Set<String> graded) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (String name : ranked) {
      if (graded.contains(name) && seen.add(name)) {
        out.add(name);
      }
    }
    new TreeSet<>(graded).stream().filter(seen::add).forEach(out::add);
    return out;
  }

  /**
   * NDCG at {@code k} with gains 2^grade − 1 and the discount log2(rank + 1): the ranking's
   * discounted gain over the best possible ordering of the same graded postings.
   */
  public static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
