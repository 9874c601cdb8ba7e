package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.skills.SkillSection;
import dev.gonggo.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on the shared corpus of real postings (skipped where it is absent), on a copy. */
class CorpusIndexTest {

  @TempDir
  Path tmp;

  @Test
  void indexesTheCorpusIncrementallyAndSearchesItBySkill() throws Exception {
    List<Path> corpus = Corpus.postings();
    Path postings = tmp.resolve("corpus");
    CliRun.copy(corpus, postings);
    String index = tmp.resolve("ix").toString();

    CliRun first = CliRun.of("index", "--index", index, postings.toString());
    int indexed = first.count("new");
    int duplicates = first.count("duplicates");
    assertEquals(corpus.size(), indexed + duplicates + first.count("skipped"), first.out());
    assertEquals(corpus.size(), indexed, "every corpus posting is read, none repeated: " + first.out());

    CliRun again = CliRun.of("index", "--index", index, postings.toString());
    assertEquals(0, again.count("new"));
    assertEquals(0, again.count("updated"));
    assertEquals(indexed, again.count("unchanged"));

    Path changed = CliRun.filesIn(postings).stream()
        .filter(p -> p.getFileName().toString().endsWith(".txt")).findFirst().orElseThrow();
    Files.writeString(changed, "\n우대사항\n- Flink 운영 경험\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    CliRun afterChange = CliRun.of("index", "--index", index, postings.toString());
    assertEquals(1, afterChange.count("updated"));
    assertEquals(0, afterChange.count("new"));

    Path deleted = CliRun.filesIn(postings).get(0);
    Files.delete(deleted);
    CliRun pruned = CliRun.of("index", "--index", index, "--prune", postings.toString());
    assertEquals(1, pruned.count("removed"));
    assertEquals(0, pruned.count("updated"));

    Set<String> expected = CliRun.analysedWith(CliRun.filesIn(postings), "spark", SkillSection.REQUIRED);
    assertFalse(expected.isEmpty());
    CliRun spark = CliRun.of("search", "--index", index, "--skill", "spark", "--required",
        "--format", "json", "--limit", "1000");
    assertEquals(expected, spark.files());
    CliRun korean = CliRun.of("search", "--index", index, "--skill", "스파크", "--required",
        "--format", "json", "--limit", "1000");
    assertEquals(expected, korean.files());

    CliRun stats = CliRun.of("stats", "--index", index, "--format", "json");
    assertEquals(indexed - 1, stats.json().get("postings").asInt());
    assertTrue(stats.json().get("skills").size() > 0);
  }
}
