package dev.gonggo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gonggo.report.MarketReport;
import dev.gonggo.search.MarketFilter;
import dev.gonggo.search.MarketStats;
import dev.gonggo.skills.Taxonomy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonggo stats}: what the indexed postings ask for. */
@Command(
    name = "stats",
    header = "What the indexed postings ask for most.",
    description = {
        "Over every posting in the index: skill demand (postings, share, required vs preferred),",
        "categories, company-type cases, the years of experience asked, and the skills most often",
        "named together. JSON is one object with at least 'postings'; CSV has one row per line of",
        "every table, the table named in the first column. --case and --skill narrow the postings",
        "counted, --kind the skills; JSON also gives every number `gonggo report` shows.",
        "On a Solr collection (--solr, --zk) --kind works, --case and --skill do not, and JSON",
        "lacks what only the index folder gives: companies, index dates and terms no skill covers."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class StatsCommand implements Callable<Integer> {

  enum Format { table, json, csv }

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Skills and pairs to list. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--format", defaultValue = "table",
      description = "Output: table, json or csv. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  MarketFilterOptions filter;

  @Mixin
  KindOption kind;

  @Option(names = "--min-docs", paramLabel = "N", defaultValue = "2",
      description = "List a term no skill covers when at least this many postings use it, as "
          + "keywords --index --min-docs does. Default: ${DEFAULT-VALUE}.")
  int minDocs;

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

  @Override
  public Integer call() throws Exception {
    if (top < 1 || minDocs < 1) {
      throw new UserError("--top and --min-docs must be 1 or more");
    }
    Taxonomy skills = taxonomy.load();
    MarketFilter only = filter.toFilter(skills, kind.kinds());
    PrintWriter out = spec.commandLine().getOut();
    if (solr.enabled()) {
      if (!only.cases().isEmpty() || !only.skills().isEmpty()) {
        throw new UserError("--case and --skill narrow the postings of an index folder only, not of"
            + " a Solr collection; --kind works on both");
      }
      MarketStats stats = solr.stats(index, skills, top, kind.kinds());
      switch (format) {
        case json -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(stats));
        case csv -> printCsv(out, stats);
        default -> printTable(out, stats);
      }
      out.flush();
      return Gonggo.OK;
    }
    if (format == Format.json) {
      ObjectMapper json = new ObjectMapper();
      MarketReport report = MarketReport.of(index.dir, skills, only,
          new MarketReport.Size(top, 0, ReportCommand.GAPS, minDocs));
      out.println(json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json(json)));
      out.flush();
      return Gonggo.OK;
    }
    MarketStats stats = MarketStats.of(index.dir, skills, top, only);
    switch (format) {
      case csv -> printCsv(out, stats);
      default -> printTable(out, stats);
    }
    out.flush();
    return Gonggo.OK;
  }

  private static void printTable(PrintWriter out, MarketStats s) {
    MarketFilter f = s.filters();
    if (f.keepsEverything()) {
      out.printf(Locale.ROOT, "%d postings%n%n", s.postings());
    } else {
      List<String> by = new ArrayList<>();
      f.cases().forEach(c -> by.add("--case " + c));
      f.skills().forEach(k -> by.add("--skill " + k));
      f.kinds().forEach(k -> by.add("--kind " + k));
      out.printf(Locale.ROOT, "%d postings%s (%s)%n%n", s.postings(),
          f.cases().isEmpty() && f.skills().isEmpty() ? "" : " of " + s.indexPostings(), String.join(" ", by));
    }
    out.printf(Locale.ROOT, "%-22s %8s %6s %9s %9s%n", "skill", "postings", "share", "required", "preferred");
    for (MarketStats.SkillDemand d : s.skills()) {
      out.printf(Locale.ROOT, "%-22s %8d %5.0f%% %9d %9d%n", d.id(), d.postings(), d.share() * 100,
          d.required(), d.preferred());
    }
    out.println();
    out.printf(Locale.ROOT, "%-24s %8s %6s %9s%n", "category", "postings", "share", "required");
    for (MarketStats.CategoryDemand c : s.categories()) {
      out.printf(Locale.ROOT, "%-24s %8d %5.0f%% %9d%n", c.id(), c.postings(), c.share() * 100, c.required());
    }
    out.println();
    out.printf(Locale.ROOT, "%-18s %8s %6s%n", "case", "postings", "share");
    for (MarketStats.CaseShare c : s.cases()) {
      out.printf(Locale.ROOT, "%-18s %8d %5.0f%%%n", c.id(), c.postings(), c.share() * 100);
    }
    out.println();
    out.printf(Locale.ROOT, "%-18s %8s%n", "years asked", "postings");
    for (MarketStats.YearsBucket y : s.years()) {
      out.printf(Locale.ROOT, "%-18s %8d%n", y.label(), y.postings());
    }
    out.println();
    out.printf(Locale.ROOT, "%-36s %8s%n", "skills named together", "postings");
    for (MarketStats.SkillPair p : s.pairs()) {
      out.printf(Locale.ROOT, "%-36s %8d%n", p.first() + " + " + p.second(), p.postings());
    }
  }

  private static void printCsv(PrintWriter out, MarketStats s) throws Exception {
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader("table", "key", "postings", "share", "required", "preferred").get())) {
      csv.printRecord("total", "postings", s.postings(), 1.0, "", "");
      for (MarketStats.SkillDemand d : s.skills()) {
        csv.printRecord("skill", d.id(), d.postings(), d.share(), d.required(), d.preferred());
      }
      for (MarketStats.CategoryDemand c : s.categories()) {
        csv.printRecord("category", c.id(), c.postings(), c.share(), c.required(), "");
      }
      for (MarketStats.CaseShare c : s.cases()) {
        csv.printRecord("case", c.id(), c.postings(), c.share(), "", "");
      }
      for (MarketStats.YearsBucket y : s.years()) {
        csv.printRecord("years", y.label(), y.postings(), "", "", "");
      }
      for (MarketStats.SkillPair p : s.pairs()) {
        csv.printRecord("pair", p.first() + "+" + p.second(), p.postings(), "", "", "");
      }
    }
  }
}
