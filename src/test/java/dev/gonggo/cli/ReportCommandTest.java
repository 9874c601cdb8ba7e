package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.index.IndexSnapshot;
import dev.gonggo.index.PostingIndex;
import dev.gonggo.search.KeptTermFrequencies;
import dev.gonggo.search.MarketFilter;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.DocumentFrequencies.TermDocs;
import dev.gonggo.skills.KeywordStopWords;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.skills.TaxonomyGaps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gonggo report on an index of the samples: one self-contained page whose numbers are those of
 * {@code stats --format json} with the same options, narrowed by the filters it names.
 */
class ReportCommandTest {

  @TempDir
  Path tmp;

  private Document report(String... options) throws Exception {
    Path out = tmp.resolve("r" + System.nanoTime() + ".html");
    List<String> args = new ArrayList<>(List.of("report", "--index", SampleIndex.get().toString(),
        "--out", out.toString()));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("report: "), run.out());
    return Jsoup.parse(Files.readString(out));
  }

  private static JsonNode stats(String... options) {
    List<String> args = new ArrayList<>(List.of("stats", "--index", SampleIndex.get().toString(),
        "--format", "json"));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return run.json();
  }

  private static JsonNode embedded(Document page) throws Exception {
    Element script = page.selectFirst("script#gonggo-stats");
    assertNotNull(script);
    return new ObjectMapper().readTree(script.data());
  }

  @Test
  void theChartsShowTheNumbersOfStats() throws Exception {
    Document page = report();
    JsonNode stats = stats();
    assertEquals(stats, embedded(page));
    assertEquals(20, stats.get("postings").asInt());
    assertEquals("20", page.selectFirst("[data-stat=postings] .number").text());
    assertEquals(stats.get("companies").asText(), page.selectFirst("[data-stat=companies] .number").text());

    List<Element> skills = page.select("svg[data-chart=skills] g.bar");
    assertEquals(stats.get("skills").size(), skills.size());
    for (int i = 0; i < skills.size(); i++) {
      JsonNode s = stats.get("skills").get(i);
      Element bar = skills.get(i);
      assertEquals(s.get("id").asText(), bar.attr("data-key"));
      assertEquals(s.get("postings").asText(), bar.attr("data-postings"));
      assertEquals(s.get("required").asText(), bar.attr("data-required"));
      assertEquals(s.get("preferred").asText(), bar.attr("data-preferred"));
      // Required, preferred and the rest laid end to end make the whole bar.
      assertEquals(3 - (s.get("required").asInt() == 0 ? 1 : 0) - (s.get("preferred").asInt() == 0 ? 1 : 0)
          - (s.get("postings").asInt() == s.get("required").asInt() + s.get("preferred").asInt() ? 1 : 0),
          bar.select("rect").size(), s.toString());
    }
    JsonNode matrix = stats.get("cooccurrence");
    for (Element cell : page.select("svg[data-chart=cooccurrence] rect.cell")) {
      int i = indexOf(matrix.get("skills"), cell.attr("data-row"));
      int j = indexOf(matrix.get("skills"), cell.attr("data-col"));
      assertEquals(matrix.get("postings").get(i).get(j).asText(), cell.attr("data-postings"));
    }
    List<Element> years = page.select("svg[data-chart=years] g.bar");
    for (int i = 0; i < years.size(); i++) {
      assertEquals(stats.get("yearsAsked").get(i).get("label").asText(), years.get(i).attr("data-label"));
      assertEquals(stats.get("yearsAsked").get(i).get("postings").asText(), years.get(i).attr("data-postings"));
    }
    for (JsonNode c : stats.get("cases")) {
      assertEquals(c.get("postings").asText(),
          page.selectFirst("svg[data-chart=cases] g.bar[data-key=" + c.get("id").asText() + "]").attr("data-postings"));
    }
    for (JsonNode c : stats.get("lift")) {
      JsonNode first = c.get("skills").get(0);
      Element bar = page.selectFirst("svg[data-chart=lift-" + c.get("id").asText() + "] g.bar");
      assertEquals(first.get("id").asText(), bar.attr("data-key"));
      assertEquals(first.get("lift").asDouble(), Double.parseDouble(bar.attr("data-lift")));
    }
    assertEquals(20, page.select("#postings-table tbody tr").size());
    assertTrue(page.selectFirst(".scope").text().contains("필터 없음"));
  }

  @Test
  void theGapsAreThoseKeywordsListsForTheIndex() throws Exception {
    // The samples' key terms seldom repeat: the gaps are listed from one posting up.
    JsonNode stats = stats("--min-docs", "1");
    CliRun keywords = CliRun.of("keywords", "--index", SampleIndex.get().toString(), "--format", "json",
        "--limit", "20", "--min-docs", "1");
    assertEquals(0, keywords.exit(), keywords.err());
    assertEquals(keywords.jsonLines(), List.copyOf(toList(stats.get("gaps"))));
    assertFalse(stats.get("gaps").isEmpty());
    assertEquals(stats, embedded(report("--min-docs", "1")));
    CliRun byDefault = CliRun.of("keywords", "--index", SampleIndex.get().toString(), "--format", "json",
        "--limit", "20");
    assertEquals(byDefault.jsonLines(), List.copyOf(toList(stats().get("gaps"))));
  }

  @Test
  void theGapsOfAFilterAreCountedAmongItsPostingsOnly() throws Exception {
    MarketFilter filter = new MarketFilter(List.of("midsize-buildout", "startup"), List.of(), List.of());
    JsonNode stats = stats("--case", "midsize-buildout", "--case", "startup", "--min-docs", "1");
    List<JsonNode> expected = new ArrayList<>();
    TaxonomyGaps gaps = new TaxonomyGaps(new SkillMatcher(Taxonomy.builtIn(), new PostingAnalyzer()),
        KeywordStopWords.builtIn());
    try (IndexSnapshot snapshot = PostingIndex.openReader(SampleIndex.get())) {
      for (TermDocs t : gaps.suggest(KeptTermFrequencies.of(snapshot.reader(), filter), 1, 20)) {
        expected.add(new ObjectMapper().createObjectNode().put("term", t.term()).put("text", t.written())
            .put("docFreq", t.docFreq()));
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, toList(stats.get("gaps")));
    assertTrue(stats.get("gaps").get(0).get("docFreq").asInt() <= stats.get("postings").asInt());
  }

  @Test
  void filtersNarrowTheWholePageAndThePageNamesThem() throws Exception {
    Document page = report("--case", "large-service", "--skill", "스파크");
    JsonNode stats = stats("--case", "large-service", "--skill", "spark");
    assertEquals(stats, embedded(page));
    CliRun search = CliRun.of("search", "--index", SampleIndex.get().toString(), "--case", "large-service",
        "--skill", "spark", "--format", "json", "--limit", "100");
    Set<String> files = search.files();
    assertFalse(files.isEmpty());
    assertEquals(files.size(), stats.get("postings").asInt());
    assertEquals(20, stats.get("indexPostings").asInt());
    Set<String> listed = new TreeSet<>();
    for (Element a : page.select("#postings-table tbody tr td:first-child a")) {
      listed.add(Path.of(java.net.URI.create(a.attr("href"))).toString());
    }
    assertEquals(files, listed);
    String scope = page.selectFirst(".scope").text();
    assertTrue(scope.contains("--case large-service") && scope.contains("--skill spark"), scope);
    assertEquals("--case large-service --skill spark", page.selectFirst(".scope").attr("data-filters"));
    // Every skill count is one search gives for the same filter.
    for (JsonNode s : stats.get("skills")) {
      CliRun both = CliRun.of("search", "--index", SampleIndex.get().toString(), "--case", "large-service",
          "--skill", "spark", "--skill", s.get("id").asText(), "--format", "json", "--limit", "100");
      assertEquals(both.files().size(), s.get("postings").asInt(), s.toString());
    }
    assertEquals(1, stats.get("cases").size());
    assertEquals(1, stats.get("lift").size());
  }

  @Test
  void thePageFetchesNothing() throws Exception {
    Document page = report();
    assertTrue(page.select("link, img, iframe, object, embed, [src]").isEmpty(),
        page.select("link, img, iframe, object, embed, [src]").toString());
    assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
        .startsWith("default-src 'none'"));
    for (Element a : page.select("a[href]")) {
      assertTrue(a.attr("href").startsWith("file:"), a.attr("href"));
    }
    String css = page.selectFirst("style").data();
    assertFalse(css.contains("url("), "the styles fetch nothing");
    for (String font : List.of("Noto Sans KR", "Nanum Gothic", "NanumGothic", "Malgun Gothic",
        "Apple SD Gothic Neo")) {
      assertTrue(css.contains("\"" + font + "\""), font);
    }
  }

  @Test
  void badFiltersAreUsageErrors() {
    String index = SampleIndex.get().toString();
    CliRun unknownCase = CliRun.of("report", "--index", index, "--case", "huge-corp", "--out",
        tmp.resolve("x.html").toString());
    assertEquals(2, unknownCase.exit());
    assertTrue(unknownCase.err().contains("unknown case 'huge-corp'"), unknownCase.err());
    CliRun unknownSkill = CliRun.of("stats", "--index", index, "--skill", "sparkk");
    assertEquals(2, unknownSkill.exit());
    assertTrue(unknownSkill.err().contains("did you mean spark"), unknownSkill.err());
    CliRun unknownKind = CliRun.of("report", "--index", index, "--kind", "gadget", "--out",
        tmp.resolve("x.html").toString());
    assertEquals(2, unknownKind.exit());
    assertFalse(Files.exists(tmp.resolve("x.html")));
  }

  @Test
  void kindCountsOnlyTheSkillsOfThatKind() throws Exception {
    Taxonomy taxonomy = Taxonomy.builtIn();
    JsonNode stats = stats("--kind", "tool");
    Document page = report("--kind", "tool");
    assertEquals(stats, embedded(page));
    assertEquals(20, stats.get("postings").asInt(), "--kind narrows the skills, not the postings");
    assertFalse(stats.get("skills").isEmpty());
    List<String> named = new ArrayList<>();
    stats.get("skills").forEach(s -> named.add(s.get("id").asText()));
    stats.at("/cooccurrence/skills").forEach(s -> named.add(s.asText()));
    stats.get("lift").forEach(c -> c.get("skills").forEach(s -> named.add(s.get("id").asText())));
    for (String id : named) {
      assertEquals(Skill.Kind.TOOL, taxonomy.get(id).kind(), id);
    }
    JsonNode all = stats();
    for (JsonNode s : stats.get("skills")) {
      for (JsonNode a : all.get("skills")) {
        if (a.get("id").equals(s.get("id"))) {
          assertEquals(a, s, "a skill counts the same with or without --kind");
        }
      }
    }
    assertTrue(page.selectFirst(".scope").text().contains("--kind tool"));
  }

  @Test
  void aFilterNoPostingMatchesStillMakesAPage() throws Exception {
    Document page = report("--case", "startup", "--skill", "hbase");
    assertEquals("0", page.selectFirst("[data-stat=postings] .number").text());
    assertTrue(page.selectFirst("p.empty").text().contains("공고가 없습니다"));
  }

  private static int indexOf(JsonNode array, String value) {
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).asText().equals(value)) {
        return i;
      }
    }
    throw new AssertionError(value + " not in " + array);
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
