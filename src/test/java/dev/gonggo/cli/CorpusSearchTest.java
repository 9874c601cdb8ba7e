package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.eval.RelevanceSet;
import dev.gonggo.eval.SearchEvaluation;
import dev.gonggo.eval.SearchScore;
import dev.gonggo.search.PlainTextSearch;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.testing.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free-text search and titles on an index of the shared corpus of real postings (skipped where it
 * is absent): the relevance set's figures, the skills a Korean name finds, the titles shown.
 */
class CorpusSearchTest {

  private static final Path GOLD = Path.of("src", "test", "resources", "gold");

  @TempDir
  static Path tmp;

  static String index;
  static int postings;

  /** Where the postings were copied: the corpus's README and manifest are not postings. */
  static Path corpus;

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    corpus = tmp.resolve("corpus");
    CliRun.copy(Corpus.postings(), corpus);
    index = tmp.resolve("ix").toString();
    CliRun run = CliRun.of("index", "--index", index, corpus.toString());
    postings = run.count("new");
    assertEquals(Corpus.postings().size(), postings, run.out() + run.err());
  }

  @Test
  void gonggosSearchRanksTheRelevanceSetWellAndFarAbovePlainBm25() throws Exception {
    RelevanceSet set = RelevanceSet.read(GOLD.resolve("queries.tsv"), GOLD.resolve("relevance.tsv"));
    SearchEvaluation evaluation = new SearchEvaluation(set);
    PostingAnalyzer analyzer = new PostingAnalyzer();
    SearchScore gonggo;
    SearchScore plain;
    try (PostingSearcher searcher = new PostingSearcher(Path.of(index),
        new SkillNames(Taxonomy.builtIn(), analyzer), analyzer)) {
      gonggo = evaluation.score(evaluation.gonggo(searcher));
      plain = evaluation.score(evaluation.plainBm25(new PlainTextSearch(searcher.searcher(), analyzer)));
    }
    String figures = String.format(Locale.ROOT, "NDCG@10 gonggo %.3f, plain BM25 %.3f",
        gonggo.meanNdcg(), plain.meanNdcg());
    assertTrue(set.queries().size() >= 30, set.queries().size() + " queries");
    assertEquals(set.queries().size(), gonggo.byQuery().size(), "every query has relevant postings");
    assertTrue(gonggo.meanNdcg() >= 0.85, figures);
    assertTrue(gonggo.meanNdcg() - plain.meanNdcg() >= 0.10, figures);
    assertTrue(gonggo.meanRecall() > plain.meanRecall(), figures);

    CliRun cli = CliRun.of("eval", "search", "--index", index, "--summary",
        GOLD.resolve("queries.tsv").toString(), GOLD.resolve("relevance.tsv").toString());
    assertEquals(0, cli.exit(), cli.err());
    assertTrue(cli.out().contains(String.format(Locale.ROOT, "%.3f", gonggo.meanNdcg())), cli.out());
  }

  /**
   * The ten skills the corpus names most, soft skills aside (they count only where a posting asks
   * for them as an ability, which a word alone does not), each searched by its Korean name: the
   * first of its aliases written in Hangul alone.
   */
  @Test
  void aSkillsKoreanNameFindsWhatTheSkillOptionFindsAndLittleMore() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    List<Skill> common = new ArrayList<>();
    for (JsonNode row : CliRun.of("stats", "--index", index, "--top", "100", "--format", "json")
        .json().get("skills")) {
      Skill skill = taxonomy.get(row.get("id").asText());
      if (common.size() < 10 && !skill.categories().contains("collaboration")
          && koreanName(skill).isPresent()) {
        common.add(skill);
      }
    }
    assertEquals(10, common.size());
    assertTrue(common.stream().anyMatch(s -> s.id().equals("aws")), common.toString());
    List<String> report = new ArrayList<>();
    for (Skill skill : common) {
      String name = koreanName(skill).orElseThrow();
      Set<String> bySkill = CliRun.of("search", "--index", index, "--skill", skill.id(),
          "--format", "json", "--limit", "1000").files();
      Set<String> byName = CliRun.of("search", "--index", index, "--query", name,
          "--format", "json", "--limit", "1000").files();
      Set<String> found = new HashSet<>(byName);
      found.retainAll(bySkill);
      int more = byName.size() - found.size();
      report.add(String.format(Locale.ROOT, "%s (%s): %d of %d, %d more", name, skill.id(),
          found.size(), bySkill.size(), more));
      assertTrue(found.size() >= 0.9 * bySkill.size(), report.toString());
      assertTrue(more <= 0.1 * bySkill.size(), report.toString());
    }
  }

  @Test
  void noHitShowsItsPathAsItsTitle() {
    List<JsonNode> hits = CliRun.of("search", "--index", index, "--format", "json", "--limit", "1000")
        .jsonLines();
    assertEquals(postings, hits.size());
    int byFileName = 0;
    for (JsonNode hit : hits) {
      String file = hit.get("file").asText();
      String title = hit.get("title").asText("");
      assertFalse(title.isBlank(), hit.toString());
      assertFalse(title.equals(file) || title.contains(corpus.toString()), hit.toString());
      if (title.equals(Path.of(file).getFileName().toString())) {
        byFileName++;
      }
    }
    // The file's name is the last resort; every corpus posting names its job somewhere.
    assertEquals(0, byFileName, byFileName + " titles are file names");
  }

  /**
   * A company on the hits of postings that name theirs. Of the 27 corpus postings without one,
   * about 20 name none in their text (pages of a careers site, job-board fragments cut below the
   * company's name); the others name it only in passing.
   */
  @Test
  void mostHitsNameTheirCompany() {
    List<JsonNode> hits = CliRun.of("search", "--index", index, "--format", "json", "--limit", "1000")
        .jsonLines();
    long named = hits.stream().filter(h -> h.hasNonNull("company")
        && !h.get("company").asText().isBlank()).count();
    assertTrue(named >= 0.85 * postings, named + " of " + postings + " hits name a company");
  }

  private static Optional<String> koreanName(Skill skill) {
    return skill.aliases().stream().filter(a -> a.codePoints().allMatch(c -> c == ' '
        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)).findFirst();
  }
}
