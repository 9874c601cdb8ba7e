package dev.gonggo.classify;

/** A posting's cues and the case a person gave it: what a learned model trains on. */
public record LabelledPosting(String file, String caseId, CaseFeatures features) {}
