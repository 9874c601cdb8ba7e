package dev.gonggo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits a posting's normalised text into sections at its headings. Text before the first
 * heading is {@link SectionKind#OTHER}. A posting that names neither requirements nor preferred
 * qualifications gets them inferred line by line from their wording ("…경험자 우대" is preferred,
 * "…경험이 있으신 분" or "Experience with …" a requirement), so that postings with no headings at
 * all still tell the two apart.
 */
public final class SectionSplitter {

  /** Wording of a preference: the line is preferred even under a requirements heading. */
  public static final Pattern PREFERENCE = Pattern.compile(
      "우대|선호|가산점|가점|있으면 좋|있다면 좋|있으면 더|있다면 더|하면 좋|이면 좋|라면 좋|좋습니다\\s*$|환영|유리"
          + "|(?i:\\bplus\\b|\\bbonus\\b|nice[- ]to[- ]have|preferred|is a big plus|would be great|ideally|desirable)");
  /** Wording of a requirement, for postings without headings. */
  private static final Pattern REQUIREMENT = Pattern.compile(
      "경험|능력|역량|이해|지식|능숙|가능한 분|있는 분|있으신 분|이상|보유|필수"
          + "|(?i:experience|proficien|knowledge|familiar|understanding|ability to|skilled|expertise|degree)");

  /** A Markdown heading line: "## 관련 자료". */
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+\\S.*");

  private final Headings headings;

  public SectionSplitter(Headings headings) {
    this.headings = headings;
  }

  public SectionSplitter() {
    this(Headings.builtIn());
  }

  public List<Section> split(String text) {
    List<Section> sections = new ArrayList<>();
    SectionKind kind = SectionKind.OTHER;
    String heading = null;
    int start = 0;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      Optional<Headings.Match> match = headings.match(line);
      if (match.isPresent()) {
        add(sections, kind, heading, start, lineStart);
        kind = match.get().kind();
        heading = match.get().heading();
        start = Math.min(lineEnd, lineStart + match.get().contentStart());
      } else if (kind != SectionKind.OTHER && line.startsWith("#")
          && MARKDOWN_HEADING.matcher(line).matches()) {
        // A Markdown heading gonggo does not know ("## 관련 자료") still ends the part before it:
        // what follows is not that part's list.
        add(sections, kind, heading, start, lineStart);
        kind = SectionKind.OTHER;
        heading = line.replaceFirst("^#+\\s*", "").strip();
        start = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    add(sections, kind, heading, start, text.length());
    boolean named = sections.stream().anyMatch(
        s -> s.kind() == SectionKind.REQUIREMENTS || s.kind() == SectionKind.PREFERRED);
    return named ? sections : inferred(text, sections);
  }

  private static void add(List<Section> sections, SectionKind kind, String heading, int start, int end) {
    if (end > start || heading != null) {
      sections.add(new Section(kind, heading, start, Math.max(start, end)));
    }
  }

  /** Lines of unnamed or duties-less text that read as requirements or preferences. */
  private static List<Section> inferred(String text, List<Section> sections) {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.kind() != SectionKind.OTHER) {
        out.add(s);
        continue;
      }
      int lineStart = s.start();
      while (lineStart < s.end()) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > s.end()) {
          lineEnd = s.end();
        }
        String line = text.substring(lineStart, lineEnd);
        SectionKind kind = PREFERENCE.matcher(line).find() ? SectionKind.PREFERRED
            : REQUIREMENT.matcher(line).find() && isListItem(line) ? SectionKind.REQUIREMENTS
            : SectionKind.OTHER;
        out.add(new Section(kind, null, lineStart, lineEnd));
        lineStart = lineEnd + 1;
      }
    }
    return merge(out);
  }

  private static boolean isListItem(String line) {
    String s = line.strip();
    return !s.isEmpty() && (TextNormalizer.BULLETS.indexOf(s.charAt(0)) >= 0
        || Character.isDigit(s.charAt(0)) || s.length() < 120);
  }

  /** Neighbouring inferred lines of the same kind become one section. */
  private static List<Section> merge(List<Section> lines) {
    List<Section> out = new ArrayList<>();
    for (Section s : lines) {
      Section last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.heading() == null && s.heading() == null && last.kind() == s.kind()) {
        out.set(out.size() - 1, new Section(s.kind(), null, last.start(), s.end()));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
