package dev.gonggo.classify;

import dev.gonggo.company.SizeTier;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of the two steps of the zero-label model: feature → size tier → weight
 * (size-cues.tsv) and feature → leaning → weight (orientation-cues.tsv). A pattern row's feature
 * is {@code size:PATTERN}, {@code orient:PATTERN} or {@code orient-title:PATTERN}; an @row's is
 * what follows the @.
 */
public final class TieredWeights {

  static final String SIZE_FILE = "/dev/gonggo/classify/size-cues.tsv";
  static final String ORIENTATION_FILE = "/dev/gonggo/classify/orientation-cues.tsv";
  /** The leanings of the tiers that have two cases; the first of each pair is the "yes" side. */
  static final Map<SizeTier, List<String>> LEANINGS = Map.of(
      SizeTier.LARGE, List.of("platform", "service"),
      SizeTier.MIDSIZE, List.of("buildout", "mature"));
  static final Map<String, String> CASE_OF_LEANING = Map.of(
      "platform", "large-platform", "service", "large-service",
      "buildout", "midsize-buildout", "mature", "midsize-mature");

  private final Map<String, Map<SizeTier, Double>> size;
  private final Map<String, Map<String, Double>> orientation;

  TieredWeights(Map<String, Map<SizeTier, Double>> size,
      Map<String, Map<String, Double>> orientation) {
    this.size = size;
    this.orientation = orientation;
  }

  public static TieredWeights builtIn() {
    Map<String, Map<SizeTier, Double>> size = new LinkedHashMap<>();
    for (String[] row : Tsv.rows(SIZE_FILE, 4)) {
      String tier = row[1].strip();
      if (tier.startsWith("=")) {
        continue;
      }
      size.computeIfAbsent(sizeFeature(row[0]), f -> new HashMap<>())
          .merge(SizeTier.fromId(tier), Double.parseDouble(row[2].strip()), Double::sum);
    }
    Map<String, Map<String, Double>> orientation = new LinkedHashMap<>();
    for (String[] row : Tsv.rows(ORIENTATION_FILE, 4)) {
      String leaning = row[1].strip();
      if (!CASE_OF_LEANING.containsKey(leaning)) {
        throw new IllegalStateException(ORIENTATION_FILE + ": unknown leaning '" + leaning + "'");
      }
      orientation.computeIfAbsent(orientationFeature(row[0], row[3].strip()),
          f -> new HashMap<>()).merge(leaning, Double.parseDouble(row[2].strip()), Double::sum);
    }
    return new TieredWeights(size, orientation);
  }

  static String sizeFeature(String cue) {
    return cue.startsWith("@") ? cue.substring(1) : "size:" + cue;
  }

  static String orientationFeature(String cue, String where) {
    if (cue.startsWith("@")) {
      return cue.substring(1);
    }
    return (where.equals("title") ? "orient-title:" : "orient:") + cue;
  }

  /** A feature's weights by tier; empty when it weighs for none. */
  public Map<SizeTier, Double> size(String feature) {
    return size.getOrDefault(feature, Map.of());
  }

  /** A feature's weights by leaning; empty when it weighs for none. */
  public Map<String, Double> orientation(String feature) {
    return orientation.getOrDefault(feature, Map.of());
  }

  public Map<SizeTier, Double> prior() {
    return size("prior");
  }

  public Map<String, Double> bias() {
    return orientation("bias");
  }
}
