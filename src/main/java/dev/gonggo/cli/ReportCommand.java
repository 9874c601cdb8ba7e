package dev.gonggo.cli;

import dev.gonggo.report.MarketReport;
import dev.gonggo.report.ReportPage;
import dev.gonggo.search.MarketFilter;
import dev.gonggo.skills.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonggo report}: one HTML page of charts of what the indexed postings ask for. */
@Command(
    name = "report",
    header = "Write one HTML page of charts of what the indexed postings ask for.",
    description = {
        "One self-contained file (no network, no fonts or scripts fetched): headline figures,",
        "skills in demand split required/preferred, categories, company-type cases, years asked,",
        "skills named together, the skills that set each case apart, frequent terms no skill",
        "covers, and a sortable list of the postings linking to their files. --case and --skill",
        "narrow the postings, --kind the skills counted; the page says which filters made it.",
        "Its numbers are those of `gonggo stats --format json` with the same options.",
        "It reads an index folder (--index), not a Solr collection: there, `gonggo stats --solr",
        "URL --format json` gives the charts' numbers but for companies, dates and the gaps."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ReportCommand implements Callable<Integer> {

  /** Terms no skill covers, listed by the report and by stats' JSON. */
  static final int GAPS = 20;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html",
      description = "The page to write. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Mixin
  MarketFilterOptions filter;

  @Mixin
  KindOption kind;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Skills to chart (the first 20 of them in the co-occurrence heatmap). Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "1000",
      description = "Postings to list, in path order. Default: ${DEFAULT-VALUE}.")
  int rows;

  @Option(names = "--min-docs", paramLabel = "N", defaultValue = "2",
      description = "List a term no skill covers when at least this many postings use it, as "
          + "keywords --index --min-docs does. Default: ${DEFAULT-VALUE}.")
  int minDocs;

  @Mixin
  IndexOption index;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (top < 1 || rows < 0 || minDocs < 1) {
      throw new UserError("--top and --min-docs must be 1 or more, --rows 0 or more");
    }
    Taxonomy skills = taxonomy.load();
    MarketFilter only = filter.toFilter(skills, kind.kinds());
    MarketReport report = MarketReport.of(index.dir, skills, only,
        new MarketReport.Size(top, rows, GAPS, minDocs));
    String html = new ReportPage(report, new Version().getVersion()[0], Instant.now(),
        ZoneId.systemDefault()).html();
    write(html);
    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "report: %,d postings%s → %s (%,d KB)%n", report.stats().postings(),
        only.cases().isEmpty() && only.skills().isEmpty() ? ""
            : String.format(Locale.ROOT, " of %,d", report.stats().indexPostings()),
        ShownPath.of(out.toAbsolutePath().toString()), (Files.size(out) + 1023) / 1024);
    o.flush();
    return Gonggo.OK;
  }

  /** Written beside the target first, then moved over it: a reader never sees half a page. */
  private void write(String html) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path partial = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    try {
      Files.writeString(partial, html, StandardCharsets.UTF_8);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
