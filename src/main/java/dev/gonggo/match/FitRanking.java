package dev.gonggo.match;

import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.StoredPosting;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Ranks the indexed postings for one person by {@link FitScore}. Only postings that name one of
 * the person's skills, or a skill related to one, are read from the index: any other scores 0.
 * Two passes, neither holding the index whole: the first finds the best use of the person's
 * skills (from the postings' skill fields only), the second scores each posting with its text
 * and keeps the best.
 */
public final class FitRanking {

  /** Best first; ties by required coverage, then by path, so a ranking is the same every run. */
  static final Comparator<PostingFit> BEST_FIRST = Comparator.comparingDouble(PostingFit::score).reversed()
      .thenComparing(Comparator.comparingDouble((PostingFit f) -> f.core().coverage()).reversed())
      .thenComparing(f -> f.posting().path());

  private final FitScore score;

  public FitRanking(FitScore score) {
    this.score = score;
  }

  /** Every posting with some fit, in one of the cases (all when none is given), best first. */
  public List<PostingFit> rank(PostingSearcher searcher, Profile profile, List<String> cases)
      throws IOException {
    return best(searcher, profile, cases, Integer.MAX_VALUE);
  }

  /** The best {@code limit} fits, what to learn next across them, and how many were weighed. */
  public MatchResult match(PostingSearcher searcher, Profile profile, List<String> cases, int limit)
      throws IOException {
    List<PostingFit> best = best(searcher, profile, cases, limit);
    return new MatchResult(profile, searcher.count(cases), best, LearnNext.of(best));
  }

  private List<PostingFit> best(PostingSearcher searcher, Profile profile, List<String> cases,
      int limit) throws IOException {
    Set<String> reach = new LinkedHashSet<>();
    for (ProfileSkill s : profile.skills()) {
      reach.add(s.id());
      reach.addAll(score.relations().of(s.id()));
    }
    double[] bestUsed = {0};
    searcher.forEachNaming(reach, cases, false,
        p -> bestUsed[0] = Math.max(bestUsed[0], score.used(profile, p).share()));
    // The worst kept on top, to be dropped when a better one comes.
    PriorityQueue<PostingFit> kept = new PriorityQueue<>(BEST_FIRST.reversed());
    searcher.forEachNaming(reach, cases, true, p -> {
      PostingFit fit = score.fit(profile, p, bestUsed[0]);
      if (fit.score() > 0) {
        kept.add(withoutText(fit));
        if (kept.size() > limit) {
          kept.poll();
        }
      }
    });
    List<PostingFit> out = new ArrayList<>(kept);
    out.sort(BEST_FIRST);
    return List.copyOf(out);
  }

  /** The fit with its posting's text and stored JSON let go: only the best are kept. */
  private static PostingFit withoutText(PostingFit f) {
    StoredPosting p = f.posting();
    StoredPosting slim = new StoredPosting(p.id(), p.path(), p.hash(), p.title(), p.company(),
        p.caseId(), p.confidence(), p.minYears(), p.maxYears(), p.skills(), p.categories(),
        p.keywords(), p.indexedAt(), null, null);
    return new PostingFit(slim, f.required(), f.preferred(), f.stack(), f.unscored(), f.skills(),
        f.used(), f.usedSkills(), f.strengths(), f.years(), f.score());
  }
}
