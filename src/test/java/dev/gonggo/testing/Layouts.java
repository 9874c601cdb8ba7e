package dev.gonggo.testing;

import dev.gonggo.text.PostingText;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A posting written again in another layout, from the parts gonggo found in it: the same items
 * under the same kinds of heading, laid out as other job sites and writers lay them out. Made at
 * test time from a real posting, so no posting text is kept in the project.
 */
public final class Layouts {

  /** The layouts a posting is rendered in. */
  public enum Layout {
    /** Every part's items on one line after its heading, each after a •. */
    INLINE_BULLETS,
    /** The first item on the heading's own line, after a colon. */
    GLUED_HEADINGS,
    /** Headings marked up as Markdown, bold, backticks, brackets, ■ or 【】, in turn. */
    MARKED_HEADINGS,
    /** Headings written anew from other cue words of their kind, some with a qualifier. */
    SYNONYM_HEADINGS,
    /** No requirements heading: its items follow the duties after an empty line. */
    NO_REQUIREMENTS_HEADING,
    /** No heading at all: each part's items, parts apart by an empty line. */
    NO_HEADINGS
  }

  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·▪◦●○■□▶►※✓✔]|\\d{1,2}[.)])\\s*");

  /** Headings made anew of cue words (none is a variant of headings.tsv), as writers vary them. */
  private static final Map<SectionKind, String> SYNONYMS = Map.of(
      SectionKind.DUTIES, "입사하면 맡게 될 역할",
      SectionKind.REQUIREMENTS, "이런 역량을 갖춘 동료를 모십니다 (필수)",
      SectionKind.PREFERRED, "이런 경력까지 있다면 더욱 좋아요",
      SectionKind.TECH_STACK, "이 팀이 쓰는 기술",
      SectionKind.BENEFITS, "입사하면 누리는 혜택",
      SectionKind.PROCESS, "입사까지의 절차");

  /** Marks around a heading as the posting wrote it: #, bold, brackets, symbols, a colon. */
  private static final Pattern MARKUP_AROUND =
      Pattern.compile("^[\\s#*`\\[【<(■□▶▷◆◇●○•◎★☆※-]+|[\\s*`\\]】>):：-]+$");

  private static final String[] MARKUP = {"## %s", "**%s**", "`%s`", "[%s]", "■ %s", "【%s】"};

  private Layouts() {}

  /** A part as rendered: its kind, its heading (null for text before any heading), its items. */
  record Part(SectionKind kind, String heading, List<String> items, String raw) {}

  /**
   * Whether a posting's parts can be rendered again faithfully: it has headed requirements and
   * preferred parts, and no part was inferred without a heading after the first heading.
   */
  public static boolean renderable(PostingText p) {
    boolean requirements = false;
    boolean preferred = false;
    boolean headed = false;
    for (Section s : p.sections()) {
      if (s.heading() == null && headed) {
        return false;
      }
      headed |= s.heading() != null;
      requirements |= s.kind() == SectionKind.REQUIREMENTS && s.heading() != null;
      preferred |= s.kind() == SectionKind.PREFERRED && s.heading() != null;
    }
    return requirements && preferred;
  }

  /** The posting in a layout; the title line and the text before the first heading kept as is. */
  public static String render(PostingText p, Layout layout) {
    List<Part> parts = parts(p);
    StringBuilder out = new StringBuilder();
    int marked = 0;
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part.heading() == null) {
        out.append(part.raw()).append("\n\n");
        continue;
      }
      String heading = MARKUP_AROUND.matcher(part.heading()).replaceAll("").strip();
      List<String> items = part.items();
      switch (layout) {
        case INLINE_BULLETS -> {
          out.append(heading).append('\n');
          StringBuilder line = new StringBuilder();
          items.forEach(item -> line.append("• ").append(item).append(' '));
          out.append(line.toString().strip()).append('\n');
        }
        case GLUED_HEADINGS -> {
          out.append(heading).append(": ").append(items.isEmpty() ? "" : items.get(0)).append('\n');
          items.stream().skip(1).forEach(item -> out.append("- ").append(item).append('\n'));
        }
        case MARKED_HEADINGS -> {
          out.append(String.format(MARKUP[marked++ % MARKUP.length], heading)).append('\n');
          items.forEach(item -> out.append("- ").append(item).append('\n'));
        }
        case SYNONYM_HEADINGS -> {
          out.append('[').append(SYNONYMS.getOrDefault(part.kind(), heading)).append("]\n");
          items.forEach(item -> out.append("- ").append(item).append('\n'));
        }
        case NO_REQUIREMENTS_HEADING -> {
          boolean beforePreferred = i + 1 < parts.size()
              && parts.get(i + 1).kind() == SectionKind.PREFERRED;
          if (part.kind() != SectionKind.REQUIREMENTS || !beforePreferred) {
            out.append('[').append(heading).append("]\n");
          }
          items.forEach(item -> out.append("- ").append(item).append('\n'));
        }
        case NO_HEADINGS -> items.forEach(item -> out.append("- ").append(item).append('\n'));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Where the line holding a part's heading starts: the part's own line, or the one before. */
  private static int headingLineStart(PostingText p, Section s) {
    int line = p.lines().indexAt(s.start());
    if (p.lines().start(line) == s.start() && line > 0) {
      line--;
    }
    return p.lines().start(line);
  }

  private static List<Part> parts(PostingText p) {
    String text = p.text();
    List<Part> out = new ArrayList<>();
    for (Section s : p.sections()) {
      String body = text.substring(s.start(), s.end());
      if (s.heading() == null) {
        out.add(new Part(s.kind(), null, List.of(), body.strip()));
        continue;
      }
      if (s.kind() == SectionKind.OTHER || s.kind() == SectionKind.INTRO) {
        // A part of no posting kind (팀 소개, 근무 조건) keeps its heading as written: the layouts
        // vary how the parts a reader looks for are written, not the rest.
        out.add(new Part(s.kind(), null, List.of(), text.substring(headingLineStart(p, s), s.end()).strip()));
        continue;
      }
      List<String> items = new ArrayList<>();
      String rest = null;
      int at = 0;
      for (String line : body.split("\n", -1)) {
        String item = BULLET.matcher(line).replaceFirst("").strip();
        if (line.strip().startsWith("#") || !item.isEmpty()
            && item.codePoints().noneMatch(Character::isLetterOrDigit)) {
          // A Markdown heading or a rule inside a part (a second position of the posting): it
          // and what follows stay as written.
          rest = body.substring(at);
          break;
        }
        if (!item.isEmpty()) {
          items.add(item);
        }
        at += line.length() + 1;
      }
      out.add(new Part(s.kind(), s.heading(), items, body));
      if (rest != null) {
        out.add(new Part(SectionKind.OTHER, null, List.of(), rest.strip()));
      }
    }
    return out;
  }
}
