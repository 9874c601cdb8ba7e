package dev.gonggo.extract;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipInputStream;

/**
 * Refuses a zip package (DOCX, HWPX, ODT…) that inflates far beyond its size before any parser
 * sees it. POI reads a DOCX's document.xml whole into XmlBeans before Tika's write limit can
 * stop it, so a DOCX bomb of a few megabytes would otherwise cost gigabytes and minutes. The
 * check inflates every entry once, counting, and stops at the first sign of a bomb; for a real
 * posting (under a megabyte of XML) that is a few milliseconds.
 */
final class InflationCheck {

  static final String BOMB = "it expands to far more than a posting holds (a zip bomb?)";
  /** Inflated:compressed ratio allowed once an entry has inflated past {@link #RATIO_FREE_BYTES}. */
  static final long MAX_RATIO = 100;
  static final long RATIO_FREE_BYTES = 10L * 1024 * 1024;
  /** All entries together, inflated: far more than the XML of any posting. */
  static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

  private InflationCheck() {}

  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** Throws when the package is a bomb; a zip too damaged to walk is left to the parser to judge. */
  static void check(byte[] bytes) throws UnreadableFileException {
    Counting raw = new Counting(new ByteArrayInputStream(bytes));
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(raw)) {
      while (zip.getNextEntry() != null) {
        long rawStart = raw.count;
        long inflated = 0;
        for (int n; (n = zip.read(buffer)) > 0; ) {
          inflated += n;
          total += n;
          long compressed = Math.max(1, raw.count - rawStart);
          if (total > MAX_TOTAL_BYTES
              || (inflated > RATIO_FREE_BYTES && inflated / compressed > MAX_RATIO)) {
            throw new UnreadableFileException(BOMB);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // damaged: the parser says so in its own words
    }
  }

  /** Counts the compressed bytes the zip reader has taken. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
