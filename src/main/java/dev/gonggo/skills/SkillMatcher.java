package dev.gonggo.skills;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.text.Lines;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.SectionKind;
import dev.gonggo.text.SectionSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the skills of the taxonomy in an analysed posting. Aliases are analysed by the same chain
 * as postings, so 하둡을 and Hadoop meet at the token level, "go" inside "django" is never a token,
 * and a skill's Korean and English names map to one id here rather than in the analyzer (Nori's
 * decompounding breaks synonym filters). The longest alias wins where aliases overlap. Guards keep
 * ambiguous names honest: exact case, a skill or a tech word nearby, and veto words.
 */
public final class SkillMatcher {

  /** Words that show a guarded name is meant as a technology. */
  private static final Set<String> CUES = Set.of(
      "언어", "language", "languages", "개발", "프로그래밍", "programming", "경험", "활용", "사용",
      "능숙", "experience", "스크립트", "script", "scripting", "코딩", "coding", "프레임워크",
      "framework", "기반", "이해", "숙련", "가능", "developer", "개발자", "엔지니어", "stack", "스택");
  /** Words that make a soft skill something asked for, not prose (원활한 소통, 문제 해결 능력). */
  private static final Set<String> ABILITY = Set.of(
      "능력", "역량", "스킬", "원활", "능숙", "우수", "skill", "skills", "ability", "abilities",
      "strong", "excellent", "effective", "fluent", "good", "능통", "자신");
  private static final int VETO_WINDOW = 2;
  private static final int CUE_WINDOW = 3;

  private final Taxonomy taxonomy;
  /** Alias token sequences by their first term, longest first. */
  private final Map<String, List<Alias>> aliasesByFirstTerm = new HashMap<>();

  /**
   * One alias as analysed: its terms, their surfaces, and what stands between them in the alias
   * itself (관계형 데이터베이스 keeps the dropped suffix 형 between its two tokens).
   */
  private record Alias(Skill skill, String[] terms, String[] surfaces, String[] gaps, boolean exactCase) {}

  public SkillMatcher(Taxonomy taxonomy, PostingAnalyzer analyzer) {
    this.taxonomy = taxonomy;
    for (Skill skill : taxonomy.skills()) {
      for (String alias : skill.aliases()) {
        AnalyzedText analyzed = analyzer.analyze(alias);
        List<Token> tokens = analyzed.tokens();
        if (tokens.isEmpty()) {
          continue;
        }
        String[] terms = tokens.stream().map(Token::term).toArray(String[]::new);
        String[] surfaces = tokens.stream().map(analyzed::surface).toArray(String[]::new);
        String[] gaps = new String[tokens.size()];
        for (int k = 1; k < tokens.size(); k++) {
          gaps[k] = alias.substring(tokens.get(k - 1).end(), tokens.get(k).start());
        }
        boolean exactCase = skill.caseSensitive() && !alias.equals(alias.toLowerCase(java.util.Locale.ROOT));
        aliasesByFirstTerm.computeIfAbsent(terms[0], k -> new ArrayList<>())
            .add(new Alias(skill, terms, surfaces, gaps, exactCase));
      }
    }
    aliasesByFirstTerm.values().forEach(list ->
        list.sort(Comparator.comparingInt((Alias a) -> a.terms.length).reversed()));
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /** Every analysed term some alias is made of: what the taxonomy already covers. */
  public Set<String> aliasTerms() {
    Set<String> terms = new java.util.HashSet<>();
    aliasesByFirstTerm.values().forEach(list -> list.forEach(a -> terms.addAll(List.of(a.terms))));
    return terms;
  }

  /**
   * Every skill mention in the posting, in text order. Linear in the tokens: lines are found by
   * the posting's line index, and whether a line holds an unambiguous skill is worked out once.
   */
  public List<SkillMatch> match(PostingText posting, AnalyzedText analyzed) {
    List<Token> tokens = analyzed.tokens();
    String text = analyzed.text();
    Lines lines = posting.lines();
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      if ((i & 1023) == 0) {
        AnalysisDeadline.check();
      }
      Candidate c = longestAt(tokens, lines, i);
      if (c == null) {
        i++;
        continue;
      }
      found.add(c);
      i += c.length;
    }
    List<SkillMatch> matches = new ArrayList<>();
    // Whether a requirements line reads as a preference, asked once for all the skills on it.
    Map<Integer, Boolean> preferenceLines = new HashMap<>();
    // The lines that hold an unambiguous skill: a guarded name beside one is meant as a skill.
    Set<Integer> linesWithSkills = new java.util.HashSet<>();
    for (Candidate c : found) {
      if (!needsContext(c.alias)) {
        linesWithSkills.add(lines.indexAt(tokens.get(c.first).start()));
      }
    }
    for (Candidate c : found) {
      if (needsContext(c.alias) && !inContext(c, linesWithSkills, tokens, lines)
          || c.alias.skill.needsAbility() && !askedAsAbility(c, tokens, lines)) {
        continue;
      }
      int start = tokens.get(c.first).start();
      int end = tokens.get(c.first + c.length - 1).end();
      if (posting.inLink(start)) {
        continue;
      }
      matches.add(new SkillMatch(c.alias.skill.id(), start, end,
          sectionOf(posting, start, preferenceLines)));
    }
    return matches;
  }

  /** The skills of a posting, each with its strongest section, in order of first mention. */
  public List<PostingSkill> skills(PostingText posting, AnalyzedText analyzed) {
    Map<String, List<SkillMatch>> byId = new LinkedHashMap<>();
    for (SkillMatch m : match(posting, analyzed)) {
      byId.computeIfAbsent(m.skill(), k -> new ArrayList<>()).add(m);
    }
    List<PostingSkill> out = new ArrayList<>();
    byId.forEach((id, evidence) -> out.add(new PostingSkill(taxonomy.get(id),
        evidence.stream().map(SkillMatch::section).reduce(SkillSection.OTHER, SkillSection::strongest),
        List.copyOf(evidence))));
    return out;
  }

  private record Candidate(Alias alias, int first, int length) {}

  private Candidate longestAt(List<Token> tokens, Lines lines, int i) {
    List<Alias> aliases = aliasesByFirstTerm.get(tokens.get(i).term());
    if (aliases == null) {
      return null;
    }
    String text = lines.text();
    for (Alias alias : aliases) {
      if (matchesAt(alias, tokens, text, i) && passesVeto(alias.skill, tokens, lines, i, alias.terms.length)) {
        return new Candidate(alias, i, alias.terms.length);
      }
    }
    return null;
  }

  private static boolean matchesAt(Alias alias, List<Token> tokens, String text, int i) {
    int n = alias.terms.length;
    if (i + n > tokens.size()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      Token t = tokens.get(i + k);
      if (!t.term().equals(alias.terms[k])) {
        return false;
      }
      if (alias.exactCase && !text.regionMatches(t.start(), alias.surfaces[k], 0, t.end() - t.start())) {
        return false;
      }
      int gapStart = k > 0 ? tokens.get(i + k - 1).end() : 0;
      if (k > 0 && !joined(text, gapStart, t.start())
          && !text.substring(gapStart, t.start()).equals(alias.gaps[k])) {
        return false;
      }
    }
    Token first = tokens.get(i);
    Token last = tokens.get(i + n - 1);
    return last.end() - first.start() > 1 || standsAlone(text, first.start(), last.end());
  }

  /**
   * Tokens of one name are separated by nothing, a space, or a hyphen, dot, slash or underscore.
   * Not by a dropped particle: 문제를 해결하는 is prose, 문제 해결 능력 a named skill.
   */
  private static boolean joined(String text, int from, int to) {
    if (to - from > 3) {
      return false;
    }
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (!(c == ' ' || c == '-' || c == '.' || c == '/' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The context guard is for one Latin-script word that is also an ordinary word or letter (Go,
   * R, Spring, Storm); a Korean name (운영체제) or a name of several words (go 언어) is
   * unambiguous.
   */
  private static boolean needsContext(Alias alias) {
    if (!alias.skill.needsContext() || alias.terms.length > 1) {
      return false;
    }
    String surface = alias.surfaces[0];
    for (int i = 0; i < surface.length(); i++) {
      if (Character.UnicodeScript.of(surface.charAt(i)) == Character.UnicodeScript.HANGUL) {
        return false;
      }
    }
    return true;
  }

  /** A one-letter name (C, R) must not touch Latin letters, digits or joining marks. */
  private static boolean standsAlone(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    return !joins(before) && !joins(after);
  }

  private static boolean joins(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "&-'+#.@_".indexOf(c) >= 0);
  }

  private static boolean passesVeto(Skill skill, List<Token> tokens, Lines lines, int i, int length) {
    if (skill.veto().isEmpty()) {
      return true;
    }
    int window = skill.vetoesWholeLine() ? tokens.size() : VETO_WINDOW;
    return !nearOnLine(tokens, lines, i, length, window, false, t -> skill.veto().contains(t.term()));
  }

  private static boolean inContext(Candidate c, Set<Integer> linesWithSkills, List<Token> tokens,
      Lines lines) {
    if (linesWithSkills.contains(lines.indexAt(tokens.get(c.first).start()))) {
      return true;
    }
    return nearOnLine(tokens, lines, c.first, c.length, CUE_WINDOW, false, t -> CUES.contains(t.term()));
  }

  /** The alias's own words count too: 문제해결력 names the ability itself. */
  private static boolean askedAsAbility(Candidate c, List<Token> tokens, Lines lines) {
    return nearOnLine(tokens, lines, c.first, c.length, CUE_WINDOW, true, t -> ABILITY.contains(t.term())
        || t.term().endsWith("력") || t.term().endsWith("역량"));
  }

  /**
   * Whether a token within {@code window} tokens of a match, on the match's line, passes the
   * test; the match's own tokens are looked at only when {@code includeMatch}.
   */
  private static boolean nearOnLine(List<Token> tokens, Lines lines, int first, int length,
      int window, boolean includeMatch, java.util.function.Predicate<Token> test) {
    int index = lines.indexAt(tokens.get(first).start());
    int[] line = {lines.start(index), lines.end(index)};
    // Tokens come in text order, so those on the line are one run around the match: walk out
    // from it and stop at the line's ends (a whole-line veto looked at every token of the posting).
    for (int k = first - 1; k >= Math.max(0, first - window) && tokens.get(k).start() >= line[0]; k--) {
      if (test.test(tokens.get(k))) {
        return true;
      }
    }
    if (includeMatch) {
      for (int k = first; k < first + length; k++) {
        if (test.test(tokens.get(k))) {
          return true;
        }
      }
    }
    int end = Math.min(tokens.size(), first + length + window);
    for (int k = first + length; k < end && tokens.get(k).start() < line[1]; k++) {
      if (test.test(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static SkillSection sectionOf(PostingText posting, int offset,
      Map<Integer, Boolean> preferenceLines) {
    SectionKind kind = posting.sectionAt(offset);
    return switch (kind) {
      case REQUIREMENTS -> preferenceLines.computeIfAbsent(posting.lines().indexAt(offset),
          line -> SectionSplitter.PREFERENCE.matcher(posting.lines().line(line)).find())
          ? SkillSection.PREFERRED : SkillSection.REQUIRED;
      case PREFERRED -> SkillSection.PREFERRED;
      case DUTIES -> SkillSection.DUTIES;
      default -> SkillSection.OTHER;
    };
  }
}
