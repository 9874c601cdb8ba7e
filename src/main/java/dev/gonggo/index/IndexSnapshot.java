package dev.gonggo.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/** The index as of its last commit: a reader and the folder it reads, closed together. */
public record IndexSnapshot(Directory directory, DirectoryReader reader) implements AutoCloseable {

  @Override
  public void close() throws IOException {
    IOUtils.close(reader, directory);
  }
}
