package dev.gonggo.classify;

/** A model that tells a posting's company-type case from its cues. */
public interface CaseClassifier {

  CaseVerdict classify(CaseFeatures features);
}
