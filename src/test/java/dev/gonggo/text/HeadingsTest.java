package dev.gonggo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The key a heading is looked up by: what its character loops give is what the rules, written
 * as the regexes they were first, give.
 */
class HeadingsTest {

  @Test
  void keyDropsDecorationSpacesAndCase() {
    assertEquals("자격요건", Headings.key("[ 자격 요건 ] :"));
    assertEquals("우대사항", Headings.key("■ **우대사항** ✨"));
    assertEquals("requirements", Headings.key("## Requirements:"));
    assertEquals("기술스택", Headings.key("2. 기술 스택 💻"));
    assertEquals("우대사항", Headings.key("`우대사항`"));
  }

  @Test
  void keyIsWhatTheRegexesGiveOnRandomHeadings() {
    Pattern lead = Pattern.compile(
        "^(?:#{1,6}\\s*|\\*{1,2}|__|[■□◆◇▶▷►▣◈●○※•·ㆍ▪◦❖✔✓☑★☆>`\\-–]\\s*|"
            + "(?:\\d{1,2}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[가나다라마바사아자차카타파하]|[A-Za-z])[.)]\\s+|\\(\\d{1,2}\\)\\s*|"
            + "[\\[【〔〈<「『(\\p{So}]\\s*)+");
    Pattern trail = Pattern.compile("[\\s\\]】〕〉>」』)*_:：.!\\p{So}\\p{Sk}\\uFE0F\\u200D]+$");
    Pattern dropped = Pattern.compile("[\\s*_`'’]");
    String alphabet = "자격요건 Ab1.:：)]】>」_*`'’!#■-( \t\u200D\uFE0F^";
    String[] pieces = {"\uD83D\uDCBB", "\u2728", "우대사항", "2) "}; // 💻, ✨
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        s.append(random.nextInt(6) == 0 ? pieces[random.nextInt(pieces.length)]
            : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String heading = s.toString();
      String cleaned = trail.matcher(lead.matcher(heading.strip()).replaceFirst(""))
          .replaceFirst("").strip();
      String expected = dropped.matcher(cleaned).replaceAll("").toLowerCase(Locale.ROOT);
      assertEquals(expected, Headings.key(heading), () -> "for \"" + heading + "\"");
    }
  }
}
