package dev.gonggo.match;

import dev.gonggo.skills.Skill;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The skills a fit does not score ({@code unscored-skills.tsv}: concepts and spoken languages),
 * and soft skills (the taxonomy's ability guard): a résumé shows them in what it did, or seldom
 * lists them, so their absence from it says little.
 */
public final class UnscoredSkills {

  private static final String RESOURCE = "unscored-skills.tsv";

  private final Map<String, String> kinds;

  UnscoredSkills(Map<String, String> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  public static UnscoredSkills builtIn() {
    try (InputStream in = UnscoredSkills.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, String> kinds = new LinkedHashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 2) {
          throw new IllegalStateException(RESOURCE + ": expected id and kind in '" + line + "'");
        }
        kinds.put(f[0].strip(), f[1].strip());
      }
      return new UnscoredSkills(kinds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Why a skill is not scored (soft, concept, language), or empty when it is. */
  public Optional<String> kind(Skill skill) {
    if (skill.needsAbility()) {
      return Optional.of("soft");
    }
    return Optional.ofNullable(kinds.get(skill.id()));
  }

  public Map<String, String> kinds() {
    return kinds;
  }
}
