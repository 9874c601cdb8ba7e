package dev.gonggo.match;

import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.StoredPosting;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks the indexed postings for one person by {@link FitScore}. Only postings that name one of
 * the person's skills, or a skill related to one, are read from the index: any other scores 0.
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
    Set<String> reach = new LinkedHashSet<>();
    for (ProfileSkill s : profile.skills()) {
      reach.add(s.id());
      reach.addAll(score.relations().of(s.id()));
    }
    List<StoredPosting> postings = searcher.naming(reach, cases);
    double bestUsed = postings.stream().mapToDouble(p -> score.used(profile, p).share()).max().orElse(0);
    return postings.stream().map(p -> score.fit(profile, p, bestUsed)).filter(f -> f.score() > 0)
        .sorted(BEST_FIRST).toList();
  }

  /** The best {@code limit} fits, what to learn next across them, and how many were weighed. */
  public MatchResult match(PostingSearcher searcher, Profile profile, List<String> cases, int limit)
      throws IOException {
    List<PostingFit> ranked = rank(searcher, profile, cases);
    List<PostingFit> best = ranked.subList(0, Math.min(limit, ranked.size()));
    return new MatchResult(profile, searcher.count(cases), List.copyOf(best), LearnNext.of(best));
  }
}
