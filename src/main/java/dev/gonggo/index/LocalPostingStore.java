package dev.gonggo.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;

/**
 * The local index folder as a {@link PostingStore}: one IndexWriter, shared by the run's threads.
 * A failure to write (a full disk) rolls back to the last commit, which stays whole.
 */
final class LocalPostingStore implements PostingStore {

  /**
   * Every search pays for each segment (its terms looked up, its scorers and counts set up): on
   * the 100k benchmark index, 6 segments instead of the 19 a run left answered the same queries
   * in 9% less CPU, and the merge took 5 s after a 460 s run.
   */
  static final int SEGMENTS_AFTER_RUN = 6;

  private final IndexWriter writer;
  private final Path where;

  LocalPostingStore(IndexWriter writer, Path where) {
    this.writer = writer;
    this.where = where;
  }

  @Override
  public Map<String, String> indexedHashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Set<String> fields = Set.of(IndexSchema.PATH, IndexSchema.HASH);
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader r = leaf.reader();
        Bits live = r.getLiveDocs();
        StoredFields stored = r.storedFields();
        for (int doc = 0; doc < r.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            var d = stored.document(doc, fields);
            out.put(d.get(IndexSchema.PATH), d.get(IndexSchema.HASH));
          }
        }
      }
    }
    return out;
  }

  @Override
  public void put(String path, Document document, boolean replaces) throws IOException {
    try {
      if (replaces) {
        writer.updateDocument(new Term(IndexSchema.PATH, path), document);
      } else {
        writer.addDocument(document);
      }
    } catch (AlreadyClosedException e) {
      throw new IOException(e);
    }
  }

  @Override
  public void delete(String path) throws IOException {
    try {
      writer.deleteDocuments(new Term(IndexSchema.PATH, path));
    } catch (AlreadyClosedException e) {
      throw new IOException(e);
    }
  }

  @Override
  public List<Rejection> commit() throws IOException {
    try {
      writer.commit();
    } catch (AlreadyClosedException e) {
      throw new IOException(e);
    } catch (IllegalStateException e) {
      // A flush or merge on another thread failed to write first: the writer refuses to commit.
      if (writer.getTragicException() == null) {
        throw e;
      }
      throw new IOException(e);
    }
    return List.of();
  }

  @Override
  public int count() {
    return writer.getDocStats().numDocs;
  }

  /**
   * Merges the index into at most {@link #SEGMENTS_AFTER_RUN} segments. Only after a run that
   * wrote a tenth of the index or more: merging rewrites segments, which a run adding a few
   * postings to a large index should not pay for. The postings are committed already: a run
   * killed here, or a disk that fills up, loses none of them.
   */
  @Override
  public void finished(int changed) throws IOException {
    if (changed * 10L >= count()
        && SegmentInfos.readLatestCommit(writer.getDirectory()).size() > SEGMENTS_AFTER_RUN) {
      writer.forceMerge(SEGMENTS_AFTER_RUN);
      commit();
    }
  }

  @Override
  public RuntimeException writeFailed(Exception e) {
    Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : e;
    try {
      writer.rollback();
    } catch (IOException | RuntimeException suppressed) {
      cause.addSuppressed(suppressed);
    }
    String kept;
    try (DirectoryReader last = DirectoryReader.open(writer.getDirectory())) {
      kept = " of " + last.numDocs() + " postings";
    } catch (IOException | RuntimeException unreadable) {
      kept = "";
    }
    String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return new IndexUnavailableException("could not write the index at " + where + " (" + reason
        + "); it keeps its last commit" + kept + ", and the next run adds the rest", cause);
  }

  @Override
  public void close() throws IOException {
    var dir = writer.getDirectory();
    try (dir) {
      writer.close();
    }
  }
}
