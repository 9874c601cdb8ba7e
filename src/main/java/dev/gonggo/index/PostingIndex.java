package dev.gonggo.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
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

  /**
   * The last commit, for reading; fails plainly when there is no index, an incompatible one, or a
   * damaged one. Every file of the commit is checksummed first (sequential reads, a fraction of a
   * second for thousands of postings), because Lucene checks the checksums of its larger files
   * only when it merges them, and a damaged index must give no results rather than wrong ones.
   */
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
      return new IndexSnapshot(dir, openVerified(dir, where));
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      closeQuietly(dir);
      throw incompatible(where, e);
    } catch (CorruptIndexException | EOFException | NoSuchFileException | FileNotFoundException e) {
      closeQuietly(dir);
      throw damaged(where, e);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException("cannot read the index at " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(dir);
      throw e;
    }
  }

  /**
   * A reader on the last commit, every file of it checksummed through the reader's own open files
   * ({@code checkIntegrity}), not opened again by name: a writer that commits meanwhile deletes
   * the files of older commits, and a check by name then failed as if the index were damaged.
   * Opening the reader checks the commit point and each segment's small files in full. The
   * schema is checked on the commit the reader opened, not on a second read of the latest one,
   * which a writer may have replaced in between.
   */
  private static DirectoryReader openVerified(Directory dir, Path where) throws IOException {
    DirectoryReader reader = DirectoryReader.open(dir);
    try {
      if (!IndexSchema.compatible(reader.getIndexCommit().getUserData())) {
        throw incompatible(where, null);
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
      return reader;
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  private static void verify(Directory dir, Collection<String> files) throws IOException {
    for (String file : files) {
      try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
        CodecUtil.checksumEntireFile(in);
      }
    }
  }

  /**
   * A writer on the folder (made when missing). With {@code rebuild} whatever index is there is
   * replaced; otherwise an index from an incompatible gonggo, or a damaged one, is refused with
   * the way out.
   */
  public static IndexWriter openWriter(Path where, boolean rebuild, Analyzer analyzer) {
    if (Files.exists(where) && !Files.isDirectory(where)) {
      throw new IndexUnavailableException("cannot write the index at " + where
          + ": it is a file, not a folder; name another with --index DIR");
    }
    Directory dir;
    try {
      Files.createDirectories(where);
      dir = FSDirectory.open(where);
    } catch (AccessDeniedException e) {
      throw notWritable(where, e);
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot write the index at " + where + ": " + e.getMessage(), e);
    }
    return openWriter(dir, where, rebuild, analyzer);
  }

  /** A writer on the given directory (closed on failure); {@code where} names it in messages. */
  static IndexWriter openWriter(Directory dir, Path where, boolean rebuild, Analyzer analyzer) {
    IndexWriter writer = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      // the lock first: a second writer is refused before anything is read
      writer = new IndexWriter(dir, config);
      if (!rebuild && DirectoryReader.indexExists(dir)) {
        SegmentInfos last = SegmentInfos.readLatestCommit(dir);
        if (!IndexSchema.compatible(last.getUserData())) {
          throw incompatible(where, null);
        }
        verify(dir, last.files(true));
      }
      writer.setLiveCommitData(IndexSchema.commitData().entrySet());
      return writer;
    } catch (LockObtainFailedException e) {
      closeQuietly(writer, dir);
      throw new IndexUnavailableException("the index at " + where
          + " is being updated by another gonggo; try again when it finishes", e);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
      closeQuietly(writer, dir);
      throw incompatible(where, e);
    } catch (CorruptIndexException | EOFException | NoSuchFileException | FileNotFoundException e) {
      closeQuietly(writer, dir);
      throw damaged(where, e);
    } catch (AccessDeniedException e) {
      closeQuietly(writer, dir);
      throw notWritable(where, e);
    } catch (IOException e) {
      closeQuietly(writer, dir);
      throw new IndexUnavailableException("cannot write the index at " + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(writer, dir);
      throw e;
    }
  }

  private static IndexUnavailableException incompatible(Path where, Throwable cause) {
    return new IndexUnavailableException("the index at " + where + " was made by an incompatible"
        + " version of gonggo; re-index with: gonggo index --rebuild PATH...", cause);
  }

  private static IndexUnavailableException damaged(Path where, Throwable cause) {
    String file = cause instanceof NoSuchFileException n && n.getFile() != null
        ? Path.of(n.getFile()).getFileName() + " is missing" : "a file of it fails its checksum";
    return new IndexUnavailableException("the index at " + where + " is damaged (" + file
        + "); re-index with: gonggo index --rebuild PATH...", cause);
  }

  private static IndexUnavailableException notWritable(Path where, Throwable cause) {
    return new IndexUnavailableException("cannot write the index at " + where
        + ": the folder is read-only or not yours; name another with --index DIR", cause);
  }

  private static IndexUnavailableException noIndex(Path where) {
    return new IndexUnavailableException("no index at " + where
        + "; make one with: gonggo index PATH... (or name another with --index DIR)");
  }

  private static void closeQuietly(IndexWriter writer, Directory dir) {
    if (writer != null) {
      try {
        writer.rollback(); // nothing of this writer is committed
      } catch (IOException | RuntimeException ignored) {
        // the error being reported matters more
      }
    }
    closeQuietly(dir);
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
