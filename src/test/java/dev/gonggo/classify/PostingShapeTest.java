package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.text.SectionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What is judged not to be a posting: the notes beside real postings (the shared corpora's
 * READMEs, which list headings, formats and file names in prose and tables), and a wrapped list
 * of heading words that must not open a part.
 */
class PostingShapeTest {

  private static final PostingPipeline PIPELINE = new PostingPipeline();

  @Test
  void theCorporaNotesAreNoPostings() throws Exception {
    Path shared = Path.of("..", "shared").toAbsolutePath().normalize();
    assumeTrue(Files.isDirectory(shared.resolve("corpus")),
        "../shared not found: skipping the test on the corpora's own notes");
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (String folder : new String[] {"corpus", "corpus-2"}) {
        Path readme = shared.resolve(folder).resolve("README.md");
        if (!Files.exists(readme)) {
          continue;
        }
        Extraction e = extractor.extract(readme);
        Optional<String> reason = PostingShape.notAPosting(PIPELINE.analyze(e));
        assertTrue(reason.isPresent(), folder + "/README.md was taken for a posting");
      }
    }
  }

  @Test
  void headingWordsEndingAWrappedSentenceOpenNoPart() {
    String notes = """
        # Notes on the export

        - The body field already holds its own headings: 주요업무, 자격요건, 우대사항,
          기술스택.
        - Each row has the fields `TITLE`, `COMPANY`, `MAINDUTIES`,
          `QUALIFICATION`, `PREFERENTIAL`, `BENEFITS`.
        """;
    Posting p = PIPELINE.analyze(new Extraction(Path.of("notes.md"), "text/markdown", null, notes));
    p.text().sections().forEach(s -> assertEquals(SectionKind.OTHER, s.kind(),
        "a part opened by " + s));
  }
}
