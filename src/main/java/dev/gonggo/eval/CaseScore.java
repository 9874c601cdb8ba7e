package dev.gonggo.eval;

import dev.gonggo.classify.Cases;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores verdicts against gold labels: accuracy, macro-F1 over the labels, a confusion matrix, how
 * accuracy rises with the model's confidence (which is how the weak threshold is picked), and
 * calibration (a reliability table by confidence bin and the expected calibration error). The
 * labels are the five cases, or the three size tiers. Postings whose gold case is "-" are left
 * out by the caller.
 */
public final class CaseScore {

  /** The width of a reliability table's confidence bins. */
  private static final double BIN = 0.1;

  private final String name;
  private final List<String> labels;
  private final int[][] confusion;
  private final List<double[]> confidences = new ArrayList<>();
  private int weak;
  private int weakRight;
  private final List<String> misses = new ArrayList<>();

  public CaseScore(String name) {
    this(name, Cases.IDS);
  }

  /** A score over other labels than the five cases (the size tiers). */
  public CaseScore(String name, List<String> labels) {
    this.name = name;
    this.labels = List.copyOf(labels);
    this.confusion = new int[labels.size()][labels.size()];
  }

  public void add(String file, String gold, String predicted, double confidence, boolean isWeak) {
    int g = labels.indexOf(gold);
    int p = labels.indexOf(predicted);
    if (g < 0 || p < 0) {
      throw new IllegalArgumentException("unknown label: " + (g < 0 ? gold : predicted));
    }
    confusion[g][p]++;
    confidences.add(new double[] {confidence, g == p ? 1 : 0});
    if (isWeak) {
      weak++;
      weakRight += g == p ? 1 : 0;
    }
    if (g != p) {
      misses.add(String.format(Locale.ROOT, "%s\t%s\t%s, %s says %s (%.2f%s)", file,
          labels.equals(Cases.IDS) ? "case" : "size", gold, name, predicted, confidence,
          isWeak ? ", weak" : ""));
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
    for (String id : labels) {
      head.append(String.format(" %9s", abbreviation(id)));
    }
    out.println(head);
    for (int g = 0; g < confusion.length; g++) {
      StringBuilder row = new StringBuilder(String.format("  %-17s", labels.get(g)));
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

  /**
   * The expected calibration error: over confidence bins of width 0.1, the gap between the mean
   * confidence and the accuracy, weighted by the bin's share of the postings.
   */
  public double calibrationError() {
    double sum = 0;
    for (double[] bin : bins()) {
      if (bin[0] > 0) {
        sum += bin[0] * Math.abs(bin[1] / bin[0] - bin[2] / bin[0]);
      }
    }
    return postings() == 0 ? 0 : sum / postings();
  }

  /** Per confidence bin: postings, summed confidence, right answers. */
  private double[][] bins() {
    int n = (int) Math.round(1 / BIN);
    double[][] bins = new double[n][3];
    for (double[] c : confidences) {
      int b = Math.min(n - 1, (int) (c[0] / BIN));
      bins[b][0]++;
      bins[b][1] += c[0];
      bins[b][2] += c[1];
    }
    return bins;
  }

  /** The reliability table: for each confidence bin, how many, how sure, how often right. */
  public void printCalibration(PrintWriter out) {
    out.printf(Locale.ROOT, "calibration (%s): expected calibration error %.3f%n", name,
        calibrationError());
    out.println("  confidence  postings  mean confidence  accuracy");
    double[][] bins = bins();
    for (int b = 0; b < bins.length; b++) {
      if (bins[b][0] == 0) {
        continue;
      }
      out.printf(Locale.ROOT, "  %.1f-%.1f    %8d  %15.2f  %8.2f%n", b * BIN, (b + 1) * BIN,
          (int) bins[b][0], bins[b][1] / bins[b][0], bins[b][2] / bins[b][0]);
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
