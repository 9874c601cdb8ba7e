package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Key terms of the real data-engineering postings of ../shared/corpus (skipped where absent),
 * scored against the samples' background: the top ten never hold filler, and in nearly every
 * posting they hold a new candidate that is a real word or phrase, not a one-letter scrap. A posting
 * that is little more than a list of tools may fairly have only skills at the top (0001 today).
 * And over every posting of ../shared/corpus and corpus-2, the pipeline's key terms never name the
 * posting's own company in the top ten.
 */
class CorpusKeyTermsTest {

  @Test
  void dataEngineeringPostingsHaveCleanKeyTermsWithCandidates() throws IOException {
    Path dir = Corpus.dir();
    List<String> dataEngineering = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length > 8 && cols[8].strip().equals("yes")) {
        dataEngineering.add(cols[0]);
      }
    }
    assertTrue(dataEngineering.size() > 50, "MANIFEST lists " + dataEngineering.size());
    PostingPipeline pipeline = new PostingPipeline();
    KeyTerms keyTerms = new KeyTerms(KeywordStopWords.builtIn(), BackgroundFrequencies.builtIn());
    KeywordStopWords stop = KeywordStopWords.builtIn();
    List<String> failures = new ArrayList<>();
    List<String> noCandidate = new ArrayList<>();
    int checked = 0;
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (String name : dataEngineering) {
        Extraction e = extractor.extract(dir.resolve(name));
        if (!e.ok()) {
          continue; // extraction has its own corpus test
        }
        Posting p = pipeline.analyze(e);
        List<Keyword> top = keyTerms.of(p.text(), p.analyzed(), p.skills(), 10);
        checked++;
        for (Keyword k : top) {
          // a skill's own name may hold a filler word (통계 기반), and a word that is filler
          // only after an amount may open a term (이상 탐지)
          if (!k.isSkill() && !KeyTermsTest.noFiller(stop, k.terms())) {
            failures.add(name + ": filler in " + k.text());
          }
        }
        boolean candidate = top.stream().anyMatch(k -> !k.isSkill()
            && k.text().codePoints().filter(Character::isLetter).count() >= 2);
        if (!candidate) {
          noCandidate.add(name + ": " + top.stream().map(Keyword::text).toList());
        }
      }
    }
    assertTrue(checked > 50, "read only " + checked);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(noCandidate.size() <= checked / 20,
        "no candidate in the top ten of " + noCandidate.size() + " of " + checked + ":\n"
            + String.join("\n", noCandidate));
  }

  /**
   * No top ten of a posting of either corpus holds its company's whole name, as the pipeline finds
   * it (a piece may be the field of business: 헬스케어 of 롯데헬스케어 stays).
   */
  @Test
  void noTopTenHoldsThePostingsCompanyName() throws IOException {
    List<Path> postings = new ArrayList<>();
    for (String folder : new String[] {"corpus", "corpus-2"}) {
      Path dir = Path.of("..", "shared", folder).toAbsolutePath().normalize();
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.getFileName().toString().matches("\\d{4}-.*")).sorted()
              .forEach(postings::add);
        }
      }
    }
    assumeTrue(!postings.isEmpty(), "../shared/corpus and corpus-2 not found: skipping");
    PostingPipeline pipeline = new PostingPipeline();
    List<String> failures = new ArrayList<>();
    int named = 0;
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (Path file : postings) {
        Extraction e = extractor.extract(file);
        if (!e.ok()) {
          continue;
        }
        Posting p = pipeline.analyze(e);
        if (p.company() == null || p.company().name() == null) {
          continue;
        }
        String name = plain(p.company().name());
        if (name.codePointCount(0, name.length()) < 2) {
          continue;
        }
        named++;
        List<Keyword> top = p.keywords().subList(0, Math.min(10, p.keywords().size()));
        for (Keyword k : top) {
          if (plain(k.text()).contains(name)) {
            failures.add(file.getFileName() + ": " + k.text() + " holds " + p.company().name());
          }
        }
      }
    }
    assertTrue(named > 100, "only " + named + " postings with a company found");
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static String plain(String s) {
    return s.replaceAll("주식회사|\\(주\\)|㈜|\\s", "").toLowerCase(Locale.ROOT);
  }
}
