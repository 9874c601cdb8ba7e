package dev.gonggo.company;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Builds the company register ({@code register.tsv}) from three public data sets, by hand, when a
 * newer release comes out (see docs/company-register.md):
 * <ul>
 *   <li>{@value #FTC}: the Fair Trade Commission's affiliates of the large business groups;
 *   <li>{@value #KRX}: the KRX list of listed companies (KOSPI, KOSDAQ, KONEX);
 *   <li>{@value #NPS}: National Pension Service workplaces with their member counts.
 * </ul>
 * Names are cleaned of legal forms, branch and staff-type suffixes, and joined across the three
 * by {@link CompanyNames#normalize} and {@link CompanyNames#spelled}; a company's workplaces are
 * summed. The tier is {@link TierRule}'s. Run from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -cp target/gonggo.jar dev.gonggo.company.RegisterBuilder ../shared/data/company-size
 * </pre>
 */
public final class RegisterBuilder {

  static final String FTC = "ftc_2025_group_affiliates.csv";
  static final String KRX = "krx_listed_companies_2026-04.csv";
  static final String NPS = "nps_2026-06_seoul_it_and_national_sample.csv";
  static final String FTC_ID = "ftc-2025";
  static final String KRX_ID = "krx-2026-04";
  static final String NPS_ID = "nps-2026-06";
  static final Path OUTPUT = Path.of("src/main/resources/dev/gonggo/company/register.tsv");

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader()
      .setSkipHeaderRecord(true).get();
  /** The FTC writes a renamed group with its former name: "BS(舊 보성)". */
  private static final Pattern FORMER_NAME = Pattern.compile("\\s*\\(舊[^)]*\\)");
  /** A workplace row past its company name: "/일용/…" site details, "-(상용)…", "-비정규". */
  private static final Pattern SITE_DETAIL = Pattern.compile(
      "\\s*(?:/.*|-\\s*\\(.*|-\\s*(?:비정규|정규|일용|상용|본점|본사|지점|\\d).*)$");
  /** Parentheses saying which staff or site a workplace row is, not a name. */
  private static final Pattern STAFF_OR_SITE = Pattern.compile(
      "\\((?:일용|상용|일용직|상용직|영업소|지점|본점|본사|직장|상동|\\d+공구|서울|[가-힣]{1,4}지점)\\)");
  /** A last word naming a branch: "쿠팡풀필먼트 인천센터", "X 서울지점". */
  private static final Pattern BRANCH = Pattern.compile(
      "\\s+\\S*(?:센터|지점|지사|본사|본점|공장|사업장|연구소|영업소|출장소)$");
  /** Industries of IT services and system integration, as the NPS and the KRX name them. */
  private static final Pattern IT_SERVICES = Pattern.compile("시스템 통합");

  /** What the KRX's short names of insurers leave out of their legal names. */
  private static final List<String> INSURER_SUFFIXES =
      List.of("보험", "화재보험", "해상보험", "화재해상보험");

  private RegisterBuilder() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/company-size");
    Path out = args.length > 1 ? Path.of(args[1]) : OUTPUT;
    List<RegisterEntry> entries = build(data, CompanyAlias.builtIn());
    RegisterFile.write(out, entries);
    System.out.println("wrote " + out + ": " + entries.size() + " companies");
  }

  /** A company as the data sets are joined: mutable while the builder reads. */
  private static final class Draft {
    String name;
    final Set<String> also = new LinkedHashSet<>();
    String group;
    String market;
    Integer headcount;
    boolean itServices;
    final Set<String> sources = new LinkedHashSet<>();

    Draft(String name) {
      this.name = name;
    }
  }

  /** The register's companies from the three files of a data folder, sorted by name. */
  public static List<RegisterEntry> build(Path data, List<CompanyAlias> aliases)
      throws IOException {
    Map<String, String> meant = new HashMap<>();
    for (CompanyAlias a : aliases) {
      meant.put(CompanyNames.normalize(a.alias()), a.name());
    }
    Map<String, Draft> byKey = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    for (CSVRecord r : read(data.resolve(FTC))) {
      String name = CompanyNames.withoutLegalForm(r.get("회사명"));
      Draft d = find(byKey, name);
      if (d == null) {
        d = add(byKey, drafts, name);
      }
      d.group = FORMER_NAME.matcher(r.get("기업집단")).replaceAll("").strip();
      d.sources.add(FTC_ID);
    }
    for (CSVRecord r : read(data.resolve(KRX))) {
      String name = CompanyNames.withoutLegalForm(r.get("회사명"));
      Draft d = listedCompany(byKey, meant, name);
      if (d == null) {
        d = add(byKey, drafts, name);
      } else {
        alsoKnownAs(byKey, d, name);
      }
      d.market = market(r.get("시장구분"));
      d.itServices |= IT_SERVICES.matcher(r.get("업종")).find();
      d.sources.add(KRX_ID);
    }
    for (Workplaces w : workplaces(data.resolve(NPS))) {
      Draft d = find(byKey, w.name);
      if (d == null) {
        d = add(byKey, drafts, w.name);
      } else {
        alsoKnownAs(byKey, d, w.name);
      }
      for (String other : w.also) {
        alsoKnownAs(byKey, d, other);
      }
      d.headcount = d.headcount == null ? w.headcount : Math.max(d.headcount, w.headcount);
      d.itServices |= w.itServices;
      d.sources.add(NPS_ID);
    }
    List<RegisterEntry> entries = new ArrayList<>();
    for (Draft d : drafts) {
      TierRule.Tier tier = TierRule.of(d.group, d.market, d.headcount);
      entries.add(new RegisterEntry(d.name, List.copyOf(d.also), d.group, d.market, d.headcount,
          tier.tier(), tier.reason(), d.itServices, List.copyOf(d.sources)));
    }
    entries.sort(Comparator.comparing(RegisterEntry::name));
    return entries;
  }

  /** One company's workplaces in the NPS file: the name, other names, members summed. */
  private record Workplaces(String name, List<String> also, int headcount, boolean itServices) {}

  /**
   * The NPS rows by company: rows whose cleaned names meet are one company's workplaces when they
   * share the first digits of the business number, and summed; rows of the same name with other
   * numbers are other companies, and the largest of them is kept (a posting is likelier from it).
   */
  private static List<Workplaces> workplaces(Path file) throws IOException {
    Map<String, Map<String, int[]>> members = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    Map<String, Set<String>> also = new HashMap<>();
    Map<String, Boolean> it = new HashMap<>();
    for (CSVRecord r : read(file)) {
      String raw = Normalizer.normalize(r.get("workplace_name"), Normalizer.Form.NFKC);
      raw = SITE_DETAIL.matcher(raw).replaceAll("");
      raw = STAFF_OR_SITE.matcher(raw).replaceAll(" ");
      List<String> parts = CompanyNames.parts(raw);
      if (parts.isEmpty()) {
        continue;
      }
      String name = BRANCH.matcher(CompanyNames.withoutLegalForm(parts.get(0))).replaceAll("").strip();
      String key = CompanyNames.normalize(name);
      if (key.isEmpty()) {
        continue;
      }
      names.putIfAbsent(key, name);
      Set<String> others = also.computeIfAbsent(key, k -> new LinkedHashSet<>());
      for (String p : parts.subList(1, parts.size())) {
        // Only a Latin name in parentheses is a second name; Hangul ones say a site or a staff.
        if (p.matches(".*[A-Za-z].*") && !p.matches(".*[가-힣].*")) {
          others.add(CompanyNames.withoutLegalForm(p));
        }
      }
      members.computeIfAbsent(key, k -> new HashMap<>())
          .computeIfAbsent(r.get("biz_reg_no_prefix"), k -> new int[1])[0] +=
          Integer.parseInt(r.get("headcount").strip());
      it.merge(key, IT_SERVICES.matcher(r.get("industry_name")).find(), Boolean::logicalOr);
    }
    List<Workplaces> out = new ArrayList<>();
    members.forEach((key, byNumber) -> {
      int most = byNumber.values().stream().mapToInt(n -> n[0]).max().orElse(0);
      out.add(new Workplaces(names.get(key), List.copyOf(also.get(key)), most, it.get(key)));
    });
    return out;
  }

  /**
   * The company a KRX short name stands for: by its name, by the name the alias file says it
   * means (NAVER is 네이버), or for an insurer, by the FTC's full name (삼성생명 is 삼성생명보험,
   * 현대해상 is 현대해상화재보험).
   */
  private static Draft listedCompany(Map<String, Draft> byKey, Map<String, String> meant,
      String name) {
    Draft d = find(byKey, name);
    if (d == null && meant.containsKey(CompanyNames.normalize(name))) {
      d = find(byKey, meant.get(CompanyNames.normalize(name)));
    }
    for (String insurer : INSURER_SUFFIXES) {
      if (d == null) {
        d = byKey.get(CompanyNames.normalize(name) + insurer);
      }
    }
    return d;
  }

  private static Draft find(Map<String, Draft> byKey, String name) {
    Draft d = byKey.get(CompanyNames.normalize(name));
    return d != null ? d : byKey.get(CompanyNames.spelled(name));
  }

  private static Draft add(Map<String, Draft> byKey, List<Draft> drafts, String name) {
    Draft d = new Draft(name);
    drafts.add(d);
    byKey.putIfAbsent(CompanyNames.normalize(name), d);
    byKey.putIfAbsent(CompanyNames.spelled(name), d);
    return d;
  }

  private static void alsoKnownAs(Map<String, Draft> byKey, Draft d, String name) {
    String key = CompanyNames.normalize(name);
    if (key.isEmpty() || key.equals(CompanyNames.normalize(d.name))) {
      return;
    }
    for (String a : d.also) {
      if (CompanyNames.normalize(a).equals(key)) {
        return;
      }
    }
    d.also.add(name);
    byKey.putIfAbsent(key, d);
    byKey.putIfAbsent(CompanyNames.spelled(name), d);
  }

  private static String market(String krx) {
    return switch (krx.strip()) {
      case "유가" -> "KOSPI";
      case "코스닥" -> "KOSDAQ";
      case "코넥스" -> "KONEX";
      default -> throw new IllegalArgumentException("unknown market '" + krx + "'");
    };
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSV.parse(reader).getRecords();
    }
  }
}
