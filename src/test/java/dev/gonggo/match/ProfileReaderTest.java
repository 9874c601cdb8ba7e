package dev.gonggo.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.samples.SampleGenerator;
import dev.gonggo.search.SkillNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles read from the written résumés of profiles/ and from skills files. */
class ProfileReaderTest {

  private static PostingExtractor extractor;
  private static ProfileReader reader;

  @TempDir
  Path tmp;

  @BeforeAll
  static void load() {
    extractor = new PostingExtractor();
    PostingPipeline pipeline = new PostingPipeline();
    reader = new ProfileReader(pipeline, new SkillNames(pipeline.taxonomy(), pipeline.analyzer()),
        new CareerYears(YearMonth.of(2024, 7)), BasicUse.builtIn());
  }

  @AfterAll
  static void close() {
    extractor.close();
  }

  private static Profile read(Path file) {
    Extraction e = extractor.extract(file);
    assertTrue(e.ok(), String.valueOf(e.error()));
    return reader.read(e);
  }

  private static ProfileSkill skill(Profile p, String id) {
    return p.skill(id).orElseThrow(() -> new AssertionError("no " + id + " in " + p.skillsById().keySet()));
  }

  @Test
  void aResumeGivesEverySkillItNamesWithItsLines() {
    Profile p = read(Path.of("profiles/mid-spark-kafka-engineer.txt"));
    assertEquals(Profile.Form.RESUME, p.form());
    for (String id : List.of("spark", "kafka", "spark-streaming", "flink", "hadoop", "hive",
        "airflow", "emr", "s3", "glue", "aws", "scala", "python", "java", "sql", "docker")) {
      skill(p, id);
    }
    assertEquals(3, skill(p, "kafka").count());
    assertTrue(skill(p, "emr").evidence().get(0).contains("AWS EMR, S3 기반 데이터 레이크"),
        skill(p, "emr").evidence().toString());
    assertEquals(ProfileSkill.Level.FULL, skill(p, "flink").level(), "실무 6개월 is work");
    assertEquals(5.0, p.years().years(), 1e-9);
    assertEquals(ProfileYears.Basis.STATED, p.years().basis());
  }

  @Test
  void aSkillTheResumeCallsBasicIsBasicAndSaysWhy() {
    Profile mid = read(Path.of("profiles/mid-spark-kafka-engineer.txt"));
    assertEquals(ProfileSkill.Level.BASIC, skill(mid, "kubernetes").level());
    assertEquals("Kubernetes(배포 수준)", skill(mid, "kubernetes").basicBecause());

    Profile junior = read(Path.of("profiles/junior-analyst-to-engineer.md"));
    assertEquals(ProfileSkill.Level.BASIC, skill(junior, "airflow").level());
    assertEquals("Airflow(기초)", skill(junior, "airflow").basicBecause());
    assertEquals(ProfileSkill.Level.BASIC, skill(junior, "docker").level());
    // Named only on a line of a course taken and practice done.
    assertEquals(ProfileSkill.Level.BASIC, skill(junior, "spark").level());
    assertTrue(skill(junior, "spark").basicBecause().contains("입문 강의 수강"));
    assertEquals(ProfileSkill.Level.FULL, skill(junior, "python").level());
    assertEquals(ProfileSkill.Level.FULL, skill(junior, "bigquery").level());
    assertEquals(2.0, junior.years().years(), 1e-9);
    assertEquals(ProfileYears.Basis.HISTORY, junior.years().basis());
  }

  @Test
  void aSkillsFileIsLookedUpByAlias() {
    Profile p = read(Path.of("profiles/skills-only.txt"));
    assertEquals(Profile.Form.SKILLS_FILE, p.form());
    assertEquals(List.of("spark", "kafka", "python", "airflow", "aws"),
        p.skills().stream().map(ProfileSkill::id).toList());
    assertEquals(List.of("파이썬"), skill(p, "python").evidence());
    assertEquals(4.0, p.years().years(), 1e-9);
    assertTrue(p.problems().isEmpty());
  }

  @Test
  void anUnknownNameInASkillsFileIsOneProblemAndTheRestIsRead() throws Exception {
    Path file = tmp.resolve("me.txt");
    Files.writeString(file, "skills: 스파크, sparkk, Kubernetes (기초)\nyears: 3\n");
    Profile p = read(file);
    assertEquals(List.of("spark", "kubernetes"), p.skills().stream().map(ProfileSkill::id).toList());
    assertEquals(ProfileSkill.Level.BASIC, skill(p, "kubernetes").level());
    assertEquals(1, p.problems().size());
    assertTrue(p.problems().get(0).startsWith("unknown skill 'sparkk'; did you mean spark"),
        p.problems().get(0));
  }

  @Test
  void aFileWithOtherLinesIsAResume() {
    assertTrue(ProfileReader.isSkillsFile("# me\nskills: spark\nyears: 2\n"));
    assertTrue(ProfileReader.isSkillsFile("기술: 스파크, 카프카"));
    assertFalse(ProfileReader.isSkillsFile("기술: Spark\n한빛데이터에서 3년 일했습니다.\n"));
    assertFalse(ProfileReader.isSkillsFile("years: 3\n"));
  }

  @Test
  void aResumeInAnotherFormatReadsTheSame() throws Exception {
    Path md = Path.of("profiles/junior-analyst-to-engineer.md");
    Path docx = tmp.resolve("junior.docx");
    Files.write(docx, SampleGenerator.docx(Files.readString(md)));
    Profile fromMd = read(md);
    Profile fromDocx = read(docx);
    assertEquals(levels(fromMd), levels(fromDocx));
    assertEquals(fromMd.years().years(), fromDocx.years().years());
  }

  private static java.util.Map<String, ProfileSkill.Level> levels(Profile p) {
    java.util.Map<String, ProfileSkill.Level> out = new java.util.TreeMap<>();
    p.skills().forEach(s -> out.put(s.id(), s.level()));
    return out;
  }
}
