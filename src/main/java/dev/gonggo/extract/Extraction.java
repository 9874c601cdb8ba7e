package dev.gonggo.extract;

import java.nio.file.Path;

/**
 * What the extraction stage made of one file: its raw text and what is known of it, or the plain
 * reason it could not be read.
 *
 * @param file the file as the user named it
 * @param contentType the detected media type, without parameters; null when not detected
 * @param title the document's own title when it has one (metadata, HTML title, a header line)
 * @param text the extracted text before normalisation; null when {@code error} is set
 * @param error a one-line reason in plain words when the file could not be read, else null
 * @param cause what went wrong inside, for {@code --verbose}; null when there is nothing to add
 * @param warning what was read with a repair, in plain words (bytes replaced); else null
 */
public record Extraction(Path file, String contentType, String title, String text, String error,
    Throwable cause, String warning) {

  public Extraction(Path file, String contentType, String title, String text) {
    this(file, contentType, title, text, null, null, null);
  }

  public static Extraction read(Path file, String contentType, String title, String text,
      String warning) {
    return new Extraction(file, contentType, title, text, null, null, warning);
  }

  public static Extraction failed(Path file, String contentType, String error) {
    return new Extraction(file, contentType, null, null, error, null, null);
  }

  public static Extraction failed(Path file, String contentType, String error, Throwable cause) {
    return new Extraction(file, contentType, null, null, error, cause, null);
  }

  public boolean ok() {
    return error == null;
  }
}
