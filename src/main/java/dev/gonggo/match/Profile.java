package dev.gonggo.match;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One person as gonggo match reads them: the skills their résumé or skills file shows, with the
 * evidence, and their years of experience.
 *
 * @param file where it was read from
 * @param form a résumé (read like any document) or a short skills file
 * @param text the profile's normalised text, which the BM25 baseline of the evaluation searches
 * @param skills the skills, in order of first mention
 * @param years the years of experience and where they were read
 * @param problems one line per part of the profile that could not be read (an unknown skill name)
 */
public record Profile(Path file, Form form, String text, List<ProfileSkill> skills,
    ProfileYears years, List<String> problems) {

  /** What kind of file a profile was written as. */
  public enum Form { RESUME, SKILLS_FILE }

  public Profile {
    skills = List.copyOf(skills);
    problems = List.copyOf(problems);
  }

  public Optional<ProfileSkill> skill(String id) {
    return skills.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Map<String, ProfileSkill> skillsById() {
    return skills.stream().collect(Collectors.toMap(ProfileSkill::id, Function.identity(), (a, b) -> a));
  }
}
