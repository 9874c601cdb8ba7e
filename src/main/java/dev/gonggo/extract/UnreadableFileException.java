package dev.gonggo.extract;

/** A file gonggo cannot read, with the reason in plain words (shown to the user as is). */
public class UnreadableFileException extends Exception {

  public UnreadableFileException(String reason) {
    super(reason);
  }

  public UnreadableFileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
