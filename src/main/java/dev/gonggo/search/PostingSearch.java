package dev.gonggo.search;

import java.io.IOException;
import java.util.Optional;

/**
 * What search, stats and show ask of an index, wherever it is: gonggo's own folder
 * ({@link PostingSearcher}) or a Solr collection holding the same documents.
 */
public interface PostingSearch extends AutoCloseable {

  SearchResult search(PostingQuery query) throws IOException;

  /**
   * One posting by the path it was indexed from (as given, absolute, or just its file name when
   * that is unique), or by its id or a prefix of it of at least four characters.
   */
  Optional<StoredPosting> find(String pathOrId) throws IOException;

  @Override
  void close() throws IOException;
}
