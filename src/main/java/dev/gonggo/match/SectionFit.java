package dev.gonggo.match;

import java.util.List;
import java.util.Locale;

/** How a profile meets what one part of a posting asks (its requirements, say). */
public record SectionFit(List<Ask> asks) {

  public static final SectionFit NONE = new SectionFit(List.of());

  public SectionFit {
    asks = List.copyOf(asks);
  }

  public boolean isEmpty() {
    return asks.isEmpty();
  }

  public int size() {
    return asks.size();
  }

  /** The credit earned over the asks, 0 to 1; 0 when nothing is asked. */
  public double coverage() {
    return asks.isEmpty() ? 0 : credit() / asks.size();
  }

  public double credit() {
    return asks.stream().mapToDouble(Ask::credit).sum();
  }

  public List<Ask> matched() {
    return asks.stream().filter(a -> a.met() == SkillCredit.Met.HAVE).toList();
  }

  public List<Ask> partial() {
    return asks.stream().filter(a -> a.best().partial()).toList();
  }

  public List<Ask> missing() {
    return asks.stream().filter(a -> a.met() == SkillCredit.Met.MISSING).toList();
  }

  /** Met out of asked, a partial match as a half: "3/5", "3.5/5". */
  public String ratio() {
    double c = credit();
    return (c == Math.rint(c) ? Integer.toString((int) c) : String.format(Locale.ROOT, "%.1f", c))
        + "/" + asks.size();
  }
}
