package dev.gonggo.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Counts and sums of money as Korean postings write them. */
class NumbersTest {

  @Test
  void counts() {
    assertEquals(1200, Numbers.count("1,200"));
    assertEquals(3000, Numbers.count("3천"));
    assertEquals(15000, Numbers.count("1.5만"));
    assertEquals(300, Numbers.count("300"));
  }

  @Test
  void sumsInHundredsOfMillionsOfWon() {
    assertEquals(300, Numbers.hundredMillions("300억"));
    assertEquals(3000, Numbers.hundredMillions("3천억"));
    assertEquals(1000, Numbers.hundredMillions("1,000억"));
    assertEquals(10000, Numbers.hundredMillions("1조"));
    assertEquals(12000, Numbers.hundredMillions("1조 2천억"));
    assertEquals(15000, Numbers.hundredMillions("1.5조"));
  }
}
