package dev.gonggo.match;

import dev.gonggo.search.StoredPosting;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillRelations;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fit of one posting for one person, as a coach weighs it: the requirements first, then the
 * skills of the work itself (duties and stack), then the preferences; the years asked, where
 * being short costs more the further short; and how much the posting says at all.
 *
 * <pre>
 * skills  = (0.60 × required coverage + 0.25 × stack coverage + 0.15 × preferred coverage)
 *           ÷ the weights of the parts the posting has
 * breadth = n / (n + 1), n the skills it names
 * years   = 1 when met; 1 − (short ÷ 4)² when short (0 from four years short);
 *           1 − 0.05 × years over a stated maximum, at least 0.5
 * score   = skills × breadth × years
 * </pre>
 *
 * A skill counts 1 when the person has it, 0.5 when they have it at a basic level or have a
 * skill the taxonomy relates to it ({@link SkillRelations}), else 0; soft skills are not scored.
 */
public final class FitScore {

  static final double REQUIRED_WEIGHT = 0.60;
  static final double STACK_WEIGHT = 0.25;
  static final double PREFERRED_WEIGHT = 0.15;
  /** The credit of a related skill: half, as a basic one. */
  static final double RELATED_CREDIT = 0.5;
  /** Years short at which the years fit reaches nothing. */
  static final double SHORT_LIMIT = 4;
  /** What each year over a stated maximum costs, and the least it leaves. */
  static final double OVER_STEP = 0.05;
  static final double OVER_FLOOR = 0.5;

  private final Taxonomy taxonomy;
  private final SkillRelations relations;

  public FitScore(Taxonomy taxonomy, SkillRelations relations) {
    this.taxonomy = taxonomy;
    this.relations = relations;
  }

  public SkillRelations relations() {
    return relations;
  }

  public PostingFit fit(Profile profile, StoredPosting posting) {
    Map<String, ProfileSkill> have = profile.skillsById();
    List<String> unscored = new ArrayList<>();
    SectionFit required = section(have, posting.skills().get(SkillSection.REQUIRED.id()), unscored);
    SectionFit preferred = section(have, posting.skills().get(SkillSection.PREFERRED.id()), unscored);
    List<String> elsewhere = new ArrayList<>(posting.skills().getOrDefault(SkillSection.DUTIES.id(), List.of()));
    elsewhere.addAll(posting.skills().getOrDefault(SkillSection.OTHER.id(), List.of()));
    SectionFit stack = section(have, elsewhere, unscored);

    double weights = 0;
    double sum = 0;
    if (!required.isEmpty()) {
      weights += REQUIRED_WEIGHT;
      sum += REQUIRED_WEIGHT * required.coverage();
    }
    if (!stack.isEmpty()) {
      weights += STACK_WEIGHT;
      sum += STACK_WEIGHT * stack.coverage();
    }
    if (!preferred.isEmpty()) {
      weights += PREFERRED_WEIGHT;
      sum += PREFERRED_WEIGHT * preferred.coverage();
    }
    double skills = weights == 0 ? 0 : sum / weights;
    int named = required.size() + stack.size() + preferred.size();
    double breadth = named / (named + 1.0);
    YearsFit years = years(profile.years().years(), posting.minYears(), posting.maxYears());
    return new PostingFit(posting, required, preferred, stack, List.copyOf(unscored), skills,
        breadth, years, skills * breadth * years.fit());
  }

  private SectionFit section(Map<String, ProfileSkill> have, List<String> ids, List<String> unscored) {
    if (ids == null || ids.isEmpty()) {
      return SectionFit.NONE;
    }
    List<SkillCredit> out = new ArrayList<>();
    for (String id : ids) {
      Skill skill = taxonomy.get(id);
      if (skill != null && skill.needsAbility()) {
        unscored.add(id);
      } else {
        out.add(credit(have, id));
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
      double short_ = (min - have) / SHORT_LIMIT;
      return new YearsFit(have, min, max, Math.max(0, 1 - short_ * short_));
    }
    if (max != null && have > max) {
      return new YearsFit(have, min, max, Math.max(OVER_FLOOR, 1 - OVER_STEP * (have - max)));
    }
    return new YearsFit(have, min, max, 1);
  }
}
