package dev.gonggo.solr;

import dev.gonggo.index.IndexUnavailableException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * gonggo's Solr configset (solr/configsets/gonggo in the project, inside gonggo's jar) and the
 * plugin jar the build makes beside gonggo's jar: what a Solr needs to hold gonggo's postings.
 */
public final class SolrConfigset {

  /** The configset's name on Solr. */
  public static final String NAME = "gonggo";
  /** The plugin jar's file name, beside gonggo's own jar (target/ in a build). */
  public static final String PLUGIN_JAR = "gonggo-solr-plugin.jar";
  static final List<String> FILES = List.of("solrconfig.xml", "schema.xml");
  private static final String RESOURCES = "/dev/gonggo/solr/configsets/gonggo/conf/";

  private SolrConfigset() {}

  /** The configset's files by name. */
  static Map<String, byte[]> files() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String name : FILES) {
      try (InputStream in = SolrConfigset.class.getResourceAsStream(RESOURCES + name)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCES + name);
        }
        out.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The configset as the zip the ConfigSets API takes. */
  static byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> f : files().entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The plugin jar the build made beside gonggo's classes. */
  public static Path pluginJar() {
    Path home;
    try {
      home = Path.of(SolrConfigset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IndexUnavailableException("cannot tell where gonggo is installed: " + e.getMessage());
    }
    Path jar = home.getParent().resolve(PLUGIN_JAR);
    if (!Files.isRegularFile(jar)) {
      throw new IndexUnavailableException("the Solr plugin " + jar + " is missing; build gonggo"
          + " again with: mvn package");
    }
    return jar;
  }

  /**
   * Writes {@code conf/} (the configset) and the plugin jar into a folder, made when missing.
   *
   * @return the files written
   */
  public static List<Path> write(Path dir) throws IOException {
    Path conf = dir.resolve("conf");
    Files.createDirectories(conf);
    for (Map.Entry<String, byte[]> f : files().entrySet()) {
      Files.write(conf.resolve(f.getKey()), f.getValue());
    }
    Path jar = dir.resolve(PLUGIN_JAR);
    Files.copy(pluginJar(), jar, StandardCopyOption.REPLACE_EXISTING);
    return List.of(conf.resolve(FILES.get(0)), conf.resolve(FILES.get(1)), jar);
  }
}
