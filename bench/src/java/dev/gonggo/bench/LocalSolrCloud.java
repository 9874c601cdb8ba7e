package dev.gonggo.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A SolrCloud on this machine for the benchmark: N Solr nodes (Jetty) and a ZooKeeper in one JVM,
 * solr-test-framework's MiniSolrCloudCluster, the same Solr 9.10.1 gonggo's tests run against.
 * With PLUGIN_DIR, the nodes load gonggo's analysis from the jars there, as a node installed by
 * the README loads it from its Solr home's lib folder (both are Solr's shared library): run it
 * without gonggo's classes on the class path, and a collection of gonggo's configset works only
 * if the plugin jar does.
 *
 * <p>Usage: {@code LocalSolrCloud NODES DIR URL_FILE [PLUGIN_DIR]}; writes a node's URL to
 * URL_FILE once the cluster is up, and stops it when its standard input closes.
 */
public final class LocalSolrCloud {

  public static void main(String[] args) throws Exception {
    int nodes = Integer.parseInt(args[0]);
    MiniSolrCloudCluster.Builder builder = new MiniSolrCloudCluster.Builder(nodes, Path.of(args[1]));
    if (args.length > 3) {
      builder.withSolrXml(MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst("<solr[^>]*>",
          "$0\n  <str name=\"sharedLib\">" + Path.of(args[3]).toAbsolutePath() + "</str>"));
    }
    MiniSolrCloudCluster cluster = builder.configure();
    try {
      Path url = Path.of(args[2]);
      Files.writeString(url.resolveSibling(url.getFileName() + ".tmp"),
          cluster.getJettySolrRunner(0).getBaseUrl().toString());
      Files.move(url.resolveSibling(url.getFileName() + ".tmp"), url);
      InputStream in = System.in;
      while (in.read() != -1) {
        // runs until the benchmark closes standard input
      }
    } finally {
      cluster.shutdown();
    }
  }
}
