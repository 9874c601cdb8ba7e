package dev.gonggo.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("dev" when run from classes). */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Gonggo.class.getPackage().getImplementationVersion();
    return new String[] {"gonggo " + (v == null ? "dev" : v)};
  }
}
