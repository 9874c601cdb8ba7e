package dev.gonggo.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The postings a filter keeps, listed and summed up the same whether a segment holds the company
 * and index time as doc values (written since the report) or only stored (written before).
 */
class MarketPostingsTest {

  private record Posting(String path, String company, long indexedAt, String caseId, String skill) {}

  @Test
  void oldAndNewSegmentsCountAlike() throws Exception {
    Random random = new Random(5);
    List<Posting> live = new ArrayList<>();
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
          .setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < 900; i++) {
          boolean docValues = i >= 300; // the first segments are written the old way
          String company = random.nextInt(4) == 0 ? null : "회사" + random.nextInt(120);
          Posting p = new Posting("/postings/" + String.format("%04d", random.nextInt(10_000)) + "-" + i + ".txt",
              company, 1_700_000_000_000L + random.nextInt(1_000_000_000), random.nextBoolean() ? "startup" : "large-platform",
              random.nextBoolean() ? "spark" : "kafka");
          Document d = new Document();
          d.add(new StringField("n", Integer.toString(i), Field.Store.NO));
          d.add(new StringField(IndexSchema.ID, Integer.toString(i), Field.Store.YES));
          d.add(new StringField(IndexSchema.PATH, p.path(), Field.Store.YES));
          d.add(new SortedDocValuesField(IndexSchema.PATH, new BytesRef(p.path())));
          if (company != null) {
            d.add(new StoredField(IndexSchema.COMPANY, company));
            if (docValues) {
              d.add(new SortedDocValuesField(IndexSchema.COMPANY_DV, new BytesRef(company)));
            }
          }
          d.add(new StoredField(IndexSchema.INDEXED_AT, p.indexedAt()));
          if (docValues) {
            d.add(new NumericDocValuesField(IndexSchema.INDEXED_AT_DV, p.indexedAt()));
          }
          d.add(new StringField(IndexSchema.CASE, p.caseId(), Field.Store.YES));
          d.add(new StringField(IndexSchema.SKILL, p.skill(), Field.Store.NO));
          d.add(new StringField(IndexSchema.skillField(SkillSection.REQUIRED), p.skill(), Field.Store.YES));
          w.addDocument(d);
          if (i % 11 == 3) {
            w.deleteDocuments(new Term("n", Integer.toString(i)));
          } else {
            live.add(p);
          }
          if (i % 150 == 149) {
            w.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (MarketFilter filter : List.of(MarketFilter.NONE,
            new MarketFilter(List.of("startup"), List.of("spark"), List.of()))) {
          List<Posting> kept = live.stream()
              .filter(p -> filter.cases().isEmpty() || filter.cases().contains(p.caseId()))
              .filter(p -> filter.skills().isEmpty() || filter.skills().contains(p.skill())).toList();
          MarketPostings got = MarketPostings.of(reader, Taxonomy.builtIn(), filter, 50);
          assertEquals(kept.size(), got.postings());
          Set<String> companies = new HashSet<>();
          kept.stream().map(Posting::company).filter(c -> c != null).forEach(companies::add);
          assertEquals(companies.size(), got.companies());
          assertEquals(kept.stream().filter(p -> p.company() != null).count(), got.withCompany());
          assertEquals(Instant.ofEpochMilli(kept.stream().mapToLong(Posting::indexedAt).min().orElseThrow()),
              got.firstIndexed());
          assertEquals(Instant.ofEpochMilli(kept.stream().mapToLong(Posting::indexedAt).max().orElseThrow()),
              got.lastIndexed());
          List<Posting> first = kept.stream().sorted(Comparator.comparing(Posting::path)).limit(50).toList();
          assertEquals(first.stream().map(Posting::path).toList(),
              got.rows().stream().map(MarketPostings.Row::path).toList());
          for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).company(), got.rows().get(i).company());
            assertEquals(List.of(first.get(i).skill()), got.rows().get(i).required());
          }
        }
      }
    }
  }
}
