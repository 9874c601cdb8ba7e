package dev.gonggo.search;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.index.IndexSnapshot;
import dev.gonggo.index.PostingIndex;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * The postings a {@link MarketFilter} keeps, one by one: how many companies they come from, when
 * they were indexed, and a list of them (title, company, case, years, required skills) in the
 * order of their paths, as long as asked.
 *
 * @param postings the postings kept
 * @param companies the distinct company names among them
 * @param withCompany the postings whose company gonggo found: the others are not in {@code
 *     companies}
 * @param firstIndexed when the earliest of them was indexed, null when there is none
 * @param lastIndexed when the latest of them was indexed
 * @param rows the first of them by path, at most the number asked
 */
public record MarketPostings(int postings, int companies, int withCompany, Instant firstIndexed,
    Instant lastIndexed, List<Row> rows) {

  /** One posting of the list; {@code required} holds the skills the filter counts. */
  public record Row(String id, String path, String title, String company, String caseId,
      Integer minYears, Integer maxYears, List<String> required) {}

  private static final String REQUIRED = IndexSchema.skillField(SkillSection.REQUIRED);

  public static MarketPostings of(Path indexDir, Taxonomy taxonomy, MarketFilter filter, int rows)
      throws IOException {
    try (IndexSnapshot snapshot = PostingIndex.openReader(indexDir)) {
      return of(snapshot.reader(), taxonomy, filter, rows);
    }
  }

  public static MarketPostings of(IndexReader reader, Taxonomy taxonomy, MarketFilter filter, int rows)
      throws IOException {
    SkillKinds kinds = new SkillKinds(taxonomy);
    Bits[] kept = filter.postings(reader);
    Set<String> companies = new HashSet<>();
    List<Row> all = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int postings = 0;
    int withCompany = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits keep = kept[leaf.ord];
      Bits live = r.getLiveDocs();
      // Every kept posting is read, in document order: the merge instance of a segment's stored
      // fields keeps the block it last decompressed, where a plain reader decompresses the block
      // again for each posting in it.
      StoredFields stored = r instanceof CodecReader codec
          ? codec.getFieldsReader().getMergeInstance() : r.storedFields();
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc) || keep != null && !keep.get(doc)) {
          continue;
        }
        RowFields f = new RowFields();
        stored.document(doc, f);
        postings++;
        if (f.company != null && !f.company.isBlank()) {
          companies.add(f.company.strip());
          withCompany++;
        }
        if (f.indexedAt != null) {
          first = Math.min(first, f.indexedAt);
          last = Math.max(last, f.indexedAt);
        }
        if (rows > 0) {
          List<String> required = f.required.stream()
              .filter(id -> filter.counts(taxonomy.get(id), kinds)).toList();
          all.add(new Row(f.id, f.path, f.title, f.company, f.caseId, f.minYears, f.maxYears, required));
        }
      }
    }
    all.sort(Comparator.comparing(Row::path, Comparator.nullsLast(Comparator.naturalOrder())));
    return new MarketPostings(postings, companies.size(), withCompany,
        postings == 0 || first == Long.MAX_VALUE ? null : Instant.ofEpochMilli(first),
        postings == 0 || last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last),
        List.copyOf(all.subList(0, Math.min(rows, all.size()))));
  }

  /** The stored fields a row needs; the text and the JSON, the bulk of a posting, are skipped. */
  private static final class RowFields extends StoredFieldVisitor {
    private static final Set<String> WANTED = Set.of(IndexSchema.ID, IndexSchema.PATH,
        IndexSchema.TITLE, IndexSchema.COMPANY, IndexSchema.CASE, IndexSchema.MIN_YEARS,
        IndexSchema.MAX_YEARS, IndexSchema.INDEXED_AT, REQUIRED);

    String id;
    String path;
    String title;
    String company;
    String caseId;
    Integer minYears;
    Integer maxYears;
    Long indexedAt;
    final List<String> required = new ArrayList<>();

    @Override
    public Status needsField(FieldInfo field) {
      return WANTED.contains(field.name) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      switch (field.name) {
        case IndexSchema.ID -> id = value;
        case IndexSchema.PATH -> path = value;
        case IndexSchema.TITLE -> title = value;
        case IndexSchema.COMPANY -> company = value;
        case IndexSchema.CASE -> caseId = value;
        default -> {
          if (field.name.equals(REQUIRED)) {
            required.add(value);
          }
        }
      }
    }

    @Override
    public void intField(FieldInfo field, int value) {
      if (field.name.equals(IndexSchema.MIN_YEARS)) {
        minYears = value;
      } else if (field.name.equals(IndexSchema.MAX_YEARS)) {
        maxYears = value;
      }
    }

    @Override
    public void longField(FieldInfo field, long value) {
      if (field.name.equals(IndexSchema.INDEXED_AT)) {
        indexedAt = value;
      }
    }
  }
}
