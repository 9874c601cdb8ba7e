package dev.gonggo.match;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person's years of experience from a résumé or a skills file. In this order: a
 * {@code years: N} line (the skills file's own); the total the résumé states near its top
 * (경력 5년, 7년차, "(11년)" after the name, 10 years of experience) or on a 총 경력 line, because
 * that is the figure its writer counts; otherwise the career history, every dated range
 * ({@code 2019.03 – 2023.08}, {@code 2022.01 ~ 현재}) summed with overlaps counted once and both
 * end months included. Ranges on lines or under headings about schooling or military service are
 * not work. 현재 (present, now) is this month.
 */
public final class CareerYears {

  /** A month: 2019.03, 2019-03, 2019/3, 2019. 03, 2019년 3월. */
  private static final String MONTH = "((?:19|20)\\d{2})\\s*(?:[.\\-/]|년)\\s*(\\d{1,2})(?!\\d)\\s*(?:월)?";
  private static final String NOW = "(현재|재직\\s*중|재직|진행\\s*중|now|present|current|today)";
  private static final Pattern RANGE = Pattern.compile(
      MONTH + "\\s*(?:~|∼|〜|–|—|-|to)\\s*(?:" + MONTH + "|" + NOW + ")",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern YEARS_LINE = Pattern.compile(
      "(?im)^\\s*(?:years|연차)\\s*[:：]\\s*(\\d{1,2}(?:\\.\\d+)?)");
  /** A stated total: 경력 5년 (3개월), 7년차, (11년), 10+ years of experience. */
  private static final Pattern STATED = Pattern.compile(
      "경력\\s*(?:기간)?\\s*[:：]?\\s*(\\d{1,2})\\s*년(?:\\s*(\\d{1,2})\\s*개월)?"
          + "|(\\d{1,2})\\s*년\\s*차"
          + "|[(（]\\s*(\\d{1,2})\\s*년\\s*[)）]"
          + "|(\\d{1,2})\\s*\\+?\\s*years?\\s+(?:of\\s+)?(?:professional\\s+|industry\\s+|work\\s+)?experience",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TOTAL_LINE = Pattern.compile("(?i)^\\s*(?:총\\s*경력|total\\s+experience)");
  /** The top of a résumé, where its writer states a total: its first lines. */
  private static final int TOP_LINES = 5;
  private static final Pattern NOT_WORK = Pattern.compile(
      "학력|학교|대학|학과|학부|졸업|입학|재학|학사|석사|박사|교육|수료|병역|군\\s*복무|군필|전역|"
          + "(?i:education|university|college|school|degree|bachelor|master|ph\\.?d|military)");
  /** A heading line: Markdown, or a short line with no date on it. */
  private static final Pattern HEADING = Pattern.compile("^\\s*(?:#{1,6}\\s+.*|[^\\s\\-•*·ㆍ].{0,18})$");

  private final YearMonth now;

  /** @param now the month 현재 stands for */
  public CareerYears(YearMonth now) {
    this.now = now;
  }

  public CareerYears() {
    this(YearMonth.now());
  }

  /** One dated stretch of work, both months included. */
  record Stretch(YearMonth from, YearMonth to, String text) {}

  public ProfileYears read(String text) {
    Matcher line = YEARS_LINE.matcher(text);
    if (line.find()) {
      return new ProfileYears(Double.parseDouble(line.group(1)), ProfileYears.Basis.YEARS_LINE,
          List.of(line.group().strip()), null);
    }
    List<Stretch> stretches = stretches(text);
    Double history = stretches.isEmpty() ? null : months(stretches) / 12.0;
    Matcher stated = stated(text);
    if (stated != null) {
      double years = Integer.parseInt(firstYears(stated))
          + (stated.group(2) == null ? 0 : Integer.parseInt(stated.group(2)) / 12.0);
      return new ProfileYears(years, ProfileYears.Basis.STATED, List.of(stated.group().strip()), history);
    }
    if (history != null) {
      return new ProfileYears(history, ProfileYears.Basis.HISTORY,
          stretches.stream().map(Stretch::text).toList(), history);
    }
    return ProfileYears.UNKNOWN;
  }

  private static Matcher stated(String text) {
    String[] lines = text.split("\n");
    int nonBlank = 0;
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      nonBlank++;
      if (nonBlank <= TOP_LINES || TOTAL_LINE.matcher(l).find()) {
        Matcher m = STATED.matcher(l);
        if (m.find()) {
          return m;
        }
      }
    }
    return null;
  }

  private static String firstYears(Matcher m) {
    for (int g : new int[] {1, 3, 4, 5}) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException(m.group());
  }

  /** The dated ranges of work, in text order. */
  List<Stretch> stretches(String text) {
    List<Stretch> out = new ArrayList<>();
    boolean underNotWork = false;
    for (String l : text.split("\n")) {
      Matcher m = RANGE.matcher(l);
      boolean dated = m.find();
      if (!dated) {
        if (HEADING.matcher(l).matches() && !l.isBlank()) {
          underNotWork = NOT_WORK.matcher(l).find();
        }
        continue;
      }
      if (underNotWork || NOT_WORK.matcher(l).find()) {
        continue;
      }
      do {
        YearMonth from = month(m.group(1), m.group(2));
        YearMonth to = m.group(5) != null ? now : month(m.group(3), m.group(4));
        if (from != null && to != null && !to.isBefore(from) && !from.isAfter(now)) {
          out.add(new Stretch(from, to.isAfter(now) ? now : to, m.group().strip()));
        }
      } while (m.find());
    }
    return out;
  }

  private static YearMonth month(String year, String month) {
    if (year == null) {
      return null;
    }
    int m = Integer.parseInt(month);
    return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(year), m) : null;
  }

  /** Months covered by the stretches, a month covered twice counted once. */
  static int months(List<Stretch> stretches) {
    List<Stretch> sorted = new ArrayList<>(stretches);
    sorted.sort(Comparator.comparing(Stretch::from));
    int total = 0;
    YearMonth coveredTo = null;
    for (Stretch s : sorted) {
      YearMonth from = coveredTo == null || s.from().isAfter(coveredTo) ? s.from() : coveredTo.plusMonths(1);
      if (!from.isAfter(s.to())) {
        total += (int) (from.until(s.to(), java.time.temporal.ChronoUnit.MONTHS) + 1);
        coveredTo = s.to();
      }
    }
    return total;
  }

}
