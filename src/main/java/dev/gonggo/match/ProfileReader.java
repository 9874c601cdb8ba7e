package dev.gonggo.match;

import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.text.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a person's profile from an extracted file. A short skills file ({@code skills: spark,
 * kafka, 파이썬} and {@code years: 4} lines) has its names looked up in the taxonomy, by any alias.
 * Anything else is a résumé: it goes through the same one analysis pass as a posting, and every
 * skill named anywhere in it counts (a résumé's 기술 and 경력 parts are not a posting's
 * requirements and preferences, so the sections a posting would have are not asked for). A skill
 * the résumé calls basic (기초, 입문 강의 수강) is kept at that level.
 */
public final class ProfileReader {

  /** A {@code key: value} line of a skills file. */
  private static final Pattern FIELD = Pattern.compile("^\\s*([\\p{L} ]{2,16}?)\\s*[:：]\\s*(.*)$");
  private static final Set<String> SKILL_KEYS = Set.of("skills", "skill", "기술", "스킬", "보유 기술");
  private static final Set<String> OTHER_KEYS = Set.of("years", "연차", "name", "이름");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[,，、;|]");
  private static final Pattern PARENTHESES = Pattern.compile("[(（]([^)）]*)[)）]");
  /** The problem of a profile in which no skill was found. */
  static final String NO_SKILLS = "it names no skill gonggo knows, so no posting can fit it";
  /** Evidence lines kept per skill, and how much of each. */
  private static final int EVIDENCE_KEPT = 3;
  private static final int EVIDENCE_CHARS = 72;

  private final PostingPipeline pipeline;
  private final SkillNames names;
  private final CareerYears years;
  private final BasicUse basicUse;

  public ProfileReader(PostingPipeline pipeline, SkillNames names, CareerYears years, BasicUse basicUse) {
    this.pipeline = pipeline;
    this.names = names;
    this.years = years;
    this.basicUse = basicUse;
  }

  /** The profile of a file that was read (the extraction must have succeeded). */
  public Profile read(Extraction extraction) {
    String text = TextNormalizer.normalize(extraction.text());
    if (isSkillsFile(text)) {
      return readSkillsFile(extraction, text);
    }
    Posting analysed = pipeline.analyze(extraction);
    String normalised = analysed.text().text();
    List<ProfileSkill> skills = new ArrayList<>();
    for (PostingSkill s : analysed.skills()) {
      skills.add(profileSkill(s, normalised));
    }
    return new Profile(extraction.file(), Profile.Form.RESUME, normalised, skills,
        years.read(normalised), skills.isEmpty() ? List.of(NO_SKILLS) : List.of());
  }

  /** Every line that is not blank or a comment is a {@code key: value} field, one of them skills. */
  static boolean isSkillsFile(String text) {
    boolean skills = false;
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      Matcher m = FIELD.matcher(line);
      if (!m.matches()) {
        return false;
      }
      String key = m.group(1).strip().toLowerCase(Locale.ROOT);
      if (SKILL_KEYS.contains(key)) {
        skills = true;
      } else if (!OTHER_KEYS.contains(key)) {
        return false;
      }
    }
    return skills;
  }

  private Profile readSkillsFile(Extraction extraction, String text) {
    Map<String, ProfileSkill> skills = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher m = FIELD.matcher(line);
      if (!m.matches() || !SKILL_KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String item : ITEM_SEPARATOR.split(m.group(2))) {
        String written = item.strip();
        if (written.isEmpty()) {
          continue;
        }
        Matcher qualifier = PARENTHESES.matcher(written);
        String name = qualifier.replaceAll("").strip();
        String basic = qualifier.reset().find() ? basicUse.in(qualifier.group(1)).map(w -> written).orElse(null) : null;
        Optional<Skill> skill = names.find(name);
        if (skill.isEmpty()) {
          try {
            names.resolve(name);
          } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
          }
          continue;
        }
        ProfileSkill before = skills.get(skill.get().id());
        List<String> evidence = new ArrayList<>(before == null ? List.of() : before.evidence());
        evidence.add(written);
        String because = before != null && before.basicBecause() != null ? before.basicBecause() : basic;
        skills.put(skill.get().id(), new ProfileSkill(skill.get(),
            because == null ? ProfileSkill.Level.FULL : ProfileSkill.Level.BASIC,
            evidence.size(), List.copyOf(evidence), because));
      }
    }
    if (skills.isEmpty() && problems.isEmpty()) {
      problems.add(NO_SKILLS);
    }
    return new Profile(extraction.file(), Profile.Form.SKILLS_FILE, text,
        List.copyOf(skills.values()), years.read(text), problems);
  }

  /**
   * A skill of a résumé, basic when one mention says so in the parentheses after it (the writer's
   * own word on it) or when every mention stands on a line of learning (강의 수강, 실습).
   */
  private ProfileSkill profileSkill(PostingSkill s, String text) {
    String because = null;
    String learning = null;
    boolean everyLineLearning = true;
    List<String> evidence = new ArrayList<>();
    for (SkillMatch m : s.evidence()) {
      String line = lineAt(text, m.start());
      if (evidence.size() < EVIDENCE_KEPT) {
        String shown = around(line, m.start() - lineStart(text, m.start()));
        if (!evidence.contains(shown)) {
          evidence.add(shown);
        }
      }
      Optional<String> after = parenthesesAfter(text, m.end());
      if (because == null && after.isPresent() && basicUse.in(after.get()).isPresent()) {
        because = text.substring(m.start(), m.end()) + "(" + after.get() + ")";
      }
      if (basicUse.onLine(line).isEmpty()) {
        everyLineLearning = false;
      } else if (learning == null) {
        learning = around(line, m.start() - lineStart(text, m.start()));
      }
    }
    if (because == null && everyLineLearning) {
      because = learning;
    }
    return new ProfileSkill(s.skill(), because == null ? ProfileSkill.Level.FULL : ProfileSkill.Level.BASIC,
        s.count(), List.copyOf(evidence), because);
  }

  /** The words in parentheses right after an offset ("Airflow(기초)"), on the same line. */
  private static Optional<String> parenthesesAfter(String text, int offset) {
    int i = offset;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || (text.charAt(i) != '(' && text.charAt(i) != '（')) {
      return Optional.empty();
    }
    for (int j = i + 1; j < text.length() && j < i + 40; j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        break;
      }
      if (c == ')' || c == '）') {
        return Optional.of(text.substring(i + 1, j).strip());
      }
    }
    return Optional.empty();
  }

  private static int lineStart(String text, int offset) {
    return offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  }

  private static String lineAt(String text, int offset) {
    int start = lineStart(text, offset);
    int end = text.indexOf('\n', offset);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** The line without its bullet, shortened to about {@link #EVIDENCE_CHARS} around a position. */
  static String around(String line, int at) {
    String stripped = line.stripLeading();
    int cut = line.length() - stripped.length();
    while (!stripped.isEmpty() && TextNormalizer.BULLETS.indexOf(stripped.charAt(0)) >= 0
        || stripped.startsWith("#")) {
      stripped = stripped.substring(1);
      cut++;
    }
    int lead = stripped.length() - stripped.stripLeading().length();
    stripped = stripped.strip();
    cut += lead;
    int pos = Math.max(0, at - cut);
    if (stripped.length() <= EVIDENCE_CHARS) {
      return stripped;
    }
    int from = Math.max(0, Math.min(pos - EVIDENCE_CHARS / 3, stripped.length() - EVIDENCE_CHARS));
    int to = Math.min(stripped.length(), from + EVIDENCE_CHARS);
    return (from > 0 ? "…" : "") + stripped.substring(from, to).strip() + (to < stripped.length() ? "…" : "");
  }
}
