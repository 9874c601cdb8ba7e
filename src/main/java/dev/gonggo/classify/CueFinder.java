package dev.gonggo.classify;

import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.text.PostingText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cues of a posting: the phrases of case-cues.tsv, its own company's size and kind (a
 * mid-size company established or still growing, a group's IT affiliate) from companies.tsv, and
 * its skill mix (each skill and category it asks for, with the section, and how long its preferred
 * list is). Thread-safe.
 */
public final class CueFinder {

  private static final String PHRASES = "/dev/gonggo/classify/case-cues.tsv";
  /** The preferred-list lengths that are features ("preferred-count:N" fires at N or more). */
  private static final int[] PREFERRED_COUNTS = {4, 6, 8};

  private final Map<String, Pattern> phrases;
  private final Map<String, Anchors> anchors = new java.util.HashMap<>();
  private final CompanyDirectory companies;

  private CueFinder(Map<String, Pattern> phrases, CompanyDirectory companies) {
    this.phrases = phrases;
    this.companies = companies;
    phrases.keySet().forEach(p -> anchors.put(p, Anchors.of(p)));
  }

  /**
   * The words one of which a cue's match must begin with, when the pattern says so plainly (a
   * leading literal, or a leading group of literal alternatives): a posting containing none of
   * them is passed over without running the pattern, which scanned every text for all ~80 cues.
   * Case is folded for ASCII only, as the patterns fold it.
   */
  record Anchors(List<String> words) {
    private static final Pattern LITERAL = Pattern.compile("[가-힣A-Za-z0-9 ]+");

    boolean mayMatch(String folded) {
      if (words.isEmpty()) {
        return true;
      }
      for (String w : words) {
        if (folded.contains(w)) {
          return true;
        }
      }
      return false;
    }

    static Anchors of(String pattern) {
      if (pattern.startsWith("(?:")) {
        int close = closingParen(pattern, 3);
        if (close < 0) {
          return new Anchors(List.of());
        }
        boolean optional = close + 1 < pattern.length() && "?*{".indexOf(pattern.charAt(close + 1)) >= 0;
        if (optional || hasTopLevelBar(pattern, close + 1)) {
          return new Anchors(List.of());
        }
        List<String> words = new ArrayList<>();
        for (String alt : alternatives(pattern.substring(3, close))) {
          String lead = leadingLiteral(alt);
          if (lead.isEmpty()) {
            return new Anchors(List.of());
          }
          words.add(CompanyDirectory.fold(lead));
        }
        return new Anchors(words);
      }
      String lead = hasTopLevelBar(pattern, 0) ? "" : leadingLiteral(pattern);
      return new Anchors(lead.isEmpty() ? List.of() : List.of(CompanyDirectory.fold(lead)));
    }

    /** The plain letters a pattern starts with, less a last one a quantifier makes optional. */
    private static String leadingLiteral(String p) {
      int end = 0;
      while (end < p.length() && LITERAL.matcher(p.substring(end, end + 1)).matches()) {
        end++;
      }
      if (end < p.length() && "?*{".indexOf(p.charAt(end)) >= 0) {
        end--;
      }
      return end <= 0 ? "" : p.substring(0, end);
    }

    /** The alternatives of a group's body, split at its own bars only. */
    private static List<String> alternatives(String body) {
      List<String> out = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          out.add(body.substring(start, i));
          start = i + 1;
        }
      }
      out.add(body.substring(start));
      return out;
    }

    /** The index of the ')' that closes a group opened before {@code from}, or -1. */
    private static int closingParen(String p, int from) {
      int depth = 1;
      for (int i = from; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return i;
        } else if (c == '[') {
          int end = p.indexOf(']', i + 1);
          if (end < 0) {
            return -1;
          }
          i = end;
        }
      }
      return -1;
    }

    /** Whether an alternation at depth 0 starts after {@code from} (then nothing is required). */
    private static boolean hasTopLevelBar(String p, int from) {
      int depth = 0;
      boolean inClass = false;
      for (int i = from; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c == '\\') {
          i++;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          return true;
        }
      }
      return false;
    }
  }

  public static CueFinder builtIn() {
    Map<String, Pattern> phrases = new LinkedHashMap<>();
    for (String[] row : Tsv.rows(PHRASES, 4)) {
      // ASCII case folding only: Hangul has no case and the Latin cues are ASCII, while Unicode
      // case folding of every character was a third of the time gonggo index spent.
      phrases.computeIfAbsent(row[0], p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE));
    }
    return new CueFinder(phrases, CompanyDirectory.builtIn());
  }

  /** The feature id of a phrase pattern of case-cues.tsv. */
  static String phraseFeature(String pattern) {
    return "phrase:" + pattern;
  }

  public CaseFeatures find(PostingText posting, List<PostingSkill> skills) {
    List<Cue> cues = new ArrayList<>();
    String text = posting.text();
    String folded = CompanyDirectory.fold(text);
    for (var p : phrases.entrySet()) {
      if (!anchors.get(p.getKey()).mayMatch(folded)) {
        continue;
      }
      Matcher m = p.getValue().matcher(text);
      if (m.find()) {
        cues.add(new Cue(phraseFeature(p.getKey()), m.group(), m.start(), m.end()));
      }
    }
    companies.ownCompany(posting).ifPresent(c -> {
      cues.add(new Cue("company:" + c.size(), c.name(), c.start(), c.end()));
      if (!c.kind().isEmpty()) {
        cues.add(new Cue("company-kind:" + c.kind(), c.name(), c.start(), c.end()));
      }
    });
    Set<String> seen = new LinkedHashSet<>();
    int preferred = 0;
    for (PostingSkill s : skills) {
      if (s.section() != SkillSection.REQUIRED && s.section() != SkillSection.PREFERRED) {
        continue;
      }
      if (s.section() == SkillSection.PREFERRED) {
        preferred++;
      }
      SkillMatch first = s.evidence().isEmpty() ? null : s.evidence().get(0);
      int start = first == null ? -1 : first.start();
      int end = first == null ? -1 : first.end();
      String name = s.skill().name();
      List<String> keys = new ArrayList<>();
      keys.add("skill:" + s.id());
      keys.add("skill:" + s.id() + "@" + s.section().id());
      for (String c : s.skill().categories()) {
        keys.add("category:" + c);
        keys.add("category:" + c + "@" + s.section().id());
      }
      for (String key : keys) {
        if (seen.add(key)) {
          cues.add(new Cue(key, name, start, end));
        }
      }
    }
    for (int n : PREFERRED_COUNTS) {
      if (preferred >= n) {
        cues.add(new Cue("preferred-count:" + n, preferred + " preferred skills", -1, -1));
      }
    }
    return new CaseFeatures(cues);
  }
}
