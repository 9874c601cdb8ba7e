package dev.gonggo.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns one posting file into its raw text, whatever the format: text and Markdown in any of the
 * encodings Korean postings come in, HTML pages and job-site fragments, and everything Tika reads
 * (PDF, DOCX, DOC, HWP, HWPX through gonggo's own parser, RTF, ODT).
 *
 * <p>Every failure becomes an {@link Extraction} with a plain reason; nothing is thrown. Parsing
 * runs on a worker thread so a file that takes longer than the time limit is abandoned and the run
 * goes on. One extractor is meant to be shared: Tika's parser is thread-safe and costly to build.
 */
public final class PostingExtractor implements AutoCloseable {

  private final ExtractionLimits limits;
  /** Tika's type detection, needed for every file. */
  private final Detector detector = new DefaultDetector();
  /**
   * Tika's parsers, built on the first file that needs them (PDF, DOCX, HWP…): loading them all
   * costs a fresh JVM about as much as the rest of a text posting's analysis.
   */
  private volatile AutoDetectParser tika;
  private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
    Thread t = new Thread(runnable, "gonggo-extract");
    t.setDaemon(true); // a parse that never ends must not keep the JVM alive
    return t;
  });

  public PostingExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  public PostingExtractor() {
    this(ExtractionLimits.DEFAULT);
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
      return Extraction.failed(file, null, String.format(Locale.ROOT,
          "the file is %s, over the %s size limit", megabytes(size), megabytes(limits.maxBytes())));
    }
    Future<Extraction> job = workers.submit(() -> read(file));
    try {
      return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      return Extraction.failed(file, null, "reading it took longer than the "
          + limits.timeout().toSeconds() + " s time limit");
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

  private Extraction read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      return Extraction.failed(file, null, "permission denied");
    } catch (IOException e) {
      return Extraction.failed(file, null, "the file cannot be read (" + plain(e) + ")", e);
    }
    String type = detect(bytes, file);
    try {
      Extraction result;
      if (isHtml(type, bytes)) {
        HtmlText.Result html = HtmlText.extract(TextDecoder.decode(bytes).text());
        result = new Extraction(file, type, html.title(), html.text());
      } else if (type.startsWith("text/")) {
        String text = TextDecoder.decode(bytes).text();
        result = new Extraction(file, type, TitleLine.find(text), text);
      } else {
        result = parseWithTika(file, bytes, type);
      }
      if (result.text().isBlank()) {
        return Extraction.failed(file, type, type.equals("application/pdf")
            ? "no text found in the PDF (a scanned image?)" : "no text found in the file");
      }
      return result;
    } catch (UnreadableFileException e) {
      return Extraction.failed(file, type, e.getMessage(), e.getCause());
    }
  }

  private Extraction parseWithTika(Path file, byte[] bytes, String type)
      throws UnreadableFileException {
    if (type.equals(MediaType.OCTET_STREAM.toString())) {
      throw new UnreadableFileException("the file is not in any document format gonggo reads");
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(limits.maxChars());
    try (InputStream in = TikaInputStream.get(bytes)) {
      parser().parse(in, handler, metadata, new ParseContext());
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException("the document is password-protected", e);
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new UnreadableFileException(damaged(type), e);
      }
      // over maxChars: keep the text read so far, as a posting never runs that long
    } catch (TikaException | IOException | RuntimeException e) {
      throw new UnreadableFileException(damaged(type), e);
    }
    return new Extraction(file, type, plausibleTitle(metadata.get(TikaCoreProperties.TITLE)),
        handler.toString());
  }

  private AutoDetectParser parser() {
    AutoDetectParser parser = tika;
    if (parser == null) {
      synchronized (this) {
        if (tika == null) {
          tika = new AutoDetectParser();
        }
        parser = tika;
      }
    }
    return parser;
  }

  /**
   * Document metadata titles are often junk: a single symbol, or bytes read in the wrong encoding
   * (Latin-1 letters and backslashes where Hangul was meant).
   */
  static String plausibleTitle(String title) {
    if (title == null) {
      return null;
    }
    String t = title.strip();
    long letters = t.codePoints().filter(Character::isLetter).count();
    boolean garbled = t.chars().anyMatch(c -> c < 0x20 || c == '\\' || (c >= 0x80 && c <= 0x24F));
    return letters < 2 || garbled ? null : t;
  }

  private String detect(byte[] bytes, Path file) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    try (InputStream in = TikaInputStream.get(bytes)) {
      return detector.detect(in, metadata).getBaseType().toString();
    } catch (IOException e) {
      return MediaType.OCTET_STREAM.toString();
    }
  }

  /**
   * Job-site fragments start with a tag but have no {@code <html>}: Tika calls them text/plain
   * unless the name ends in .html, so a text file that opens with markup is read as HTML too.
   */
  private static boolean isHtml(String type, byte[] bytes) {
    if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
      return true;
    }
    if (!type.equals("text/plain")) {
      return false;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512),
        java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<section") || head.startsWith("<div") || head.startsWith("<!doctype html")
        || head.startsWith("<html") || head.startsWith("<article");
  }

  private static String damaged(String type) {
    String what = switch (type) {
      case "application/pdf" -> "PDF";
      case "application/x-hwp-v5", "application/x-hwp" -> "HWP file";
      case "application/hwp+zip" -> "HWPX file";
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX file";
      case "application/msword" -> "DOC file";
      default -> "file of type " + type;
    };
    return "the " + what + " is damaged or not what its name says";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String plain(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
