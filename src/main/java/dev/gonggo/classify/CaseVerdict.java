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
 */
public record CaseVerdict(String caseId, double confidence, Map<String, Double> scores,
    List<Evidence> evidence, boolean weak, List<Neighbour> neighbours) {

  public CaseVerdict(String caseId, double confidence, Map<String, Double> scores,
      List<Evidence> evidence, boolean weak) {
    this(caseId, confidence, scores, evidence, weak, List.of());
  }

  /** A labelled posting like this one, and how alike (0..1). */
  public record Neighbour(String file, String caseId, double similarity) {}

  /** A phrase of the posting that counted for a case. */
  public record Evidence(String text, int start, int end, String caseId, double weight) {}
}
