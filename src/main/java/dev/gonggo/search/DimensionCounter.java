package dev.gonggo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
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
    boolean hasDocValues = false;
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      hasDocValues |= info != null && info.getDocValuesType() != DocValuesType.NONE;
    }
    List<String> values = List.of(FieldTerms.distinct(reader, field));
    if (values.isEmpty() || !hasDocValues) {
      return null;
    }
    Object[][] docs = new Object[reader.leaves().size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      docs[leaf.ord] = leafDocs(leaf.reader(), field, values);
    }
    return new DimensionCounter(field, fewMatches, values, docs,
        new StringDocValuesReaderState(reader, field));
  }

  /** Each value's documents in one segment, by value number: a bitset when common, else a list. */
  private static Object[] leafDocs(LeafReader reader, String field, List<String> values)
      throws IOException {
    Object[] out = new Object[values.size()];
    int maxDoc = reader.maxDoc();
    FieldTerms.forEach(reader, field, (value, postings) -> {
      int v = Collections.binarySearch(values, value);
      int[] list = new int[16];
      int n = 0;
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (n == list.length) {
          list = Arrays.copyOf(list, n * 2);
        }
        list[n++] = d;
      }
      if (n >= Math.max(1, maxDoc / DENSE_DIVISOR)) {
        FixedBitSet bits = new FixedBitSet(maxDoc);
        for (int i = 0; i < n; i++) {
          bits.set(list[i]);
        }
        out[v] = bits;
      } else {
        out[v] = Arrays.copyOf(list, n);
      }
    });
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
