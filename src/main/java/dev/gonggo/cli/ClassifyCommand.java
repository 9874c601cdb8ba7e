package dev.gonggo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.classify.CaseDescriptions;
import dev.gonggo.classify.CaseVerdict;
import dev.gonggo.classify.Cases;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingCompany;
import dev.gonggo.company.RegisterEntry;
import dev.gonggo.classify.PostingJson;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.ExtractionLimits;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.extract.PostingFiles;
import dev.gonggo.skills.SkillSection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonggo classify}: the analysis of each posting, no index needed. */
@Command(
    name = "classify",
    header = "Tell what each posting asks for and what kind of job it is.",
    description = {
        "For each posting: the skills it names and whether each is required or preferred, the",
        "years of experience it asks for, and its company-type case with the evidence.",
        "JSON (--format json) is one object per line, with the keys of design.md."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ClassifyCommand implements Callable<Integer> {

  enum Format { table, json }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Posting files or folders.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "table",
      description = "Output: table or json (one object per line). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  CaseModelOption model;

  @Mixin
  ExtractCommand.LimitOptions limits;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Reporter reporter = new Reporter(spec.commandLine().getErr(), options.verbose());
    PostingFiles.Found found = PostingFiles.find(paths);
    found.skipped().forEach(s -> reporter.skipped(s.path(), s.reason(), null));
    ObjectMapper json = new ObjectMapper();
    ExtractionLimits extractionLimits = limits.toLimits();
    PipelineLoad loading = PipelineLoad.start(() -> new PostingPipeline(taxonomy.load(), model.load()));
    try (PostingExtractor extractor = PostingExtractor.isolated(extractionLimits)) {
      for (Path file : found.files()) {
        Extraction e = extractor.extract(file);
        reporter.warnIfRepaired(e);
        PostingPipeline pipeline = loading.get();
        if (!e.ok()) {
          reporter.skipped(file, e.error(), e.cause());
          if (format == Format.json) {
            out.println(json.writeValueAsString(PostingJson.error(file.toString(), e.error())));
          }
          continue;
        }
        Posting posting;
        try {
          posting = pipeline.analyze(e, extractionLimits.timeout());
        } catch (AnalysisDeadline.Exceeded over) {
          reporter.skipped(file, over.getMessage(), null);
          if (format == Format.json) {
            out.println(json.writeValueAsString(PostingJson.error(file.toString(), over.getMessage())));
          }
          continue;
        }
        if (format == Format.json) {
          out.println(json.writeValueAsString(PostingJson.of(posting)));
        } else {
          printTable(out, posting);
        }
        out.flush();
      }
    }
    loading.get(); // a bad --taxonomy or --model is an error even when no file was found
    return reporter.exitCode();
  }

  /** "토스뱅크 = 토스뱅크: large (parent), group 비바리퍼블리카, 830 staff (NPS)". */
  private static String companyLine(PostingCompany c) {
    StringBuilder line = new StringBuilder(c.named() ? c.name() : "-");
    RegisterEntry e = c.entry();
    if (e != null) {
      line.append(" = ").append(e.name());
      if (e.tier() != null) {
        line.append(": ").append(e.tier().id()).append(" (").append(e.reason().id()).append(')');
      }
      if (e.group() != null) {
        line.append(", group ").append(e.group());
      }
      if (e.market() != null) {
        line.append(", ").append(e.market());
      }
      if (e.headcount() != null) {
        line.append(", ").append(e.headcount()).append(" staff (NPS)");
      }
    } else if (c.named()) {
      line.append(" (not in the register)");
    }
    if (c.affiliation() != null && c.affiliation().entry() != null) {
      line.append("; belongs to ").append(c.affiliation().entry().name());
    }
    return line.toString();
  }

  private static void printTable(PrintWriter out, Posting p) {
    out.println("== " + p.text().file() + (p.text().title() == null ? "" : "  (" + p.text().title() + ")"));
    Integer min = p.experience().minYears();
    Integer max = p.experience().maxYears();
    out.println("  years:     " + (min == null ? "not stated"
        : min == 0 && max == null ? "0 (신입/경력무관)" : min + (max == null ? "+" : "~" + max)));
    CaseVerdict v = p.verdict();
    if (p.company() != null && (p.company().named() || p.company().affiliation() != null)) {
      out.println("  company:   " + companyLine(p.company()));
    }
    if (v != null) {
      out.printf("  case:      %s  %.0f%%%s%n", v.caseId(), v.confidence() * 100,
          v.weak() ? "  (weak evidence: treat as a guess)" : "");
      out.println("             " + Cases.label(v.caseId()));
      if (v.steps() != null) {
        out.printf("             size %s %.0f%%%s%n", v.steps().tier(), v.steps().tierConfidence() * 100,
            v.steps().leaning() == null ? ""
                : String.format(", %s %.0f%%", v.steps().leaning(), v.steps().leaningConfidence() * 100));
      }
      // A two-step verdict says what each phrase spoke for in its step: a tier or a leaning.
      out.println("  evidence:  " + v.evidence().stream()
          .map(e -> e.text().strip() + (e.start() < 0 ? "" : " @" + e.start()) + " → "
              + (v.steps() == null ? e.caseId() : e.label()))
          .distinct().limit(8).collect(Collectors.joining(", ")));
      if (!v.neighbours().isEmpty()) {
        out.println("  similar:   " + v.neighbours().stream()
            .map(n -> String.format("%s (%s, %.2f)", n.file(), n.caseId(), n.similarity()))
            .collect(Collectors.joining(", ")));
      }
      out.println("  the work:");
      for (CaseDescriptions.Line line : CaseDescriptions.of(v.caseId())) {
        out.println("    - " + line.korean());
        out.println("      " + line.english());
      }
    }
    for (SkillSection section : SkillSection.values()) {
      String skills = p.skills().stream().filter(s -> s.section() == section)
          .map(s -> s.skill().name() + (s.count() > 1 ? " ×" + s.count() : ""))
          .collect(Collectors.joining(", "));
      if (!skills.isEmpty()) {
        out.printf("  %-10s %s%n", section.id() + ":", skills);
      }
    }
    List<PostingJson.CategoryUse> categories = PostingJson.categories(p.skills());
    if (!categories.isEmpty()) {
      out.println("  categories:");
      for (PostingJson.CategoryUse c : categories) {
        out.printf("    %-24s %d required, %d preferred: %s%n", c.id(), c.required(), c.preferred(),
            String.join(", ", c.skills()));
      }
    }
    out.println();
  }
}
