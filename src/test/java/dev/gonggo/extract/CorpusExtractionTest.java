package dev.gonggo.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.testing.Corpus;
import dev.gonggo.text.TextNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every real posting of ../shared/corpus extracts; skipped where the corpus is absent. */
class CorpusExtractionTest {

  private static final Pattern HANGUL_WORD = Pattern.compile("[가-힣]{2,}");
  /** A tag; a lone "<" is real text in some postings (e.g. 〈event name〉 written with < >). */
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static PostingExtractor extractor;

  @BeforeAll
  static void start() {
    extractor = new PostingExtractor();
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  private static String text(Path file) {
    Extraction e = extractor.extract(file);
    assertTrue(e.ok(), () -> file.getFileName() + ": " + e.error());
    return TextNormalizer.normalize(e.text());
  }

  @Test
  void everyPostingExtractsToAtLeast200Letters() {
    List<Path> postings = Corpus.postings();
    assertTrue(postings.size() >= 191, "the corpus has 191 postings, found " + postings.size());
    List<String> problems = new ArrayList<>();
    for (Path file : postings) {
      Extraction e = extractor.extract(file);
      if (!e.ok()) {
        problems.add(file.getFileName() + ": " + e.error());
        continue;
      }
      long letters = LETTER.matcher(TextNormalizer.normalize(e.text())).results().count();
      if (letters < 200) {
        problems.add(file.getFileName() + ": only " + letters + " letters");
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void hwpxNoticeMatchesItsPdfTwin() {
    String hwpx = text(Corpus.file("0025-public-national-archives-driver.hwpx"));
    String pdf = text(Corpus.file("0026-public-national-archives-driver.pdf"));
    Set<String> hwpxWords = words(hwpx);
    Set<String> pdfWords = words(pdf);
    long shared = hwpxWords.stream().filter(pdfWords::contains).count();
    double share = (double) shared / hwpxWords.size();
    assertAll(
        () -> assertFalse(hwpx.contains("xmlns"), "no package XML in the HWPX text"),
        () -> assertFalse(Pattern.compile("</?h[ps]:").matcher(hwpx).find(), "no OWPML tags"),
        () -> assertTrue(share >= 0.8, "Hangul words shared with the PDF twin: " + share));
  }

  @Test
  void hwpAndPdfTwinsAgree() {
    Set<String> hwp = words(text(Corpus.file("0023-public-nec-foreign-language-experts.hwp")));
    Set<String> pdf = words(text(Corpus.file("0024-public-nec-foreign-language-experts.pdf")));
    long shared = hwp.stream().filter(pdf::contains).count();
    assertTrue(shared >= 0.8 * hwp.size(), "shared " + shared + " of " + hwp.size());
  }

  @Test
  void htmlFragmentsLoseCarouselAndSummaryMarkup() {
    List<Path> fragments = Corpus.postings().stream()
        .filter(p -> p.getFileName().toString().endsWith(".html")).toList();
    assertTrue(fragments.size() >= 39);
    for (Path file : fragments) {
      String text = text(file);
      String name = file.getFileName().toString();
      assertAll(name,
          () -> assertFalse(TAG.matcher(text).find(), "no markup"),
          () -> assertFalse(text.contains("recruitment-"), "no class names"),
          () -> assertFalse(text.contains("기업 이미지"), "no image carousel"),
          () -> assertFalse(text.contains("swiper"), "no carousel markup"),
          () -> assertTrue(text.contains("경력: "), "summary box kept as 'label: value' lines"));
    }
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = HANGUL_WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
