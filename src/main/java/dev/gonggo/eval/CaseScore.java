package dev.gonggo.eval;

import dev.gonggo.classify.Cases;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores case verdicts against gold cases: accuracy, macro-F1 over the five cases, a confusion
 * matrix, and how accuracy rises with the model's confidence (which is how the weak threshold is
 * picked). Postings whose gold case is "-" are left out by the caller.
 */
public final class CaseScore {

  private final String name;
  private final int[][] confusion = new int[Cases.IDS.size()][Cases.IDS.size()];
  private final List<double[]> confidences = new ArrayList<>();
  private int weak;
  private int weakRight;
  private final List<String> misses = new ArrayList<>();

  public CaseScore(String name) {
    this.name = name;
  }

  public void add(String file, String gold, String predicted, double confidence, boolean isWeak) {
    int g = Cases.IDS.indexOf(gold);
    int p = Cases.IDS.indexOf(predicted);
    if (g < 0 || p < 0) {
      throw new IllegalArgumentException("unknown case: " + (g < 0 ? gold : predicted));
    }
    confusion[g][p]++;
    confidences.add(new double[] {confidence, g == p ? 1 : 0});
    if (isWeak) {
      weak++;
      weakRight += g == p ? 1 : 0;
    }
    if (g != p) {
      misses.add(String.format(Locale.ROOT, "%s\tcase\t%s, %s says %s (%.2f%s)", file, gold, name,
          predicted, confidence, isWeak ? ", weak" : ""));
    }
  }

  public String name() {
    return name;
  }

  public int postings() {
    return confidences.size();
  }

  public double accuracy() {
    int right = 0;
    for (int i = 0; i < confusion.length; i++) {
      right += confusion[i][i];
    }
    return postings() == 0 ? 0 : (double) right / postings();
  }

  /** Mean F1 over the cases that occur in the gold or the predictions. */
  public double macroF1() {
    double sum = 0;
    int n = 0;
    for (int c = 0; c < confusion.length; c++) {
      int tp = confusion[c][c];
      int gold = 0;
      int predicted = 0;
      for (int j = 0; j < confusion.length; j++) {
        gold += confusion[c][j];
        predicted += confusion[j][c];
      }
      if (gold + predicted == 0) {
        continue;
      }
      sum += 2.0 * tp / (gold + predicted);
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Accuracy on the verdicts not marked weak, and how many those are. */
  public double confidentAccuracy() {
    int right = 0;
    for (double[] c : confidences) {
      right += (int) c[1];
    }
    int n = postings() - weak;
    return n == 0 ? 0 : (double) (right - weakRight) / n;
  }

  public int weakCount() {
    return weak;
  }

  public List<String> misses() {
    return misses;
  }

  public void printSummary(PrintWriter out) {
    out.printf(Locale.ROOT, "%-22s accuracy %.3f  macro-F1 %.3f  (n=%d; not weak: %d, accuracy %.3f)%n",
        name, accuracy(), macroF1(), postings(), postings() - weak, confidentAccuracy());
  }

  public void printConfusion(PrintWriter out) {
    out.println("confusion (" + name + "; rows gold, columns predicted):");
    StringBuilder head = new StringBuilder(String.format("  %-17s", ""));
    for (String id : Cases.IDS) {
      head.append(String.format(" %9s", abbreviation(id)));
    }
    out.println(head);
    for (int g = 0; g < confusion.length; g++) {
      StringBuilder row = new StringBuilder(String.format("  %-17s", Cases.IDS.get(g)));
      for (int p = 0; p < confusion.length; p++) {
        row.append(String.format(" %9d", confusion[g][p]));
      }
      out.println(row);
    }
  }

  /** Accuracy by confidence band: what the weak threshold is read from. */
  public void printConfidenceBands(PrintWriter out) {
    double[] edges = {0, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01};
    out.println("accuracy by confidence (" + name + "):");
    for (int i = 0; i + 1 < edges.length; i++) {
      int n = 0;
      int right = 0;
      for (double[] c : confidences) {
        if (c[0] >= edges[i] && c[0] < edges[i + 1]) {
          n++;
          right += (int) c[1];
        }
      }
      out.printf(Locale.ROOT, "  %.1f-%.1f  %3d postings  %s%n", edges[i], Math.min(1, edges[i + 1]), n,
          n == 0 ? "-" : String.format(Locale.ROOT, "%.2f right", (double) right / n));
    }
  }

  private static String abbreviation(String id) {
    return switch (id) {
      case "large-platform" -> "l-platf";
      case "large-service" -> "l-serv";
      case "midsize-buildout" -> "m-build";
      case "midsize-mature" -> "m-mature";
      default -> id;
    };
  }
}
