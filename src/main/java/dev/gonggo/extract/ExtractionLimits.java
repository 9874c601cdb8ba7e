package dev.gonggo.extract;

import java.time.Duration;

/**
 * How much one file may cost: its size on disk, the time its parse may take, and how many
 * characters of text are kept (a guard against documents that inflate to gigabytes).
 */
public record ExtractionLimits(long maxBytes, Duration timeout, int maxChars) {

  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  /** Far beyond any real posting (the longest notices run to ~100k characters). */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;

  public static final ExtractionLimits DEFAULT =
      new ExtractionLimits(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_MAX_CHARS);

  public ExtractionLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive");
    }
  }
}
