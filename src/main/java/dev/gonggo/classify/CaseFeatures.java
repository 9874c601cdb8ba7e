package dev.gonggo.classify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cues found in one posting: what every case model reads. Computed once per posting so that
 * the zero-label model, a learned model and cross-validation all see the same features.
 *
 * @param cues each cue once, in the order found
 */
public record CaseFeatures(List<Cue> cues) {

  public CaseFeatures {
    cues = List.copyOf(cues);
  }

  /** The feature ids, each once. */
  public Set<String> featureIds() {
    Set<String> ids = new LinkedHashSet<>();
    cues.forEach(c -> ids.add(c.feature()));
    return ids;
  }
}
