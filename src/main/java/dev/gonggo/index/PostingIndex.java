package dev.gonggo.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the index folder for reading or writing, with the checks every command needs: that it
 * exists, that this gonggo's schema made it, and (for writing) that no other gonggo holds it.
 * Readers see the last commit only, so searching works while an index run goes on.
 */
public final class PostingIndex {

  /** The default index folder, relative to the working directory. */
  public static final Path DEFAULT_DIR = Path.of("index");

  private PostingIndex() {}

  /** The last commit, for reading; fails plainly when there is no index or an incompatible one. */
  public static IndexSnapshot openReader(Path where) {
    if (!Files.isDirectory(where)) {
      throw noIndex(where);
    }
    Directory dir = null;
    try {
      dir = FSDirectory.open(where);
      if (!DirectoryReader.indexExists(dir)) {
        throw noIndex(where);
      }
      checkCompatible(dir, where);
      return new IndexSnapshot(dir, DirectoryReader.open(dir));
    } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
      closeQuietly(dir);
      throw incompatible(where, e);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException("cannot read the index at " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(dir);
      throw e;
    }
  }

  /**
   * A writer on the folder (made when missing). With {@code rebuild} whatever index is there is
   * replaced; otherwise an index from an incompatible gonggo is refused with the way out.
   */
  public static IndexWriter openWriter(Path where, boolean rebuild, Analyzer analyzer) {
    Directory dir = null;
    try {
      Files.createDirectories(where);
      dir = FSDirectory.open(where);
      if (!rebuild && DirectoryReader.indexExists(dir)) {
        checkCompatible(dir, where);
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      IndexWriter writer = new IndexWriter(dir, config);
      writer.setLiveCommitData(IndexSchema.commitData().entrySet());
      return writer;
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException("the index at " + where
          + " is being updated by another gonggo; try again when it finishes", e);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
      closeQuietly(dir);
      throw incompatible(where, e);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException("cannot write the index at " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(dir);
      throw e;
    }
  }

  private static void checkCompatible(Directory dir, Path where) throws IOException {
    Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
    if (!IndexSchema.compatible(data)) {
      throw incompatible(where, null);
    }
  }

  private static IndexUnavailableException incompatible(Path where, Throwable cause) {
    return new IndexUnavailableException("the index at " + where + " was made by an incompatible"
        + " version of gonggo; re-index with: gonggo index --rebuild PATH...", cause);
  }

  private static IndexUnavailableException noIndex(Path where) {
    return new IndexUnavailableException("no index at " + where
        + "; make one with: gonggo index PATH... (or name another with --index DIR)");
  }

  private static void closeQuietly(Directory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // the error being reported matters more
      }
    }
  }
}
