package dev.gonggo.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns the bytes of one posting file into its text, in the JVM that calls it: detects the
 * format, decodes text and Markdown, cleans HTML with jsoup, and hands everything else to Tika.
 * This is where hostile bytes meet parsers, so {@link PostingExtractor} normally runs it inside a
 * {@link ReaderProcess}; it holds no limits of its own beyond the number of characters kept.
 * Thread-safe: Tika's parser is, and it is costly to build, so one reader is shared.
 */
final class DocumentReader {

  private final int maxChars;
  /** Tika's type detection, needed for every file. */
  private final Detector detector = new DefaultDetector();

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  /**
   * An HWPX package's first zip entry as stored: name length 8, no extra field, the name
   * "mimetype" and, uncompressed, its content (offsets 26 to 56 of the file).
   */
  private static final byte[] HWPX_MIMETYPE_ENTRY = hwpxMimetypeEntry();
  /** The type {@link #read} detected, handed to the parser with the file's metadata. */
  private static final String DETECTED = "gonggo:detected-type";
  /**
   * Tika's parsers, built on the first file that needs them (PDF, DOCX, HWP…): loading them all
   * costs a fresh JVM about as much as the rest of a text posting's analysis.
   */
  private volatile AutoDetectParser tika;

  DocumentReader(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * What was read: the type, title and text (and a warning when bytes were repaired), or the
   * plain reason it could not be.
   */
  record Result(String contentType, String title, String text, String error, Throwable cause,
      String warning) {
    Result(String contentType, String title, String text) {
      this(contentType, title, text, null, null, null);
    }

    static Result failed(String type, String error, Throwable cause) {
      return new Result(type, null, null, error, cause, null);
    }

    Extraction toExtraction(java.nio.file.Path file) {
      return error == null ? Extraction.read(file, contentType, title, text, warning)
          : Extraction.failed(file, contentType, error, cause);
    }
  }

  Result read(String fileName, byte[] bytes) {
    String type = plainTextType(fileName, bytes).or(() -> packageType(fileName, bytes))
        .orElseGet(() -> detect(bytes, fileName));
    try {
      Result result;
      if (isHtml(type, bytes)) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        HtmlText.Result html = HtmlText.extract(decoded.text());
        result = new Result(type, html.title(), html.text(), null, null, decoded.warning());
      } else if (type.startsWith("text/")) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = decoded.text();
        if (HtmlText.isMarkup(text)) {
          // a scraped row written as text, its fields still in the site's HTML
          HtmlText.Result html = HtmlText.extractFromText(text);
          text = html.text();
        }
        result = new Result(type, TitleLine.find(text), text, null, null, decoded.warning());
      } else {
        result = parseWithTika(fileName, bytes, type);
      }
      if (result.text().isBlank()) {
        return Result.failed(type, type.equals("application/pdf")
            ? "no text found in the PDF (a scanned image?)" : "no text found in the file", null);
      }
      return result;
    } catch (UnreadableFileException e) {
      return Result.failed(type, e.getMessage(), e.getCause());
    } catch (StackOverflowError e) {
      return Result.failed(type, "it is nested too deeply to read", null);
    } catch (RuntimeException e) {
      return Result.failed(type, "gonggo failed on it (" + PostingExtractor.plain(e) + ")", e);
    }
  }

  private Result parseWithTika(String fileName, byte[] bytes, String type)
      throws UnreadableFileException {
    if (type.equals(MediaType.OCTET_STREAM.toString())) {
      throw new UnreadableFileException("the file is not in any document format gonggo reads");
    }
    if (InflationCheck.isZip(bytes)) {
      InflationCheck.check(bytes);
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    metadata.set(DETECTED, type);
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    try (InputStream in = TikaInputStream.get(bytes)) {
      parser().parse(in, handler, metadata, context());
    } catch (EncryptedDocumentException e) {
      throw new UnreadableFileException("the document is password-protected", e);
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new UnreadableFileException(damaged(type, fileName, e), e);
      }
      // over maxChars: keep the text read so far, as a posting never runs that long
    } catch (TikaException | IOException | RuntimeException e) {
      throw new UnreadableFileException(damaged(type, fileName, e), e);
    }
    return new Result(type, plausibleTitle(metadata.get(TikaCoreProperties.TITLE)),
        handler.toString());
  }

  /**
   * DOCX through Tika's streaming (SAX) extractor rather than POI's object model: the same text
   * for a quarter less CPU in a reader process.
   */
  private static ParseContext context() {
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    ParseContext context = new ParseContext();
    context.set(OfficeParserConfig.class, office);
    return context;
  }

  /** Builds Tika's parsers now rather than for the first file that needs them. */
  void prepare() {
    parser();
  }

  private AutoDetectParser parser() {
    AutoDetectParser parser = tika;
    if (parser == null) {
      synchronized (this) {
        if (tika == null) {
          tika = new AutoDetectParser(new DetectedFirst(detector));
        }
        parser = tika;
      }
    }
    return parser;
  }

  /**
   * Text, Markdown and HTML are read by gonggo's own decoders (and jsoup, held to a bounded
   * depth), never by Tika's parsers: safe to read in the calling JVM. Anything with the magic of
   * a PDF, RTF, zip package or OLE2 file, or with binary bytes, is not.
   */
  static boolean isPlainText(byte[] bytes) {
    return !TextDecoder.looksBinary(bytes) && !startsWith(bytes, "%PDF") && !startsWith(bytes, "{\\rtf")
        && !InflationCheck.isZip(bytes)
        && !(bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
            && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0);
  }

  private static boolean startsWith(byte[] bytes, String ascii) {
    if (bytes.length < ascii.length()) {
      return false;
    }
    for (int i = 0; i < ascii.length(); i++) {
      if (bytes[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
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

  /**
   * The type of a text, Markdown or HTML file whose name says so and whose bytes agree, without
   * Tika's detector: its magic patterns, tried one by one, took most of the time a text posting
   * took to read. The type is the one Tika gives such a file (DocumentReaderTest holds that);
   * any other file goes to Tika.
   */
  static Optional<String> plainTextType(String fileName, byte[] bytes) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = switch (ext) {
      case "txt", "text" -> "text/plain";
      case "md", "markdown" -> "text/markdown";
      case "html", "htm" -> "text/html";
      default -> null;
    };
    if (type == null || !isPlainText(bytes)) {
      return Optional.empty();
    }
    String opening = opening(bytes);
    boolean markup = opening.startsWith("<");
    if (markup && (!type.equals("text/html") || opening.startsWith("<?"))) {
      return Optional.empty(); // text that opens with a tag, or XML: Tika reads its magic
    }
    return Optional.of(type);
  }

  /**
   * The type of a PDF, HWPX or DOCX file whose name says so and whose first bytes agree, without
   * the magic patterns of Tika's detector, tried one by one for every file: a PDF by its header,
   * an HWPX package by the mimetype entry it opens with (what Tika's magic for it reads), a DOCX
   * package by Tika's zip container detector alone. The type is the one Tika's full detection
   * gives (DocumentReaderTest holds that); any other file is detected in full.
   */
  Optional<String> packageType(String fileName, byte[] bytes) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    switch (ext) {
      case "pdf":
        return startsWith(bytes, "%PDF-") ? Optional.of("application/pdf") : Optional.empty();
      case "hwpx":
        return InflationCheck.isZip(bytes) && regionIs(bytes, 26, HWPX_MIMETYPE_ENTRY)
            ? Optional.of(HwpxParser.HWPX.toString()) : Optional.empty();
      case "docx":
        if (!InflationCheck.isZip(bytes)) {
          return Optional.empty();
        }
        String type = detect(ZipPackages.DETECTOR, bytes, fileName);
        return type.equals(DOCX) ? Optional.of(type) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** Tika's detector of OOXML and other zip packages on its own, built when first needed. */
  private static final class ZipPackages {
    static final Detector DETECTOR = new DefaultZipContainerDetector();
  }

  private static boolean regionIs(byte[] bytes, int offset, byte[] expected) {
    return bytes.length >= offset + expected.length
        && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
  }

  private static byte[] hwpxMimetypeEntry() {
    byte[] rest = "mimetypeapplication/hwp+zip".getBytes(StandardCharsets.US_ASCII);
    byte[] entry = new byte[4 + rest.length];
    entry[0] = 8; // name length, little-endian; extra field length 0
    System.arraycopy(rest, 0, entry, 4, rest.length);
    return entry;
  }

  /** The first bytes after a UTF-8 BOM and white space, as Latin-1. */
  private static String opening(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && i < 1024 && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n'
        || bytes[i] == '\r')) {
      i++;
    }
    return new String(bytes, i, Math.min(bytes.length - i, 16), StandardCharsets.ISO_8859_1);
  }

  /**
   * Tika's detector, except for a document whose type {@link #read} has already detected: the
   * parser detecting it again took a fifth of the time a reader spent on PDF, DOCX and HWPX files.
   * Embedded documents carry no such type and are detected as usual.
   */
  private record DetectedFirst(Detector detector) implements Detector {
    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
      String detected = metadata.get(DETECTED);
      return detected != null ? MediaType.parse(detected) : detector.detect(input, metadata);
    }
  }

  String detect(byte[] bytes, String fileName) {
    return detect(detector, bytes, fileName);
  }

  /** The base type a detector gives the file, octet-stream when it fails. */
  private static String detect(Detector detector, byte[] bytes, String fileName) {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    try (InputStream in = TikaInputStream.get(bytes)) {
      return detector.detect(in, metadata).getBaseType().toString();
    } catch (IOException | RuntimeException e) {
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
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<section") || head.startsWith("<div") || head.startsWith("<!doctype html")
        || head.startsWith("<html") || head.startsWith("<article");
  }

  /**
   * A damaged file in plain words, named by its type or, when it is too damaged for its type to
   * be known beyond its container (OLE2, zip), by the name it claims.
   */
  private static String damaged(String type, String fileName, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("zip bomb") || m.contains("too large")) {
        return InflationCheck.BOMB;
      }
      if (m.contains("doctype") || m.contains("dtd") || m.contains("entity expansion")) {
        return "it declares XML entities, which no posting needs (an entity bomb?)";
      }
    }
    String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (type.equals("application/x-tika-msoffice") || type.equals("application/zip")) {
      type = switch (ext) {
        case "hwp" -> "application/x-hwp-v5";
        case "hwpx" -> "application/hwp+zip";
        case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        case "doc" -> "application/msword";
        default -> type;
      };
    }
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
}
