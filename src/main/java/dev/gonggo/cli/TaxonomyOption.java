package dev.gonggo.cli;

import dev.gonggo.skills.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --taxonomy FILE}: a user's skills merged over the built-in taxonomy. */
final class TaxonomyOption {

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "A skills file (same columns as the built-in skills.tsv) merged over the built-in taxonomy.")
  Path file;

  Taxonomy load() {
    if (file == null) {
      return Taxonomy.builtIn();
    }
    try {
      return Taxonomy.withOverrides(file);
    } catch (IOException e) {
      throw new UserError("cannot read the taxonomy " + file + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserError("the taxonomy " + file + " is not valid: " + e.getMessage());
    }
  }
}
