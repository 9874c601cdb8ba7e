package dev.gonggo.search;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.skills.Skill;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * What part of the market stats and the report look at: the postings of some cases (any of them)
 * that name every one of some skills, and of the skills only those of some kinds. Empty parts do
 * not filter; {@link #NONE} looks at everything.
 *
 * @param cases case ids; a posting of any of them is kept
 * @param skills skill ids, already resolved from aliases; a posting must name all of them
 * @param kinds skill kind ids (tool, concept, soft, language): only skills of one of them are
 *     counted; empty for every skill
 */
public record MarketFilter(List<String> cases, List<String> skills, List<String> kinds) {

  public static final MarketFilter NONE = new MarketFilter(List.of(), List.of(), List.of());

  public MarketFilter {
    cases = List.copyOf(cases);
    skills = List.copyOf(skills);
    kinds = List.copyOf(kinds);
  }

  /** Every posting, and of the skills those of some kinds (all for none), in the kinds' order. */
  public static MarketFilter ofKinds(Set<Skill.Kind> kinds) {
    return new MarketFilter(List.of(), List.of(),
        kinds.stream().sorted().map(Skill.Kind::id).toList());
  }

  /** True when the filter narrows nothing. */
  public boolean keepsEverything() {
    return cases.isEmpty() && skills.isEmpty() && kinds.isEmpty();
  }

  /** The same filter without its cases: the postings a case is compared with. */
  MarketFilter withoutCases() {
    return new MarketFilter(List.of(), skills, kinds);
  }

  /** True when a skill of the taxonomy is counted; one it lacks counts as a tool. */
  boolean counts(Skill skill) {
    return kinds.isEmpty() || kinds.contains((skill == null ? Skill.Kind.TOOL : skill.kind()).id());
  }

  /** The postings kept, as a query: every skill, and any one of the cases. */
  Query query() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), Occur.MUST);
    for (String s : skills) {
      b.add(new TermQuery(new Term(IndexSchema.SKILL, s)), Occur.FILTER);
    }
    if (!cases.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      cases.forEach(c -> any.add(new TermQuery(new Term(IndexSchema.CASE, c)), Occur.SHOULD));
      b.add(any.build(), Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The live postings of each segment (by leaf ord) the filter keeps. Where it keeps every posting
   * the segment's own live documents are returned (null when none is deleted), with no search.
   */
  Bits[] postings(IndexReader reader) throws IOException {
    Bits[] out = new Bits[reader.leaves().size()];
    if (cases.isEmpty() && skills.isEmpty()) {
      for (LeafReaderContext leaf : reader.leaves()) {
        out[leaf.ord] = leaf.reader().getLiveDocs();
      }
      return out;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    Weight weight = searcher.createWeight(searcher.rewrite(query()), ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      FixedBitSet kept = new FixedBitSet(Math.max(1, r.maxDoc()));
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        Bits live = r.getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (live == null || live.get(doc)) {
            kept.set(doc);
          }
        }
      }
      out[leaf.ord] = kept;
    }
    return out;
  }
}
