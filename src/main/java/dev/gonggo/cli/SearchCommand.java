package dev.gonggo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.Cases;
import dev.gonggo.index.IndexSchema;
import dev.gonggo.search.FreeText;
import dev.gonggo.search.Hit;
import dev.gonggo.search.PostingQuery;
import dev.gonggo.search.PostingSearch;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SearchResult;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.KeyTerms;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonggo search}: postings by skill, category, case, years and free text. */
@Command(
    name = "search",
    header = "Find indexed postings by skill, case, years or text.",
    description = {
        "Every option given must match. A skill may be named by its id or any alias, in Korean",
        "or English (--skill 스파크 is --skill spark). Free text (--query) knows the skills: a skill",
        "named in it by any alias (쿠버네티스, k8s, Kubernetes) finds every posting naming that skill,",
        "those requiring it first; the other words are ranked by BM25 (--explain shows which is which).",
        "It reads the same, with the same hits and scores, on a Solr collection (--solr).",
        "Each hit: score, title, company, file, case, the skills asked with their section, and",
        "a snippet with the matches marked «like this». Under the table: the skills the matching",
        "postings name most beside the ones asked (--kind: only those of the kinds given; the",
        "hits stay the same), and their cases.",
        "JSON (--format json) is one object per hit, one per line."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class SearchCommand implements Callable<Integer> {

  enum Format { table, json, csv }

  @Option(names = "--skill", paramLabel = "SKILL",
      description = "A skill every posting must name (repeatable; all must match).")
  List<String> skills = new ArrayList<>();

  @Option(names = "--any", description = "Match postings naming any one of the --skill skills.")
  boolean any;

  @Option(names = "--required", description = "Only where the skills are requirements (자격요건).")
  boolean required;

  @Option(names = "--keyterm", paramLabel = "TERM",
      description = "A key term the posting must have among its own (repeatable), as keywords and"
          + " show list them: 정산 파이프라인, 실시간 처리.")
  List<String> keyTerms = new ArrayList<>();

  /** Limits the skill counts beside the hits, not the hits. */
  @Mixin
  KindOption kind;

  @Option(names = "--category", paramLabel = "ID",
      description = "A skill category the posting must touch (repeatable), e.g. stream-processing.")
  List<String> categories = new ArrayList<>();

  @Option(names = "--case", paramLabel = "ID",
      description = "A company-type case (repeatable; any matches): ${COMPLETION-CANDIDATES}.",
      completionCandidates = CaseIds.class)
  List<String> cases = new ArrayList<>();

  @Option(names = "--min-years", paramLabel = "N",
      description = "Only postings asking at least N years of experience.")
  Integer minYears;

  @Option(names = "--max-years", paramLabel = "N",
      description = "Only postings asking at most N years (신입/경력무관 ask 0).")
  Integer maxYears;

  @Option(names = {"--query", "-q"}, paramLabel = "TEXT",
      description = "Free text in Korean or English: skills by any alias, other words by BM25.")
  String text;

  @Option(names = "--explain",
      description = "Show how the free text was read: the skills it names and the words left over.")
  boolean explain;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Hits to show. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--format", defaultValue = "table",
      description = "Output: table, json (one object per hit) or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  IndexOption index;

  @Mixin
  SolrOption solr;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  /** The case ids for --help and validation, "unknown" for postings no classifier judged. */
  static final class CaseIds extends ArrayList<String> {
    CaseIds() {
      super(Cases.IDS);
      add(IndexSchema.UNKNOWN_CASE);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UserError("--limit must be 1 or more");
    }
    for (String c : categories) {
      if (!Taxonomy.CATEGORIES.contains(c)) {
        throw new UserError("unknown category '" + c + "'; the categories are "
            + String.join(", ", Taxonomy.CATEGORIES));
      }
    }
    for (String c : cases) {
      if (!new CaseIds().contains(c)) {
        throw new UserError("unknown case '" + c + "'; the cases are " + String.join(", ", new CaseIds()));
      }
    }
    PostingAnalyzer analyzer = new PostingAnalyzer();
    SkillNames names = new SkillNames(taxonomy.load(), analyzer);
    List<String> ids = new ArrayList<>();
    for (String s : skills) {
      try {
        ids.add(names.resolve(s).id());
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    List<String> keys = new ArrayList<>();
    for (String k : keyTerms) {
      String key = KeyTerms.keyOf(analyzer.analyze(k));
      if (key.isEmpty()) {
        throw new UserError("the key term '" + k + "' holds no word gonggo indexes");
      }
      keys.add(key);
    }
    PostingQuery query = new PostingQuery(ids, any, required, categories, cases, minYears,
        maxYears, text, limit, kind.kinds(), keys);
    SearchResult result;
    try (PostingSearch searcher = solr.searcher(index, names, analyzer)) {
      result = searcher.search(query);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (explain && result.text() != null) {
      // Beside JSON or CSV the reading goes to stderr, so the output stays one kind of record.
      PrintWriter to = format == Format.table ? out : spec.commandLine().getErr();
      printReading(to, result.text());
      if (format == Format.table) {
        to.println();
      }
      to.flush();
    }
    switch (format) {
      case json -> printJson(out, result);
      case csv -> printCsv(out, result);
      default -> printTable(out, result);
    }
    out.flush();
    return Gonggo.OK;
  }

  private static void printTable(PrintWriter out, SearchResult r) {
    out.printf(Locale.ROOT, "%d postings match%s%n", r.total(),
        r.total() > r.hits().size() ? ", the best " + r.hits().size() + " shown" : "");
    int n = 0;
    for (Hit h : r.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%2d. %.2f  %s%s%n", ++n, h.score(),
          h.title() == null ? ShownPath.of(h.file()) : h.title(),
          h.company() == null ? "" : "  — " + h.company());
      out.println("    file:   " + ShownPath.of(h.file()) + "  (id " + h.id() + ")");
      out.println("    case:   " + h.caseId() + (h.confidence() == null ? ""
          : String.format(Locale.ROOT, " %.0f%%", h.confidence() * 100))
          + (h.minYears() == null ? "" : "   years: " + h.minYears() + "+"));
      out.println("    skills: " + skills(h));
      if (!h.snippet().isEmpty()) {
        out.println("    " + h.snippet());
      }
    }
    if (r.total() > 0) {
      out.println();
      out.println("named with them: " + r.coSkills().stream()
          .map(c -> c.value() + " " + c.postings()).collect(Collectors.joining(", ")));
      out.println("cases:           " + r.cases().stream()
          .map(c -> c.value() + " " + c.postings()).collect(Collectors.joining(", ")));
    }
  }

  /** Which words of the free text became skills, and which are searched as words. */
  static void printReading(PrintWriter out, FreeText text) {
    out.println("query: " + text.text());
    for (FreeText.NamedSkill s : text.skills()) {
      out.printf(Locale.ROOT, "  %s → %s %s (%s): every posting naming it, by any alias; required %s,"
          + " preferred or duties %s, elsewhere %s, more for each mention%n", s.written(),
          s.skill().practice() ? "practice" : "skill", s.skill().id(), s.skill().name(),
          weight(SkillSection.REQUIRED), weight(SkillSection.PREFERRED), weight(SkillSection.OTHER));
    }
    for (FreeText.WordRun run : text.wordRuns()) {
      out.println("  " + run.written() + " → words, BM25 over the text: " + String.join(", ", run.terms())
          + (run.terms().size() > 1 ? ", and the phrase counting extra" : ""));
    }
  }

  private static String weight(SkillSection section) {
    float w = PostingSearcher.sectionWeight(section);
    return w == Math.rint(w) ? Integer.toString((int) w) : Float.toString(w);
  }

  private static String skills(Hit h) {
    return h.skills().stream().map(s -> s.id() + " (" + s.section() + ")")
        .collect(Collectors.joining(", "));
  }

  private static void printJson(PrintWriter out, SearchResult r) throws Exception {
    ObjectMapper json = new ObjectMapper();
    for (Hit h : r.hits()) {
      ObjectNode node = json.createObjectNode();
      node.put("file", h.file());
      node.put("id", h.id());
      node.put("score", Math.round(h.score() * 1000) / 1000.0);
      node.put("title", h.title());
      node.put("company", h.company());
      node.put("case", h.caseId());
      if (h.confidence() == null) {
        node.putNull("confidence");
      } else {
        node.put("confidence", h.confidence());
      }
      if (h.minYears() == null) {
        node.putNull("minYears");
      } else {
        node.put("minYears", h.minYears());
      }
      ArrayNode skills = node.putArray("skills");
      h.skills().forEach(s -> skills.addObject().put("id", s.id()).put("section", s.section()));
      node.put("snippet", h.snippet());
      out.println(json.writeValueAsString(node));
    }
  }

  private static void printCsv(PrintWriter out, SearchResult r) throws Exception {
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader("score", "title", "company", "file", "id", "case", "confidence", "minYears",
            "skills", "snippet").get())) {
      for (Hit h : r.hits()) {
        csv.printRecord(String.format(Locale.ROOT, "%.3f", h.score()), h.title(), h.company(),
            h.file(), h.id(), h.caseId(), h.confidence(), h.minYears(),
            h.skills().stream().map(s -> s.id() + ":" + s.section()).collect(Collectors.joining(" ")),
            h.snippet());
      }
    }
  }
}
