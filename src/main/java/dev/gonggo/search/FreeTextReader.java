package dev.gonggo.search;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a free-text query with the skill matcher that reads postings: the same analysis chain, the
 * longest alias first, the same guards (exact case for names that are also words, a tech word
 * beside a one-word Latin name, veto words). So 쿠버네티스, k8s and Kubernetes are one skill in a
 * query exactly where they would be in a posting, and a word is a skill in neither or both.
 */
final class FreeTextReader {

  private final SkillMatcher matcher;
  private final PostingAnalyzer analyzer;

  FreeTextReader(Taxonomy taxonomy, PostingAnalyzer analyzer) {
    this.matcher = new SkillMatcher(taxonomy, analyzer);
    this.analyzer = analyzer;
  }

  FreeText read(String query) {
    String text = TextNormalizer.normalize(query).strip();
    AnalyzedText analyzed = analyzer.analyze(text);
    // The query read as a posting of one line with no sections: every mention is "other".
    PostingText asPosting = new PostingText(null, "text/plain", null, text, List.of());
    List<SkillMatch> matches = matcher.match(asPosting, analyzed);
    Map<String, FreeText.NamedSkill> skills = new LinkedHashMap<>();
    for (SkillMatch m : matches) {
      skills.putIfAbsent(m.skill(), new FreeText.NamedSkill(matcher.taxonomy().get(m.skill()),
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
