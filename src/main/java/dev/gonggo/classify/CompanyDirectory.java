package dev.gonggo.classify;

import dev.gonggo.text.CompanyLine;
import dev.gonggo.text.PostingText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean companies whose size a job seeker knows (companies.tsv), and which of them a posting is
 * from. A posting names other companies too (investors, clients, where the team came from), so the
 * posting's own company is the one on its company line ({@code 회사명:}) when it has one, else the
 * one it names most, outside sentences about investors, clients and partners.
 */
public final class CompanyDirectory {

  /**
   * Where a posting names its own company; kind is what companies.tsv knows beyond the size
   * (a mid-size company "established" or "growing", a group's IT services affiliate "group-it"),
   * else empty.
   */
  public record Mention(String name, String size, String group, String kind, int start,
      int end) {}

  /**
   * One name. {@code folded} is a plain name as its case-insensitive pattern compares it, so a
   * posting that does not contain it is passed over without running the pattern over the whole
   * text (the directory has hundreds of names); null for a regular expression.
   */
  private record Entry(Pattern pattern, String folded, String size, String group, String kind) {}

  private static final String RESOURCE = "/dev/gonggo/classify/companies.tsv";
  /** Sentences naming a company that is not the poster: investors, clients, partners, alumni. */
  private static final Pattern OTHER_COMPANY_CONTEXT = Pattern.compile(
      "투자|출신|고객사|파트너|제휴|협력|협업사|납품|레퍼런스|인수|주주|기관|등 ");
  /** How far into a posting a single mention still counts as the poster's name (intro, header). */
  private static final int HEAD = 300;

  private final List<Entry> entries;

  private CompanyDirectory(List<Entry> entries) {
    this.entries = entries;
  }

  public static CompanyDirectory builtIn() {
    List<Entry> entries = new ArrayList<>();
    for (String[] row : Tsv.rows(RESOURCE, 3)) {
      String name = row[0].strip();
      String kind = row.length > 3 ? row[3].strip() : "";
      entries.add(new Entry(pattern(name), name.startsWith("re:") ? null : fold(name),
          row[1].strip(), row[2].strip(), kind));
    }
    return new CompanyDirectory(entries);
  }

  private static Pattern pattern(String name) {
    if (name.startsWith("re:")) {
      return Pattern.compile(name.substring(3), Pattern.CASE_INSENSITIVE);
    }
    String regex = Pattern.quote(name);
    // A Latin name must not sit inside a longer Latin word (KT in KTX, SSG in SSGA).
    if (Character.isLetterOrDigit(name.charAt(0)) && name.charAt(0) < 128) {
      regex = "(?<![A-Za-z0-9])" + regex;
    }
    if (Character.isLetterOrDigit(name.charAt(name.length() - 1)) && name.charAt(name.length() - 1) < 128) {
      regex = regex + "(?![A-Za-z])";
    }
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** The posting's own company, when it is one the directory knows. */
  public Optional<Mention> ownCompany(PostingText posting) {
    String text = posting.text();
    Optional<CompanyLine.Field> line = CompanyLine.headerField(text);
    if (line.isPresent()) {
      return first(text, line.get().start(), line.get().end());
    }
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Mention> firstMention = new HashMap<>();
    String folded = fold(text);
    for (Entry e : entries) {
      if (e.folded != null && !folded.contains(e.folded)) {
        continue;
      }
      Matcher m = e.pattern.matcher(text);
      while (m.find()) {
        if (OTHER_COMPANY_CONTEXT.matcher(posting.lineAt(m.start())).find()) {
          continue;
        }
        counts.merge(e.group, m.start() < HEAD ? 2 : 1, Integer::sum);
        Mention seen = firstMention.get(e.group);
        if (seen == null || m.start() < seen.start()
            || m.start() == seen.start() && m.end() > seen.end()) {
          firstMention.put(e.group, new Mention(m.group(), e.size, e.group, e.kind, m.start(),
              m.end()));
        }
      }
    }
    if (posting.title() != null) {
      for (Entry e : entries) {
        if (e.pattern.matcher(posting.title()).find()) {
          counts.merge(e.group, 2, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .filter(c -> c.getValue() >= 2 && firstMention.containsKey(c.getKey()))
        .max(Map.Entry.comparingByValue())
        .map(c -> firstMention.get(c.getKey()));
  }

  /**
   * Case folded one char at a time as a CASE_INSENSITIVE pattern compares chars (ASCII letters
   * only; Hangul has no case), keeping the length: a quoted name matches only where its folding is
   * contained in the text's.
   */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out);
  }

  private Optional<Mention> first(String text, int from, int to) {
    Mention best = null;
    for (Entry e : entries) {
      Matcher m = e.pattern.matcher(text).region(from, to);
      if (m.find() && (best == null || m.start() < best.start()
          || m.start() == best.start() && m.end() > best.end())) {
        best = new Mention(m.group(), e.size, e.group, e.kind, m.start(), m.end());
      }
    }
    return Optional.ofNullable(best);
  }
}
