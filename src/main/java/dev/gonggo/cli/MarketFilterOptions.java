package dev.gonggo.cli;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.search.MarketFilter;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --case}, {@code --skill}: the postings stats and report look at; with {@link KindOption}'s
 * {@code --kind}, the skills they count.
 */
final class MarketFilterOptions {

  @Option(names = "--case", paramLabel = "ID",
      description = "Only postings of this company-type case (repeatable; any matches): ${COMPLETION-CANDIDATES}.",
      completionCandidates = SearchCommand.CaseIds.class)
  List<String> cases = new ArrayList<>();

  @Option(names = "--skill", paramLabel = "SKILL",
      description = "Only postings naming this skill, by id or any alias (repeatable; all must match).")
  List<String> skills = new ArrayList<>();

  /** The filter, with every skill resolved to its id; a usage error for an unknown name. */
  MarketFilter toFilter(Taxonomy taxonomy, Set<Skill.Kind> kinds) {
    for (String c : cases) {
      if (!new SearchCommand.CaseIds().contains(c)) {
        throw new UserError("unknown case '" + c + "'; the cases are "
            + String.join(", ", new SearchCommand.CaseIds()));
      }
    }
    SkillNames names = new SkillNames(taxonomy, new PostingAnalyzer());
    List<String> ids = new ArrayList<>();
    for (String s : skills) {
      try {
        String id = names.resolve(s).id();
        if (!ids.contains(id)) {
          ids.add(id);
        }
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    return new MarketFilter(cases.stream().distinct().toList(), ids,
        MarketFilter.ofKinds(kinds).kinds());
  }
}
