package dev.gonggo.extract;

import java.time.Duration;

/**
 * How much one file may cost: its size on disk, the time its parse may take, how many characters
 * of text are kept (a guard against documents that inflate to gigabytes), and the heap of the
 * reader process that parses it (see {@link ReaderProcess}).
 */
public record ExtractionLimits(long maxBytes, Duration timeout, int maxChars, int readerMemoryMb) {

  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  /** Far beyond any real posting (the longest notices run to ~100k characters). */
  public static final int DEFAULT_MAX_CHARS = 2_000_000;
  /** Enough for a 20 MB PDF or DOCX; a file that needs more is skipped, not the run. */
  public static final int DEFAULT_READER_MEMORY_MB = 512;

  public static final ExtractionLimits DEFAULT = new ExtractionLimits(
      DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, DEFAULT_MAX_CHARS, DEFAULT_READER_MEMORY_MB);

  public ExtractionLimits {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the time limit must be positive");
    }
    if (readerMemoryMb < 64) {
      throw new IllegalArgumentException("the reader process needs at least 64 MB");
    }
  }

  public ExtractionLimits(long maxBytes, Duration timeout, int maxChars) {
    this(maxBytes, timeout, maxChars, DEFAULT_READER_MEMORY_MB);
  }
}
