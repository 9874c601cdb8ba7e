package dev.gonggo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue words of heading-cues.tsv, and the kind of part a heading made of them opens. Korean
 * cues are looked for in the heading with its spaces removed (필수 역량 and 필수역량 alike), Latin
 * ones as whole words; a preferred cue decides first unless it is joined to a requirements cue
 * ("자격요건 및 우대사항" opens a mixed requirements part), then the longest cue, then the file's
 * order. What a heading looks like is the splitter's to judge; this only names the kind.
 */
final class HeadingCues {

  private static final String RESOURCE = "heading-cues.tsv";
  /** What joins two parts named in one heading. */
  private static final Pattern JOINED = Pattern.compile("및|그리고|&|/|,|\\band\\b|＆");

  private record Cue(String cue, SectionKind kind, int order, boolean latin, Pattern word) {}

  private final List<Cue> cues = new ArrayList<>();

  private HeadingCues() {}

  static HeadingCues builtIn() {
    HeadingCues h = new HeadingCues();
    int order = 0;
    for (String line : BuiltInFile.lines(HeadingCues.class, RESOURCE)) {
      String[] cols = line.split("\t", 2);
      SectionKind kind = SectionKind.fromId(cols[0]);
      for (String raw : cols[1].split("\\|")) {
        String cue = raw.strip().toLowerCase(Locale.ROOT);
        if (cue.isEmpty()) {
          continue;
        }
        boolean latin = cue.chars().allMatch(c -> c < 0x80);
        // an English heading word may be written in the plural: Experiences, Requirement(s)
        Pattern word = latin
            ? Pattern.compile("(?<![a-z0-9])" + Pattern.quote(cue) + "(?:s|es)?(?![a-z0-9])")
            : null;
        h.cues.add(new Cue(latin ? cue : cue.replace(" ", ""), kind, order, latin, word));
      }
      order++;
    }
    return h;
  }

  /** The kind a heading's cue words name, if it holds any. The heading is cleaned of markup. */
  Optional<SectionKind> kind(String heading) {
    String lower = heading.toLowerCase(Locale.ROOT);
    String spaceless = lower.replace(" ", "");
    Cue best = null;
    Cue preferred = null;
    Cue requirement = null;
    for (Cue c : cues) {
      boolean found = c.latin ? c.word.matcher(lower).find() : spaceless.contains(c.cue);
      if (!found) {
        continue;
      }
      if (c.kind == SectionKind.PREFERRED) {
        preferred = preferred == null || c.cue.length() > preferred.cue.length() ? c : preferred;
        continue;
      }
      if (c.kind == SectionKind.REQUIREMENTS && (requirement == null
          || c.cue.length() > requirement.cue.length())) {
        requirement = c;
      }
      if (best == null || c.cue.length() > best.cue.length()
          || c.cue.length() == best.cue.length() && c.order < best.order) {
        best = c;
      }
    }
    if (preferred != null) {
      return Optional.of(requirement != null && JOINED.matcher(lower).find()
          ? SectionKind.REQUIREMENTS : SectionKind.PREFERRED);
    }
    return best == null ? Optional.empty() : Optional.of(best.kind);
  }

  /**
   * The share of an English heading's letters that are whole cue words: "Nice to have" and
   * "Preferences" are all cues, "Python skills" half, "Location of the office" little.
   */
  double latinCueShare(String heading) {
    String lower = heading.toLowerCase(Locale.ROOT);
    boolean[] covered = new boolean[lower.length()];
    for (Cue c : cues) {
      if (!c.latin) {
        continue;
      }
      Matcher m = c.word.matcher(lower);
      while (m.find()) {
        for (int k = m.start(); k < m.end(); k++) {
          covered[k] = true;
        }
      }
    }
    int letters = 0;
    int n = 0;
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) != ' ') {
        letters++;
        n += covered[k] ? 1 : 0;
      }
    }
    return letters == 0 ? 0 : (double) n / letters;
  }

  /**
   * The share of a heading's letters that are cue words: 필수 역량 is all cues, "데이터 파이프라인
   * 운영 업무" mostly not. Korean cues only: Latin ones are words, see {@link #latinCueShare}.
   */
  double cueShare(String heading) {
    String spaceless = heading.toLowerCase(Locale.ROOT).replace(" ", "");
    if (spaceless.isEmpty()) {
      return 0;
    }
    boolean[] covered = new boolean[spaceless.length()];
    for (Cue c : cues) {
      if (c.latin) {
        continue;
      }
      for (int at = spaceless.indexOf(c.cue); at >= 0; at = spaceless.indexOf(c.cue, at + 1)) {
        for (int k = at; k < at + c.cue.length(); k++) {
          covered[k] = true;
        }
      }
    }
    int n = 0;
    for (boolean b : covered) {
      if (b) {
        n++;
      }
    }
    return (double) n / spaceless.length();
  }
}
