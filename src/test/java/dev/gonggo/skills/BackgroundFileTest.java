package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed background-df.tsv is what the generator makes of samples/ today. */
class BackgroundFileTest {

  @Test
  void backgroundFileIsCurrent() throws Exception {
    assertEquals(BackgroundGenerator.generate(BackgroundGenerator.SAMPLES),
        Files.readString(BackgroundGenerator.OUTPUT, StandardCharsets.UTF_8),
        "background-df.tsv is stale: regenerate it with the command in BackgroundGenerator");
  }

  @Test
  void theFileReadsBack() {
    BackgroundFrequencies b = BackgroundFrequencies.builtIn();
    assertEquals(20, b.docCount());
    assertEquals(true, b.docFreq(List.of("데이터")) > 10, "데이터 is in most samples");
    assertEquals(true, b.docFreq(List.of("데이터", "플랫폼")) >= 2, "phrases are counted too");
    assertEquals(0, b.docFreq(List.of("없는말")));
  }
}
