package dev.gonggo.text;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A bound on the analysis of one posting, like the time limit on reading it: every stage is
 * linear in the text, but a bound keeps one hostile or enormous posting from holding a whole run.
 * The analysis runs {@link #within} a limit on the calling thread, and the stages' loops call
 * {@link #check} (cheap: a thread-local read and a clock read), which ends the analysis with an
 * {@link Exceeded} once the limit has passed. Outside {@link #within} a check does nothing, so the
 * stages can be called on their own.
 */
public final class AnalysisDeadline {

  private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

  private AnalysisDeadline() {}

  /** Runs the work with the limit set for this thread's checks; throws {@link Exceeded} past it. */
  public static <T> T within(Duration limit, Supplier<T> work) {
    long[] previous = DEADLINE.get();
    DEADLINE.set(new long[] {System.nanoTime() + limit.toNanos(), limit.toMillis()});
    try {
      return work.get();
    } finally {
      if (previous == null) {
        DEADLINE.remove();
      } else {
        DEADLINE.set(previous);
      }
    }
  }

  /** Ends the analysis when its limit has passed; nothing when no limit is set. */
  public static void check() {
    long[] deadline = DEADLINE.get();
    if (deadline != null && System.nanoTime() - deadline[0] >= 0) {
      throw new Exceeded(deadline[1]);
    }
  }

  /** The analysis ran past its limit; the message says so in plain words. */
  public static final class Exceeded extends RuntimeException {
    Exceeded(long limitMillis) {
      super("analysing it took longer than the " + seconds(limitMillis) + " s time limit", null,
          false, false);
    }

    private static String seconds(long millis) {
      return millis % 1000 == 0 ? Long.toString(millis / 1000)
          : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
  }
}
