package dev.gonggo.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text posting into characters, detecting the encoding rather than assuming
 * it: a byte-order mark first, then strict UTF-8, then CP949 (the superset of EUC-KR that Korean
 * Windows writes). Strict UTF-8 is a reliable test: Korean text in CP949 is almost never valid
 * UTF-8, so no statistical guessing is needed for the encodings Korean postings come in.
 */
public final class TextDecoder {

  /** CP949; Java calls it x-windows-949. EUC-KR text decodes identically under it. */
  static final Charset CP949 = Charset.forName("x-windows-949");

  private TextDecoder() {}

  /** The decoded text and the charset it was found to be in. */
  public record Decoded(String text, Charset charset) {}

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
    if (cp949 != null) {
      return new Decoded(cp949, CP949);
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
