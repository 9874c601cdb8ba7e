package dev.gonggo.classify;

import dev.gonggo.company.CompanyAlias;
import dev.gonggo.company.CompanyNames;
import dev.gonggo.company.CompanyRegister;
import dev.gonggo.company.RegisterEntry;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.text.CompanyLine;
import dev.gonggo.text.PostingText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds the company a posting is from and looks it up in the register. The names the posting
 * gives in its set places ({@link CompanyLine}: header fields, title, legal forms, the intro's
 * subject, English names) are tried in that order, each a hash lookup; a header field or a
 * bracketed title names the company even when the register lacks it. Failing those, the brands of
 * the alias file are looked for throughout the text, and the one named most (outside lines about
 * investors, clients and partners) is taken; failing that too, an intro's subject the posting
 * names three times or more, which the register lacks. "X 그룹사", "X의 자회사" is kept beside as the
 * company's affiliation, with what the register knows of X. Thread-safe.
 */
public final class CompanyFinder {

  /** Lines naming a company that is not the poster: investors, clients, partners, alumni. */
  private static final Pattern OTHER_COMPANY_CONTEXT = Pattern.compile(
      "투자|출신|고객사|파트너|제휴|협력|협업사|납품|레퍼런스|인수|주주|기관|등 ");
  private static final Pattern TEAM = Pattern.compile(
      "\\s*(?:팀|본부|부문|사업부|실|셀|챕터|트라이브|스쿼드|(?i:team|division))$");
  /** Where a header value's words part: blank space, bars, slashes, dots, commas, brackets. */
  private static final Pattern WORDS = Pattern.compile("[\\s|/·,()\\[\\]]+");
  /** How often an unregistered subject must be named to be taken for the posting's company. */
  private static final int RECURRING = 3;
  /** How far into a posting a single mention still counts twice (intro, header). */
  private static final int HEAD = 300;

  /** A brand of the alias file looked for in texts: its pattern, and the alias. */
  private record Brand(Pattern pattern, boolean startsKnown, CompanyAlias alias) {}

  private final CompanyRegister register;
  private final List<Brand> brands = new ArrayList<>();
  private final WordStarts starts;

  CompanyFinder(CompanyRegister register) {
    this.register = register;
    List<CompanyAlias> scanned = register.aliases().stream().filter(CompanyAlias::scanned).toList();
    this.starts = new WordStarts(scanned.size());
    for (CompanyAlias a : scanned) {
      String regex = a.scanPattern();
      List<String> words = regex != null ? PhrasePatterns.startWords(regex) : List.of(a.alias());
      int owner = brands.size();
      words.forEach(w -> starts.add(owner, w));
      brands.add(new Brand(regex != null ? Pattern.compile(regex) : literal(a.alias()),
          !words.isEmpty(), a));
    }
  }

  public static CompanyFinder builtIn() {
    return BuiltIn.FINDER;
  }

  private static final class BuiltIn {
    static final CompanyFinder FINDER = new CompanyFinder(CompanyRegister.builtIn());
  }

  public CompanyRegister register() {
    return register;
  }

  /** A plain name, not inside a longer Latin word (KT in KTX, SSG in SSGA), any case. */
  private static Pattern literal(String name) {
    String regex = Pattern.quote(name);
    if (name.charAt(0) < 128 && Character.isLetterOrDigit(name.charAt(0))) {
      regex = "(?<![A-Za-z0-9])" + regex;
    }
    char last = name.charAt(name.length() - 1);
    if (last < 128 && Character.isLetterOrDigit(last)) {
      regex = regex + "(?![A-Za-z])";
    }
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  /** The posting's company, as far as it can be told. */
  public PostingCompany find(PostingText posting) {
    List<CompanyLine.Candidate> candidates = posting.companies();
    PostingCompany.Affiliation affiliation = null;
    CompanyLine.Candidate certain = null;
    PostingCompany found = null;
    for (CompanyLine.Candidate c : candidates) {
      if (c.source() == CompanyLine.Source.AFFILIATE) {
        if (affiliation == null) {
          affiliation = affiliation(c);
        }
        continue;
      }
      if (c.certain() && certain == null) {
        certain = c;
      }
      if (found == null && (c.certain() || certain == null)) {
        Optional<CompanyRegister.Match> m = lookup(c.name(), c.certain());
        if (m.isPresent()) {
          found = new PostingCompany(c.name(), c.start(), c.end(), c.source().id(),
              m.get().entry(), m.get().lookup(), null);
        }
      }
    }
    if (found == null && certain != null) {
      found = new PostingCompany(certain.name(), certain.start(), certain.end(),
          certain.source().id(), null, null, null);
      if (affiliation == null || affiliation.entry() == null) {
        CompanyLine.Candidate named = certain;
        affiliation = register.largePrefix(team(certain.name())).map(m -> new PostingCompany.Affiliation(
            m.entry().name(), named.start(), named.end(), m.entry())).orElse(affiliation);
      }
    }
    if (found == null) {
      found = mostNamed(posting);
    }
    if (found == null) {
      found = recurring(posting.text(), candidates);
    }
    if (found == null) {
      return PostingCompany.unnamed(affiliation);
    }
    if (affiliation != null && found.entry() != null && affiliation.entry() != null
        && affiliation.entry().name().equals(found.entry().name())) {
      affiliation = null;
    }
    return new PostingCompany(written(found.name()), found.start(), found.end(), found.found(),
        found.entry(), found.lookup(), affiliation);
  }

  /** A name as a reader writes it: its first part, without legal form ("야놀자(yanolja)" 야놀자). */
  private static String written(String name) {
    List<String> parts = CompanyNames.parts(name);
    return parts.isEmpty() ? name : parts.get(0);
  }

  /**
   * The intro's subject or English name the register lacks, when the posting names it again and
   * again: a posting names its own company throughout, the subject of one sentence it does not.
   */
  private static PostingCompany recurring(String text, List<CompanyLine.Candidate> candidates) {
    for (CompanyLine.Candidate c : candidates) {
      boolean subject = c.source() == CompanyLine.Source.SUBJECT
          || c.source() == CompanyLine.Source.ENGLISH;
      if (subject && c.name().indexOf(' ') < 0 && occurrences(text, c.name()) >= RECURRING) {
        return new PostingCompany(c.name(), c.start(), c.end(), c.source().id(), null, null, null);
      }
    }
    return null;
  }

  private static int occurrences(String text, String name) {
    int n = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
      n++;
    }
    return n;
  }

  /** A name without a team's or a division's word at its end ("토스증권팀", "카카오 데이터본부"). */
  private static String team(String name) {
    return TEAM.matcher(name).replaceAll("");
  }

  /**
   * A name as written, then each of its parts ("센드버드코리아 (SendBird Korea)"); for a value that
   * certainly names the company (a header field), also each word of it, as such values often
   * carry more than the name ("카카오페이 · 판교", "토스 Data Division").
   */
  private Optional<CompanyRegister.Match> lookup(String written, boolean certain) {
    Optional<CompanyRegister.Match> m = register.lookup(written);
    if (m.isPresent()) {
      return m;
    }
    for (String part : CompanyNames.parts(written)) {
      m = register.lookup(part);
      if (m.isPresent()) {
        return m;
      }
    }
    if (certain) {
      String withoutTeam = team(written);
      if (!withoutTeam.equals(written)) {
        m = register.lookup(withoutTeam);
        if (m.isPresent()) {
          return m;
        }
      }
      for (String word : WORDS.split(written)) {
        if (word.length() >= 2 && !word.equals(written)) {
          m = register.lookup(word);
          if (m.isPresent()) {
            return m;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The company or group an affiliate phrase names, and the register's entry where it has one. */
  private PostingCompany.Affiliation affiliation(CompanyLine.Candidate c) {
    Optional<RegisterEntry> e = register.group(c.name())
        .or(() -> register.lookup(c.name()).map(CompanyRegister.Match::entry))
        .filter(x -> x.tier() != null);
    return new PostingCompany.Affiliation(c.name(), c.start(), c.end(), e.orElse(null));
  }

  /**
   * The brand of the alias file the posting names most, outside links and lines about other
   * companies: a mention in the opening part or the title counts twice, and one mention elsewhere
   * is not enough.
   */
  private PostingCompany mostNamed(PostingText posting) {
    String text = posting.text();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, MatchResult> first = new HashMap<>();
    Map<String, CompanyAlias> byName = new HashMap<>();
    WordStarts.Starts at = starts.scan(WordStarts.fold(text));
    // Each line is read for other companies once, however many mentions it holds: the work stays
    // linear in the text where one long line names a brand again and again.
    Map<Integer, Boolean> otherLines = new HashMap<>();
    for (int i = 0; i < brands.size(); i++) {
      AnalysisDeadline.check();
      Brand b = brands.get(i);
      String company = b.alias.name();
      for (MatchResult m : all(b, at.all(i, b.pattern, text), text)) {
        if (posting.inLink(m.start()) || otherLines.computeIfAbsent(
            posting.lines().indexAt(m.start()),
            line -> OTHER_COMPANY_CONTEXT.matcher(posting.lines().line(line)).find())) {
          continue;
        }
        counts.merge(company, m.start() < HEAD ? 2 : 1, Integer::sum);
        MatchResult seen = first.get(company);
        if (seen == null || m.start() < seen.start()
            || m.start() == seen.start() && m.end() > seen.end()) {
          first.put(company, m);
          byName.put(company, b.alias);
        }
      }
    }
    if (posting.title() != null) {
      String title = posting.title();
      WordStarts.Starts inTitle = starts.scan(WordStarts.fold(title));
      for (int i = 0; i < brands.size(); i++) {
        Brand b = brands.get(i);
        List<MatchResult> found = all(b, inTitle.all(i, b.pattern, title), title);
        if (!found.isEmpty() && first.containsKey(b.alias.name())) {
          counts.merge(b.alias.name(), 2, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .filter(c -> c.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(c -> -first.get(c.getKey()).start()))
        .map(c -> {
          MatchResult m = first.get(c.getKey());
          CompanyRegister.Match match = register.lookup(byName.get(c.getKey()).alias()).orElse(null);
          return new PostingCompany(m.group(), m.start(), m.end(), "mentions",
              match == null ? null : match.entry(), match == null ? null : match.lookup(), null);
        })
        .orElse(null);
  }

  /** The matches of a brand: those found at its start words, else by a plain scan. */
  private static List<MatchResult> all(Brand b, List<MatchResult> atStarts, String text) {
    if (b.startsKnown) {
      return atStarts;
    }
    List<MatchResult> found = new ArrayList<>();
    var m = b.pattern.matcher(text);
    while (m.find()) {
      found.add(m.toMatchResult());
    }
    return found;
  }
}
