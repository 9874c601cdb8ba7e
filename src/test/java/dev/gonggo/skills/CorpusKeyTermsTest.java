package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

/**
 * Key terms of the real data-engineering postings of ../shared/corpus (skipped where absent),
 * scored against the samples' background: the top ten never hold filler, and in nearly every
 * posting they hold a new candidate that is a real word or phrase, not a one-letter scrap. A posting
 * that is little more than a list of tools may fairly have only skills at the top (0001 today).
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
}
