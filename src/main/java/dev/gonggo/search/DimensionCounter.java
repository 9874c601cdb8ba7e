package dev.gonggo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts, among the postings a query matches, how many have each value of a keyword dimension
 * (the skills they name, their case). Exact either way, by whichever is cheaper:
 *
 * <ul>
 *   <li>few matches: Lucene's {@link StringValueFacetCounts} reads the values of each matching
 *       posting from doc values, a cost that grows with the matches;
 *   <li>many matches (a common skill, a broad text query over 100k postings): each value's
 *       postings are held as a bitset (or, for a rare value, a list of documents) and intersected
 *       with the matching set, a cost that grows with the number of values and not the matches.
 *       Per-document counting spent a third of a search there.
 * </ul>
 *
 * <p>The value sets are read from the dimension's indexed terms once, when the counter is made
 * (one per searcher). Deleted postings may stay in them: the matching set holds live ones only.
 */
final class DimensionCounter {

  /** Below this share of the index the matches are counted one by one. */
  static final int FEW_MATCHES_DIVISOR = 32;
  /** A value in at least this share of a segment's postings is held as a bitset. */
  private static final int DENSE_DIVISOR = 32;

  private final String field;
  private final int fewMatches;
  private final List<String> values;
  /** Per segment (by leaf ord), per value: a FixedBitSet, an int[] of documents, or null. */
  private final Object[][] docs;
  private final StringDocValuesReaderState docValues;

  private DimensionCounter(String field, int fewMatches, List<String> values, Object[][] docs,
      StringDocValuesReaderState docValues) {
    this.field = field;
    this.fewMatches = fewMatches;
    this.values = values;
    this.docs = docs;
    this.docValues = docValues;
  }

  /**
   * The counter of a dimension indexed both as terms and as sorted (set) doc values under
   * {@code field}; null when no posting in the index has it.
   */
  static DimensionCounter of(IndexReader reader, String field) throws IOException {
    return of(reader, field, reader.maxDoc() / FEW_MATCHES_DIVISOR);
  }

  /** As {@link #of(IndexReader, String)}, counting one by one below {@code fewMatches} matches. */
  static DimensionCounter of(IndexReader reader, String field, int fewMatches) throws IOException {
    Set<String> all = new TreeSet<>();
    boolean hasDocValues = false;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          all.add(t.utf8ToString());
        }
      }
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      hasDocValues |= info != null && info.getDocValuesType() != DocValuesType.NONE;
    }
    if (all.isEmpty() || !hasDocValues) {
      return null;
    }
    List<String> values = List.copyOf(all);
    Object[][] docs = new Object[reader.leaves().size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      docs[leaf.ord] = leafDocs(leaf.reader(), field, values);
    }
    return new DimensionCounter(field, fewMatches, values, docs,
        new StringDocValuesReaderState(reader, field));
  }

  private static Object[] leafDocs(LeafReader reader, String field, List<String> values)
      throws IOException {
    Object[] out = new Object[values.size()];
    Terms terms = reader.terms(field);
    if (terms == null) {
      return out;
    }
    int maxDoc = reader.maxDoc();
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    for (int v = 0; v < values.size(); v++) {
      if (!te.seekExact(new BytesRef(values.get(v)))) {
        continue;
      }
      postings = te.postings(postings, PostingsEnum.NONE);
      if (te.docFreq() >= Math.max(1, maxDoc / DENSE_DIVISOR)) {
        FixedBitSet bits = new FixedBitSet(maxDoc);
        bits.or(postings);
        out[v] = bits;
      } else {
        int[] list = new int[te.docFreq()];
        int n = 0;
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          list[n++] = d;
        }
        out[v] = n == list.length ? list : java.util.Arrays.copyOf(list, n);
      }
    }
    return out;
  }

  /** The {@code top} most frequent values among the matching postings, most first, ties by value. */
  List<SearchResult.Count> top(FacetsCollector matching, int top) throws IOException {
    long total = 0;
    for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
      total += m.totalHits;
    }
    return total < fewMatches ? oneByOne(matching, top) : byValue(matching, top);
  }

  private List<SearchResult.Count> oneByOne(FacetsCollector matching, int top) throws IOException {
    FacetResult result = new StringValueFacetCounts(docValues, matching).getTopChildren(top, field);
    List<SearchResult.Count> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.add(new SearchResult.Count(lv.label, lv.value.intValue()));
      }
    }
    return out;
  }

  private List<SearchResult.Count> byValue(FacetsCollector matching, int top) throws IOException {
    int[] counts = new int[values.size()];
    for (FacetsCollector.MatchingDocs m : matching.getMatchingDocs()) {
      if (m.totalHits == 0) {
        continue;
      }
      FixedBitSet hits = bits(m);
      Object[] leaf = docs[m.context.ord];
      for (int v = 0; v < leaf.length; v++) {
        if (leaf[v] instanceof FixedBitSet set) {
          counts[v] += (int) FixedBitSet.intersectionCount(set, hits);
        } else if (leaf[v] instanceof int[] list) {
          int c = 0;
          for (int d : list) {
            if (hits.get(d)) {
              c++;
            }
          }
          counts[v] += c;
        }
      }
    }
    List<SearchResult.Count> out = new ArrayList<>();
    for (int v = 0; v < counts.length; v++) {
      if (counts[v] > 0) {
        out.add(new SearchResult.Count(values.get(v), counts[v]));
      }
    }
    out.sort(Comparator.comparingInt(SearchResult.Count::postings).reversed()
        .thenComparing(SearchResult.Count::value));
    return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
  }

  /** The matching documents of one segment as a bitset (the collector's own when it made one). */
  private static FixedBitSet bits(FacetsCollector.MatchingDocs m) throws IOException {
    if (m.bits instanceof BitDocIdSet set && set.bits() instanceof FixedBitSet fixed) {
      return fixed;
    }
    FixedBitSet out = new FixedBitSet(m.context.reader().maxDoc());
    DocIdSetIterator it = m.bits.iterator();
    if (it != null) {
      out.or(it);
    }
    return out;
  }
}
