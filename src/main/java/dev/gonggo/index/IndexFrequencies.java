package dev.gonggo.index;

import dev.gonggo.skills.DocumentFrequencies;
import dev.gonggo.skills.KeyTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Document frequencies from a gonggo index: how many indexed postings hold a term of their
 * analysed text field {@link #TEXT_FIELD}.
 *
 * <p>A phrase is counted, not bounded by its rarest word: a sloppy phrase query with slop one less
 * than its length. The analysis chain leaves one empty position for a space (Nori's space token,
 * dropped by the noun filter) and none inside a compound, so slop n−1 finds 데이터 플랫폼 and
 * 데이터플랫폼 alike and, like the key-term rule, not words parted by a particle or punctuation,
 * which leave two or more. Where the field has no positions the phrase falls back to the smallest
 * document frequency of its words.
 */
public final class IndexFrequencies implements DocumentFrequencies, AutoCloseable {

  /** The index's analysed posting text; must match the field the indexer writes. */
  public static final String TEXT_FIELD = "text";

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private IndexFrequencies(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** True when the folder holds a Lucene index. */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    } catch (IOException e) {
      return false;
    }
  }

  /** Opens the index in a folder; fails when there is none. */
  public static IndexFrequencies open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      return new IndexFrequencies(directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  @Override
  public int docCount() {
    try {
      return reader.getDocCount(TEXT_FIELD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int docFreq(List<String> terms) {
    try {
      if (terms.size() == 1) {
        return reader.docFreq(new Term(TEXT_FIELD, terms.get(0)));
      }
      try {
        return searcher.count(new PhraseQuery(terms.size() - 1, TEXT_FIELD,
            terms.toArray(String[]::new)));
      } catch (IllegalStateException noPositions) {
        int min = Integer.MAX_VALUE;
        for (String t : terms) {
          min = Math.min(min, reader.docFreq(new Term(TEXT_FIELD, t)));
        }
        return min;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<TermDocs> terms(int minDocs) {
    return terms(TEXT_FIELD, minDocs);
  }

  @Override
  public List<TermDocs> keyTerms(int minDocs) {
    return terms(IndexSchema.KEYTERM, minDocs);
  }

  private List<TermDocs> terms(String field, int minDocs) {
    List<TermDocs> out = new ArrayList<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, field);
      if (terms == null) {
        return out;
      }
      TermsEnum it = terms.iterator();
      for (BytesRef term; (term = it.next()) != null; ) {
        if (it.docFreq() >= minDocs) {
          out.add(new TermDocs(term.utf8ToString(), it.docFreq()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public String written(String key) {
    return written(searcher, key);
  }

  /**
   * The written form of a key term, from the stored key terms of a posting of the index that has
   * it: the one whose letters are the key's; the key itself where none is.
   */
  public static String written(IndexSearcher searcher, String key) {
    try {
      TopDocs hit = searcher.search(new TermQuery(new Term(IndexSchema.KEYTERM, key)), 1);
      if (hit.scoreDocs.length == 0) {
        return key;
      }
      String letters = KeyTerms.norm(key);
      for (String text : searcher.storedFields()
          .document(hit.scoreDocs[0].doc, Set.of(IndexSchema.KEYWORDS))
          .getValues(IndexSchema.KEYWORDS)) {
        if (KeyTerms.norm(text).equals(letters)) {
          return text;
        }
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try (directory) {
      reader.close();
    }
  }
}
