package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of {@code gonggo index} in a real JVM: after its first commit (and once more at an
 * earlier moment), the index opens with its last commit, a second writer meanwhile is refused, the
 * reader processes leave with it, and the next run completes the index with each posting once.
 */
class KilledIndexRunTest {

  private static final int POSTINGS = 240;

  @TempDir
  Path tmp;

  private static Process gonggo(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Gonggo.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Waits for the first commit: a segments_N file in the index folder. */
  private static void awaitCommit(Path index, Process p, long limitMillis) throws Exception {
    long end = System.currentTimeMillis() + limitMillis;
    while (System.currentTimeMillis() < end) {
      if (Files.isDirectory(index)) {
        try (Stream<Path> s = Files.list(index)) {
          if (s.anyMatch(f -> f.getFileName().toString().matches("segments_\\d+"))) {
            return;
          }
        }
      }
      assertTrue(p.isAlive(), "gonggo index ended before its first commit");
      Thread.sleep(20);
    }
    throw new AssertionError("no commit within " + limitMillis + " ms");
  }

  private static void kill(Process p) throws Exception {
    List<ProcessHandle> readers = p.descendants().toList();
    p.destroyForcibly(); // SIGKILL
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    for (ProcessHandle reader : readers) {
      assertTrue(reader.onExit().get(30, TimeUnit.SECONDS) != null, "a reader process outlived gonggo");
    }
  }

  private static List<String[]> indexed(Path index) throws IOException {
    List<String[]> docs = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : r.leaves()) {
        var live = leaf.reader().getLiveDocs();
        var stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            var doc = stored.document(d, Set.of("path", "hash"));
            docs.add(new String[] {doc.get("path"), doc.get("hash")});
          }
        }
      }
    }
    return docs;
  }

  @Test
  void killedMidRunThenRerunLeavesEachPostingOnce() throws Exception {
    Path postings = tmp.resolve("postings");
    Files.createDirectories(postings);
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      samples = s.filter(p -> p.toString().matches(".*\\.(txt|md)")).sorted().toList();
    }
    for (int i = 0; i < POSTINGS; i++) {
      Path sample = samples.get(i % samples.size());
      Path copy = postings.resolve(String.format("%03d-%s", i, sample.getFileName()));
      Files.copy(sample, copy);
      Files.writeString(copy, "\n- 공고 번호 " + i + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
    Path index = tmp.resolve("ix");
    String[] args = {"index", "--index", index.toString(), "--threads", "2", postings.toString()};

    // 1: killed after its first commit, while it goes on; a second writer meanwhile is refused
    Process first = gonggo(tmp.resolve("first.log"), args);
    awaitCommit(index, first, 300_000);
    CliRun second = CliRun.of(args);
    boolean stillRunning = first.isAlive();
    kill(first);
    if (stillRunning) {
      assertEquals(1, second.exit(), second.err());
      assertEquals("gonggo: the index at " + index
          + " is being updated by another gonggo; try again when it finishes", second.err().strip());
    }
    List<String[]> afterKill = indexed(index);
    assertTrue(afterKill.size() >= 100 && afterKill.size() <= POSTINGS, "the last commit: " + afterKill.size());

    // 2: killed again, early (while it starts, or reads its first files)
    Process early = gonggo(tmp.resolve("early.log"), args);
    Thread.sleep(1500);
    kill(early);
    assertTrue(indexed(index).size() >= afterKill.size());

    // 3: run to the end
    Process last = gonggo(tmp.resolve("last.log"), args);
    assertTrue(last.waitFor(600, TimeUnit.SECONDS), "the last run did not end");
    String log = Files.readString(tmp.resolve("last.log"));
    assertEquals(0, last.exitValue(), log);
    assertTrue(log.contains(index + ": " + POSTINGS + " postings"), log);

    List<String[]> docs = indexed(index);
    Set<String> paths = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    docs.forEach(d -> {
      paths.add(d[0]);
      hashes.add(d[1]);
    });
    assertEquals(POSTINGS, docs.size(), "one document per posting");
    assertEquals(POSTINGS, paths.size(), "no path twice");
    assertEquals(POSTINGS, hashes.size(), "no content twice");
    System.out.printf("first kill kept %d postings%n", afterKill.size());
  }
}
