package dev.gonggo.classify;

import dev.gonggo.text.CompanyLine;
import dev.gonggo.text.PostingText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
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
   * One name. {@code startsKnown}: every match begins with one of the start words it was
   * registered under (a plain name, or a regular expression that begins plainly), so it is tried
   * only where those occur, not at every position of the text (the directory has hundreds of
   * names).
   */
  private record Entry(Pattern pattern, boolean startsKnown, String size, String group,
      String kind) {}

  private static final String RESOURCE = "/dev/gonggo/classify/companies.tsv";
  /** Sentences naming a company that is not the poster: investors, clients, partners, alumni. */
  private static final Pattern OTHER_COMPANY_CONTEXT = Pattern.compile(
      "투자|출신|고객사|파트너|제휴|협력|협업사|납품|레퍼런스|인수|주주|기관|등 ");
  /** How far into a posting a single mention still counts as the poster's name (intro, header). */
  private static final int HEAD = 300;

  private final List<Entry> entries;
  private final WordStarts starts;

  private CompanyDirectory(List<Entry> entries, WordStarts starts) {
    this.entries = entries;
    this.starts = starts;
  }

  public static CompanyDirectory builtIn() {
    List<String[]> rows = Tsv.rows(RESOURCE, 3);
    List<Entry> entries = new ArrayList<>();
    WordStarts starts = new WordStarts(rows.size());
    for (String[] row : rows) {
      String name = row[0].strip();
      String kind = row.length > 3 ? row[3].strip() : "";
      List<String> words = name.startsWith("re:")
          ? PhrasePatterns.startWords(name.substring(3)) : List.of(name);
      words.forEach(w -> starts.add(entries.size(), w));
      entries.add(new Entry(pattern(name), !words.isEmpty(), row[1].strip(), row[2].strip(), kind));
    }
    return new CompanyDirectory(entries, starts);
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
    WordStarts.Starts at = starts.scan(WordStarts.fold(text));
    // Each line is searched for investor or client words once, however many names it holds: a
    // text of one long line naming hundreds of companies stays linear.
    Map<Integer, Boolean> otherContext = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      for (MatchResult m : all(e, at.all(i, e.pattern, text), text)) {
        if (posting.inLink(m.start()) || otherContext.computeIfAbsent(
            posting.lines().indexAt(m.start()),
            index -> OTHER_COMPANY_CONTEXT.matcher(posting.lineAt(m.start())).find())) {
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
      String title = posting.title();
      WordStarts.Starts inTitle = starts.scan(WordStarts.fold(title));
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        if (first(e, inTitle.first(i, e.pattern, title), title) != null) {
          counts.merge(e.group, 2, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .filter(c -> c.getValue() >= 2 && firstMention.containsKey(c.getKey()))
        .max(Map.Entry.comparingByValue())
        .map(c -> firstMention.get(c.getKey()));
  }

  /** The matches of an entry: those found at its start words, else by a plain scan. */
  private static List<MatchResult> all(Entry e, List<MatchResult> atStarts, String text) {
    if (e.startsKnown) {
      return atStarts;
    }
    List<MatchResult> found = new ArrayList<>();
    Matcher m = e.pattern.matcher(text);
    while (m.find()) {
      found.add(m.toMatchResult());
    }
    return found;
  }

  private static MatchResult first(Entry e, MatchResult atStarts, String text) {
    if (e.startsKnown) {
      return atStarts;
    }
    Matcher m = e.pattern.matcher(text);
    return m.find() ? m.toMatchResult() : null;
  }

  /** The first-named known company within [from, to), as if the text were only that. */
  private Optional<Mention> first(String text, int from, int to) {
    String part = text.substring(from, to);
    WordStarts.Starts at = starts.scan(WordStarts.fold(part));
    Mention best = null;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      MatchResult m = first(e, at.first(i, e.pattern, part), part);
      if (m != null && (best == null || m.start() + from < best.start()
          || m.start() + from == best.start() && m.end() + from > best.end())) {
        best = new Mention(m.group(), e.size, e.group, e.kind, m.start() + from, m.end() + from);
      }
    }
    return Optional.ofNullable(best);
  }

}
