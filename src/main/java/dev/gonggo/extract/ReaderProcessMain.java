package dev.gonggo.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The main class of a {@link ReaderProcess}: reads requests from stdin and answers on stdout
 * until stdin ends. Arguments: the characters kept per file, and the time limit in milliseconds.
 */
public final class ReaderProcessMain {

  /** How far past the time limit a parse may run before the child ends itself. */
  private static final long SELF_KILL_GRACE_MILLIS = 10_000;

  private ReaderProcessMain() {}

  public static void main(String[] args) throws IOException {
    int maxChars = Integer.parseInt(args[0]);
    long timeoutMillis = Long.parseLong(args[1]);
    // stdout carries the answers: anything a library prints goes to stderr instead
    DataOutputStream out = new DataOutputStream(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));

    DocumentReader reader = new DocumentReader(maxChars);
    // Tika is built before the parent is told the reader is ready: a reader starts only for a
    // file that needs Tika, and a file's time limit should measure its parse, not that build.
    reader.prepare();
    Watchdog watchdog = new Watchdog(timeoutMillis + SELF_KILL_GRACE_MILLIS);
    out.writeByte(ReaderProcess.READY);
    out.flush();
    while (true) {
      String name;
      byte[] bytes;
      try {
        name = ReaderProcess.readString(in);
        bytes = ReaderProcess.readBytes(in);
      } catch (EOFException e) {
        return; // the parent is done, or gone
      }
      watchdog.begin();
      DocumentReader.Result result = reader.read(name, bytes);
      watchdog.end();
      ReaderProcess.writeAnswer(out, result);
    }
  }

  /** Halts the JVM when one file runs far past its limit and no parent has killed it. */
  private static final class Watchdog extends Thread {
    private final long limitMillis;
    private volatile long startedAt;

    Watchdog(long limitMillis) {
      super("gonggo-reader-watchdog");
      this.limitMillis = limitMillis;
      setDaemon(true);
      start();
    }

    void begin() {
      startedAt = System.nanoTime();
    }

    void end() {
      startedAt = 0;
    }

    @Override
    public void run() {
      while (true) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
        long began = startedAt;
        if (began != 0 && (System.nanoTime() - began) / 1_000_000 > limitMillis) {
          Runtime.getRuntime().halt(2);
        }
      }
    }
  }
}
