package dev.gonggo.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text posting into characters, detecting the encoding rather than assuming
 * it: a byte-order mark first, then strict UTF-8, then CP949 (the superset of EUC-KR that Korean
 * Windows writes). Strict UTF-8 is a reliable test: Korean text in CP949 is almost never valid
 * UTF-8, so no statistical guessing is needed for the encodings Korean postings come in.
 *
 * <p>A text valid in one of them but for a few bytes (a download cut in the middle of its last
 * character, a stray byte from a broken scrape) is read with those bytes replaced, and the
 * {@link Decoded#warning} says so: at most one bad byte in {@link #BAD_BYTES_PER} (and never fewer
 * than {@link #MIN_BAD_BYTES} allowed). Text in some other encoding has bad bytes everywhere and
 * is still refused.
 */
public final class TextDecoder {

  /** CP949; Java calls it x-windows-949. EUC-KR text decodes identically under it. */
  static final Charset CP949 = Charset.forName("x-windows-949");

  private TextDecoder() {}

  /** One bad byte allowed per this many; a Korean text in another encoding has far more. */
  static final int BAD_BYTES_PER = 1000;
  /** Bad bytes allowed in any text, however short: a cut last character is up to three. */
  static final int MIN_BAD_BYTES = 3;

  /**
   * The decoded text, the charset it was found to be in, and a warning in plain words when some
   * bytes were not valid in it and were replaced (else null).
   */
  public record Decoded(String text, Charset charset, String warning) {
    Decoded(String text, Charset charset) {
      this(text, charset, null);
    }
  }

  public static Decoded decode(byte[] bytes) throws UnreadableFileException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE);
    }
    if (looksBinary(bytes)) {
      throw new UnreadableFileException("the file holds binary data, not text");
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    String cp949 = strict(bytes, CP949);
    if (cp949 != null && mostlyHangul(cp949)) {
      return new Decoded(cp949, CP949);
    }
    Decoded nearly = nearly(bytes, StandardCharsets.UTF_8, "UTF-8");
    if (nearly == null) {
      nearly = nearly(bytes, CP949, "EUC-KR/CP949");
    }
    if (nearly != null) {
      return nearly;
    }
    throw new UnreadableFileException(
        "the text is in none of the encodings gonggo reads (UTF-8, UTF-16 with BOM, EUC-KR/CP949)");
  }

  private static String strict(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The text read in {@code charset} with its bad bytes replaced (U+FFFD), when they are few
   * enough; else null. Each malformed or unmappable sequence counts its bytes.
   */
  private static Decoded nearly(byte[] bytes, Charset charset, String name) {
    int allowed = Math.max(MIN_BAD_BYTES, bytes.length / BAD_BYTES_PER);
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    int bad = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        return null; // cannot happen: no byte makes more than one char in these charsets
      }
      bad += r.length();
      if (bad > allowed) {
        return null;
      }
      in.position(in.position() + r.length());
      out.put('\uFFFD');
    }
    decoder.flush(out);
    out.flip();
    if (charset.equals(CP949) && !mostlyHangul(out)) {
      return null;
    }
    String warning = bad + (bad == 1 ? " byte that is" : " bytes that are") + " not valid "
        + name + " replaced (a cut or damaged file?)";
    return new Decoded(out.toString(), charset, warning);
  }

  /**
   * Whether most characters beyond ASCII are Hangul syllables or jamo. Nearly any run of high
   * bytes is valid CP949 (its double-byte range is dense), mostly as Hanja and symbols; Korean text
   * in CP949 is mostly Hangul.
   */
  private static boolean mostlyHangul(CharSequence text) {
    int beyondAscii = 0;
    int hangul = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        beyondAscii++;
        if (c >= 0xAC00 && c <= 0xD7A3 || c >= 0x3131 && c <= 0x318E) {
          hangul++;
        }
      }
    }
    return hangul * 2 >= beyondAscii;
  }

  /** NUL bytes or many control bytes in the first few kilobytes: not a text file. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
