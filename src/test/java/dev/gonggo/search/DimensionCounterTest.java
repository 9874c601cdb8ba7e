package dev.gonggo.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The two ways {@link DimensionCounter} counts (one by one from doc values, and by intersecting each
 * value's postings with the matches) give the same counts as counting by hand, on an index of
 * several segments with deleted postings, multi-valued (skills) and single-valued (case) alike.
 */
class DimensionCounterTest {

  private static final int POSTINGS = 3000;

  @Test
  void bothWaysCountExactly() throws Exception {
    Random random = new Random(11);
    Map<Integer, List<String>> skillsOf = new HashMap<>();
    Map<Integer, String> caseOf = new HashMap<>();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int i = 0; i < POSTINGS; i++) {
          Document d = new Document();
          d.add(new StringField("n", Integer.toString(i), Field.Store.NO));
          d.add(new StringField("mod", Integer.toString(i % 7), Field.Store.NO));
          List<String> skills = new ArrayList<>();
          for (int v = 0; v < 60; v++) {
            // Common values (bitsets) and rare ones (lists of postings) alike.
            if (random.nextDouble() < 0.6 / (v + 1)) {
              skills.add("s" + v);
              d.add(new StringField("skill", "s" + v, Field.Store.NO));
              d.add(new SortedSetDocValuesField("skill", new BytesRef("s" + v)));
            }
          }
          String c = "c" + random.nextInt(5);
          d.add(new StringField("case", c, Field.Store.NO));
          d.add(new SortedDocValuesField("case", new BytesRef(c)));
          skillsOf.put(i, skills);
          caseOf.put(i, c);
          w.addDocument(d);
          if (i % 1000 == 999) {
            w.commit(); // several segments
          }
        }
        for (int i = 0; i < POSTINGS; i += 13) {
          w.deleteDocuments(new Term("n", Integer.toString(i)));
          skillsOf.remove(i);
          caseOf.remove(i);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        DimensionCounter oneByOne = DimensionCounter.of(reader, "skill", Integer.MAX_VALUE);
        DimensionCounter byValue = DimensionCounter.of(reader, "skill", 0);
        DimensionCounter casesOneByOne = DimensionCounter.of(reader, "case", Integer.MAX_VALUE);
        DimensionCounter casesByValue = DimensionCounter.of(reader, "case", 0);
        List<Query> queries = List.of(new MatchAllDocsQuery(), new TermQuery(new Term("mod", "3")),
            new TermQuery(new Term("n", "42")), new TermQuery(new Term("skill", "s5")),
            new TermQuery(new Term("skill", "s40")), new TermQuery(new Term("n", "none")));
        for (Query q : queries) {
          FacetsCollector matching = FacetsCollectorManager.search(searcher, q, 1,
              new FacetsCollectorManager()).facetsCollector();
          List<Integer> docs = new ArrayList<>();
          for (int i = 0; i < POSTINGS; i++) {
            if (skillsOf.containsKey(i) && matches(q, i, skillsOf.get(i))) {
              docs.add(i);
            }
          }
          List<SearchResult.Count> skills = byHand(docs.stream().map(skillsOf::get).toList(), 100);
          assertEquals(skills, oneByOne.top(matching, 100), q.toString());
          assertEquals(skills, byValue.top(matching, 100), q.toString());
          assertEquals(skills.subList(0, Math.min(3, skills.size())), byValue.top(matching, 3), q.toString());
          List<SearchResult.Count> cases = byHand(docs.stream().map(i -> List.of(caseOf.get(i))).toList(), 10);
          assertEquals(cases, casesOneByOne.top(matching, 10), q.toString());
          assertEquals(cases, casesByValue.top(matching, 10), q.toString());
        }
        assertNull(DimensionCounter.of(reader, "absent"));
      }
    }
  }

  private static boolean matches(Query q, int i, List<String> skills) {
    if (q instanceof TermQuery t) {
      String value = t.getTerm().text();
      return switch (t.getTerm().field()) {
        case "mod" -> Integer.toString(i % 7).equals(value);
        case "n" -> Integer.toString(i).equals(value);
        default -> skills.contains(value);
      };
    }
    return true;
  }

  private static List<SearchResult.Count> byHand(List<List<String>> valuesOfEach, int top) {
    Map<String, Integer> counts = new HashMap<>();
    valuesOfEach.forEach(values -> values.forEach(v -> counts.merge(v, 1, Integer::sum)));
    return counts.entrySet().stream()
        .map(e -> new SearchResult.Count(e.getKey(), e.getValue()))
        .sorted((a, b) -> a.postings() != b.postings() ? Integer.compare(b.postings(), a.postings())
            : a.value().compareTo(b.value()))
        .limit(top).toList();
  }
}
