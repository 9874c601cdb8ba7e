package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.text.CompanyLine;
import dev.gonggo.index.IndexFrequencies;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code gonggo keywords} through the command line, with a tiny index built here the way the
 * indexer writes its text field (a TextField "text" analysed by PostingAnalyzer).
 */
class KeywordsCommandTest {

  /** Postings of our own: 쿠폰 원장 and 리버스 ETL in three, a compound spelling in one. */
  static final List<String> POSTINGS = List.of(
      "[주요업무]\n- 쿠폰 원장 운영\n- 리버스 ETL 구축\n- Kafka 운영",
      "[주요업무]\n- 쿠폰원장 개선\n- 리버스 ETL 도입 경험",
      "[자격요건]\n- 쿠폰 원장 설계 경험\n- 리버스 ETL 이해",
      "[우대사항]\n- 쿠폰, 원장 모두 경험\n- Spark 경험");

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Gonggo.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static Path buildIndex(Path dir) throws Exception {
    try (var directory = FSDirectory.open(dir);
        var writer = new IndexWriter(directory, new IndexWriterConfig(new PostingAnalyzer()))) {
      for (String text : POSTINGS) {
        Document doc = new Document();
        doc.add(new TextField(IndexFrequencies.TEXT_FIELD, text, Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    return dir;
  }

  @Test
  void indexFrequenciesCountTermsAndPhrasesInBothSpellings(@TempDir Path tmp) throws Exception {
    try (IndexFrequencies df = IndexFrequencies.open(buildIndex(tmp))) {
      assertEquals(4, df.docCount());
      assertEquals(4, df.docFreq(List.of("쿠폰")));
      // spaced, compound, but not "쿠폰, 원장"
      assertEquals(3, df.docFreq(List.of("쿠폰", "원장")));
      assertEquals(3, df.docFreq(List.of("리버스", "etl")));
      assertEquals(0, df.docFreq(List.of("원장", "쿠폰")));
    }
  }

  @Test
  void withAnIndexAndNoFileListsWhatTheTaxonomyLacks(@TempDir Path tmp) throws Exception {
    Run r = run("keywords", "--index", buildIndex(tmp).toString(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    ObjectMapper json = new ObjectMapper();
    List<String> terms = r.out().lines().map(l -> {
      try {
        return json.readTree(l).get("term").asText();
      } catch (Exception e) {
        throw new AssertionError(l, e);
      }
    }).toList();
    assertTrue(terms.containsAll(List.of("쿠폰", "원장", "리버스")), terms.toString());
    assertFalse(terms.contains("kafka"), "a skill is no gap");
    assertFalse(terms.contains("etl"), "etl is a skill alias");
    assertFalse(terms.contains("경험"), "filler is no gap");
  }

  @Test
  void gapsOfAGonggoIndexAreItsPostingsKeyTermsAndNoCompanyName(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("index");
    Run indexed = run("index", "--index", index.toString(), "samples");
    assertEquals(0, indexed.exit(), indexed.err());
    Run r = run("keywords", "--index", index.toString(), "--format", "json", "--limit", "30", "--min-docs", "1");
    assertEquals(0, r.exit(), r.err());
    ObjectMapper json = new ObjectMapper();
    List<String> terms = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      JsonNode node = json.readTree(line);
      terms.add(node.get("term").asText());
      written.add(node.get("text").asText());
      // each shown as the postings write it: the analysed key, but for spaces, hyphens and case
      assertEquals(node.get("term").asText().replace(" ", ""), node.get("text").asText()
          .replace(" ", "").replace("-", "").toLowerCase(java.util.Locale.ROOT), line);
    }
    assertTrue(terms.stream().anyMatch(t -> t.contains(" ")), "phrases, not single words: " + terms);
    assertTrue(written.contains("오픈소스") && !written.contains("오픈 소스"),
        "a compound as written, not as analysed: " + written);
    List<String> companies = new ArrayList<>();
    try (var files = Files.list(Path.of("samples"));
        PostingExtractor extractor = new PostingExtractor()) {
      for (Path f : files.sorted().toList()) {
        Extraction e = extractor.extract(f);
        String name = e.ok() ? CompanyLine.find(e.text(), null) : null;
        if (name != null) {
          companies.add(name.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    assertTrue(companies.size() >= 3, "the samples name their companies: " + companies);
    for (String t : terms) {
      for (String company : companies) {
        assertFalse(company.contains(t.replace(" ", "")) || t.replace(" ", "").contains(company.replace(" ", "")),
            t + " is (a piece of) the company name " + company);
      }
    }
  }

  @Test
  void keyTermsOfAFileScoredAgainstTheIndex(@TempDir Path tmp) throws Exception {
    Path index = buildIndex(tmp.resolve("index"));
    Path posting = tmp.resolve("posting.txt");
    Files.writeString(posting, "[주요업무]\n- 쿠폰 원장 운영\n- 환불 쿠폰 배치 개발\n- Kafka 운영 경험\n",
        StandardCharsets.UTF_8);
    Run r = run("keywords", "--index", index.toString(), "--format", "json", posting.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode node = new ObjectMapper().readTree(r.out());
    assertEquals(posting.toString(), node.get("file").asText());
    // 쿠폰 원장 is in most indexed postings, 환불 쿠폰 배치 in none: the rare phrase leads.
    String firstPhrase = null;
    for (JsonNode k : node.get("keywords")) {
      if (k.get("kind").asText().equals("candidate") && k.get("text").asText().contains(" ")) {
        firstPhrase = k.get("text").asText();
        break;
      }
    }
    assertEquals("환불 쿠폰 배치", firstPhrase, r.out());
    boolean kafka = false;
    for (JsonNode k : node.get("keywords")) {
      if (List.of(k.get("key").asText().split(" ")).contains("kafka")) {
        kafka = k.get("kind").asText().equals("skill") && k.get("skill").asText().equals("kafka");
      }
    }
    assertTrue(kafka, r.out());
  }

  @Test
  void aMissingIndexIsAUsageError(@TempDir Path tmp) {
    Run r = run("keywords", "--index", tmp.resolve("nothing").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no index at"), r.err());
    assertEquals(2, run("keywords").exit(), "neither files nor an index");
  }

  @Test
  void tableOfASample() {
    Run r = run("keywords", "--limit", "5", "samples/07-podopay-data-platform.txt");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("== samples/07-podopay-data-platform.txt"), r.out());
    assertEquals(5 + 3, r.out().lines().count(), r.out());
  }
}
