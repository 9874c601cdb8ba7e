package dev.gonggo.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.junit.jupiter.api.Test;

/** What is retried, how long it waits, and where it stops: counted, never slept. */
class BackoffTest {

  private final List<Long> waits = new ArrayList<>();
  private final Backoff backoff = new Backoff(5, 100, 400, waits::add);

  @Test
  void anOverloadedSolrIsAskedAgainWithLongerWaits() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String answer = backoff.send(() -> {
      if (calls.incrementAndGet() <= 3) {
        throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "overloaded");
      }
      return "ok";
    });
    assertEquals("ok", answer);
    assertEquals(4, calls.get());
    assertEquals(3, waits.size());
    for (int i = 0; i < waits.size(); i++) {
      long base = Math.min(400, 100L << i);
      assertTrue(waits.get(i) >= base && waits.get(i) <= base + base / 4, "wait " + i + ": " + waits);
    }
  }

  @Test
  void retriesAreBoundedAndTheLastErrorIsKept() {
    AtomicInteger calls = new AtomicInteger();
    SolrException last = assertThrows(SolrException.class, () -> backoff.send(() -> {
      calls.incrementAndGet();
      throw new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "still overloaded");
    }));
    assertEquals(5, calls.get());
    assertEquals(4, waits.size());
    assertEquals(503, last.code());
    assertTrue(waits.stream().mapToLong(Long::longValue).sum() <= (100 + 200 + 400 + 400) * 5 / 4);
  }

  @Test
  void aRefusedRequestIsNotSentAgain() {
    AtomicInteger calls = new AtomicInteger();
    SolrException refused = new SolrException(SolrException.ErrorCode.BAD_REQUEST, "bad document");
    assertThrows(SolrException.class, () -> backoff.send(() -> {
      calls.incrementAndGet();
      throw refused;
    }));
    assertEquals(1, calls.get());
    assertTrue(waits.isEmpty());
    assertTrue(Backoff.isRefusal(new SolrServerException(refused)));
  }

  @Test
  void aLostConnectionIsRetriedOnlyOnceSolrHasAnswered() {
    SolrServerException lost = new SolrServerException(new ConnectException("Connection refused"));
    assertTrue(Backoff.isTransient(lost, true));
    assertTrue(!Backoff.isTransient(lost, false));
    assertTrue(Backoff.isTransient(new SolrException(SolrException.ErrorCode.SERVICE_UNAVAILABLE, "x"), false));
    assertTrue(!Backoff.isRefusal(lost));
  }
}
