package dev.gonggo.cli;

/** A mistake in what the user asked for, found while running: reported as a usage error. */
public class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}
