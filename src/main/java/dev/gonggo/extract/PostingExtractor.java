package dev.gonggo.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns one posting file into its raw text, whatever the format: text and Markdown in any of the
 * encodings Korean postings come in, HTML pages and job-site fragments, and everything Tika reads
 * (PDF, DOCX, DOC, HWP, HWPX through gonggo's own parser, RTF, ODT).
 *
 * <p>Every failure becomes an {@link Extraction} with a plain reason; nothing is thrown. The size
 * limit is checked before a byte is read. Then the bytes are parsed either
 * <ul>
 *   <li>{@linkplain #isolated isolated}, in a {@link ReaderProcess}: a file that runs past the time
 *       limit is ended by killing that process, one that needs more memory than its heap ends only
 *       that process, and a fresh one reads the next file. What the commands use, for every file
 *       that reaches Tika's parsers; plain text and HTML, read by gonggo's own bounded decoders,
 *       stay in this JVM.</li>
 *   <li>in process, on a worker thread: a file past the time limit is abandoned, but a parse that
 *       ignores interruption keeps its thread, and a bomb that escapes the parsers' own limits
 *       takes this JVM's memory. For tests and trusted files.</li>
 * </ul>
 * One extractor is meant to be shared by the threads of a run; it keeps one reader process per
 * thread that reads at once.
 */
public final class PostingExtractor implements AutoCloseable {

  private final ExtractionLimits limits;
  private final boolean isolated;
  private volatile DocumentReader inProcess;
  private volatile boolean noReaderProcess;
  private final Deque<ReaderProcess> idle = new ArrayDeque<>();
  private final Set<ReaderProcess> running = new HashSet<>();
  private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(
      daemon("gonggo-extract-alarm"));
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("gonggo-extract"));

  /** Reads in this JVM (see the class comment). */
  public PostingExtractor(ExtractionLimits limits) {
    this(limits, false);
  }

  /** Reads in this JVM with the default limits. */
  public PostingExtractor() {
    this(ExtractionLimits.DEFAULT, false);
  }

  private PostingExtractor(ExtractionLimits limits, boolean isolated) {
    this.limits = limits;
    this.isolated = isolated;
  }

  /** Reads every file in a reader process, so no single file can hang or crash the caller. */
  public static PostingExtractor isolated(ExtractionLimits limits) {
    return new PostingExtractor(limits, true);
  }

  public ExtractionLimits limits() {
    return limits;
  }

  public Extraction extract(Path file) {
    long size;
    try {
      if (Files.isDirectory(file)) {
        return Extraction.failed(file, null, "it is a folder, not a file");
      }
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      return Extraction.failed(file, null, Files.isSymbolicLink(file)
          ? "the link points to a file that does not exist" : "the file does not exist");
    } catch (IOException e) {
      return Extraction.failed(file, null, "the file cannot be read (" + plain(e) + ")");
    }
    if (size == 0) {
      return Extraction.failed(file, null, "the file is empty");
    }
    if (size > limits.maxBytes()) {
      return tooLarge(file, size);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      return Extraction.failed(file, null, "permission denied");
    } catch (IOException e) {
      return Extraction.failed(file, null, "the file cannot be read (" + plain(e) + ")", e);
    }
    if (bytes.length > limits.maxBytes()) { // it grew since it was measured
      return tooLarge(file, bytes.length);
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    // Plain text and HTML never reach Tika's parsers, so they need no reader process.
    return isolated && !noReaderProcess && !DocumentReader.isPlainText(bytes)
        ? readInProcess(file, name, bytes) : readOnThread(file, name, bytes);
  }

  private Extraction readInProcess(Path file, String name, byte[] bytes) {
    ReaderProcess reader;
    try {
      reader = borrow();
    } catch (IOException e) {
      noReaderProcess = true; // cannot start a JVM here: read in this one rather than not at all
      return readOnThread(file, name, bytes);
    }
    ScheduledFuture<?> alarm =
        alarms.schedule(reader::kill, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      DocumentReader.Result result = reader.read(name, bytes);
      alarm.cancel(false);
      giveBack(reader, !reader.wasKilled());
      return result.toExtraction(file);
    } catch (IOException e) {
      alarm.cancel(false);
      giveBack(reader, false);
      if (reader.wasKilled()) {
        return overTime(file);
      }
      int exit = reader.exitCode();
      if (exit == ReaderProcess.OUT_OF_MEMORY_EXIT) {
        return Extraction.failed(file, null, "it needs more memory than gonggo gives one file ("
            + limits.readerMemoryMb() + " MB)");
      }
      return Extraction.failed(file, null,
          "the reader process crashed on it (exit code " + exit + ")", e);
    }
  }

  private ReaderProcess borrow() throws IOException {
    synchronized (idle) {
      ReaderProcess reader = idle.poll();
      if (reader != null) {
        return reader;
      }
    }
    ReaderProcess reader = ReaderProcess.start(limits);
    synchronized (idle) {
      running.add(reader);
    }
    return reader;
  }

  /** Keeps a process that answered for the next file; a killed or dead one is dropped. */
  private void giveBack(ReaderProcess reader, boolean reusable) {
    synchronized (idle) {
      if (reusable) {
        idle.push(reader);
        return;
      }
      running.remove(reader);
    }
    reader.kill();
  }

  private Extraction readOnThread(Path file, String name, byte[] bytes) {
    Future<DocumentReader.Result> job = workers.submit(() -> documentReader().read(name, bytes));
    try {
      return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS).toExtraction(file);
    } catch (TimeoutException e) {
      job.cancel(true);
      return overTime(file);
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      return Extraction.failed(file, null, "reading it was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof OutOfMemoryError) {
        return Extraction.failed(file, null, "it needs more memory than gonggo can give one file");
      }
      return Extraction.failed(file, null, "gonggo failed on it (" + plain(cause) + ")", cause);
    }
  }

  private DocumentReader documentReader() {
    DocumentReader reader = inProcess;
    if (reader == null) {
      synchronized (this) {
        if (inProcess == null) {
          inProcess = new DocumentReader(limits.maxChars());
        }
        reader = inProcess;
      }
    }
    return reader;
  }

  private Extraction overTime(Path file) {
    return Extraction.failed(file, null, "reading it took longer than the "
        + seconds(limits.timeout().toMillis()) + " s time limit");
  }

  private Extraction tooLarge(Path file, long size) {
    return Extraction.failed(file, null, String.format(Locale.ROOT,
        "the file is %s, over the %s size limit", megabytes(size), megabytes(limits.maxBytes())));
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? Long.toString(millis / 1000)
        : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static String plain(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true); // a parse that never ends must not keep the JVM alive
      return t;
    };
  }

  @Override
  public void close() {
    alarms.shutdownNow();
    workers.shutdownNow();
    Set<ReaderProcess> all;
    synchronized (idle) {
      all = new HashSet<>(running);
      running.clear();
      idle.clear();
    }
    all.parallelStream().forEach(ReaderProcess::close);
  }
}
