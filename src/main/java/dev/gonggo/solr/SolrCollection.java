package dev.gonggo.solr;

import dev.gonggo.index.IndexUnavailableException;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * A collection on a SolrCloud, reached through one of its nodes ({@code --solr URL}) or its
 * ZooKeeper ensemble ({@code --zk HOSTS}), with SolrJ's cloud client: it sends each document to
 * its shard's leader and follows the cluster as nodes come and go. Every request goes through one
 * place, which retries what the cluster refuses for a moment and turns what it cannot do into one
 * plain sentence.
 */
public final class SolrCollection implements Closeable {

  /** The collection gonggo uses when none is named. */
  public static final String DEFAULT_NAME = "gonggo";

  private final CloudSolrClient client;
  private final String name;
  private final String where;
  private final Backoff backoff;
  /** Whether Solr has answered this client once: a connection lost after that is retried. */
  private volatile boolean answered;

  SolrCollection(CloudSolrClient client, String name, String where, Backoff backoff) {
    this.client = client;
    this.name = name;
    this.where = where;
    this.backoff = backoff;
  }

  /**
   * The collection {@code name} through a node's URL ({@code http://host:8983/solr}; the
   * {@code /solr} may be left out) or ZooKeeper hosts ({@code host:2181,host2:2181/chroot});
   * exactly one of them.
   */
  public static SolrCollection connect(String url, String zkHosts, String name) {
    if ((url == null) == (zkHosts == null)) {
      throw new IllegalArgumentException("name a Solr node with --solr URL or a ZooKeeper with"
          + " --zk HOSTS, not both");
    }
    Http2SolrClient.Builder http = new Http2SolrClient.Builder()
        .withConnectionTimeout(10, TimeUnit.SECONDS)
        .withIdleTimeout(120, TimeUnit.SECONDS);
    CloudSolrClient client;
    String where;
    if (url != null) {
      String base = baseUrl(url);
      client = new CloudHttp2SolrClient.Builder(List.of(base)).withInternalClientBuilder(http).build();
      where = "Solr at " + base;
    } else {
      int slash = zkHosts.indexOf('/');
      List<String> hosts = Arrays.asList((slash < 0 ? zkHosts : zkHosts.substring(0, slash)).split(","));
      Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(zkHosts.substring(slash));
      client = new CloudHttp2SolrClient.Builder(hosts, chroot).withInternalClientBuilder(http)
          .withZkConnectTimeout(10, TimeUnit.SECONDS).build();
      where = "the SolrCloud of ZooKeeper " + zkHosts;
    }
    return new SolrCollection(client, name, where, Backoff.DEFAULT);
  }

  /** A node's URL with Solr's path: http://host:8983 → http://host:8983/solr. */
  static String baseUrl(String url) {
    String u = url.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(u);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + url + "' is not a URL (like http://localhost:8983/solr)");
    }
    if (uri.getScheme() == null || uri.getHost() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
      throw new IllegalArgumentException("'" + url + "' is not a URL (like http://localhost:8983/solr)");
    }
    return uri.getPath() == null || uri.getPath().isEmpty() ? u + "/solr" : u;
  }

  public String name() {
    return name;
  }

  /** Where the collection is, for messages and summaries: "collection gonggo of Solr at …". */
  public String describe() {
    return "collection " + name + " of " + where;
  }

  CloudSolrClient client() {
    return client;
  }

  /** A query of the collection, retried while the cluster is busy. */
  QueryResponse query(SolrParams params) throws IOException {
    return send(() -> client.query(name, params, SolrRequest.METHOD.POST));
  }

  /** A request of the collection, retried while the cluster is busy. */
  NamedList<Object> request(SolrRequest<?> request) throws IOException {
    return send(() -> client.request(request, name));
  }

  /** Sends a request with retries; what still fails is an IOException that says why. */
  <T> T send(Backoff.Request<T> request) throws IOException {
    try {
      T result = (answered ? backoff : Backoff.BEFORE_CONTACT).send(request);
      answered = true;
      return result;
    } catch (SolrServerException | SolrException e) {
      throw new IOException(reason(e), e);
    }
  }

  /** Sends a request once, for the first contact: whether Solr and the collection are there. */
  <T> T probe(Backoff.Request<T> request) {
    try {
      T result = Backoff.NONE.send(request);
      answered = true;
      return result;
    } catch (SolrServerException | SolrException | IOException e) {
      throw unavailable(e);
    }
  }

  /** The error for a collection that cannot be used: one sentence, with the way out. */
  IndexUnavailableException unavailable(Exception e) {
    String reason = reason(e);
    if (reason.contains("not found") || reason.contains("Could not find collection")
        || reason.contains("Collection not found")) {
      return new IndexUnavailableException("there is no collection " + name + " on " + where
          + "; make one with: gonggo solr create --collection " + name, e);
    }
    return new IndexUnavailableException("cannot reach " + where + " (" + reason + ")", e);
  }

  /** What went wrong, in one line: Solr's own message, or the cause's of a connection. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root
        && (root instanceof SolrServerException || root.getMessage() == null)) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    // "Error from server at http://…/solr/gonggo_shard1_replica_n1: ERROR: [doc=…] …"
    message = message.replaceFirst("^Error from server at \\S+: ", "");
    message = message.replaceFirst("^(IOException occurred when talking to server at: \\S+)$", "$1");
    String line = message.lines().findFirst().orElse(message).strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
