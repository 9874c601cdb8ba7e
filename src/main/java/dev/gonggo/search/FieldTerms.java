package dev.gonggo.search;

import java.io.IOException;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The indexed terms of keyword fields (skill ids, categories, cases) and the postings that hold
 * them: what stats and search counts read instead of stored documents.
 */
final class FieldTerms {

  /** What is done with one term of a field and the postings of its documents. */
  interface TermDocs {
    void accept(String term, PostingsEnum docs) throws IOException;
  }

  private FieldTerms() {}

  /** Calls back with every term of a field in a segment and its postings (deleted ones included). */
  static void forEach(LeafReader r, String field, TermDocs each) throws IOException {
    Terms terms = r.terms(field);
    if (terms == null) {
      return;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum docs = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      docs = te.postings(docs, PostingsEnum.NONE);
      each.accept(term.utf8ToString(), docs);
    }
  }

  /** Every term of the given fields in the whole index, in the order of String.compareTo. */
  static String[] distinct(IndexReader reader, String... fields) throws IOException {
    TreeSet<String> all = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String field : fields) {
        Terms terms = leaf.reader().terms(field);
        if (terms != null) {
          TermsEnum te = terms.iterator();
          for (BytesRef term = te.next(); term != null; term = te.next()) {
            all.add(term.utf8ToString());
          }
        }
      }
    }
    return all.toArray(new String[0]);
  }
}
