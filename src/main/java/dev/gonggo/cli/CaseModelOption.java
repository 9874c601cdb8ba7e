package dev.gonggo.cli;

import dev.gonggo.classify.CaseClassifier;
import dev.gonggo.classify.LearnedModel;
import dev.gonggo.classify.ZeroLabelModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --model DIR}: where a case model learned by {@code gonggo train} is kept. */
final class CaseModelOption {

  @Option(names = "--model", paramLabel = "DIR", defaultValue = "index",
      description = "Folder of the case model made by 'gonggo train' (used when "
          + LearnedModel.FILE + " is there; else the zero-label model). Default: ${DEFAULT-VALUE}.")
  Path dir;

  boolean exists() {
    return Files.isRegularFile(dir.resolve(LearnedModel.FILE));
  }

  CaseClassifier load() {
    if (!exists()) {
      return ZeroLabelModel.builtIn();
    }
    try {
      return LearnedModel.load(dir);
    } catch (IOException | RuntimeException e) {
      throw new UserError("cannot read the case model in " + dir + ": " + e.getMessage());
    }
  }
}
