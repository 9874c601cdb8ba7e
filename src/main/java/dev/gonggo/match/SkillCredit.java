package dev.gonggo.match;

/**
 * How a profile meets one skill a posting names.
 *
 * @param skill the posting's skill id
 * @param met how it is met
 * @param via the profile's skill that meets it partly ({@link Met#RELATED}), else null
 * @param credit 1 for a skill the person has, 0.5 for a basic or related one, 0 for none
 */
public record SkillCredit(String skill, Met met, String via, double credit) {

  /** How a skill is met. */
  public enum Met {
    /** The person has it. */
    HAVE,
    /** The person has it, at a basic level: partial. */
    BASIC,
    /** The person has a related skill (a part of it, its whole, a fork of it): partial. */
    RELATED,
    /** The person does not have it or anything related. */
    MISSING;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean partial() {
    return met == Met.BASIC || met == Met.RELATED;
  }

  /** The skill as a list shows it: {@code spark}, {@code aws≈emr}, {@code airflow (basic)}. */
  public String shown() {
    return switch (met) {
      case RELATED -> skill + "≈" + via;
      case BASIC -> skill + " (basic)";
      default -> skill;
    };
  }
}
