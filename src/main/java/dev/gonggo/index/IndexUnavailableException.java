package dev.gonggo.index;

/**
 * The index cannot be used as asked: another gonggo is writing it, it was made by an incompatible
 * gonggo, or there is none. The message says so in plain words and what to do about it.
 */
public class IndexUnavailableException extends RuntimeException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
