package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.index.IndexSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gonggo index through the CLI on a copy of samples/: incremental runs, the lock, old indexes. */
class IndexCommandTest {

  @TempDir
  Path tmp;

  /** A folder of postings with its README and manifest: the two are skipped, each with its reason. */
  @Test
  void filesThatAreNotPostingsAreSkippedUnlessAllFilesAreAsked() throws Exception {
    Path postings = tmp.resolve("postings");
    CliRun.copy(CliRun.filesIn(Path.of("samples")).subList(0, 3), postings);
    Files.writeString(postings.resolve("README.md"), String.join("\n",
        "# Saved postings", "", "Postings saved from job sites, one per file.", "",
        "| file | source |", "| --- | --- |", "| 01-a.txt | a job site |", "| 02-b.pdf | a company page |",
        "", "## Notes", "Converted with a script; see convert.json and notes.txt."), StandardCharsets.UTF_8);
    Files.writeString(postings.resolve("MANIFEST.tsv"), String.join("\n",
        "file\tcompany\ttitle", "01-a.txt\tA\tData Engineer", "02-b.pdf\tB\tHadoop 엔지니어",
        "03-c.md\tC\tBackend", "04-d.hwp\tD\tDBA", "05-e.txt\tE\tSpark 개발자"), StandardCharsets.UTF_8);
    String index = tmp.resolve("ix").toString();

    CliRun run = CliRun.of("index", "--index", index, postings.toString());
    assertEquals(1, run.exit(), run.err());
    assertEquals(3, run.count("new"));
    assertEquals(2, run.count("skipped"));
    assertTrue(run.err().contains("MANIFEST.tsv: does not look like a job posting (a table of data)"), run.err());
    assertTrue(run.err().contains("README.md: does not look like a job posting"), run.err());

    CliRun all = CliRun.of("index", "--index", index, "--all-files", postings.toString());
    assertEquals(0, all.exit(), all.err());
    assertEquals(2, all.count("new"));
  }

  @Test
  void indexesOnceThenOnlyWhatChanged() throws Exception {
    Path postings = tmp.resolve("postings");
    CliRun.copy(CliRun.filesIn(Path.of("samples")), postings);
    String index = tmp.resolve("ix").toString();
    int n = CliRun.filesIn(postings).size();

    CliRun first = CliRun.of("index", "--index", index, postings.toString());
    assertEquals(0, first.exit(), first.err());
    assertEquals(n, first.count("new"));
    assertEquals(0, first.count("skipped"));

    CliRun again = CliRun.of("index", "--index", index, postings.toString());
    assertEquals(0, again.count("new"));
    assertEquals(0, again.count("updated"));
    assertEquals(n, again.count("unchanged"));

    Path changed = postings.resolve("07-podopay-data-platform.txt");
    Files.writeString(changed, "\n- Kafka Streams 운영 경험\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    CliRun afterChange = CliRun.of("index", "--index", index, postings.toString());
    assertEquals(1, afterChange.count("updated"));
    assertEquals(n - 1, afterChange.count("unchanged"));
    assertEquals(0, afterChange.count("new"));

    Files.copy(postings.resolve("15-ssukssuk-startup-data-backend.txt"), postings.resolve("99-copy.txt"));
    CliRun withCopy = CliRun.of("index", "--index", index, postings.toString());
    assertEquals(1, withCopy.count("duplicates"));
    assertEquals(0, withCopy.count("new"));
    assertTrue(withCopy.out().contains("99-copy.txt = "), withCopy.out());
    assertTrue(withCopy.out().startsWith(index + ": " + n + " postings"), withCopy.out());

    Files.delete(postings.resolve("99-copy.txt"));
    Files.delete(postings.resolve("05-gaon-ads-analytics-euckr.txt"));
    CliRun pruned = CliRun.of("index", "--index", index, "--prune", postings.toString());
    assertEquals(1, pruned.count("removed"));
    assertTrue(pruned.out().startsWith(index + ": " + (n - 1) + " postings"), pruned.out());

    CliRun rebuilt = CliRun.of("index", "--index", index, "--rebuild", postings.toString());
    assertEquals(n - 1, rebuilt.count("new"));
  }

  @Test
  void aFileThatCannotBeReadIsSkippedWithItsReason() throws Exception {
    Path postings = tmp.resolve("postings");
    CliRun.copy(List.of(Path.of("samples/15-ssukssuk-startup-data-backend.txt")), postings);
    Files.write(postings.resolve("empty.txt"), new byte[0]);
    CliRun run = CliRun.of("index", "--index", tmp.resolve("ix").toString(), postings.toString());
    assertEquals(1, run.exit());
    assertEquals(1, run.count("new"));
    assertEquals(1, run.count("skipped"));
    assertTrue(run.err().contains("gonggo: skipped " + postings.resolve("empty.txt") + ": the file is empty"),
        run.err());
  }

  @Test
  void aSecondWriterIsRefusedAtOnce() throws Exception {
    Path index = tmp.resolve("ix");
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig(new PostingAnalyzer()))) {
      CliRun run = CliRun.of("index", "--index", index.toString(), "samples");
      assertEquals(1, run.exit());
      assertEquals("gonggo: the index at " + index
          + " is being updated by another gonggo; try again when it finishes", run.err().strip());
    }
  }

  @Test
  void anIndexFromAnIncompatibleVersionAsksForRebuild() throws Exception {
    Path index = tmp.resolve("ix");
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter old = new IndexWriter(dir, new IndexWriterConfig(new PostingAnalyzer()))) {
      old.setLiveCommitData(Map.of(IndexSchema.VERSION_KEY, "0").entrySet());
      old.commit();
    }
    for (String[] args : List.of(
        new String[] {"index", "--index", index.toString(), "samples/15-ssukssuk-startup-data-backend.txt"},
        new String[] {"search", "--index", index.toString(), "--skill", "spark"},
        new String[] {"stats", "--index", index.toString()})) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exit(), run.err());
      assertTrue(run.err().contains("made by an incompatible version of gonggo; re-index with:"
          + " gonggo index --rebuild"), run.err());
    }
    CliRun rebuilt = CliRun.of("index", "--index", index.toString(), "--rebuild",
        "samples/15-ssukssuk-startup-data-backend.txt");
    assertEquals(0, rebuilt.exit(), rebuilt.err());
    assertEquals(1, rebuilt.count("new"));
  }

  @Test
  void searchWithoutAnIndexSaysHowToMakeOne() {
    CliRun run = CliRun.of("search", "--index", tmp.resolve("none").toString(), "--skill", "spark");
    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("gonggo: no index at "), run.err());
  }
}
