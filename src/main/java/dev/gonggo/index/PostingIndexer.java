package dev.gonggo.index;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.classify.PostingShape;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.text.AnalysisDeadline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.Directory;

/**
 * The index run: decides from content hashes which files are new, changed, unchanged or
 * duplicates, then extracts, analyses and indexes the new and changed ones on a fixed pool of
 * threads that share one pipeline (one Nori dictionary, one taxonomy) and one {@link PostingStore}
 * (the local index's IndexWriter, or a search server).
 * It commits after the first {@code commitEvery} postings, then whenever it has added another
 * {@code commitEvery} or a tenth of what it had committed, whichever is more, and at least
 * {@code commitInterval} has passed since the last commit, and at the end: a run that is killed
 * leaves its last commit whole, loses at most a tenth of its work or its last
 * {@code commitInterval}, and the next run picks up where it stopped. Each commit flushes small
 * segments that are merged again later, and makes the server compiler compile the flush and merge
 * code early and again: a 10k-posting run that committed at every tenth more spent a sixth more
 * CPU (25 s, 22 s of it compiling) than one that waits 30 s between commits. A run that wrote a
 * tenth of the index or more then merges it into at most {@link #SEGMENTS_AFTER_RUN} segments,
 * after its last commit.
 */
public final class PostingIndexer implements AutoCloseable {

  /** How a run is told about its progress and about files it skips, as they happen. */
  public interface Listener {
    default void started(int toIndex) {}

    default void indexed(int done, int toIndex) {}

    default void skipped(Path file, String reason, Throwable cause) {}

    /** A file read with a repair (bytes replaced), and what was done. */
    default void warned(Path file, String warning) {}

    Listener NONE = new Listener() {};
  }

  /**
   * @param threads files read and analysed at once
   * @param commitEvery postings between commits at least (more as the run grows)
   * @param commitInterval time between commits at least, after the first
   * @param allFiles index files that do not look like job postings too ({@link PostingShape})
   */
  public record Settings(int threads, int commitEvery, Duration commitInterval, boolean allFiles) {
    /** Commits as often as {@code commitEvery} allows (tests of what a commit must survive). */
    public Settings(int threads, int commitEvery) {
      this(threads, commitEvery, Duration.ZERO, false);
    }

    public static Settings defaults() {
      return new Settings(Runtime.getRuntime().availableProcessors(), 100, Duration.ofSeconds(30),
          false);
    }
  }

  private final PostingStore store;
  private final Settings settings;
  private final PostingDocument documents = new PostingDocument();

  /**
   * Opens the index for writing (see {@link PostingIndex#openWriter}) before anything costly is
   * loaded, so a second writer is refused at once. The writer's analyzer is never used on the
   * text, which is indexed from the pipeline's tokens.
   */
  public PostingIndexer(Path indexDir, boolean rebuild, Settings settings) {
    this(new LocalPostingStore(PostingIndex.openWriter(indexDir, rebuild, new PostingAnalyzer()),
        indexDir), settings);
  }

  /** On a directory of the caller's (tests wrap one that fails); {@code where} names it. */
  PostingIndexer(Directory dir, Path where, boolean rebuild, Settings settings) {
    this(new LocalPostingStore(PostingIndex.openWriter(dir, where, rebuild, new PostingAnalyzer()),
        where), settings);
  }

  /** Into a store of the caller's, which the indexer closes. */
  public PostingIndexer(PostingStore store, Settings settings) {
    this.store = store;
    this.settings = settings;
  }

  private enum Kind { ADDED, UPDATED, SKIPPED }

  /** What became of one file; {@code warning} tells of a repair made reading it. */
  private record Outcome(Kind kind, Path file, String reason, Throwable cause, String warning) {
    Outcome(Kind kind, Path file, String reason, Throwable cause) {
      this(kind, file, reason, cause, null);
    }
  }

  private record Job(Path file, String key, String hash, boolean replaces) {}

  /**
   * Indexes the files found with a pipeline and extractor the caller owns and shares. When the
   * store cannot be written (a full disk, a server gone), what this run added since its last
   * commit is rolled back where the store can, and the store's error says what it keeps.
   */
  public RunSummary run(PostingFiles.Found found, boolean prune, PostingPipeline pipeline,
      PostingExtractor extractor, Listener listener) {
    try {
      return indexAll(found, prune, pipeline, extractor, listener);
    } catch (IOException e) {
      throw store.writeFailed(e);
    }
  }

  private RunSummary indexAll(PostingFiles.Found found, boolean prune, PostingPipeline pipeline,
      PostingExtractor extractor, Listener listener) throws IOException {
    long startNanos = System.nanoTime();
    List<RunSummary.Skip> skipped = new ArrayList<>();
    found.skipped().forEach(s -> skipped.add(new RunSummary.Skip(s.path(), s.reason())));

    Map<String, String> indexed = store.indexedHashes();
    List<Path> files = found.files();
    List<String> hashes = files.parallelStream().map(PostingIndexer::hashOrNull).toList();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      position.putIfAbsent(IndexSchema.pathKey(files.get(i)), i);
    }

    // Which path owns each content already indexed: itself when it is unchanged, or a path outside
    // this run's files that still exists. A changed or vanished path gives its content up.
    Map<String, String> owner = new HashMap<>();
    indexed.forEach((path, hash) -> {
      Integer i = position.get(path);
      boolean keeps = i == null ? store.fileExists(path) : hash.equals(hashes.get(i));
      if (keeps) {
        owner.putIfAbsent(hash, path);
      }
    });

    int unchanged = 0;
    List<RunSummary.Duplicate> duplicates = new ArrayList<>();
    List<Job> jobs = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      String key = IndexSchema.pathKey(file);
      if (!seen.add(key)) {
        continue; // named twice on the command line
      }
      String hash = hashes.get(i);
      if (hash != null && hash.equals(indexed.get(key))) {
        unchanged++;
        continue;
      }
      String first = hash == null ? null : owner.get(hash);
      if (first != null && !first.equals(key)) {
        duplicates.add(new RunSummary.Duplicate(file, first));
        if (indexed.containsKey(key)) {
          store.delete(key); // it used to hold other content
        }
        continue;
      }
      if (hash != null) {
        owner.put(hash, key);
      }
      jobs.add(new Job(file, key, hash, indexed.containsKey(key)));
    }

    int added = 0;
    int updated = 0;
    listener.started(jobs.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()), r -> {
      Thread t = new Thread(r, "gonggo-index");
      t.setDaemon(true);
      return t;
    });
    try {
      Instant now = Instant.now();
      List<Future<Outcome>> results = new ArrayList<>(jobs.size());
      for (Job job : jobs) {
        results.add(pool.submit(() -> index(job, now, pipeline, extractor)));
      }
      int done = 0;
      int committed = 0;
      long committedAt = System.nanoTime();
      long interval = settings.commitInterval().toNanos();
      for (Future<Outcome> result : results) {
        Outcome o = result.get();
        if (o.warning() != null) {
          listener.warned(o.file(), o.warning());
        }
        switch (o.kind()) {
          case ADDED -> added++;
          case UPDATED -> updated++;
          case SKIPPED -> {
            skipped.add(new RunSummary.Skip(o.file(), o.reason()));
            listener.skipped(o.file(), o.reason(), o.cause());
          }
        }
        done++;
        listener.indexed(done, jobs.size());
        if (done - committed >= Math.max(settings.commitEvery(), committed / 10)
            && (committed == 0 || System.nanoTime() - committedAt >= interval)) {
          int[] refused = refused(store.commit(), jobs, skipped, listener);
          added -= refused[0];
          updated -= refused[1];
          committed = done;
          committedAt = System.nanoTime();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the index run was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }

    int removed = 0;
    if (prune) {
      for (String path : indexed.keySet()) {
        if (!store.fileExists(path)) {
          store.delete(path);
          removed++;
        }
      }
    }
    int[] refused = refused(store.commit(), jobs, skipped, listener);
    added -= refused[0];
    updated -= refused[1];
    store.finished(added + updated + removed);
    return new RunSummary(added, updated, unchanged, List.copyOf(duplicates), removed,
        List.copyOf(skipped), store.count(), Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /**
   * Reports the postings a store refused as skipped, by the file they were read from, and returns
   * how many of them had been counted as added and as updated.
   */
  private static int[] refused(List<PostingStore.Rejection> rejections, List<Job> jobs,
      List<RunSummary.Skip> skipped, Listener listener) {
    int[] counted = new int[2];
    if (rejections.isEmpty()) {
      return counted;
    }
    Map<String, Job> byKey = new HashMap<>();
    jobs.forEach(j -> byKey.put(j.key(), j));
    for (PostingStore.Rejection r : rejections) {
      Job job = byKey.get(r.path());
      Path file = job == null ? Path.of(r.path()) : job.file();
      counted[job != null && job.replaces() ? 1 : 0]++;
      skipped.add(new RunSummary.Skip(file, r.reason()));
      listener.skipped(file, r.reason(), null);
    }
    return counted;
  }

  /** One file: extract, analyse once, build the document, and put it in place of any older one. */
  private Outcome index(Job job, Instant now, PostingPipeline pipeline, PostingExtractor extractor)
      throws IOException {
    Extraction e = extractor.extract(job.file());
    if (!e.ok()) {
      return new Outcome(Kind.SKIPPED, job.file(), e.error(), e.cause());
    }
    if (job.hash() == null) {
      return new Outcome(Kind.SKIPPED, job.file(), "the file cannot be read", null);
    }
    Posting posting;
    try {
      posting = pipeline.analyze(e, extractor.limits().timeout());
    } catch (AnalysisDeadline.Exceeded over) {
      return new Outcome(Kind.SKIPPED, job.file(), over.getMessage(), null);
    } catch (RuntimeException ex) {
      return new Outcome(Kind.SKIPPED, job.file(), "gonggo failed on it (" + ex + ")", ex);
    }
    if (!settings.allFiles()) {
      var notAPosting = PostingShape.notAPosting(posting);
      if (notAPosting.isPresent()) {
        return new Outcome(Kind.SKIPPED, job.file(), notAPosting.get(), null);
      }
    }
    store.put(job.key(), documents.build(posting, job.key(), job.hash(), now), job.replaces());
    return new Outcome(job.replaces() ? Kind.UPDATED : Kind.ADDED, job.file(), null, null,
        e.warning());
  }

  private static String hashOrNull(Path file) {
    try {
      return ContentHash.of(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    store.close();
  }
}
