package dev.gonggo.search;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.index.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Free text as a search engine with a Korean analyzer and no synonyms ranks it (Elasticsearch with
 * nori, a {@code match} query): every word of the query OR-ed, BM25 over the same Nori-analysed
 * text field gonggo indexes, no skills and no phrases. The floor gonggo's search is measured
 * against.
 */
public final class PlainTextSearch {

  private static final Set<String> PATH_ONLY = Set.of(IndexSchema.PATH);

  private final IndexSearcher searcher;
  private final PostingAnalyzer analyzer;

  public PlainTextSearch(IndexSearcher searcher, PostingAnalyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /** The paths of the best {@code depth} postings for the text, best first. */
  public List<String> paths(String text, int depth) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    Set<String> terms = new LinkedHashSet<>();
    analyzer.analyze(text).tokens().stream().map(Token::term).forEach(terms::add);
    terms.forEach(t -> b.add(new TermQuery(new Term(IndexSchema.TEXT, t)), Occur.SHOULD));
    // Ties broken by path, as gonggo's own search breaks them, so the two differ only in scoring.
    TopDocs top = searcher.search(b.build(), depth,
        new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.PATH, SortField.Type.STRING)));
    StoredFields stored = searcher.storedFields();
    List<String> paths = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      paths.add(stored.document(sd.doc, PATH_ONLY).get(IndexSchema.PATH));
    }
    return paths;
  }
}
