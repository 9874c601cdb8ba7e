package dev.gonggo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.match.Ask;
import dev.gonggo.match.BasicUse;
import dev.gonggo.match.CareerYears;
import dev.gonggo.match.FitRanking;
import dev.gonggo.match.FitScore;
import dev.gonggo.match.LearnNext;
import dev.gonggo.match.MatchJson;
import dev.gonggo.match.MatchResult;
import dev.gonggo.match.PostingFit;
import dev.gonggo.match.Profile;
import dev.gonggo.match.ProfileReader;
import dev.gonggo.match.ProfileSkill;
import dev.gonggo.match.ProfileYears;
import dev.gonggo.match.SectionFit;
import dev.gonggo.match.SkillCredit;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.SkillRelations;
import dev.gonggo.skills.Taxonomy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonggo match}: the indexed postings ranked for one person, and what they lack. */
@Command(
    name = "match",
    header = "Rank the indexed postings for one person, and say what they are missing.",
    description = {
        "Reads a profile: a résumé or CV in any format gonggo reads, or a short skills file",
        "('skills: spark, kafka, 파이썬' and 'years: 4' lines). Its skills are found with the",
        "taxonomy's aliases, its years from a years: line, the total it states (경력 5년) or its",
        "career history (2019.03 – 2023.08, 2022.01 ~ 현재; overlaps counted once).",
        "Each posting's fit: the required, stack (duties) and preferred skills you have (a skill",
        "held at a basic level, or a related one such as emr for aws, counts half and is shown as",
        "partial; skills of one kind on one line are alternatives), how much of your skills the",
        "job uses (≈: it names a related one), and the years (short of the minimum costs more",
        "the further short). Then what to learn next: the skills the best fits require that you",
        "lack, by how many of them each would open up (3/4 of the requirements met), and their",
        "company types. JSON (--format json) is one object; CSV one row per posting."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class MatchCommand implements Callable<Integer> {

  enum Format { table, json, csv }

  @Option(names = "--profile", required = true, paramLabel = "FILE",
      description = "The person: a résumé (PDF, DOCX, HWP, md, txt…) or a skills file.")
  Path profile;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Postings to show, and to read what to learn next from. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--case", paramLabel = "ID",
      description = "Only postings of this company-type case (repeatable; any matches): ${COMPLETION-CANDIDATES}.",
      completionCandidates = SearchCommand.CaseIds.class)
  List<String> cases = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table",
      description = "Output: table, json (one object) or csv (one row per posting). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin
  IndexOption index;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  ExtractCommand.LimitOptions limits;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UserError("--limit must be 1 or more");
    }
    for (String c : cases) {
      if (!new SearchCommand.CaseIds().contains(c)) {
        throw new UserError("unknown case '" + c + "'; the cases are "
            + String.join(", ", new SearchCommand.CaseIds()));
      }
    }
    if (!Files.isRegularFile(profile)) {
      throw new UserError("no profile at " + profile);
    }
    Taxonomy skills = taxonomy.load();
    PipelineLoad loading = PipelineLoad.start(() -> new PostingPipeline(skills));
    Extraction extraction;
    try (PostingExtractor extractor = PostingExtractor.isolated(limits.toLimits())) {
      extraction = extractor.extract(profile);
    }
    if (!extraction.ok()) {
      throw new IllegalStateException("cannot read the profile " + profile + ": " + extraction.error());
    }
    PostingPipeline pipeline = loading.get();
    SkillNames names = new SkillNames(skills, pipeline.analyzer());
    Profile person = new ProfileReader(pipeline, names, new CareerYears(), BasicUse.builtIn())
        .read(extraction);
    PrintWriter err = spec.commandLine().getErr();
    person.problems().forEach(p -> err.println("gonggo: " + profile + ": " + p));
    err.flush();
    MatchResult result;
    try (PostingSearcher searcher = new PostingSearcher(index.dir, names, pipeline.analyzer())) {
      result = new FitRanking(new FitScore(skills, SkillRelations.builtIn()))
          .match(searcher, person, cases, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.println(new ObjectMapper().writeValueAsString(MatchJson.of(result)));
      case csv -> printCsv(out, result);
      default -> printTable(out, result);
    }
    out.flush();
    return person.problems().isEmpty() ? Gonggo.OK : Gonggo.SOME_SKIPPED;
  }

  private static void printTable(PrintWriter out, MatchResult r) {
    Profile p = r.profile();
    out.println("profile: " + p.file() + (p.form() == Profile.Form.RESUME ? "  (résumé)" : "  (skills file)"));
    out.println("  years:  " + years(p.years()));
    long basic = p.skills().stream().filter(s -> s.level() == ProfileSkill.Level.BASIC).count();
    out.println("  skills: " + p.skills().size() + (basic == 0 ? "" : ", " + basic + " of them basic"));
    int width = p.skills().stream().mapToInt(s -> s.id().length()).max().orElse(0);
    for (ProfileSkill s : p.skills()) {
      String evidence = s.level() == ProfileSkill.Level.BASIC ? "basic: " + s.basicBecause()
          : s.evidence().isEmpty() ? "" : s.evidence().get(0);
      out.printf(Locale.ROOT, "    %-" + width + "s  ×%-2d %s%n", s.id(), s.count(), evidence);
    }
    out.println();
    out.printf(Locale.ROOT, "%d postings weighed, the best %d shown%n", r.considered(), r.best().size());
    int rank = 0;
    for (PostingFit f : r.best()) {
      out.println();
      out.printf(Locale.ROOT, "%2d. %.2f  %s%s%n", ++rank, f.score(),
          f.posting().title() == null ? ShownPath.of(f.posting().path()) : f.posting().title(),
          f.posting().company() == null ? "" : "  — " + f.posting().company());
      out.println("    file:      " + ShownPath.of(f.posting().path()) + "  (id " + f.posting().id() + ")");
      out.println("    case:      " + f.posting().caseId() + "   years: " + f.years().asked()
          + (f.years().have() == null ? "" : " (you " + number(f.years().have())
              + (f.years().min() == null ? "" : ": " + f.years().note()) + ")"));
      section(out, "required", f.required());
      section(out, "stack", f.stack());
      section(out, "preferred", f.preferred());
      if (!f.unscored().isEmpty()) {
        out.println("    not scored: " + String.join(", ", f.unscored())
            + " (soft skills, concepts, spoken languages)");
      }
      out.printf(Locale.ROOT, "    uses:      %.0f%% of your skills: %s%n", f.used() * 100,
          String.join(", ", f.usedSkills()));
      out.printf(Locale.ROOT, "    fit:       skills %.2f × strengths %.2f × years %.2f%n",
          f.skills(), f.strengths(), f.years().fit());
    }
    if (!r.best().isEmpty()) {
      out.println();
      out.println("what to learn next, from the best " + r.best().size() + " (opens: postings it would"
          + " bring to 3/4 of their requirements met):");
      if (r.learnNext().isEmpty()) {
        out.println("  nothing: you meet every requirement of these postings");
      }
      int width2 = Math.max(5, r.learnNext().stream().mapToInt(i -> i.skill().length()).max().orElse(5));
      out.printf(Locale.ROOT, "  %-" + width2 + "s  %5s  %8s  %9s  %s%n", "skill", "opens", "required",
          "preferred", "company types");
      for (LearnNext.Item i : r.learnNext().subList(0, Math.min(10, r.learnNext().size()))) {
        Map<String, Integer> cases = i.opens() > 0 ? i.opensCases() : i.requiredCases();
        out.printf(Locale.ROOT, "  %-" + width2 + "s  %5d  %8d  %9d  %s%n", i.skill(), i.opens(),
            i.requiredIn(), i.preferredIn(), counts(cases));
      }
    }
  }

  private static void section(PrintWriter out, String label, SectionFit s) {
    if (s.isEmpty()) {
      return;
    }
    List<String> parts = new ArrayList<>();
    if (!s.matched().isEmpty()) {
      parts.add("have " + shown(s.matched()));
    }
    if (!s.partial().isEmpty()) {
      parts.add("partial " + shown(s.partial()));
    }
    if (!s.missing().isEmpty()) {
      parts.add("missing " + shown(s.missing()));
    }
    out.printf(Locale.ROOT, "    %-10s %-6s %s%n", label + ":", s.ratio(), String.join(" · ", parts));
  }

  private static String shown(List<Ask> asks) {
    return asks.stream().map(Ask::shown).collect(Collectors.joining(", "));
  }

  private static String years(ProfileYears y) {
    if (y.years() == null) {
      return "not stated (no years: line, 경력 N년 or dated career history); years not scored";
    }
    String from = y.basis().label() + ": " + String.join(", ", y.evidence());
    String history = y.basis() != ProfileYears.Basis.HISTORY && y.history() != null
        && Math.abs(y.history() - y.years()) >= 0.5
        ? "; the career history sums to " + number(y.history()) + " to this month" : "";
    return number(y.years()) + " (" + from + history + ")";
  }

  private static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Integer.toString((int) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  private static void printCsv(PrintWriter out, MatchResult r) throws Exception {
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader("rank", "score", "skills", "strengths", "years_fit", "required_coverage",
            "stack_coverage", "preferred_coverage", "title", "company", "file", "id", "case",
            "min_years", "max_years", "required_matched", "required_partial", "required_missing",
            "preferred_matched", "preferred_partial", "preferred_missing").get())) {
      int rank = 0;
      for (PostingFit f : r.best()) {
        csv.printRecord(++rank, fixed(f.score()), fixed(f.skills()), fixed(f.strengths()),
            fixed(f.years().fit()), coverage(f.required()), coverage(f.stack()),
            coverage(f.preferred()), f.posting().title(), f.posting().company(), f.posting().path(),
            f.posting().id(), f.posting().caseId(), f.posting().minYears(), f.posting().maxYears(),
            ids(f.required().matched()), ids(f.required().partial()), ids(f.required().missing()),
            ids(f.preferred().matched()), ids(f.preferred().partial()), ids(f.preferred().missing()));
      }
    }
  }

  private static String coverage(SectionFit s) {
    return s.isEmpty() ? "" : fixed(s.coverage());
  }

  private static String fixed(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private static String ids(List<Ask> asks) {
    return asks.stream().map(a -> a.met() == SkillCredit.Met.MISSING ? String.join("|", a.skills())
        : a.best().shown()).collect(Collectors.joining(" "));
  }
}
