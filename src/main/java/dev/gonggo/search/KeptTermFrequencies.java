package dev.gonggo.search;

import dev.gonggo.index.IndexFrequencies;
import dev.gonggo.index.IndexSchema;
import dev.gonggo.skills.DocumentFrequencies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Bits;

/**
 * How many of the postings a {@link MarketFilter} keeps hold a term of their analysed text, or a
 * key term of their own: the frequencies the taxonomy gaps of a filtered report are counted
 * from. Where the filter keeps every posting, the index's own document frequencies say the same
 * for less.
 */
public final class KeptTermFrequencies implements DocumentFrequencies {

  private final IndexReader reader;
  private final MarketFilter filter;
  private final Bits[] kept;
  private final int postings;

  private KeptTermFrequencies(IndexReader reader, MarketFilter filter, Bits[] kept, int postings) {
    this.reader = reader;
    this.filter = filter;
    this.kept = kept;
    this.postings = postings;
  }

  public static KeptTermFrequencies of(IndexReader reader, MarketFilter filter) throws IOException {
    Bits[] kept = filter.postings(reader);
    int postings = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if ((live == null || live.get(doc)) && (kept[leaf.ord] == null || kept[leaf.ord].get(doc))) {
          postings++;
        }
      }
    }
    return new KeptTermFrequencies(reader, filter, kept, postings);
  }

  @Override
  public int docCount() {
    return postings;
  }

  @Override
  public int docFreq(List<String> terms) {
    if (terms.size() == 1) {
      return count(IndexSchema.TEXT, terms.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(filter.query(), Occur.FILTER);
    b.add(terms.size() == 1 ? new TermQuery(new Term(IndexSchema.TEXT, terms.get(0)))
        : new PhraseQuery(terms.size() - 1, IndexSchema.TEXT, terms.toArray(String[]::new)), Occur.MUST);
    try {
      return new IndexSearcher(reader).count(b.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String written(String key) {
    return IndexFrequencies.written(new IndexSearcher(reader), key);
  }

  /** The kept postings that have a key term (its analysed terms joined by a space). */
  public int keyTermDocFreq(String keyTerm) {
    return count(IndexSchema.KEYTERM, keyTerm);
  }

  /** The kept postings holding one term of a field: its postings against the kept postings' bits. */
  private int count(String field, String term) {
    int n = 0;
    BytesRef bytes = new BytesRef(term);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(bytes)) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        Bits keep = kept[leaf.ord];
        PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
        for (int doc = docs.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if ((live == null || live.get(doc)) && (keep == null || keep.get(doc))) {
            n++;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  @Override
  public List<TermDocs> terms(int minDocs) {
    return terms(IndexSchema.TEXT, minDocs);
  }

  @Override
  public List<TermDocs> keyTerms(int minDocs) {
    return terms(IndexSchema.KEYTERM, minDocs);
  }

  private List<TermDocs> terms(String field, int minDocs) {
    Map<String, Integer> counts = new HashMap<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        Bits keep = kept[leaf.ord];
        TermsEnum te = terms.iterator();
        PostingsEnum docs = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          if (te.docFreq() < minDocs && leaf.reader().maxDoc() == reader.maxDoc()) {
            continue; // one segment: a term it holds in fewer postings cannot reach minDocs
          }
          docs = te.postings(docs, PostingsEnum.NONE);
          int n = 0;
          for (int doc = docs.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if ((live == null || live.get(doc)) && (keep == null || keep.get(doc))) {
              n++;
            }
          }
          if (n > 0) {
            counts.merge(term.utf8ToString(), n, Integer::sum);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<TermDocs> out = new ArrayList<>();
    counts.forEach((term, n) -> {
      if (n >= minDocs) {
        out.add(new TermDocs(term, n));
      }
    });
    return out;
  }
}
