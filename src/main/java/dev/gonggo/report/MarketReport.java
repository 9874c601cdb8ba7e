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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the report shows, over the postings a filter keeps: the market stats, the postings
 * themselves (companies, when indexed, a list), and the terms they use that no skill covers. The
 * same numbers {@code gonggo stats --format json} prints, made by the same code.
 *
 * @param index the index folder read
 * @param taxonomy the skills the numbers were counted with
 */
public record MarketReport(Path index, Taxonomy taxonomy, MarketStats stats,
    MarketPostings postings, List<TermDocs> gaps) {

  /** Terms no skill covers, listed when at least this many kept postings use them. */
  public static final int GAP_MIN_POSTINGS = TaxonomyGaps.DEFAULT_MIN_DOCS;

  /** What to count and how much of it to keep. */
  public record Size(int top, int rows, int gaps) {}

  public static MarketReport of(Path indexDir, Taxonomy taxonomy, MarketFilter filter, Size size)
      throws IOException {
    MarketStats stats;
    MarketPostings postings;
    List<TermDocs> gaps;
    TaxonomyGaps taxonomyGaps = new TaxonomyGaps(new SkillMatcher(taxonomy, new PostingAnalyzer()),
        KeywordStopWords.builtIn());
    try (IndexSnapshot snapshot = PostingIndex.openReader(indexDir)) {
      stats = MarketStats.of(snapshot.reader(), taxonomy, size.top(), filter);
      postings = MarketPostings.of(snapshot.reader(), taxonomy, filter, size.rows());
      try (IndexFrequencies all = IndexFrequencies.open(indexDir)) {
        // Every posting: the index's own frequencies, as `gonggo keywords --index` lists them.
        gaps = filter.cases().isEmpty() && filter.skills().isEmpty()
            ? taxonomyGaps.suggest(all, GAP_MIN_POSTINGS, size.gaps())
            : keptGaps(taxonomyGaps, all, KeptTermFrequencies.of(snapshot.reader(), filter), size.gaps());
      }
    }
    return new MarketReport(indexDir, taxonomy, stats, postings, gaps);
  }

  /**
   * The terms no skill covers that most kept postings use, ranked as {@link TaxonomyGaps#suggest}
   * ranks them. A term is counted among the kept postings only while it could still rank: its
   * count there is at most its count in the whole index, so once the whole index's count falls
   * below the last kept term's, no later term can enter.
   */
  private static List<TermDocs> keptGaps(TaxonomyGaps gaps, IndexFrequencies all,
      KeptTermFrequencies kept, int limit) {
    Comparator<TermDocs> rank = Comparator.comparingInt(TermDocs::docFreq).reversed()
        .thenComparing(TermDocs::term);
    List<TermDocs> candidates = all.terms(GAP_MIN_POSTINGS).stream()
        .filter(t -> gaps.isSuggestion(t.term())).sorted(rank).toList();
    List<TermDocs> best = new ArrayList<>();
    for (TermDocs t : limit > 0 ? candidates : List.<TermDocs>of()) {
      if (best.size() == limit && t.docFreq() < best.get(limit - 1).docFreq()) {
        break;
      }
      int n = kept.docFreq(List.of(t.term()));
      if (n >= GAP_MIN_POSTINGS) {
        best.add(new TermDocs(t.term(), n));
        best.sort(rank);
        if (best.size() > limit) {
          best.remove(limit);
        }
      }
    }
    return List.copyOf(best);
  }

  /**
   * The numbers as {@code gonggo stats --format json} prints them: the stats' keys, then
   * {@code companies}, {@code postingsWithCompany}, {@code indexed} ({@code first}, {@code last}) and {@code gaps} ({@code
   * term}, {@code docFreq}, as {@code keywords --format json}).
   */
  public ObjectNode json(ObjectMapper mapper) {
    ObjectNode node = mapper.valueToTree(stats);
    node.put("companies", postings.companies());
    node.put("postingsWithCompany", postings.withCompany());
    ObjectNode indexed = node.putObject("indexed");
    indexed.put("first", postings.firstIndexed() == null ? null : postings.firstIndexed().toString());
    indexed.put("last", postings.lastIndexed() == null ? null : postings.lastIndexed().toString());
    var terms = node.putArray("gaps");
    gaps.forEach(t -> terms.addObject().put("term", t.term()).put("docFreq", t.docFreq()));
    return node;
  }
}
