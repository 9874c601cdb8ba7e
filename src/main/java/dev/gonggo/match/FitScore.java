package dev.gonggo.match;

import dev.gonggo.search.StoredPosting;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillRelations;
import dev.gonggo.skills.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fit of one posting for one person, as a coach weighs it, both ways: what the posting asks
 * that the person has (its requirements first, then the skills of the work itself, duties and
 * stack, then its preferences), and how much of what the person is strong in the job would use;
 * then the years asked, where being short costs more the further short.
 *
 * <pre>
 * skills    = Σ weight × credit ÷ Σ weight over the posting's asks ({@link PostingAsks}),
 *             weight 1 for a requirement, 0.5 for the stack, 0.25 for a preference
 * used      = the share of the profile's skills the posting names anywhere, each skill weighing
 *             by how often the profile names it (at most 3; a basic skill half, a related one half)
 * strengths = 0.5 + 0.5 × used ÷ the most any posting considered uses
 * years     = 1 when met; 1 − (short ÷ 4)² when short (0 from four years short);
 *             1 − 0.05 × years over a stated maximum, at least 0.5
 * score     = skills × strengths × years
 * </pre>
 *
 * An ask's credit is that of its best skill: 1 when the person has it, 0.5 when they have it at a
 * basic level or have a skill the taxonomy relates to it ({@link SkillRelations}), else 0. Soft
 * skills, concepts and spoken languages are not scored ({@link UnscoredSkills}).
 */
public final class FitScore {

  static final double REQUIRED_WEIGHT = 1.0;
  static final double STACK_WEIGHT = 0.5;
  static final double PREFERRED_WEIGHT = 0.25;
  /** The credit of a related skill: half, as a basic one. */
  static final double RELATED_CREDIT = 0.5;
  /** Years short at which the years fit reaches nothing. */
  static final double SHORT_LIMIT = 4;
  /** The most mentions a profile skill weighs by: a skill named three times is a strength. */
  static final int MENTIONS_COUNTED = 3;
  /** What a posting that uses none of the person's skills keeps of its score. */
  static final double STRENGTHS_FLOOR = 0.5;
  /** What each year over a stated maximum costs, and the least it leaves. */
  static final double OVER_STEP = 0.05;
  static final double OVER_FLOOR = 0.5;

  private final Taxonomy taxonomy;
  private final SkillRelations relations;
  private final UnscoredSkills unscored;

  public FitScore(Taxonomy taxonomy, SkillRelations relations, UnscoredSkills unscored) {
    this.taxonomy = taxonomy;
    this.relations = relations;
    this.unscored = unscored;
  }

  public FitScore(Taxonomy taxonomy, SkillRelations relations) {
    this(taxonomy, relations, UnscoredSkills.builtIn());
  }

  public SkillRelations relations() {
    return relations;
  }

  /** The fit on its own: its strengths measured against its own use of them. */
  public PostingFit fit(Profile profile, StoredPosting posting) {
    return fit(profile, posting, used(profile, posting).share());
  }

  /**
   * The fit of a posting among others, whose best use of the person's strengths is
   * {@code bestUsed} (see {@link #used}).
   */
  public PostingFit fit(Profile profile, StoredPosting posting, double bestUsed) {
    Map<String, ProfileSkill> have = profile.skillsById();
    Set<String> notScored = new LinkedHashSet<>();
    PostingAsks asks = PostingAsks.of(posting, taxonomy);
    SectionFit required = section(have, asks.required(), notScored);
    SectionFit stack = section(have, asks.stack(), notScored);
    SectionFit preferred = section(have, asks.preferred(), notScored);

    double weights = REQUIRED_WEIGHT * required.size() + STACK_WEIGHT * stack.size()
        + PREFERRED_WEIGHT * preferred.size();
    double earned = REQUIRED_WEIGHT * required.credit() + STACK_WEIGHT * stack.credit()
        + PREFERRED_WEIGHT * preferred.credit();
    double skills = weights == 0 ? 0 : earned / weights;
    Use used = used(profile, posting);
    double strengths = STRENGTHS_FLOOR + (1 - STRENGTHS_FLOOR)
        * (bestUsed <= 0 ? 0 : Math.min(1, used.share() / bestUsed));
    YearsFit years = years(profile.years().years(), posting.minYears(), posting.maxYears());
    return new PostingFit(posting, required, preferred, stack, List.copyOf(notScored), skills,
        used.share(), used.skills(), strengths, years, skills * strengths * years.fit());
  }

  /**
   * How much of the person a posting would use.
   *
   * @param share the weight of the profile's skills the posting names, over the weight of all
   * @param skills the profile's skills it names (or names a relative of), in profile order
   */
  public record Use(double share, List<String> skills) {}

  /**
   * The share of the profile's scored skills a posting names in any part, each weighing by how
   * often the profile names it (at most {@value #MENTIONS_COUNTED}, a basic skill at half); a
   * skill the posting names only a relative of counts half.
   */
  public Use used(Profile profile, StoredPosting posting) {
    Set<String> named = new java.util.HashSet<>();
    posting.skills().values().forEach(named::addAll);
    double all = 0;
    double got = 0;
    List<String> skills = new ArrayList<>();
    for (ProfileSkill s : profile.skills()) {
      if (unscored.kind(s.skill()).isPresent()) {
        continue;
      }
      double weight = Math.min(s.count(), MENTIONS_COUNTED) * s.level().credit();
      all += weight;
      if (named.contains(s.id())) {
        got += weight;
        skills.add(s.id());
      } else if (relations.of(s.id()).stream().anyMatch(named::contains)) {
        got += RELATED_CREDIT * weight;
        skills.add(s.id() + "≈");
      }
    }
    return new Use(all == 0 ? 0 : got / all, List.copyOf(skills));
  }

  private SectionFit section(Map<String, ProfileSkill> have, List<List<String>> groups,
      Set<String> notScored) {
    List<Ask> out = new ArrayList<>();
    for (List<String> group : groups) {
      List<SkillCredit> options = new ArrayList<>();
      for (String id : group) {
        Skill skill = taxonomy.get(id);
        if (skill != null && unscored.kind(skill).isPresent()) {
          notScored.add(id);
        } else {
          options.add(credit(have, id));
        }
      }
      if (!options.isEmpty()) {
        out.add(new Ask(options));
      }
    }
    return new SectionFit(out);
  }

  /** How the person meets one skill: theirs, a basic hold of it, a related skill, or nothing. */
  public SkillCredit credit(Map<String, ProfileSkill> have, String id) {
    ProfileSkill own = have.get(id);
    if (own != null && own.level() == ProfileSkill.Level.FULL) {
      return new SkillCredit(id, SkillCredit.Met.HAVE, null, 1);
    }
    SkillCredit best = own == null ? new SkillCredit(id, SkillCredit.Met.MISSING, null, 0)
        : new SkillCredit(id, SkillCredit.Met.BASIC, null, own.level().credit());
    for (String related : relations.of(id)) {
      ProfileSkill r = have.get(related);
      if (r != null) {
        double credit = RELATED_CREDIT * r.level().credit();
        if (credit > best.credit()) {
          best = new SkillCredit(id, SkillCredit.Met.RELATED, related, credit);
        }
      }
    }
    return best;
  }

  /** The years fit: short of the minimum costs more the further short; over a maximum, a little. */
  public static YearsFit years(Double have, Integer min, Integer max) {
    if (have == null || min == null) {
      return new YearsFit(have, min, max, 1);
    }
    if (have < min) {
      double shortfall = (min - have) / SHORT_LIMIT;
      return new YearsFit(have, min, max, Math.max(0, 1 - shortfall * shortfall));
    }
    if (max != null && have > max) {
      return new YearsFit(have, min, max, Math.max(OVER_FLOOR, 1 - OVER_STEP * (have - max)));
    }
    return new YearsFit(have, min, max, 1);
  }
}
