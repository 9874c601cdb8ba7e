package dev.gonggo.classify;

import dev.gonggo.company.RegisterEntry;
import dev.gonggo.company.SizeTier;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.text.PostingText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the cues of a posting: the phrases of case-cues.tsv, its own company's size and kind as
 * companies.tsv knows them ({@link CompanyDirectory}: hand-picked, reviewed, it outranks the rest),
 * else as the register knows them ({@link CompanyFinder}: FTC groups, KRX listings, NPS head
 * counts), else as the text says surely; what the text says of the company's size and what the job
 * works on (size-cues.tsv, orientation-cues.tsv: {@link TieredCues}), and its skill mix (each
 * skill and category it asks for, with the section, and how long its preferred list is).
 * Thread-safe.
 */
public final class CueFinder {

  private static final String PHRASES = "/dev/gonggo/classify/case-cues.tsv";
  /** The preferred-list lengths that are features ("preferred-count:N" fires at N or more). */
  private static final int[] PREFERRED_COUNTS = {4, 6, 8};

  private final PhrasePatterns phrases;
  private final CompanyFinder companies;
  private final TieredCues tiered;
  private final CompanyDirectory directory;
  private final TieredModel tiers;

  private CueFinder(PhrasePatterns phrases, CompanyFinder companies, TieredCues tiered,
      CompanyDirectory directory, TieredModel tiers) {
    this.phrases = phrases;
    this.companies = companies;
    this.tiered = tiered;
    this.directory = directory;
    this.tiers = tiers;
  }

  public static CueFinder builtIn() {
    List<String> patterns = new ArrayList<>();
    for (String[] row : Tsv.rows(PHRASES, 4)) {
      patterns.add(row[0]);
    }
    return new CueFinder(new PhrasePatterns(patterns), CompanyFinder.builtIn(),
        TieredCues.builtIn(), CompanyDirectory.builtIn(), TieredModel.builtIn());
  }

  /** The feature id of a phrase pattern of case-cues.tsv. */
  static String phraseFeature(String pattern) {
    return "phrase:" + pattern;
  }

  /** The company the posting is from, as far as it can be told. */
  public PostingCompany company(PostingText posting) {
    return companies.find(posting);
  }

  public CaseFeatures find(PostingText posting, List<PostingSkill> skills) {
    return find(posting, skills, company(posting));
  }

  public CaseFeatures find(PostingText posting, List<PostingSkill> skills, PostingCompany company) {
    List<Cue> cues = new ArrayList<>();
    phrases.firstMatches(posting.text()).forEach((pattern, m) ->
        cues.add(new Cue(phraseFeature(pattern), m.group(), m.start(), m.end())));
    tiered.find(posting, company, cues);
    Optional<CompanyDirectory.Mention> known = directory.ownCompany(posting);
    known.ifPresentOrElse(c -> {
      cues.add(new Cue("company:" + c.size(), c.name(), c.start(), c.end()));
      if (!c.kind().isEmpty()) {
        cues.add(new Cue("company-kind:" + c.kind(), c.name(), c.start(), c.end()));
      }
    }, () -> sizeCue(company, cues).ifPresent(cues::add));
    Set<String> seen = new LinkedHashSet<>();
    int preferred = 0;
    for (PostingSkill s : skills) {
      if (s.section() != SkillSection.REQUIRED && s.section() != SkillSection.PREFERRED) {
        continue;
      }
      if (s.section() == SkillSection.PREFERRED) {
        preferred++;
      }
      SkillMatch first = s.evidence().isEmpty() ? null : s.evidence().get(0);
      int start = first == null ? -1 : first.start();
      int end = first == null ? -1 : first.end();
      String name = s.skill().name();
      List<String> keys = new ArrayList<>();
      keys.add("skill:" + s.id());
      keys.add("skill:" + s.id() + "@" + s.section().id());
      for (String c : s.skill().categories()) {
        keys.add("category:" + c);
        keys.add("category:" + c + "@" + s.section().id());
      }
      for (String key : keys) {
        if (seen.add(key)) {
          cues.add(new Cue(key, name, start, end));
        }
      }
    }
    for (int n : PREFERRED_COUNTS) {
      if (preferred >= n) {
        cues.add(new Cue("preferred-count:" + n, preferred + " preferred skills", -1, -1));
      }
    }
    return new CaseFeatures(cues);
  }

  /**
   * The company-size cue of a company companies.tsv does not know: the register's tier for it (or
   * for the large or mid-size company it says it belongs to), else the size tier the text's cues
   * give when they give one surely (head count, funding, listing, "스타트업"). Small is the notes'
   * startup.
   */
  private Optional<Cue> sizeCue(PostingCompany company, List<Cue> cues) {
    RegisterEntry e = company.entry();
    PostingCompany.Affiliation a = company.affiliation();
    if (e != null && e.tier() != null) {
      return Optional.of(new Cue(sizeFeature(e.tier()), company.name(), company.start(),
          company.end()));
    }
    if (a != null && a.entry() != null && a.entry().tier() != SizeTier.SMALL) {
      return Optional.of(new Cue(sizeFeature(a.entry().tier()), a.name(), a.start(), a.end()));
    }
    CaseVerdict sized = tiers.classify(new CaseFeatures(cues));
    CaseVerdict.Steps steps = sized.steps();
    if (!steps.sized() || steps.tierConfidence() < TieredModel.WEAK_TIER) {
      return Optional.empty();
    }
    return sized.evidence().stream().filter(ev -> ev.step().equals("size")).findFirst()
        .map(ev -> new Cue(sizeFeature(SizeTier.fromId(steps.tier())), ev.text(), ev.start(),
            ev.end()));
  }

  private static String sizeFeature(SizeTier tier) {
    return "company:" + (tier == SizeTier.SMALL ? "startup" : tier.id());
  }
}
