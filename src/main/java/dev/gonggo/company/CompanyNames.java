package dev.gonggo.company;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How two spellings of one company's name are told to be the same: the registers, the alias file
 * and the postings each write names their own way ("(주)카카오", "주식회사 카카오", "카카오㈜",
 * "（주）비바리퍼블리카", "SendBird Korea Inc.", "LG전자" beside the FTC's "엘지전자(주)").
 *
 * <p>{@link #normalize} drops the legal form (주식회사, (주), ㈜, (유), 유한회사, Inc., Co., Ltd…),
 * folds full-width and compatibility characters (NFKC), lowercases Latin letters and keeps only
 * letters, digits, {@code &} and {@code +}. {@link #spelled} also writes short Latin acronyms the
 * way Korean legal names spell them out (LG → 엘지, SK → 에스케이, KT → 케이티, C&C → 씨앤씨), so
 * that the acronym and the spelled name meet.
 */
public final class CompanyNames {

  /** Korean legal forms, in parentheses or not, and the full-width ones NFKC leaves alone. */
  private static final Pattern KOREAN_FORM = Pattern.compile(
      "\\(\\s*(?:주|유|사|재|합|자|합자|유한|주식회사|사단법인|재단법인)\\s*\\)"
          + "|주식회사|유한책임회사|유한회사|합자회사|합명회사|사단법인|재단법인|농업회사법인|영농조합법인");
  /** English legal forms at the end of a name ("Co., Ltd.", "Inc.", "Corp."). */
  private static final Pattern ENGLISH_FORM = Pattern.compile(
      "(?:(?:[\\s,.]+|(?<=\\p{Ll})(?=\\p{Lu}))(?i:co\\.?,?\\s*ltd|company\\s+limited|corporation|"
          + "incorporated|limited|inc|corp|ltd|llc|co|gmbh|plc|pte))+\\.?\\s*$");
  /** Latin acronyms short enough to be spelled out letter by letter in a Korean legal name. */
  private static final Pattern ACRONYM = Pattern.compile("(?<![A-Za-z])[A-Za-z]{1,4}(?![A-Za-z])");
  /** "X (Y) Z": a name with a second one in parentheses. */
  private static final Pattern SECOND_NAME = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*(.*)$");
  private static final String[] LETTERS = {"에이", "비", "씨", "디", "이", "에프", "지", "에이치",
      "아이", "제이", "케이", "엘", "엠", "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이",
      "더블유", "엑스", "와이", "지"};

  private CompanyNames() {}

  /** The name as looked up: no legal form, folded, lowercased, letters, digits, & and + only. */
  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String s = withoutLegalForm(name);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '&' || c == '+') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * The name normalised after its short Latin acronyms are spelled out as Korean legal names
   * write them ("LG CNS" → 엘지씨엔에스, "kt ds" → 케이티디에스), and {@code &} read as 앤; the
   * same as {@link #normalize} for a name without them.
   */
  public static String spelled(String name) {
    if (name == null) {
      return "";
    }
    String bare = withoutLegalForm(name);
    if (!hasLatin(bare) && bare.indexOf('&') < 0) {
      return normalize(bare);
    }
    Matcher m = ACRONYM.matcher(bare);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      StringBuilder letters = new StringBuilder();
      for (char c : m.group().toUpperCase(Locale.ROOT).toCharArray()) {
        letters.append(LETTERS[c - 'A']);
      }
      m.appendReplacement(out, letters.toString());
    }
    m.appendTail(out);
    return normalize(out.toString().replace("&", "앤"));
  }

  /**
   * The name as a person would write it without its legal form: NFKC-folded, 주식회사, (주), ㈜,
   * Inc., Co., Ltd… dropped, blank space folded ("（주） 비바리퍼블리카" → "비바리퍼블리카").
   */
  public static String withoutLegalForm(String written) {
    String s = Normalizer.isNormalized(written, Normalizer.Form.NFKC) ? written
        : Normalizer.normalize(written, Normalizer.Form.NFKC);
    // The patterns run only where their words can be: most names are bare Hangul.
    if (mayHaveKoreanForm(s)) {
      s = KOREAN_FORM.matcher(s).replaceAll(" ");
    }
    if (hasLatin(s)) {
      s = ENGLISH_FORM.matcher(s.strip()).replaceAll("");
    }
    return foldSpaces(s);
  }

  private static boolean mayHaveKoreanForm(String s) {
    return s.indexOf('(') >= 0 || s.contains("회사") || s.contains("법인");
  }

  private static boolean hasLatin(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  /** Runs of blank space as one space, none at the ends. */
  private static String foldSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The names a written name stands for: itself, and where it carries a second name in
   * parentheses ("센드버드코리아 (SendBird Korea Inc.)", "브레이브모바일(숨고)"), the part before
   * and the part inside, each without the legal form. Empty parts are left out.
   */
  public static List<String> parts(String written) {
    List<String> out = new ArrayList<>();
    String s = Normalizer.normalize(written, Normalizer.Form.NFKC);
    s = KOREAN_FORM.matcher(s).replaceAll(" ").strip();
    Matcher inner = SECOND_NAME.matcher(s);
    if (inner.matches() && !inner.group(1).isBlank()) {
      add(out, inner.group(1) + " " + inner.group(3));
      add(out, inner.group(2));
    } else {
      add(out, s);
    }
    return out;
  }

  private static void add(List<String> out, String part) {
    String p = ENGLISH_FORM.matcher(foldSpaces(part)).replaceAll("").strip();
    if (!normalize(p).isEmpty() && !out.contains(p)) {
      out.add(p);
    }
  }
}
