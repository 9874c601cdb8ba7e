package dev.gonggo.solr;

import dev.gonggo.index.IndexUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;

/**
 * {@code gonggo solr create}: uploads gonggo's configset to a SolrCloud and makes a collection of
 * it, sharded and replicated as asked. The nodes must have the plugin jar in their Solr home's
 * lib folder: Solr loads code from there only, never from a configset.
 */
public final class SolrSetup {

  private SolrSetup() {}

  /** What was done. */
  public record Created(String configset, String collection, int shards, int replicas) {}

  public static Created create(SolrCollection collection, int shards, int replicas) {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException("--shards and --replicas must be 1 or more");
    }
    String configset = collection.name().equals(SolrConfigset.NAME) ? SolrConfigset.NAME
        : SolrConfigset.NAME + "-" + collection.name();
    List<String> existing = collection.probe(() ->
        CollectionAdminRequest.listCollections(collection.client()));
    if (existing.contains(collection.name())) {
      throw new IndexUnavailableException("the " + collection.describe() + " exists already;"
          + " gonggo index --solr adds to it as it is");
    }
    Path zip = null;
    try {
      zip = Files.createTempFile("gonggo-configset", ".zip");
      Files.write(zip, SolrConfigset.zip());
      Path upload = zip;
      ConfigSetAdminRequest.Upload request = new ConfigSetAdminRequest.Upload()
          .setUploadFile(upload.toFile(), "application/zip").setOverwrite(true);
      request.setConfigSetName(configset);
      collection.send(() -> request.process(collection.client()));
    } catch (IOException e) {
      throw new IndexUnavailableException("could not upload gonggo's configset to "
          + collection.describe() + " (" + SolrCollection.reason(e) + ")", e);
    } finally {
      deleteQuietly(zip);
    }
    try {
      CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(
          collection.name(), configset, shards, replicas);
      create.setWaitForFinalState(true);
      create.process(collection.client());
    } catch (SolrServerException | SolrException | IOException e) {
      String reason = SolrCollection.reason(e);
      if (reason.contains("PostingTokenizerFactory") || reason.contains("ClassNotFound")
          || reason.contains("dev.gonggo")) {
        throw new IndexUnavailableException("Solr cannot load gonggo's analysis: copy "
            + SolrConfigset.PLUGIN_JAR + " (gonggo solr configset --out DIR writes it) into the"
            + " lib folder of every node's Solr home, restart the nodes, and run this again", e);
      }
      throw new IndexUnavailableException("could not create the " + collection.describe() + " ("
          + reason + ")", e);
    }
    return new Created(configset, collection.name(), shards, replicas);
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file left behind harms nothing
      }
    }
  }
}
