package dev.gonggo.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/**
 * Where an index run puts its postings, keyed by path: the local Lucene index, or a search server
 * that holds the same documents. The run decides what to send; the store only keeps it.
 */
public interface PostingStore extends Closeable {

  /** A posting the store refused, by its path key, and why in plain words. */
  record Rejection(String path, String reason) {}

  /** Path → content hash of every posting held. */
  Map<String, String> indexedHashes() throws IOException;

  /**
   * Adds a posting, or puts it in place of the one at the same path. Called from several threads
   * at once; may hold the posting until the next {@link #commit}.
   */
  void put(String path, Document document, boolean replaces) throws IOException;

  void delete(String path) throws IOException;

  /**
   * Makes what was put and deleted so far durable and searchable; returns the postings the store
   * refused since the last commit (a posting refused is not held).
   */
  List<Rejection> commit() throws IOException;

  /** Postings held, as of the last commit. */
  int count() throws IOException;

  /** Called after the run's last commit, with how many postings it added, changed or removed. */
  default void finished(int changed) throws IOException {}

  /**
   * Whether the file of a held posting that this run was not given still exists: a posting keeps
   * its content, and --prune keeps it, only while it does.
   */
  default boolean fileExists(String path) {
    return Files.exists(Path.of(path));
  }

  /**
   * The error to report when the store could not be written: says what it keeps. Also undoes what
   * this run sent since its last commit, where the store can.
   */
  RuntimeException writeFailed(Exception cause);
}
