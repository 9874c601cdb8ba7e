package dev.gonggo.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index under faults: a full disk, damaged files, readers while a writer commits; and when a
 * run commits, which bounds what a kill loses.
 */
class IndexFaultsTest {

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

  /** A disk that fills up after a number of new files: createOutput then fails as Linux says it. */
  static final class FullDisk extends FilterDirectory {
    private final AtomicInteger left;

    FullDisk(Directory in, int files) {
      super(in);
      this.left = new AtomicInteger(files);
    }

    private void spend() throws IOException {
      if (left.getAndDecrement() <= 0) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      spend();
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
      spend();
      return super.createTempOutput(prefix, suffix, context);
    }
  }

  /** n distinct postings: the text and Markdown samples in turn, each with a number of its own. */
  static List<Path> postings(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      samples = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
          .sorted().toList();
    }
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Path sample = samples.get(i % samples.size());
      Path copy = dir.resolve(String.format("%03d-%s", i, sample.getFileName()));
      Files.copy(sample, copy);
      Files.writeString(copy, "\n- 공고 번호 " + i + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      out.add(copy);
    }
    return out;
  }

  private RunSummary index(Path where, List<Path> files, PostingIndexer.Settings settings) {
    try (PostingIndexer indexer = new PostingIndexer(where, false, settings)) {
      return indexer.run(new PostingFiles.Found(files, List.of()), false, pipeline, extractor,
          PostingIndexer.Listener.NONE);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Path → hash of every posting of the last commit; fails on a path indexed twice. */
  private static List<String> indexedPaths(Path where) throws IOException {
    List<String> paths = new ArrayList<>();
    try (IndexSnapshot snapshot = PostingIndex.openReader(where)) {
      for (LeafReaderContext leaf : snapshot.reader().leaves()) {
        var live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            paths.add(stored.document(d).get(IndexSchema.PATH));
          }
        }
      }
    }
    return paths;
  }

  @Test
  void aFullDiskAtAnyPointKeepsTheLastCommit() throws IOException {
    List<Path> files = postings(tmp.resolve("postings"), 12);
    Path where = tmp.resolve("ix");
    index(where, files.subList(0, 4), new PostingIndexer.Settings(1, 100));
    List<String> before = indexedPaths(where);
    assertEquals(4, before.size());

    int failures = 0;
    for (int room = 0; room <= 30; room += 3) {
      IndexUnavailableException e;
      try (PostingIndexer indexer = new PostingIndexer(
          new FullDisk(FSDirectory.open(where), room), where, false, new PostingIndexer.Settings(2, 3))) {
        e = assertThrows(IndexUnavailableException.class, () -> indexer.run(
            new PostingFiles.Found(files, List.of()), false, pipeline, extractor, PostingIndexer.Listener.NONE));
      } catch (IndexUnavailableException opening) {
        e = opening; // the disk was full before the writer was open
      }
      failures++;
      assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
      List<String> kept = indexedPaths(where);
      assertEquals(kept.size(), new HashSet<>(kept).size(), "no posting twice");
      assertTrue(kept.containsAll(before), "the earlier commit is whole");
      if (kept.size() == 4) {
        assertTrue(e.getMessage().endsWith("it keeps its last commit of 4 postings, and the next run adds the rest"),
            e.getMessage());
      }
    }
    assertTrue(failures > 0);
    RunSummary completed = index(where, files, new PostingIndexer.Settings(2, 100));
    assertEquals(12, completed.postings());
    List<String> all = indexedPaths(where);
    assertEquals(12, new HashSet<>(all).size());
    assertEquals(12, all.size());
  }

  @Test
  void aRunThatWroteMuchLeavesFewSegmentsAndASmallOneLeavesThemBe() throws IOException {
    List<Path> files = postings(tmp.resolve("postings"), 40);
    Path where = tmp.resolve("ix");
    // A commit every 3 postings on two threads: a segment or two per commit.
    RunSummary first = index(where, files.subList(0, 36), new PostingIndexer.Settings(2, 3));
    assertEquals(36, first.postings());
    assertTrue(segments(where) <= LocalPostingStore.SEGMENTS_AFTER_RUN, "segments: " + segments(where));
    assertEquals(36, new HashSet<>(indexedPaths(where)).size());

    // Three more of 39 is less than a tenth: the run's own segment is left alone.
    int before = segments(where);
    RunSummary second = index(where, files.subList(0, 39), new PostingIndexer.Settings(1, 100));
    assertEquals(39, second.postings());
    assertEquals(before + 1, segments(where));
  }

  private static int segments(Path where) throws IOException {
    try (Directory dir = FSDirectory.open(where)) {
      return SegmentInfos.readLatestCommit(dir).size();
    }
  }

  @Test
  void aDamagedFileAsksForRebuildAndNeverAnswers() throws IOException {
    List<Path> files = postings(tmp.resolve("postings"), 6);
    Path where = tmp.resolve("ix");
    index(where, files, new PostingIndexer.Settings(1, 100));
    Path largest;
    try (Stream<Path> s = Files.list(where)) {
      largest = s.filter(p -> !p.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    try (FileChannel ch = FileChannel.open(largest, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long middle = ch.size() / 2;
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, middle);
      b.put(0, (byte) (b.get(0) ^ 0x5A)).rewind();
      ch.write(b, middle);
    }
    String expected = "the index at " + where + " is damaged (a file of it fails its checksum);"
        + " re-index with: gonggo index --rebuild PATH...";
    assertEquals(expected, assertThrows(IndexUnavailableException.class,
        () -> PostingIndex.openReader(where)).getMessage());
    assertEquals(expected, assertThrows(IndexUnavailableException.class,
        () -> new PostingIndexer(where, false, PostingIndexer.Settings.defaults())).getMessage());
    try (PostingIndexer rebuilt = new PostingIndexer(where, true, new PostingIndexer.Settings(1, 100))) {
      rebuilt.run(new PostingFiles.Found(files, List.of()), false, pipeline, extractor, PostingIndexer.Listener.NONE);
    }
    assertEquals(6, indexedPaths(where).size());
  }

  @Test
  void aMissingFileAsksForRebuild() throws IOException {
    Path where = tmp.resolve("ix");
    index(where, postings(tmp.resolve("postings"), 3), new PostingIndexer.Settings(1, 100));
    Path si;
    try (Stream<Path> s = Files.list(where)) {
      si = s.filter(p -> p.toString().endsWith(".si")).findFirst().orElseThrow();
    }
    Files.delete(si);
    IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> PostingIndex.openReader(where));
    assertTrue(e.getMessage().startsWith("the index at " + where + " is damaged ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("re-index with: gonggo index --rebuild PATH..."), e.getMessage());
  }

  @Test
  void readersSearchWhileAWriterCommits() throws Exception {
    List<Path> files = postings(tmp.resolve("postings"), 30);
    Path where = tmp.resolve("ix");
    index(where, files.subList(0, 1), new PostingIndexer.Settings(1, 100));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<RunSummary> writing = pool.submit(() -> index(where, files, new PostingIndexer.Settings(2, 1)));
      int last = 0;
      int reads = 0;
      Set<Integer> seen = new HashSet<>();
      while (!writing.isDone() || reads == 0) {
        try (IndexSnapshot snapshot = PostingIndex.openReader(where)) {
          int n = new IndexSearcher(snapshot.reader()).count(new MatchAllDocsQuery());
          assertTrue(n >= last, "a later reader never sees fewer postings: " + n + " after " + last);
          last = n;
          seen.add(n);
          reads++;
        }
      }
      assertEquals(30, writing.get().postings());
      System.out.println(reads + " reads while writing saw counts " + seen);
    } finally {
      pool.shutdownNow();
    }
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
    List<Path> files = postings(tmp.resolve("postings"), 30);
    // the first commit after 5 postings, then none until an hour has passed, and the last
    assertEquals(2, commits(tmp.resolve("hour"), files, new PostingIndexer.Settings(1, 5, Duration.ofHours(1), false)));
    // without an interval, several (about one every 5 postings)
    long often = commits(tmp.resolve("often"), files, new PostingIndexer.Settings(1, 5, Duration.ZERO, false));
    assertTrue(often > 2, "commits without an interval: " + often);
  }
}
