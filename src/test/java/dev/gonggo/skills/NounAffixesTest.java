package dev.gonggo.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The syllables written onto a noun, as noun-affixes.tsv gives them. */
class NounAffixesTest {

  static final NounAffixes AFFIXES = NounAffixes.builtIn();

  @Test
  void theBuiltInFileSaysWhichSyllablesMakeAnotherWordOfANoun() {
    assertTrue(AFFIXES.is(NounAffixes.Kind.SUFFIX, '화'));
    assertTrue(AFFIXES.is(NounAffixes.Kind.PARTICLE, '를'));
    assertTrue(AFFIXES.is(NounAffixes.Kind.VERB, '하'));
    assertFalse(AFFIXES.is(NounAffixes.Kind.SUFFIX, '데'));
  }

  @Test
  void aPersonARelationOrASuffixLeavesTheNounWholeAnyOtherSyllableCompletesIt() {
    assertTrue(AFFIXES.leavesTheNounWhole('가')); // 분석가
    assertTrue(AFFIXES.leavesTheNounWhole('용')); // 서비스용
    assertTrue(AFFIXES.leavesTheNounWhole('형')); // 보장형
    assertFalse(AFFIXES.leavesTheNounWhole('광')); // 태양광
    assertFalse(AFFIXES.leavesTheNounWhole('큐')); // 메시지큐
  }

  @Test
  void anUnknownKindIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NounAffixes.read(new StringReader("kind\tsyllables\texamples\nsuffix\t화\t시각화\n"
            + "infix\t가\t-\n"), "x.tsv"));
    assertEquals("x.tsv line 3: kind must be particle, suffix, person, relation, verb or unit,"
        + " not 'infix'", e.getMessage());
  }
}
