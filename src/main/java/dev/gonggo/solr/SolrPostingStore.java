package dev.gonggo.solr;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.index.IndexUnavailableException;
import dev.gonggo.index.PostingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * A Solr collection as the store of an index run. Postings go in batches; a batch Solr refuses
 * is sent again one posting at a time, so that only the postings it refuses are left out, each
 * reported by its file. The key is the path, as in the local index: a posting sent twice (a
 * retried batch, a second run) is held once.
 *
 * <p>Several gonggo processes may fill one collection from different machines, each with its own
 * folders: a posting under none of this run's folders belongs to another run, and this run
 * neither takes its content as given up nor prunes it.
 */
public final class SolrPostingStore implements PostingStore {

  /** Postings per update request: large enough to keep Solr busy, small enough to resend. */
  public static final int DEFAULT_BATCH = 100;
  private static final int PAGE = 5000;

  private final SolrCollection collection;
  private final List<Path> roots;
  private final int batchSize;
  private List<SolrInputDocument> batch = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  private SolrPostingStore(SolrCollection collection, List<Path> roots, int batchSize) {
    this.collection = collection;
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.batchSize = Math.max(1, batchSize);
  }

  /**
   * The collection as a store, once it has answered (a Solr that is down or lacks the collection
   * is told at once, before anything is read); with {@code rebuild}, emptied first.
   *
   * @param roots the files and folders this run was given, whose postings it owns
   */
  public static SolrPostingStore open(SolrCollection collection, List<Path> roots, int batchSize,
      boolean rebuild) {
    try {
      collection.probe(() -> collection.client().query(collection.name(), new SolrQuery("*:*").setRows(0)));
      if (rebuild) {
        collection.send(() -> collection.client().deleteByQuery(collection.name(), "*:*"));
        collection.send(() -> collection.client().commit(collection.name(), true, true));
      }
    } catch (IOException | RuntimeException e) {
      try {
        collection.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof IOException io ? collection.unavailable(io) : (RuntimeException) e;
    }
    return new SolrPostingStore(collection, roots, batchSize);
  }

  @Override
  public Map<String, String> indexedHashes() {
    Map<String, String> out = new HashMap<>();
    SolrQuery q = new SolrQuery("*:*").setFields(IndexSchema.PATH, IndexSchema.HASH).setRows(PAGE)
        .setSort(IndexSchema.PATH, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse page;
      try {
        page = collection.query(q);
      } catch (IOException e) {
        throw collection.unavailable(e);
      }
      for (SolrDocument d : page.getResults()) {
        out.put((String) d.getFirstValue(IndexSchema.PATH), (String) d.getFirstValue(IndexSchema.HASH));
      }
      if (cursor.equals(page.getNextCursorMark())) {
        return out;
      }
      cursor = page.getNextCursorMark();
    }
  }

  @Override
  public void put(String path, Document document, boolean replaces) throws IOException {
    List<SolrInputDocument> full;
    synchronized (this) {
      batch.add(SolrDocuments.of(document));
      if (batch.size() < batchSize) {
        return;
      }
      full = batch;
      batch = new ArrayList<>();
    }
    send(full);
  }

  /** Sends a batch; when Solr refuses it, each of its postings alone, noting those it refuses. */
  private void send(List<SolrInputDocument> docs) throws IOException {
    try {
      add(docs);
    } catch (IOException e) {
      if (!Backoff.isRefusal(e) || docs.size() == 1) {
        if (Backoff.isRefusal(e)) {
          rejected(docs.get(0), e);
          return;
        }
        throw e;
      }
      for (SolrInputDocument doc : docs) {
        try {
          add(List.of(doc));
        } catch (IOException one) {
          if (!Backoff.isRefusal(one)) {
            throw one;
          }
          rejected(doc, one);
        }
      }
    }
  }

  private void add(List<SolrInputDocument> docs) throws IOException {
    UpdateRequest request = new UpdateRequest();
    request.add(docs);
    collection.request(request);
  }

  private void rejected(SolrInputDocument doc, Exception e) {
    synchronized (rejections) {
      rejections.add(new Rejection((String) doc.getFieldValue(IndexSchema.PATH),
          "Solr refused it (" + SolrCollection.reason(e) + ")"));
    }
  }

  @Override
  public void delete(String path) throws IOException {
    UpdateRequest request = new UpdateRequest();
    request.deleteById(path);
    collection.request(request);
  }

  @Override
  public List<Rejection> commit() throws IOException {
    List<SolrInputDocument> rest;
    synchronized (this) {
      rest = batch;
      batch = new ArrayList<>();
    }
    if (!rest.isEmpty()) {
      send(rest);
    }
    collection.send(() -> collection.client().commit(collection.name(), true, true));
    synchronized (rejections) {
      List<Rejection> out = List.copyOf(rejections);
      rejections.clear();
      return out;
    }
  }

  @Override
  public int count() throws IOException {
    return (int) collection.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  /** A path under none of this run's folders belongs to another run: its file counts as there. */
  @Override
  public boolean fileExists(String path) {
    Path p = Path.of(path);
    return roots.stream().noneMatch(p::startsWith) || Files.exists(p);
  }

  @Override
  public RuntimeException writeFailed(Exception cause) {
    String kept;
    try {
      kept = " (" + count() + " postings)";
    } catch (IOException | RuntimeException unreachable) {
      kept = "";
    }
    return new IndexUnavailableException("could not send the postings to the "
        + collection.describe() + " (" + SolrCollection.reason(cause) + "); it keeps what it"
        + " committed" + kept + ", and the next run adds the rest", cause);
  }

  /** Closes the collection: a store is given its own. */
  @Override
  public void close() throws IOException {
    collection.close();
  }
}
