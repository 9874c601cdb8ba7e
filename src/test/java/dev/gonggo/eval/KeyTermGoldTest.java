package dev.gonggo.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.classify.ZeroLabelModel;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.index.IndexFrequencies;
import dev.gonggo.index.PostingIndexer;
import dev.gonggo.skills.Keyword;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.testing.Corpus;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key terms against the blind gold of the terms readers want (gold/keyterms.tsv; skipped without
 * ../shared), rarity judged against an index of the corpus as a user's would be. The floors sit a
 * little under what was measured, so that a change that loses what a reader sees fails.
 */
class KeyTermGoldTest {

  @TempDir
  Path tmp;

  @Test
  void readersFindTheTermsTheyWant() throws Exception {
    List<Path> corpus = Corpus.postings();
    Path index = tmp.resolve("ix");
    try (PostingIndexer indexer = new PostingIndexer(index, false, new PostingIndexer.Settings(2, 1000));
        PostingExtractor extractor = new PostingExtractor()) {
      indexer.run(new PostingFiles.Found(corpus, List.of()), false, new PostingPipeline(), extractor,
          PostingIndexer.Listener.NONE);
    }
    Taxonomy taxonomy = Taxonomy.builtIn();
    PostingAnalyzer analyzer = new PostingAnalyzer();
    SkillMatcher matcher = new SkillMatcher(taxonomy, analyzer);
    KeyTermScore score = new KeyTermScore(term -> {
      PostingText text = new PostingText(Path.of("term"), "text/plain", null, term,
          List.of(new Section(SectionKind.OTHER, null, 0, term.length())));
      List<SkillMatch> found = matcher.match(text, analyzer.analyze(term));
      return found.size() == 1 ? found.get(0).skill() : null;
    });
    try (IndexFrequencies frequencies = IndexFrequencies.open(index);
        PostingExtractor extractor = new PostingExtractor()) {
      PostingPipeline pipeline = new PostingPipeline(taxonomy, ZeroLabelModel.builtIn(), frequencies);
      for (KeyTermScore.Gold gold : KeyTermScore.read(Path.of("src/test/resources/gold/keyterms.tsv"))) {
        Extraction e = extractor.extract(Corpus.file(gold.file()));
        List<KeyTermScore.Given> given = new ArrayList<>();
        for (Keyword k : pipeline.analyze(e).keywords()) {
          given.add(new KeyTermScore.Given(k.text(), k.skill()));
        }
        score.add(gold, given);
      }
    }
    String misses = String.join("\n", score.misses());
    System.out.printf("key terms: precision@5 %.3f, precision@10 %.3f, wanted recall %.3f%n",
        score.precisionAt5(), score.precisionAt10(), score.recall());
    assertAll(
        () -> assertTrue(score.precisionAt5() >= 0.85, "precision@5 " + score.precisionAt5() + "\n" + misses),
        () -> assertTrue(score.precisionAt10() >= 0.85, "precision@10 " + score.precisionAt10() + "\n" + misses),
        () -> assertTrue(score.recall() >= 0.59, "wanted recall " + score.recall() + "\n" + misses));
  }
}
