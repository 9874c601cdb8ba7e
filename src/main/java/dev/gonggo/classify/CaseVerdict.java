package dev.gonggo.classify;

import java.util.List;
import java.util.Map;

/**
 * Which of the five company-type cases a posting is, how sure, and why.
 *
 * @param caseId the chosen case id
 * @param confidence the chosen case's probability, 0..1
 * @param scores a probability for every case, summing to 1
 * @param evidence the phrases that weighed, with their offsets
 * @param weak true when the evidence is too thin to trust the answer
 * @param neighbours the most similar postings a learned model was trained on (empty otherwise)
 * @param steps the two steps of a verdict that decides the size tier first and the job's
 *     orientation within it, or null for a model that decides over the five cases at once
 */
public record CaseVerdict(String caseId, double confidence, Map<String, Double> scores,
    List<Evidence> evidence, boolean weak, List<Neighbour> neighbours, Steps steps) {

  public CaseVerdict(String caseId, double confidence, Map<String, Double> scores,
      List<Evidence> evidence, boolean weak, List<Neighbour> neighbours) {
    this(caseId, confidence, scores, evidence, weak, neighbours, null);
  }

  public CaseVerdict(String caseId, double confidence, Map<String, Double> scores,
      List<Evidence> evidence, boolean weak) {
    this(caseId, confidence, scores, evidence, weak, List.of(), null);
  }

  /** A labelled posting like this one, and how alike (0..1). */
  public record Neighbour(String file, String caseId, double similarity) {}

  /**
   * A phrase of the posting that counted for a case.
   *
   * @param step which step it weighed in: "register" (the company's size tier, from what the
   *     register knows), "size" (the size tier, from what the text says), "orientation" (what the
   *     job works on within the tier: a cue that sets the tier's two cases apart, weighed by how
   *     far), or "case" (the cue's weight for the case among the five)
   * @param label what it spoke for within its step: a tier (large, midsize, small), a leaning
   *     (platform, service, buildout, mature), or the case id
   */
  public record Evidence(String text, int start, int end, String caseId, double weight,
      String step, String label) {

    public Evidence(String text, int start, int end, String caseId, double weight) {
      this(text, start, end, caseId, weight, "case", caseId);
    }
  }

  /**
   * The two steps: the size tier with its probabilities, then the leaning within that tier
   * (platform or service at a large company, buildout or mature at a mid-size one; none at a
   * small one, whose case is startup).
   *
   * @param tier large, midsize or small
   * @param tiers a probability for each tier
   * @param leaning the leaning within the tier, or null for small
   * @param leanings the two leanings of the chosen tier and their probabilities (empty for small)
   * @param sized whether anything but the prior spoke for the size (a register fact or a text cue)
   */
  public record Steps(String tier, Map<String, Double> tiers, String leaning,
      Map<String, Double> leanings, boolean sized) {

    public double tierConfidence() {
      return tiers.get(tier);
    }

    public double leaningConfidence() {
      return leaning == null ? 1.0 : leanings.get(leaning);
    }
  }
}
