package dev.gonggo.search;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a free-text query with the skill matcher that reads postings: the same analysis chain, the
 * longest alias first, the same guards (exact case for names that are also words, a tech word
 * beside a one-word Latin name, veto words). So 쿠버네티스, k8s and Kubernetes are one skill in a
 * query exactly where they would be in a posting, and a word is a skill in neither or both.
 *
 * <p>The matcher is made for the skills the query can name, those with an alias a word of which
 * the query's terms hold or are part of: every cold {@code gonggo search --query} analysed every
 * alias of the taxonomy for the two or three skills a query names.
 */
public final class FreeTextReader {

  /** Matchers kept for the sets of candidate skills queries had; a searcher sees few. */
  private static final int MATCHERS_KEPT = 256;

  private final Taxonomy taxonomy;
  private final PostingAnalyzer analyzer;
  /** Each skill's aliases' words, lowercased: what a query must hold a piece of to name it. */
  private final Map<Skill, Set<String>> aliasWords = new LinkedHashMap<>();
  private final Map<Set<String>, SkillMatcher> matchers =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Set<String>, SkillMatcher> eldest) {
          return size() > MATCHERS_KEPT;
        }
      };

  public FreeTextReader(Taxonomy taxonomy, PostingAnalyzer analyzer) {
    this.taxonomy = taxonomy;
    this.analyzer = analyzer;
    for (Skill skill : taxonomy.skills()) {
      Set<String> words = new HashSet<>();
      for (String alias : skill.aliases()) {
        words.addAll(words(alias));
      }
      aliasWords.put(skill, words);
    }
  }

  /** An alias's words as the query is compared with them: normalized, lowercased. */
  static List<String> words(String alias) {
    String text = TextNormalizer.normalize(alias).strip().toLowerCase(Locale.ROOT);
    return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
  }

  public FreeText read(String query) {
    String text = TextNormalizer.normalize(query).strip();
    AnalyzedText analyzed = analyzer.analyze(text);
    SkillMatcher matcher = matcherFor(analyzed);
    // The query read as a posting of one line with no sections: every mention is "other".
    PostingText asPosting = new PostingText(null, "text/plain", null, text, List.of());
    List<SkillMatch> matches = matcher.match(asPosting, analyzed);
    Map<String, FreeText.NamedSkill> skills = new LinkedHashMap<>();
    for (SkillMatch m : matches) {
      skills.putIfAbsent(m.skill(), new FreeText.NamedSkill(taxonomy.get(m.skill()),
          text.substring(m.start(), m.end())));
    }
    List<FreeText.WordRun> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    for (Token t : analyzed.tokens()) {
      if (inside(t, matches)) {
        addRun(text, run, runs);
        run = new ArrayList<>();
      } else {
        run.add(t);
      }
    }
    addRun(text, run, runs);
    return new FreeText(query, List.copyOf(skills.values()), runs);
  }

  /**
   * A matcher of the skills the query can name. The matcher finds an alias only where a token's
   * term equals the alias's first term, and that term is one of the alias's words, a piece of one
   * (관계 of 관계형 데이터베이스; 페이스 of 허깅 페이스, whose 허깅 the noun filter drops) or a tech
   * term holding one (spring boot); so a skill none of whose words stands in that relation to a
   * term of the query cannot be named by it.
   */
  private synchronized SkillMatcher matcherFor(AnalyzedText analyzed) {
    Set<String> terms = new HashSet<>();
    for (Token t : analyzed.tokens()) {
      terms.add(t.term());
    }
    Set<String> candidates = new TreeSet<>();
    aliasWords.forEach((skill, words) -> {
      for (String word : words) {
        for (String term : terms) {
          if (word.contains(term) || term.contains(word)) {
            candidates.add(skill.id());
            return;
          }
        }
      }
    });
    return matchers.computeIfAbsent(candidates,
        ids -> new SkillMatcher(taxonomy.only(s -> ids.contains(s.id())), analyzer));
  }

  private static void addRun(String text, List<Token> run, List<FreeText.WordRun> runs) {
    if (!run.isEmpty()) {
      runs.add(new FreeText.WordRun(text.substring(run.get(0).start(), run.get(run.size() - 1).end()),
          run.stream().map(Token::term).toList()));
    }
  }

  private static boolean inside(Token t, List<SkillMatch> matches) {
    for (SkillMatch m : matches) {
      if (t.start() >= m.start() && t.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }
}
