package dev.gonggo.solr;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * Bounded retries with doubling waits for what a SolrCloud refuses for a moment: 503 when it is
 * overloaded or a shard has no leader yet, 429, other 5xx answers, and a node that stopped
 * answering while the client still sent to it. A 4xx answer is final at once.
 */
final class Backoff {

  /** Waits between tries; tests count them instead of sleeping. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /** A request to Solr. */
  interface Request<T> {
    T send() throws SolrServerException, IOException;
  }

  /** Eight tries over about 24 seconds: long enough for a shard to elect a new leader. */
  static final Backoff DEFAULT = new Backoff(8, 250, 8000, Thread::sleep);
  /** One try: for the first request, which says whether Solr is there at all. */
  static final Backoff NONE = new Backoff(1, 0, 0, Thread::sleep);
  /**
   * Until Solr has answered once: retries only what it says is for the moment (503, 429), so that
   * a Solr that is not there is told at once.
   */
  static final Backoff BEFORE_CONTACT = new Backoff(8, 250, 8000, Thread::sleep, false);

  private final int tries;
  private final long firstWaitMillis;
  private final long maxWaitMillis;
  private final Sleeper sleeper;
  private final boolean retryConnections;

  Backoff(int tries, long firstWaitMillis, long maxWaitMillis, Sleeper sleeper) {
    this(tries, firstWaitMillis, maxWaitMillis, sleeper, true);
  }

  private Backoff(int tries, long firstWaitMillis, long maxWaitMillis, Sleeper sleeper,
      boolean retryConnections) {
    this.tries = tries;
    this.firstWaitMillis = firstWaitMillis;
    this.maxWaitMillis = maxWaitMillis;
    this.sleeper = sleeper;
    this.retryConnections = retryConnections;
  }

  <T> T send(Request<T> request) throws SolrServerException, IOException {
    long wait = firstWaitMillis;
    for (int attempt = 1; ; attempt++) {
      try {
        return request.send();
      } catch (SolrServerException | IOException | SolrException e) {
        if (attempt >= tries || !isTransient(e, retryConnections)) {
          throw e;
        }
      }
      try {
        // A little jitter, so that the threads of one run do not come back all at once.
        sleeper.sleep(wait + ThreadLocalRandom.current().nextLong(wait / 4 + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for Solr", e);
      }
      wait = Math.min(maxWaitMillis, wait * 2);
    }
  }

  /**
   * Whether trying the same request again later may succeed: a connection that failed (only when
   * {@code connections}: a Solr that never answered is not there), or an answer that says so
   * (5xx, 429; before Solr has answered, 503 and 429 only).
   */
  static boolean isTransient(Exception e, boolean connections) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return connections;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SolrException s) {
        int code = s.code();
        if (code == 503 || code == 429) {
          return true;
        }
        if (code >= 400 && code < 500) {
          return false;
        }
        if (code >= 500) {
          return connections;
        }
      }
    }
    return false;
  }

  /** Whether Solr refused the request itself (a bad document), not for the moment. */
  static boolean isRefusal(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SolrException s && s.code() >= 400 && s.code() < 500 && s.code() != 429) {
        return true;
      }
    }
    return false;
  }
}
