package dev.gonggo.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.classify.CaseDescriptions;
import dev.gonggo.classify.Cases;
import dev.gonggo.index.IndexSchema;
import dev.gonggo.search.MarketFilter;
import dev.gonggo.search.MarketPostings;
import dev.gonggo.search.MarketStats;
import dev.gonggo.search.MarketStats.CaseLift;
import dev.gonggo.search.MarketStats.CaseShare;
import dev.gonggo.search.MarketStats.CategoryDemand;
import dev.gonggo.search.MarketStats.SkillDemand;
import dev.gonggo.search.MarketStats.SkillLift;
import dev.gonggo.skills.DocumentFrequencies.TermDocs;
import dev.gonggo.skills.Skill;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report as one self-contained HTML page: headline figures, then a chart per question (skills
 * in demand, categories, cases, years, skills named together, what sets each case apart, terms no
 * skill covers), then a sortable list of the postings. Styles and the one small script are
 * inline, the charts inline SVG; a Content-Security-Policy forbids every fetch, so the page opens
 * the same from a file on a plane. The numbers are embedded as the JSON {@code gonggo stats}
 * prints ({@code script#gonggo-stats}).
 */
public final class ReportPage {

  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
      + "script-src 'unsafe-inline'; img-src data:";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  private final MarketReport report;
  private final MarketStats stats;
  private final String version;
  private final Instant made;
  private final ZoneId zone;

  /**
   * @param version the gonggo version shown in the footer
   * @param made when the report is made
   */
  public ReportPage(MarketReport report, String version, Instant made, ZoneId zone) {
    this.report = report;
    this.stats = report.stats();
    this.version = version;
    this.made = made;
    this.zone = zone;
  }

  public String html() {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    Element html = doc.selectFirst("html");
    html.attr("lang", "ko");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", version);
    head.appendElement("title").text("gonggo 채용공고 리포트" + (filtered() ? " · " + scopeText() : ""));
    head.appendElement("style").appendChild(new DataNode(CSS));

    Element main = doc.body().appendElement("main");
    header(main);
    headline(main);
    if (stats.postings() == 0) {
      main.appendElement("p").addClass("empty").text("이 조건에 맞는 공고가 없습니다. (No posting matches.)");
    } else {
      skills(main);
      categories(main);
      cases(main);
      years(main);
      cooccurrence(main);
      lift(main);
      gaps(main);
      postings(main);
    }
    footer(main);
    doc.body().appendElement("script").attr("type", "application/json").attr("id", "gonggo-stats")
        .appendChild(new DataNode(statsJson()));
    doc.body().appendElement("script").appendChild(new DataNode(SCRIPT));
    return "<!DOCTYPE html>\n" + doc.outerHtml().replaceFirst("^<!doctype html>", "") + "\n";
  }

  private boolean filtered() {
    return !stats.filters().keepsEverything();
  }

  private void header(Element main) {
    Element top = main.appendElement("header").addClass("top");
    top.appendElement("h1").text("채용공고가 요구하는 것");
    top.appendElement("p").addClass("sub")
        .text("What the indexed job postings ask for · gonggo report");
    Element scope = main.appendElement("p").addClass("scope").attr("data-filters", scopeText());
    if (!filtered()) {
      scope.appendText("범위: 색인의 모든 공고 (필터 없음). ");
      scope.appendElement("span").addClass("en").text("Scope: every indexed posting, no filter.");
      return;
    }
    scope.appendText("범위: ");
    MarketFilter f = stats.filters();
    List<String> parts = new ArrayList<>();
    for (String c : f.cases()) {
      parts.add("회사 유형 " + ReportNames.caseName(c) + " (--case " + c + ")");
    }
    for (String s : f.skills()) {
      parts.add("기술 " + skillName(s) + " 언급 (--skill " + s + ")");
    }
    if (!f.kinds().isEmpty()) {
      parts.add("기술 종류 " + f.kinds().stream().map(ReportNames::kind).collect(Collectors.joining("·"))
          + "만 셈 (" + f.kinds().stream().map(k -> "--kind " + k).collect(Collectors.joining(" ")) + ")");
    }
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        scope.appendText(" · ");
      }
      scope.appendElement("b").text(parts.get(i));
    }
    scope.appendText(String.format(Locale.ROOT, ". 색인된 공고 %,d건 중 %,d건이 이 보고서의 대상입니다.",
        stats.indexPostings(), stats.postings()));
  }

  /** The filters as one line, as the command line gives them: what the page was made of. */
  private String scopeText() {
    MarketFilter f = stats.filters();
    List<String> parts = new ArrayList<>();
    f.cases().forEach(c -> parts.add("--case " + c));
    f.skills().forEach(s -> parts.add("--skill " + s));
    f.kinds().forEach(k -> parts.add("--kind " + k));
    return String.join(" ", parts);
  }

  private void headline(Element main) {
    Element box = main.appendElement("div").addClass("headline");
    MarketPostings p = report.postings();
    figure(box, "postings", count(stats.postings()), filtered()
        ? String.format(Locale.ROOT, "공고 (색인 전체 %,d건 중)", stats.indexPostings()) : "공고 postings");
    figure(box, "companies", count(p.companies()), String.format(Locale.ROOT,
        "회사 companies (회사명을 찾은 공고 %,d건에서)", p.withCompany()));
    if (p.firstIndexed() != null) {
      String first = DAY.format(p.firstIndexed().atZone(zone));
      String last = DAY.format(p.lastIndexed().atZone(zone));
      figure(box, "indexed", first.equals(last) ? first : first + " – " + last,
          "색인한 날 indexed (게시일은 공고에서 읽지 않음)").addClass("text");
    }
    if (!stats.skills().isEmpty()) {
      SkillDemand top = stats.skills().get(0);
      figure(box, "top-skill", top.name(), String.format(Locale.ROOT, "가장 많이 찾는 기술: %,d건 (%s)",
          top.postings(), percent(top.share()))).addClass("text");
    }
  }

  /** One headline figure; returns the number's element. */
  private static Element figure(Element box, String name, String number, String what) {
    Element f = box.appendElement("div").addClass("figure").attr("data-stat", name);
    Element value = f.appendElement("span").addClass("number").text(number);
    f.appendElement("span").addClass("what").text(what);
    return value;
  }

  private Element section(Element main, String id, String korean, String english, String note) {
    Element s = main.appendElement("section").addClass("card").attr("id", id);
    Element h = s.appendElement("h2").text(korean);
    h.appendElement("span").addClass("en").text(english);
    if (note != null) {
      s.appendElement("p").addClass("note").text(note);
    }
    return s;
  }

  private void skills(Element main) {
    Element s = section(main, "skills", "많이 찾는 기술", "Skills in demand",
        String.format(Locale.ROOT, "공고 수가 많은 기술 %d개. 막대 하나가 그 기술을 적은 공고 수이고, 자격요건(필수)"
            + "·우대사항·그 밖의 자리(주요업무, 기술 스택 등)에 적은 공고로 나뉩니다.", stats.skills().size()));
    legend(s, new String[][] {{"required", "필수 required"}, {"preferred", "우대 preferred"},
        {"elsewhere", "그 밖의 언급 (업무·스택 등)"}});
    List<BarChart.Bar> bars = new ArrayList<>();
    for (SkillDemand d : stats.skills()) {
      int elsewhere = d.postings() - d.required() - d.preferred();
      bars.add(new BarChart.Bar(d.name(),
          List.of(new BarChart.Segment("required", d.required()),
              new BarChart.Segment("preferred", d.preferred()),
              new BarChart.Segment("elsewhere", elsewhere)),
          String.format(Locale.ROOT, "%,d건 · %s", d.postings(), percent(d.share())),
          String.format(Locale.ROOT, "%s (%s): %,d건, %s — 필수 %,d, 우대 %,d, 그 밖 %,d", d.name(), d.id(),
              d.postings(), percent(d.share()), d.required(), d.preferred(), elsewhere),
          BarChart.data("key", d.id(), "postings", Integer.toString(d.postings()),
              "required", Integer.toString(d.required()), "preferred", Integer.toString(d.preferred()))));
    }
    new BarChart("skills", "많이 찾는 기술 (skills in demand)", bars, 0).appendTo(s);
  }

  private void categories(Element main) {
    Element s = section(main, "categories", "분야", "Categories",
        "분야마다 그 분야의 기술을 하나라도 적은 공고 수. 진한 부분은 그 분야의 기술을 필수로 요구한 공고입니다.");
    legend(s, new String[][] {{"required", "필수로 요구"}, {"elsewhere", "우대나 그 밖의 언급만"}});
    List<BarChart.Bar> bars = new ArrayList<>();
    for (CategoryDemand c : stats.categories()) {
      String label = ReportNames.category(c.id());
      bars.add(new BarChart.Bar(label,
          List.of(new BarChart.Segment("required", c.required()),
              new BarChart.Segment("elsewhere", c.postings() - c.required())),
          String.format(Locale.ROOT, "%,d건 · %s", c.postings(), percent(c.share())),
          String.format(Locale.ROOT, "%s (%s): %,d건, %s — 필수 %,d", label, c.id(), c.postings(),
              percent(c.share()), c.required()),
          BarChart.data("key", c.id(), "postings", Integer.toString(c.postings()),
              "required", Integer.toString(c.required()))));
    }
    new BarChart("categories", "분야 (categories)", bars, 0).appendTo(s);
  }

  private void cases(Element main) {
    Element s = section(main, "cases", "회사 유형", "Company-type cases",
        "공고마다 gonggo가 판단한 회사 유형(데이터 엔지니어 노트의 다섯 사례)과 그 비율.");
    List<BarChart.Bar> bars = new ArrayList<>();
    for (CaseShare c : ordered(stats.cases())) {
      bars.add(new BarChart.Bar(ReportNames.caseName(c.id()),
          List.of(new BarChart.Segment("single", c.postings())),
          String.format(Locale.ROOT, "%,d건 · %s", c.postings(), percent(c.share())),
          String.format(Locale.ROOT, "%s (%s): %,d건, %s", ReportNames.caseName(c.id()), c.id(),
              c.postings(), percent(c.share())),
          BarChart.data("key", c.id(), "postings", Integer.toString(c.postings()))));
    }
    new BarChart("cases", "회사 유형 (cases)", bars, stats.postings()).appendTo(s);
    Element dl = s.appendElement("dl").addClass("cases-described");
    for (String id : Cases.IDS) {
      dl.appendElement("dt").text(ReportNames.caseName(id));
      Element dd = dl.appendElement("dd");
      List<CaseDescriptions.Line> lines = CaseDescriptions.of(id);
      if (!lines.isEmpty()) {
        dd.appendText(lines.get(0).korean());
        dd.appendElement("span").addClass("gloss").text(lines.get(0).english());
      } else {
        dd.text(Cases.label(id));
      }
    }
  }

  /** The cases in the notes' order, then any other (unknown) by count. */
  private static List<CaseShare> ordered(List<CaseShare> cases) {
    List<CaseShare> out = new ArrayList<>();
    for (String id : Cases.IDS) {
      cases.stream().filter(c -> c.id().equals(id)).forEach(out::add);
    }
    cases.stream().filter(c -> !Cases.IDS.contains(c.id())).forEach(out::add);
    return out;
  }

  private void years(Element main) {
    Element s = section(main, "years", "요구 경력", "Years of experience asked",
        "공고가 요구하는 최소 경력(년). 신입·경력무관(0년)과 경력을 적지 않은 공고는 따로 보입니다.");
    legend(s, new String[][] {{"entry", "신입·경력무관"}, {"stated", "경력 N년 이상"}, {"unstated", "명시 없음"}});
    new YearsChart(stats.yearsAsked(), "not stated").appendTo(s);
  }

  private void cooccurrence(Element main) {
    MarketStats.SkillMatrix matrix = stats.cooccurrence();
    if (matrix.skills().size() < 2) {
      return;
    }
    Element s = section(main, "cooccurrence", "함께 요구되는 기술", "Skills named together",
        String.format(Locale.ROOT, "많이 찾는 기술 %d개 가운데 두 기술을 함께 적은 공고 수. 진할수록 많고, "
            + "대각선(회색)은 그 기술을 적은 공고 수입니다.", matrix.skills().size()));
    Element legend = s.appendElement("ul").addClass("legend");
    Element item = legend.appendElement("li");
    item.appendText("적음");
    item.appendElement("span").addClass("swatch").addClass("scale");
    item.appendText("많음");
    List<String> names = matrix.skills().stream().map(this::skillName).toList();
    new CooccurrenceHeatmap(matrix, names).appendTo(s);
  }

  private void lift(Element main) {
    List<CaseLift> lifts = stats.lift();
    if (lifts.isEmpty()) {
      return;
    }
    boolean byCase = !stats.filters().cases().isEmpty();
    Element s = section(main, "lift", "회사 유형마다 두드러지는 기술", "What sets each case apart",
        "그 유형의 공고에서 다른 공고보다 자주 보이는 기술: 유형 안의 비율 ÷ "
            + (byCase ? "회사 유형 필터를 뺀 나머지 조건에 맞는 모든 공고의 비율" : "이 보고서의 모든 공고에서의 비율")
            + " (×1.5는 1.5배). 그 유형 공고의 20% 이상, 2건 이상이 적은 기술만 셉니다.");
    Element grid = s.appendElement("div").addClass("lift-grid");
    double max = lifts.stream().flatMap(c -> c.skills().stream()).mapToDouble(SkillLift::lift)
        .max().orElse(1);
    for (CaseLift c : orderedLift(lifts)) {
      Element panel = grid.appendElement("div").addClass("lift-case").attr("data-case", c.id());
      Element h = panel.appendElement("h3").text(ReportNames.caseName(c.id()));
      h.appendElement("span").addClass("count").text(String.format(Locale.ROOT, " · 공고 %,d건", c.postings()));
      if (c.skills().isEmpty()) {
        panel.appendElement("p").addClass("empty").text("두드러지는 기술이 없습니다 (공고가 적거나 고르게 퍼짐).");
        continue;
      }
      List<BarChart.Bar> bars = new ArrayList<>();
      for (SkillLift l : c.skills()) {
        bars.add(new BarChart.Bar(l.name(), List.of(new BarChart.Segment("lift", l.lift())),
            String.format(Locale.ROOT, "×%.2f · %s (전체 %s)", l.lift(), percent(l.share()), percent(l.baseShare())),
            String.format(Locale.ROOT, "%s: 이 유형 공고의 %s (%,d건), 전체의 %s → ×%.2f", l.name(),
                percent(l.share()), l.postings(), percent(l.baseShare()), l.lift()),
            BarChart.data("key", l.id(), "lift", Double.toString(l.lift()),
                "postings", Integer.toString(l.postings()))));
      }
      new BarChart("lift-" + c.id(), ReportNames.caseName(c.id()) + " lift", bars, max, 520).appendTo(panel);
    }
  }

  private static List<CaseLift> orderedLift(List<CaseLift> lifts) {
    List<CaseLift> out = new ArrayList<>();
    for (String id : Cases.IDS) {
      lifts.stream().filter(c -> c.id().equals(id)).forEach(out::add);
    }
    lifts.stream().filter(c -> !Cases.IDS.contains(c.id())).forEach(out::add);
    return out;
  }

  private void gaps(Element main) {
    List<TermDocs> gaps = report.gaps();
    Element s = section(main, "gaps", "분류표에 없는 자주 쓰인 용어", "Frequent terms no skill covers",
        String.format(Locale.ROOT, "공고 %d건 이상이 쓰지만 gonggo의 기술 분류표(skills.tsv)의 어떤 기술 이름에도 "
            + "없는 용어: 분류표에 더할 기술의 후보입니다 (gonggo keywords --index 와 같은 목록).",
            report.gapMinPostings()));
    if (gaps.isEmpty()) {
      s.appendElement("p").addClass("empty").text("없습니다.");
      return;
    }
    List<BarChart.Bar> bars = new ArrayList<>();
    for (TermDocs t : gaps) {
      bars.add(new BarChart.Bar(t.written(), List.of(new BarChart.Segment("gap", t.docFreq())),
          String.format(Locale.ROOT, "%,d건", t.docFreq()),
          String.format(Locale.ROOT, "%s: 공고 %,d건", t.written(), t.docFreq()),
          BarChart.data("key", t.term(), "postings", Integer.toString(t.docFreq()))));
    }
    new BarChart("gaps", "분류표에 없는 용어 (taxonomy gaps)", bars, 0, 720).appendTo(s);
  }

  private void postings(Element main) {
    MarketPostings p = report.postings();
    String note = "제목을 누르면 공고 파일이 열립니다. 열 이름을 누르면 그 열로 정렬합니다.";
    if (p.rows().size() < p.postings()) {
      note += String.format(Locale.ROOT, " 파일 경로 순으로 처음 %,d건만 보입니다 (전체 %,d건): "
          + "--rows 로 늘리거나 --case, --skill 로 좁히세요.", p.rows().size(), p.postings());
    }
    Element s = section(main, "postings", "공고 목록", "The postings", note);
    Element wrap = s.appendElement("div").addClass("table-wrap");
    Element table = wrap.appendElement("table").addClass("postings").attr("id", "postings-table");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").attr("scope", "col").text("제목 title");
    head.appendElement("th").attr("scope", "col").text("회사 company");
    head.appendElement("th").attr("scope", "col").text("유형 case");
    head.appendElement("th").attr("scope", "col").attr("data-type", "number").text("경력 years");
    head.appendElement("th").attr("scope", "col").text("필수 기술 required");
    Element body = table.appendElement("tbody");
    for (MarketPostings.Row r : p.rows()) {
      Element tr = body.appendElement("tr").attr("data-id", r.id() == null ? "" : r.id());
      Path file = r.path() == null ? null : Path.of(r.path());
      String title = r.title() != null ? r.title()
          : file != null && file.getFileName() != null ? file.getFileName().toString() : "(제목 없음)";
      Element cell = tr.appendElement("td");
      if (file != null) {
        cell.appendElement("a").attr("href", file.toUri().toString()).attr("title", r.path()).text(title);
      } else {
        cell.text(title);
      }
      tr.appendElement("td").text(r.company() == null ? "" : r.company());
      String caseId = r.caseId() == null ? IndexSchema.UNKNOWN_CASE : r.caseId();
      tr.appendElement("td").attr("title", caseId).text(ReportNames.caseName(caseId));
      tr.appendElement("td").addClass("num").attr("data-sort", r.minYears() == null ? "" : r.minYears().toString())
          .text(years(r.minYears(), r.maxYears()));
      tr.appendElement("td").addClass("skills").text(String.join(", ", r.required()));
    }
  }

  private static String years(Integer min, Integer max) {
    if (min == null) {
      return "—";
    }
    if (min == 0 && (max == null || max == 0)) {
      return "신입·무관";
    }
    return max != null && max > min ? min + "–" + max + "년" : min + "년 이상";
  }

  private void footer(Element main) {
    Element f = main.appendElement("footer");
    f.appendText(String.format(Locale.ROOT, "%s · %s · 색인 ", DAY.format(made.atZone(zone)), version));
    f.appendElement("code").text(report.index().toAbsolutePath().normalize().toString());
    f.appendElement("br");
    f.appendText("이 페이지의 숫자는 모두 ");
    f.appendElement("code").text(("gonggo stats --format json --index " + report.index() + " "
        + scopeText() + " --top " + stats.skills().size()
        + (report.gapMinPostings() == MarketReport.GAP_MIN_POSTINGS ? "" : " --min-docs " + report.gapMinPostings()))
        .replaceAll(" +", " ").strip());
    f.appendText(" 가 내놓는 숫자이며, 페이지 안에도 그대로 들어 있습니다 (script#gonggo-stats).");
  }

  private void legend(Element section, String[][] items) {
    Element ul = section.appendElement("ul").addClass("legend");
    for (String[] item : items) {
      Element li = ul.appendElement("li");
      li.appendElement("span").addClass("swatch").addClass(item[0]);
      li.appendText(item[1]);
    }
  }

  private String skillName(String id) {
    Skill skill = report.taxonomy().get(id);
    return skill == null ? id : skill.name();
  }

  private String statsJson() {
    try {
      ObjectMapper json = new ObjectMapper();
      // "</" inside a script would end it; "<\/" is the same JSON string.
      return json.writeValueAsString(report.json(json)).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A share of 0 to 1 as a percentage: whole above 10%, one decimal below (0.5%). */
  static String percent(double share) {
    double p = share * 100;
    if (p >= 10 || p == Math.rint(p)) {
      return Math.round(p) + "%";
    }
    return String.format(Locale.ROOT, "%.1f%%", p);
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing built-in resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
