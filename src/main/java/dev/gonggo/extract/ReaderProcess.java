package dev.gonggo.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A child JVM that reads posting files with a {@link DocumentReader}, one at a time, so that a
 * hostile file can only take that JVM down: a parse that runs past the time limit is ended by
 * killing the process, one that exhausts its heap ends it by itself
 * ({@code -XX:+ExitOnOutOfMemoryError}), and either way the next file gets a fresh process. It
 * lives for the whole run, so its start (about as costly as building Tika in the parent) is paid
 * once per reading thread, not per file.
 *
 * <p>The conversation is binary, over the child's stdin and stdout: the child writes one byte when
 * its Tika is built; each request is the file's name and bytes, each answer a status, the type,
 * title and text or the reason. The child leaves when its stdin closes, so it never outlives a
 * parent that was killed; and it ends itself if one file runs far past the limit, in case the
 * parent is not there to kill it.
 */
final class ReaderProcess implements AutoCloseable {

  /** The exit code of a JVM that ran out of memory under -XX:+ExitOnOutOfMemoryError. */
  static final int OUT_OF_MEMORY_EXIT = 3;
  static final byte READY = 'R';
  private static final byte OK = 0;
  private static final byte FAILED = 1;

  /**
   * A class-data archive (AppCDS) for reader processes, set by the launcher: a reader loads Tika's
   * parsers, PDFBox and POI, which the main JVM's archive does not hold, and their loading was
   * most of a reader's start.
   */
  static final String ARCHIVE_PROPERTY = "gonggo.readerArchive";
  /** Where the first reader process of this JVM writes that archive when it ends (launcher only). */
  static final String ARCHIVE_AT_EXIT_PROPERTY = "gonggo.readerArchiveAtExit";
  private static final AtomicBoolean archiving = new AtomicBoolean();

  private final Process process;
  private final boolean writesArchive;
  private final DataOutputStream requests;
  private final DataInputStream answers;
  private volatile boolean killed;

  private ReaderProcess(Process process, boolean writesArchive) {
    this.process = process;
    this.writesArchive = writesArchive;
    this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
  }

  /** Starts a reader process and waits until it can read (its Tika built). */
  static ReaderProcess start(ExtractionLimits limits) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + limits.readerMemoryMb() + "m");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+UseSerialGC"); // a small heap, one parse at a time: the lightest collector
    // The client compiler only: C2's compiles of PDFBox and POI cost a reader more CPU than they
    // saved, even over 350 files each (700 binary postings: 62 s of CPU with C2, 36 s without).
    command.add("-XX:TieredStopAtLevel=1");
    // The JVM's own warnings (one is an archive it cannot use) to stderr: stdout carries answers.
    command.add("-Xlog:disable");
    command.add("-Xlog:all=warning:stderr");
    command.add("-Djava.awt.headless=true");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=off");
    boolean writesArchive = false;
    String atExit = System.getProperty(ARCHIVE_AT_EXIT_PROPERTY);
    String archive = System.getProperty(ARCHIVE_PROPERTY);
    if (atExit != null && archiving.compareAndSet(false, true)) {
      command.add("-XX:ArchiveClassesAtExit=" + atExit);
      writesArchive = true;
    } else if (archive != null && Files.isRegularFile(Path.of(archive))) {
      // A stale or foreign archive is ignored by the JVM (-Xshare:auto), never fatal.
      command.add("-XX:SharedArchiveFile=" + archive);
      command.add("-Xshare:auto");
    }
    command.add("-cp");
    command.add(classPath());
    command.add(ReaderProcessMain.class.getName());
    command.add(Integer.toString(limits.maxChars()));
    command.add(Long.toString(limits.timeout().toMillis()));
    Process p = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    ReaderProcess reader = new ReaderProcess(p, writesArchive);
    int ready;
    try {
      ready = reader.answers.read();
    } catch (IOException e) {
      reader.kill();
      throw e;
    }
    if (ready != READY) {
      reader.kill();
      throw new IOException("the reader process did not start (exit code " + reader.exitCode() + ")");
    }
    return reader;
  }

  /** The class path of this JVM, absolute, so the child finds the same classes from anywhere. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().toString());
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /**
   * Reads one file in the child. Throws IOException when the child died or was killed on the way
   * (see {@link #wasKilled()} and {@link #exitCode()}).
   */
  DocumentReader.Result read(String fileName, byte[] bytes) throws IOException {
    writeString(requests, fileName);
    requests.writeInt(bytes.length);
    requests.write(bytes);
    requests.flush();
    byte status = answers.readByte();
    String type = readString(answers);
    if (status == OK) {
      String title = readString(answers);
      String text = readString(answers);
      String warning = readString(answers);
      return new DocumentReader.Result(type, title, text, null, null, warning);
    }
    String reason = readString(answers);
    String trace = readString(answers);
    return DocumentReader.Result.failed(type, reason, trace == null ? null : new ChildFailure(trace));
  }

  /** Ends the child at once; a read in progress fails with an IOException. */
  void kill() {
    killed = true;
    process.destroyForcibly();
  }

  boolean wasKilled() {
    return killed;
  }

  /** The child's exit code once it has ended (waiting briefly for it), or -1 if it is alive. */
  int exitCode() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Asks the child to leave (end of its stdin) and makes sure it has. */
  @Override
  public void close() {
    try {
      requests.close();
      if (!process.waitFor(writesArchive ? 60 : 2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  static void writeAnswer(DataOutputStream out, DocumentReader.Result r) throws IOException {
    out.writeByte(r.error() == null ? OK : FAILED);
    writeString(out, r.contentType());
    if (r.error() == null) {
      writeString(out, r.title());
      writeString(out, r.text());
      writeString(out, r.warning());
    } else {
      writeString(out, r.error());
      writeString(out, r.cause() == null ? null : trace(r.cause()));
    }
    out.flush();
  }

  /** A string that may be null or longer than DataOutput.writeUTF allows. */
  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  static String readString(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] readBytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new EOFException("bad length");
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  private static String trace(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    return s.toString();
  }

  /** What went wrong inside the child, as its stack trace (shown with --verbose). */
  static final class ChildFailure extends Exception {
    ChildFailure(String trace) {
      super("in the reader process: " + trace.stripTrailing(), null, false, false);
    }
  }
}
