package dev.gonggo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gonggo.testing.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The report over the samples, opened in a real headless Chromium: it loads without a single
 * error (no script error, nothing blocked), each chart has as many bars or cells as the stats
 * have rows, no label runs into another or out of its chart, the Korean text is drawn with a
 * Korean font the page names, and a screenshot is kept in target/report-browser/ to look at.
 * Skipped only where no Chromium is installed (.ci/run installs Debian's chromium and fonts-nanum).
 */
class ReportBrowserTest {

  private static final Path OUT = Path.of("target", "report-browser");

  /** Every text of the charts that overlaps another text, or leaves its chart, or sits on a bar. */
  private static final String OVERLAPS = """
      (() => {
        const out = [];
        const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
            && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        for (const svg of document.querySelectorAll('svg.chart')) {
          const name = svg.dataset.chart;
          const box = svg.getBoundingClientRect();
          // Turned column labels have slanted boxes that touch; the rest must stand apart.
          const texts = [...svg.querySelectorAll('text')].filter(t => !t.hasAttribute('transform'));
          const boxes = texts.map(t => t.getBoundingClientRect());
          for (let i = 0; i < texts.length; i++) {
            const b = boxes[i];
            if (b.left < box.left - 1 || b.right > box.right + 1) {
              out.push(name + ': "' + texts[i].textContent + '" leaves the chart');
            }
            for (let j = i + 1; j < texts.length; j++) {
              if (overlap(b, boxes[j])) {
                out.push(name + ': "' + texts[i].textContent + '" overlaps "' + texts[j].textContent + '"');
              }
            }
          }
          if (name !== 'cooccurrence') {
            const bars = [...svg.querySelectorAll('rect')].map(r => r.getBoundingClientRect());
            texts.forEach((t, i) => bars.forEach(r => {
              if (overlap(boxes[i], r)) {
                out.push(name + ': "' + t.textContent + '" lies on a bar');
              }
            }));
          }
        }
        return out;
      })()""";

  @Test
  void theReportOpensInChromiumWithEveryChartDrawn() throws Exception {
    Optional<Path> chromium = HeadlessChromium.find();
    Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed, so the report is not"
        + " opened in a browser here (.ci/run installs it: apt-get install chromium fonts-nanum)");
    Path index = SampleIndex.get();
    Files.createDirectories(OUT);
    Path page = OUT.resolve("report.html");
    // From one posting up, the samples have terms no skill covers to chart; from two, none.
    CliRun report = CliRun.of("report", "--index", index.toString(), "--out", page.toString(),
        "--min-docs", "1");
    assertEquals(0, report.exit(), report.err());
    JsonNode stats = CliRun.of("stats", "--index", index.toString(), "--format", "json",
        "--min-docs", "1").json();
    assertFalse(stats.get("gaps").isEmpty());

    try (HeadlessChromium browser = HeadlessChromium.start(chromium.get(), 1280, 900)) {
      browser.open(page.toAbsolutePath().toUri());
      assertEquals(List.of(), browser.errors(), "the browser reported errors");

      assertEquals(stats.get("skills").size(), bars(browser, "skills"));
      assertEquals(stats.get("categories").size(), bars(browser, "categories"));
      assertEquals(stats.get("cases").size(), bars(browser, "cases"));
      assertEquals(stats.get("yearsAsked").size(), bars(browser, "years"));
      assertEquals(stats.get("gaps").size(), bars(browser, "gaps"));
      int n = stats.at("/cooccurrence/skills").size();
      assertEquals(20, n, "the samples name more than 20 skills");
      assertEquals(n * n, browser.evaluate(
          "document.querySelectorAll('svg[data-chart=cooccurrence] rect.cell').length").asInt());
      assertEquals(5, stats.get("lift").size());
      for (JsonNode c : stats.get("lift")) {
        assertFalse(c.get("skills").isEmpty(), c.toString());
        assertEquals(c.get("skills").size(), bars(browser, "lift-" + c.get("id").asText()));
      }
      assertEquals(stats.get("postings").asInt(), browser.evaluate(
          "document.querySelectorAll('#postings-table tbody tr').length").asInt());
      // Every bar is drawn: its segments have a width on the screen.
      assertEquals(0, browser.evaluate("[...document.querySelectorAll('svg.chart g.bar')]"
          + ".filter(g => g.getBoundingClientRect().width < 1).length").asInt());

      assertEquals(List.of(), list(browser.evaluate(OVERLAPS)), "labels that collide");

      for (String selector : List.of("h1", "svg[data-chart=categories] g.bar text")) {
        List<String> fonts = browser.fontsOf(selector);
        String stack = browser.evaluate("getComputedStyle(document.body).fontFamily").asText();
        assertFalse(fonts.isEmpty(), selector);
        for (String font : fonts) {
          assertTrue(stack.contains(font), selector + " is drawn with " + font
              + ", not one of the page's fonts (" + stack + "): is fonts-nanum installed?");
        }
      }

      browser.screenshot(OUT.resolve("report.png"));

      // Sorting by years puts the postings that state none last, either way.
      browser.evaluate("document.querySelectorAll('#postings-table th')[3].click()");
      JsonNode years = browser.evaluate("[...document.querySelectorAll('#postings-table tbody tr')]"
          + ".map(r => r.cells[3].dataset.sort)");
      List<Integer> stated = new ArrayList<>();
      for (int i = 0; i < years.size(); i++) {
        if (!years.get(i).asText().isEmpty()) {
          stated.add(Integer.parseInt(years.get(i).asText()));
        } else {
          assertEquals(years.size() - 1, i, "a posting with no years sorts last: " + years);
        }
      }
      assertEquals(stated.stream().sorted().toList(), stated);
      browser.evaluate("document.querySelectorAll('#postings-table th')[3].click()");
      assertEquals(List.of(), browser.errors(), "the browser reported errors");
    }
    assertTrue(Files.size(OUT.resolve("report.png")) > 50_000);
  }

  private static int bars(HeadlessChromium browser, String chart) throws Exception {
    return browser.evaluate("document.querySelectorAll('svg[data-chart=\"" + chart + "\"] g.bar').length").asInt();
  }

  private static List<String> list(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
