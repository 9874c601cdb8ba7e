package dev.gonggo.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The case model learned from a user's labels: multinomial logistic regression over the same cues
 * as the zero-label model, starting from the notes' weights and learning corrections to them (so a
 * few labels adjust the notes rather than replace them; L2 keeps the corrections small). It keeps
 * the labelled postings' cues to show the most similar ones as extra evidence. Stored as one small
 * JSON file, {@value #FILE}, in a folder of the user's choice (by default beside the index).
 */
public final class LearnedModel implements CaseClassifier {

  public static final String FILE = "case-model.json";
  /** L2 strength: how far labels may move the notes' weights. */
  static final double L2 = 0.05;
  private static final int EPOCHS = 400;
  private static final double RATE = 0.5;
  private static final int NEIGHBOURS = 3;

  private final CaseWeights notes;
  private final Map<String, Double> bias;
  private final Map<String, Map<String, Double>> corrections;
  private final List<LabelledPosting> examples;

  private LearnedModel(CaseWeights notes, Map<String, Double> bias,
      Map<String, Map<String, Double>> corrections, List<LabelledPosting> examples) {
    this.notes = notes;
    this.bias = bias;
    this.corrections = corrections;
    this.examples = examples;
  }

  /** Fits corrections to the notes' weights by gradient descent on the labelled postings. */
  public static LearnedModel train(CaseWeights notes, List<LabelledPosting> labelled) {
    List<String> ids = Cases.IDS;
    Map<String, Integer> index = new HashMap<>();
    List<int[]> rows = new ArrayList<>();
    List<double[]> offsets = new ArrayList<>();
    int[] gold = new int[labelled.size()];
    for (int i = 0; i < labelled.size(); i++) {
      LabelledPosting lp = labelled.get(i);
      gold[i] = ids.indexOf(lp.caseId());
      if (gold[i] < 0) {
        throw new IllegalArgumentException(lp.file() + ": unknown case " + lp.caseId());
      }
      rows.add(lp.features().featureIds().stream()
          .mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray());
      double[] offset = new double[ids.size()];
      Map<String, Double> base = new HashMap<>(notes.prior());
      lp.features().featureIds().forEach(f -> notes.of(f).forEach((c, w) -> base.merge(c, w, Double::sum)));
      for (int c = 0; c < ids.size(); c++) {
        offset[c] = base.getOrDefault(ids.get(c), 0.0);
      }
      offsets.add(offset);
    }
    double[][] w = new double[index.size()][ids.size()];
    double[] b = new double[ids.size()];
    int n = Math.max(1, labelled.size());
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      double[][] gw = new double[w.length][ids.size()];
      double[] gb = new double[ids.size()];
      for (int i = 0; i < labelled.size(); i++) {
        double[] z = offsets.get(i).clone();
        for (int c = 0; c < z.length; c++) {
          z[c] += b[c];
          for (int f : rows.get(i)) {
            z[c] += w[f][c];
          }
        }
        double[] p = softmax(z);
        for (int c = 0; c < z.length; c++) {
          double g = p[c] - (gold[i] == c ? 1 : 0);
          gb[c] += g;
          for (int f : rows.get(i)) {
            gw[f][c] += g;
          }
        }
      }
      for (int c = 0; c < b.length; c++) {
        b[c] -= RATE * (gb[c] / n + L2 * b[c]);
      }
      for (int f = 0; f < w.length; f++) {
        for (int c = 0; c < b.length; c++) {
          w[f][c] -= RATE * (gw[f][c] / n + L2 * w[f][c]);
        }
      }
    }
    Map<String, Double> bias = new LinkedHashMap<>();
    for (int c = 0; c < ids.size(); c++) {
      bias.put(ids.get(c), b[c]);
    }
    Map<String, Map<String, Double>> corrections = new LinkedHashMap<>();
    index.forEach((feature, f) -> {
      Map<String, Double> byCase = new LinkedHashMap<>();
      for (int c = 0; c < ids.size(); c++) {
        if (Math.abs(w[f][c]) > 1e-3) {
          byCase.put(ids.get(c), w[f][c]);
        }
      }
      if (!byCase.isEmpty()) {
        corrections.put(feature, byCase);
      }
    });
    return new LearnedModel(notes, bias, corrections, List.copyOf(labelled));
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : z) {
      max = Math.max(max, x);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  @Override
  public CaseVerdict classify(CaseFeatures features) {
    CaseLogits logits = new CaseLogits();
    logits.add(notes.prior());
    logits.add(bias);
    Set<String> seen = new HashSet<>();
    for (Cue cue : features.cues()) {
      if (!seen.add(cue.feature())) {
        continue;
      }
      Map<String, Double> w = new HashMap<>(notes.of(cue.feature()));
      corrections.getOrDefault(cue.feature(), Map.of()).forEach((c, x) -> w.merge(c, x, Double::sum));
      logits.add(cue, w);
    }
    return logits.verdict(neighbours(features));
  }

  /** The labelled postings whose cues overlap most with these (Jaccard), best first. */
  List<CaseVerdict.Neighbour> neighbours(CaseFeatures features) {
    Set<String> mine = features.featureIds();
    List<CaseVerdict.Neighbour> all = new ArrayList<>();
    for (LabelledPosting lp : examples) {
      Set<String> theirs = lp.features().featureIds();
      Set<String> union = new HashSet<>(mine);
      union.addAll(theirs);
      if (union.isEmpty()) {
        continue;
      }
      long common = mine.stream().filter(theirs::contains).count();
      all.add(new CaseVerdict.Neighbour(lp.file(), lp.caseId(), (double) common / union.size()));
    }
    all.sort(Comparator.comparingDouble(CaseVerdict.Neighbour::similarity).reversed());
    return List.copyOf(all.subList(0, Math.min(NEIGHBOURS, all.size())));
  }

  public int examples() {
    return examples.size();
  }

  public void save(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    root.put("model", "gonggo case corrections to the notes' weights (logistic regression)");
    root.put("l2", L2);
    root.set("bias", json.valueToTree(bias));
    root.set("weights", json.valueToTree(corrections));
    ArrayNode ex = root.putArray("examples");
    for (LabelledPosting lp : examples) {
      ObjectNode e = ex.addObject();
      e.put("file", lp.file());
      e.put("case", lp.caseId());
      ArrayNode cues = e.putArray("features");
      lp.features().featureIds().forEach(cues::add);
    }
    Files.createDirectories(dir);
    json.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(), root);
  }

  /** Reads a model saved by {@link #save}; the notes' weights are the built-in ones. */
  public static LearnedModel load(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve(FILE).toFile());
    Map<String, Double> bias = new LinkedHashMap<>();
    root.path("bias").fields().forEachRemaining(e -> bias.put(e.getKey(), e.getValue().asDouble()));
    Map<String, Map<String, Double>> corrections = new LinkedHashMap<>();
    root.path("weights").fields().forEachRemaining(f -> {
      Map<String, Double> byCase = new LinkedHashMap<>();
      f.getValue().fields().forEachRemaining(c -> byCase.put(c.getKey(), c.getValue().asDouble()));
      corrections.put(f.getKey(), byCase);
    });
    List<LabelledPosting> examples = new ArrayList<>();
    for (JsonNode e : root.path("examples")) {
      List<Cue> cues = new ArrayList<>();
      e.path("features").forEach(f -> cues.add(new Cue(f.asText(), f.asText(), -1, -1)));
      examples.add(new LabelledPosting(e.path("file").asText(), e.path("case").asText(),
          new CaseFeatures(cues)));
    }
    return new LearnedModel(CaseWeights.builtIn(), bias, corrections, examples);
  }
}
