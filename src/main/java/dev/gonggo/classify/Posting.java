package dev.gonggo.classify;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.skills.Experience;
import dev.gonggo.skills.Keyword;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.text.PostingText;
import java.util.List;

/**
 * A posting read and analysed once: its text and sections, its tokens, the skills it names, the
 * experience it asks for, and the case it was judged to be. Every output and the index read this.
 *
 * @param skills the technologies and skills it names
 * @param practices the ways of working it names (TDD, agile, DevOps…), kept apart from skills
 * @param keywords its key terms, best first
 * @param verdict the company-type case, or null where no classifier ran
 * @param company the company it is from and what the register knows of it, or null where it was
 *     not looked for
 */
public record Posting(PostingText text, AnalyzedText analyzed, List<PostingSkill> skills,
    List<PostingSkill> practices, List<Keyword> keywords, Experience experience,
    CaseVerdict verdict, PostingCompany company) {

  public Posting(PostingText text, AnalyzedText analyzed, List<PostingSkill> skills,
      List<PostingSkill> practices, List<Keyword> keywords, Experience experience,
      CaseVerdict verdict) {
    this(text, analyzed, skills, practices, keywords, experience, verdict, null);
  }
}
