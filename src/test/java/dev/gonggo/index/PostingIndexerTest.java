package dev.gonggo.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When an index run commits. */
class PostingIndexerTest {

  private static PostingPipeline pipeline;
  private static PostingExtractor extractor;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    pipeline = new PostingPipeline();
    extractor = new PostingExtractor();
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  /** How many commits a run of these files makes with these settings. */
  private long commits(Path where, List<Path> files, PostingIndexer.Settings settings)
      throws IOException {
    long before;
    try (PostingIndexer indexer = new PostingIndexer(where, false, settings)) {
      try (FSDirectory dir = FSDirectory.open(where)) {
        before = Math.max(0, SegmentInfos.getLastCommitGeneration(dir)); // -1: none yet
      }
      RunSummary run = indexer.run(new PostingFiles.Found(files, List.of()), false, pipeline,
          extractor, PostingIndexer.Listener.NONE);
      assertEquals(files.size(), run.postings());
    }
    try (FSDirectory dir = FSDirectory.open(where)) {
      return SegmentInfos.getLastCommitGeneration(dir) - before;
    }
  }

  @Test
  void commitsFirstAfterAFewPostingsThenNotBeforeTheInterval() throws IOException {
    List<Path> files = IndexFaultsTest.postings(tmp.resolve("postings"), 30);
    // the first commit after 5 postings, then none until an hour has passed, and the last
    assertEquals(2, commits(tmp.resolve("hour"), files, new PostingIndexer.Settings(1, 5, Duration.ofHours(1))));
    // without an interval, several (about one every 5 postings)
    long often = commits(tmp.resolve("often"), files, new PostingIndexer.Settings(1, 5, Duration.ZERO));
    assertTrue(often > 2, "commits without an interval: " + often);
  }
}
