package dev.gonggo.cli;

import dev.gonggo.index.PostingIndex;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}: where the index lives, {@code index/} in the working directory by default. */
final class IndexOption {

  @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
      description = "The index folder. Default: ${DEFAULT-VALUE} (in the working directory).")
  Path dir = PostingIndex.DEFAULT_DIR;
}
