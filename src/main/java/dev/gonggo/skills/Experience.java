package dev.gonggo.skills;

/**
 * The years of experience a posting asks for.
 *
 * @param minYears the least years asked (0 for 신입 or 경력무관); null when the posting says nothing
 * @param maxYears the upper end of a range such as 3~7년, else null
 * @param start offset of the phrase it was read from, or -1
 * @param end offset just past that phrase, or -1
 */
public record Experience(Integer minYears, Integer maxYears, int start, int end) {

  public static final Experience UNKNOWN = new Experience(null, null, -1, -1);
}
