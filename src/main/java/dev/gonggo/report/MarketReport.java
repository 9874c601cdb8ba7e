package dev.gonggo.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.index.IndexFrequencies;
import dev.gonggo.index.IndexSnapshot;
import dev.gonggo.index.PostingIndex;
import dev.gonggo.search.KeptTermFrequencies;
import dev.gonggo.search.MarketFilter;
import dev.gonggo.search.MarketPostings;
import dev.gonggo.search.MarketStats;
import dev.gonggo.skills.DocumentFrequencies.TermDocs;
import dev.gonggo.skills.KeywordStopWords;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.skills.TaxonomyGaps;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Everything the report shows, over the postings a filter keeps: the market stats, the postings
 * themselves (companies, when indexed, a list), and the terms they use that no skill covers. The
 * same numbers {@code gonggo stats --format json} prints, made by the same code.
 *
 * @param index the index folder read
 * @param taxonomy the skills the numbers were counted with
 */
public record MarketReport(Path index, Taxonomy taxonomy, MarketStats stats,
    MarketPostings postings, List<TermDocs> gaps, int gapMinPostings) {

  /** Terms no skill covers are listed when at least this many kept postings use them, by default. */
  public static final int GAP_MIN_POSTINGS = TaxonomyGaps.DEFAULT_MIN_DOCS;

  /**
   * What to count and how much of it to keep.
   *
   * @param gapMinPostings terms no skill covers are listed when at least this many kept postings
   *     use them
   */
  public record Size(int top, int rows, int gaps, int gapMinPostings) {}

  public static MarketReport of(Path indexDir, Taxonomy taxonomy, MarketFilter filter, Size size)
      throws IOException {
    // Three parts that need nothing of each other run side by side: the taxonomy's alias terms
    // (the gaps leave those out; analysing them loads Nori's dictionary), the posting list, and
    // the stats. Each takes about half a second to a second at 100k postings.
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "gonggo-report");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<TaxonomyGaps> taxonomyGaps = pool.submit(() -> new TaxonomyGaps(
          new SkillMatcher(taxonomy, new PostingAnalyzer()), KeywordStopWords.builtIn()));
      try (IndexSnapshot snapshot = PostingIndex.openReader(indexDir)) {
        Future<MarketPostings> postings = pool.submit(
            () -> MarketPostings.of(snapshot.reader(), taxonomy, filter, size.rows()));
        MarketStats stats = MarketStats.of(snapshot.reader(), taxonomy, size.top(), filter);
        List<TermDocs> gaps;
        try (IndexFrequencies all = IndexFrequencies.open(indexDir)) {
          // Every posting: the index's own frequencies, as `gonggo keywords --index` lists them.
          gaps = filter.cases().isEmpty() && filter.skills().isEmpty()
              ? done(taxonomyGaps).suggest(all, size.gapMinPostings(), size.gaps())
              : keptGaps(done(taxonomyGaps), all, KeptTermFrequencies.of(snapshot.reader(), filter),
                  size.gapMinPostings(), size.gaps());
        }
        return new MarketReport(indexDir, taxonomy, stats, done(postings), gaps, size.gapMinPostings());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The result of a part run beside, its failure thrown as if it had run here. */
  private static <T> T done(Future<T> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while making the report");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * The terms no skill covers that most kept postings use, ranked as {@link TaxonomyGaps#suggest}
   * ranks them: the postings' key terms where the index keeps them, else the single terms of the
   * text. A term is counted among the kept postings only while it could still rank: its count
   * there is at most its count in the whole index, so once the whole index's count falls below
   * the last kept term's, no later term can enter.
   */
  private static List<TermDocs> keptGaps(TaxonomyGaps gaps, IndexFrequencies all,
      KeptTermFrequencies kept, int minPostings, int limit) {
    Comparator<TermDocs> rank = Comparator.comparingInt(TermDocs::docFreq).reversed()
        .thenComparing(TermDocs::term);
    List<TermDocs> keyTerms = all.keyTerms(minPostings);
    boolean byKeyTerm = !keyTerms.isEmpty();
    List<TermDocs> candidates = (byKeyTerm ? keyTerms : all.terms(minPostings)).stream()
        .filter(t -> gaps.isSuggestion(t.term())).sorted(rank).toList();
    List<TermDocs> best = new ArrayList<>();
    for (TermDocs t : limit > 0 ? candidates : List.<TermDocs>of()) {
      if (best.size() == limit && t.docFreq() < best.get(limit - 1).docFreq()) {
        break;
      }
      int n = byKeyTerm ? kept.keyTermDocFreq(t.term()) : kept.docFreq(List.of(t.term()));
      if (n >= minPostings) {
        best.add(new TermDocs(t.term(), n));
        best.sort(rank);
        if (best.size() > limit) {
          best.remove(limit);
        }
      }
    }
    return best.stream().map(t -> new TermDocs(t.term(), t.docFreq(), all.written(t.term()))).toList();
  }

  /**
   * The numbers as {@code gonggo stats --format json} prints them: the stats' keys, then
   * {@code companies}, {@code postingsWithCompany}, {@code indexed} ({@code first}, {@code last}) and {@code gaps} ({@code
   * term}, {@code text}, {@code docFreq}, as {@code keywords --format json}).
   */
  public ObjectNode json(ObjectMapper mapper) {
    ObjectNode node = mapper.valueToTree(stats);
    node.put("companies", postings.companies());
    node.put("postingsWithCompany", postings.withCompany());
    ObjectNode indexed = node.putObject("indexed");
    indexed.put("first", postings.firstIndexed() == null ? null : postings.firstIndexed().toString());
    indexed.put("last", postings.lastIndexed() == null ? null : postings.lastIndexed().toString());
    var terms = node.putArray("gaps");
    gaps.forEach(t -> terms.addObject().put("term", t.term()).put("text", t.written())
        .put("docFreq", t.docFreq()));
    return node;
  }
}
