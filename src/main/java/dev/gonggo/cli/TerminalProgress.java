package dev.gonggo.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar (count, rate, ETA) redrawn in place on a terminal; on a pipe or a file
 * it draws nothing, so logs stay plain.
 */
final class TerminalProgress {

  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private long startNanos;
  private long lastDrawNanos;
  private int total;
  private int done;
  private boolean drawn;

  TerminalProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** On when stdout and stderr are a terminal (Java 17: a console exists only then). */
  static boolean onTerminal() {
    return System.console() != null;
  }

  synchronized void start(int total) {
    this.total = total;
    this.startNanos = System.nanoTime();
  }

  synchronized void advance(int done) {
    this.done = done;
    long now = System.nanoTime();
    if (enabled && (now - lastDrawNanos >= REDRAW_NANOS || done == total)) {
      lastDrawNanos = now;
      draw(now);
    }
  }

  /** Clears the bar so a message can be printed on a line of its own. */
  synchronized void clear() {
    if (enabled && drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  synchronized void redraw() {
    if (enabled && total > 0) {
      draw(System.nanoTime());
    }
  }

  synchronized void finish() {
    clear();
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    double rate = done / seconds;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" + " ".repeat(WIDTH - filled - 1) : "");
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    err.printf(Locale.ROOT, "\r\033[K%d/%d [%s] %.1f files/s  ETA %d:%02d", done, total, bar, rate,
        eta / 60, eta % 60);
    err.flush();
    drawn = true;
  }
}
