package dev.gonggo.index;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an index run did to every file it was given.
 *
 * @param added postings indexed for the first time
 * @param updated postings whose file changed, re-indexed
 * @param unchanged files whose content was indexed already
 * @param duplicates files with the same content as another file, indexed once under that one
 * @param removed postings dropped by --prune because their files are gone
 * @param skipped files that could not be read, with the reason
 * @param postings postings in the index after the run
 * @param time how long the run took
 */
public record RunSummary(int added, int updated, int unchanged, List<Duplicate> duplicates,
    int removed, List<Skip> skipped, int postings, Duration time) {

  /** A file whose content is already indexed under another path. */
  public record Duplicate(Path file, String sameAs) {}

  /** A file that was not indexed, and why in plain words. */
  public record Skip(Path file, String reason) {}
}
