package dev.gonggo.classify;

import dev.gonggo.company.RegisterEntry;
import dev.gonggo.company.SizeTier;
import dev.gonggo.company.TierRule;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cues of the two steps of the zero-label model in a posting: what the register knows
 * of its company, what the text says of the company's size (head count, founding year, funding,
 * listing, revenue, group, "스타트업"), and what the job works on (its title and its duties), with
 * their offsets. Size cues are read outside the requirements, preferred, benefits and hiring-process
 * parts, orientation cues outside the benefits and hiring-process parts. Thread-safe.
 */
final class TieredCues {

  /** Lines naming a company that is not the poster: investors, clients, partners, alumni. */
  private static final Pattern OTHER_COMPANY = Pattern.compile(
      "투자사|투자자|투자를 받|출신|고객사|고객으로|파트너|제휴|협력사|협업사|납품|레퍼런스|주주");
  /** The kinds of size cue that another company's line can give. */
  private static final List<String> GUARDED = List.of("group", "listing", "word");
  /**
   * The earliest year a founding year is aged against: postings are read soon after they are
   * written, and the years a posting names are often of its history, not of its date.
   */
  static final int REFERENCE_YEAR = 2024;
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20[0-3]\\d)(?!\\d)");
  /** How far into the text the first line stands in for a missing title. */
  private static final int TITLE_LINE = 120;

  /** A pattern row of size-cues.tsv: its feature (or numeric kind) and its kind. */
  private record SizeRow(String feature, String numeric, String kind) {}

  private final PhrasePatterns body;
  private final PhrasePatterns title;
  private final Map<String, SizeRow> sizeRows = new HashMap<>();
  private final Map<String, String> bodyOrientation = new HashMap<>();
  private final Map<String, String> titleOrientation = new HashMap<>();

  private TieredCues() {
    List<String> bodyPatterns = new ArrayList<>();
    for (String[] row : Tsv.rows(TieredWeights.SIZE_FILE, 4)) {
      String cue = row[0];
      if (cue.startsWith("@")) {
        continue;
      }
      String tier = row[1].strip();
      sizeRows.put(cue, new SizeRow(TieredWeights.sizeFeature(cue),
          tier.startsWith("=") ? tier.substring(1) : null, row[3].strip()));
      bodyPatterns.add(cue);
    }
    List<String> titlePatterns = new ArrayList<>();
    for (String[] row : Tsv.rows(TieredWeights.ORIENTATION_FILE, 4)) {
      String cue = row[0];
      String where = row[3].strip();
      if (cue.startsWith("@")) {
        continue;
      }
      if (where.equals("title")) {
        titleOrientation.put(cue, TieredWeights.orientationFeature(cue, where));
        titlePatterns.add(cue);
      } else {
        bodyOrientation.put(cue, TieredWeights.orientationFeature(cue, where));
        bodyPatterns.add(cue);
      }
    }
    this.body = new PhrasePatterns(bodyPatterns);
    this.title = new PhrasePatterns(titlePatterns);
  }

  static TieredCues builtIn() {
    return BuiltIn.CUES;
  }

  private static final class BuiltIn {
    static final TieredCues CUES = new TieredCues();
  }

  /** Adds the posting's size and orientation cues to a list of cues. */
  void find(PostingText posting, PostingCompany company, List<Cue> cues) {
    registerCues(company, cues);
    String text = posting.text();
    String read = withoutParts(posting);
    body.firstMatches(read).forEach((pattern, m) -> {
      SizeRow size = sizeRows.get(pattern);
      if (size != null && sizeCounts(posting, size, m)) {
        String feature = size.numeric == null ? size.feature : numericFeature(size.numeric, m,
            size.numeric.equals("founded") ? latestYear(text) : 0);
        PostingCompany.Affiliation a = company.affiliation();
        if (size.kind.equals("group") && a != null && a.entry() == null) {
          feature = "group:unlisted";
        }
        if (feature != null) {
          cues.add(new Cue(feature, m.group(), m.start(), m.end()));
        }
      }
      String orientation = bodyOrientation.get(pattern);
      if (orientation != null) {
        cues.add(new Cue(orientation, m.group(), m.start(), m.end()));
      }
    });
    String name = posting.title() != null ? posting.title() : firstLine(text);
    if (!name.isEmpty()) {
      int at = text.indexOf(name);
      title.firstMatches(name).forEach((pattern, m) -> cues.add(new Cue(
          titleOrientation.get(pattern), m.group(), at < 0 ? -1 : at + m.start(),
          at < 0 ? -1 : at + m.end())));
    }
  }

  /** Whether a size cue's first match may speak for the poster's size where it stands. */
  private static boolean sizeCounts(PostingText posting, SizeRow row, MatchResult m) {
    SectionKind kind = posting.sectionAt(m.start());
    if (kind == SectionKind.REQUIREMENTS || kind == SectionKind.PREFERRED) {
      return false;
    }
    return !GUARDED.contains(row.kind) || !OTHER_COMPANY.matcher(posting.lineAt(m.start())).find();
  }

  /**
   * The features of what the register knows: the step of the tier rule that sized the company
   * (register:group, register:headcount-300, register:kosdaq…), its listing and IT-services
   * kind for the orientation, and a larger company or group the posting says it belongs to. A
   * company the register lacks says nothing: the NPS extract holds every Seoul workplace of a
   * dozen software industries only, and many tech companies are filed under others.
   */
  static void registerCues(PostingCompany company, List<Cue> cues) {
    RegisterEntry e = company.entry();
    if (e != null && e.tier() != null) {
      cues.add(new Cue("register:" + sizeFact(e), company.name(), company.start(), company.end()));
    }
    if (e != null && e.market() != null) {
      cues.add(new Cue("register:listed", company.name(), company.start(), company.end()));
    }
    if (e != null && e.itServices()) {
      cues.add(new Cue("register:it", company.name(), company.start(), company.end()));
    }
    PostingCompany.Affiliation a = company.affiliation();
    if (a != null && a.entry() != null && a.entry().tier() != SizeTier.SMALL
        && (e == null || e.tier() != SizeTier.LARGE)) {
      cues.add(new Cue("affiliate:" + a.entry().tier().id(), a.name(), a.start(), a.end()));
    }
  }

  /** The size-cues.tsv feature of a register entry's tier. */
  static String sizeFact(RegisterEntry e) {
    return switch (e.reason()) {
      case GROUP -> "group";
      case PARENT -> "parent-" + e.tier().id();
      case NOTED -> "noted-" + e.tier().id();
      case LISTED -> "KOSPI".equals(e.market()) ? "kospi" : "kosdaq";
      case KONEX -> "konex";
      default -> {
        int n = e.headcount() == null ? 0 : e.headcount();
        if (n >= TierRule.LARGE_HEADCOUNT) {
          yield "headcount-1000";
        }
        if (n >= TierRule.MIDSIZE_HEADCOUNT) {
          yield "headcount-300";
        }
        yield n >= 100 ? "headcount-100" : "headcount-under-100";
      }
    };
  }

  /** The feature a number read by a cue gives, or null when it gives none. */
  static String numericFeature(String kind, MatchResult m, int latestYear) {
    String number = m.group(1);
    return switch (kind) {
      case "headcount" -> {
        long n = Numbers.count(number);
        yield n <= 0 ? null : n >= 100 && n < TierRule.MIDSIZE_HEADCOUNT ? "headcount:small-100"
            : "headcount:" + TierRule.ofHeadcount((int) Math.min(n, Integer.MAX_VALUE)).id();
      }
      case "founded" -> {
        int year = Integer.parseInt(number);
        int age = Math.max(latestYear, REFERENCE_YEAR) - year;
        yield age < 0 ? null : age <= 3 ? "founded:0-3" : age <= 7 ? "founded:4-7"
            : age >= 15 ? "founded:15+" : null;
      }
      case "funding" -> {
        long won = Numbers.hundredMillions(number);
        yield won <= 0 ? null : won < 100 ? "funding:under-100" : won < 1000 ? "funding:100-999"
            : "funding:1000+";
      }
      case "revenue" -> {
        long won = Numbers.hundredMillions(number);
        yield won <= 0 ? null : won < 100 ? "revenue:under-100" : won < 1000 ? "revenue:100-999"
            : won < 10000 ? "revenue:1000-9999" : "revenue:10000+";
      }
      default -> throw new IllegalStateException("unknown numeric cue " + kind);
    };
  }

  /** The latest year (2000-2039) the text names: when the posting was written, near enough. */
  private static int latestYear(String text) {
    int latest = 0;
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      latest = Math.max(latest, Integer.parseInt(m.group(1)));
    }
    return latest;
  }

  /** The text with its benefits and hiring-process parts blanked out, offsets kept. */
  private static String withoutParts(PostingText posting) {
    char[] chars = null;
    for (Section s : posting.sections()) {
      if (s.kind() == SectionKind.BENEFITS || s.kind() == SectionKind.PROCESS) {
        if (chars == null) {
          chars = posting.text().toCharArray();
        }
        for (int i = s.start(); i < s.end() && i < chars.length; i++) {
          if (chars[i] != '\n') {
            chars[i] = ' ';
          }
        }
      }
    }
    return chars == null ? posting.text() : new String(chars);
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = (end < 0 ? text : text.substring(0, end)).strip();
    return line.length() > TITLE_LINE ? "" : line;
  }
}
