package dev.gonggo.cli;

import dev.gonggo.skills.Skill;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** {@code --kind}: limit skill tables to tools, concepts, soft skills or spoken languages. */
final class KindOption {

  @Option(names = "--kind", paramLabel = "KIND", split = ",",
      description = "Only skills of this kind (repeatable): tool, concept, soft, language.")
  List<String> kinds = new ArrayList<>();

  /** The kinds asked for; empty for all. A kind gonggo does not know is a usage error. */
  Set<Skill.Kind> kinds() {
    Set<Skill.Kind> out = EnumSet.noneOf(Skill.Kind.class);
    for (String k : kinds) {
      try {
        out.add(Skill.Kind.fromId(k));
      } catch (IllegalArgumentException e) {
        throw new UserError("unknown skill kind " + k + " (known: tool, concept, soft, language)");
      }
    }
    return out;
  }
}
