package dev.gonggo.search;

import dev.gonggo.skills.Skill;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A free-text query as gonggo reads it: the skills it names, by any of their aliases, and the
 * words left over, which BM25 ranks over the text. A word that is part of a skill's name is not
 * also a loose word: 아마존 웹 서비스 is AWS, not three words one of which (서비스) every posting
 * has.
 *
 * @param text the query as typed
 * @param skills the skills it names, in the order written, each once
 * @param wordRuns the words left over, in runs of words that stand next to each other in the query
 *     (a run of several is also searched as a phrase)
 */
public record FreeText(String text, List<NamedSkill> skills, List<WordRun> wordRuns) {

  /** A skill the query names, and the words it was named with. */
  public record NamedSkill(Skill skill, String written) {}

  /** Words of the query next to each other: as written, and as analysed (the indexed terms). */
  public record WordRun(String written, List<String> terms) {
    public WordRun {
      terms = List.copyOf(terms);
    }
  }

  public FreeText {
    skills = List.copyOf(skills);
    wordRuns = List.copyOf(wordRuns);
  }

  /** The analysed words left over, each once, in query order. */
  public List<String> words() {
    Set<String> words = new LinkedHashSet<>();
    wordRuns.forEach(run -> words.addAll(run.terms()));
    return List.copyOf(words);
  }

  public boolean isEmpty() {
    return skills.isEmpty() && wordRuns.isEmpty();
  }
}
