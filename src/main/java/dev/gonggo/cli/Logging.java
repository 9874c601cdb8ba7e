package dev.gonggo.cli;

/**
 * Keeps the libraries quiet. PDFBox, POI and Tika all log through SLF4J into slf4j-simple; its
 * level is read once, when the first logger is made, so it is set before any library class loads.
 */
final class Logging {

  private static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private Logging() {}

  static void quiet() {
    if (System.getProperty(LEVEL) == null) {
      System.setProperty(LEVEL, "off");
    }
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
  }

  static void verbose() {
    System.setProperty(LEVEL, "warn");
  }
}
