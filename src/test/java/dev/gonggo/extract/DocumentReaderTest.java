package dev.gonggo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quick type of a text, Markdown or HTML file, and of a PDF, DOCX or HWPX package, is the one
 * Tika's full detection gives it.
 */
class DocumentReaderTest {

  private final DocumentReader reader = new DocumentReader(ExtractionLimits.DEFAULT.maxChars());

  @Test
  void quickTypeIsTikasOnSamplesAndCorpus() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      s.forEach(files::add);
    }
    if (Files.isDirectory(Corpus.DIR)) {
      files.addAll(Corpus.postings());
    }
    int quick = 0;
    int packages = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      String name = f.getFileName().toString();
      Optional<String> type = DocumentReader.plainTextType(name, bytes);
      if (type.isPresent()) {
        assertEquals(reader.detect(bytes, name), type.get(), name);
        quick++;
      }
      Optional<String> packageType = reader.packageType(name, bytes);
      if (packageType.isPresent()) {
        assertEquals(reader.detect(bytes, name), packageType.get(), name);
        packages++;
      }
    }
    assertTrue(quick >= 10, "text samples take the quick path: " + quick);
    assertTrue(packages >= 3, "PDF, DOCX and HWPX samples take the quick path: " + packages);
  }

  @Test
  void quickTypeOfMadeUpFiles() {
    check("a.txt", "자격요건\n- Java 3년 이상\n");
    check("a.md", "## 우대사항\n- Kafka\n");
    check("a.html", "<section><h3>자격요건</h3><ul><li>Java</li></ul></section>");
    check("a.HTM", "\uFEFF  <!DOCTYPE html><html><body>Spark</body></html>");
    check("a.html", "자격요건: 태그 없는 텍스트");
    byte[] xml = "<?xml version=\"1.0\"?><posting>Java</posting>".getBytes(StandardCharsets.UTF_8);
    assertTrue(DocumentReader.plainTextType("a.html", xml).isEmpty(), "XML goes to Tika");
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertTrue(DocumentReader.plainTextType("a.txt", pdf).isEmpty(), "a PDF named .txt goes to Tika");
    assertTrue(DocumentReader.plainTextType("a.pdf", "text".getBytes(StandardCharsets.US_ASCII))
        .isEmpty(), "other names go to Tika");
  }

  @Test
  void packageTypeOnlyWhenNameAndBytesAgree() {
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(Optional.of("application/pdf"), reader.packageType("a.PDF", pdf));
    assertTrue(reader.packageType("a.pdf", "text".getBytes(StandardCharsets.US_ASCII)).isEmpty(),
        "not a PDF inside: full detection");
    assertTrue(reader.packageType("a.docx", pdf).isEmpty(), "a PDF named .docx: full detection");
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
    assertTrue(reader.packageType("a.hwpx", zip).isEmpty(), "a zip without HWPX's mimetype");
    assertTrue(reader.packageType("a.docx", zip).isEmpty(), "a damaged zip: full detection");
    assertTrue(reader.packageType("a.hwp", zip).isEmpty(), "other names: full detection");
  }

  private void check(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.of(reader.detect(bytes, name)), DocumentReader.plainTextType(name, bytes),
        name);
  }
}
