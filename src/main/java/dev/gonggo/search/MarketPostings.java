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
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

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
    Bits[] kept = filter.postings(reader);
    Set<String> companies = new HashSet<>();
    List<Listed> listed = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int postings = 0;
    int withCompany = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits keep = kept[leaf.ord];
      Bits live = r.getLiveDocs();
      // Company and index time from doc values; a segment written before they were indexed so is
      // read from its stored fields, in document order through the merge instance, which keeps
      // the block it last decompressed instead of decompressing it again for every posting.
      SortedDocValues company = r.getSortedDocValues(IndexSchema.COMPANY_DV);
      NumericDocValues indexedAt = r.getNumericDocValues(IndexSchema.INDEXED_AT_DV);
      // Every posting has an index time: a segment without its doc values was written before
      // them. In one with them, a posting without a company doc value has no company.
      StoredFields stored = indexedAt != null ? null
          : r instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance() : r.storedFields();
      SortedDocValues path = rows > 0 ? r.getSortedDocValues(IndexSchema.PATH) : null;
      // A segment's path ords are in path order: the kept posting of each ord is noted, and only
      // the first `rows` of them are looked up, not the path of every posting kept.
      int[] docOfPath = path == null ? null : new int[Math.max(1, path.getValueCount())];
      FixedBitSet pathOrds = path == null ? null : new FixedBitSet(docOfPath.length);
      FixedBitSet companyOrds = company == null ? null : new FixedBitSet(Math.max(1, company.getValueCount()));
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc) || keep != null && !keep.get(doc)) {
          continue;
        }
        postings++;
        String name = null;
        Long at = null;
        if (stored != null) {
          RowFields f = new RowFields(RowFields.SUMMARY);
          stored.document(doc, f);
          name = f.company;
          at = f.indexedAt;
        }
        if (company != null) {
          if (company.advanceExact(doc)) {
            companyOrds.set(company.ordValue());
            withCompany++;
          }
        } else if (name != null && !name.isBlank()) {
          companies.add(name.strip());
          withCompany++;
        }
        if (indexedAt != null) {
          at = indexedAt.advanceExact(doc) ? indexedAt.longValue() : null;
        }
        if (at != null) {
          first = Math.min(first, at);
          last = Math.max(last, at);
        }
        if (path != null) {
          if (path.advanceExact(doc)) {
            pathOrds.set(path.ordValue());
            docOfPath[path.ordValue()] = doc;
          } else {
            listed.add(new Listed("", leaf.ord, doc));
          }
        }
      }
      int next = pathOrds == null ? DocIdSetIterator.NO_MORE_DOCS : pathOrds.nextSetBit(0);
      for (int taken = 0; next != DocIdSetIterator.NO_MORE_DOCS && taken < rows; taken++) {
        listed.add(new Listed(path.lookupOrd(next).utf8ToString(), leaf.ord, docOfPath[next]));
        next = next + 1 < pathOrds.length() ? pathOrds.nextSetBit(next + 1) : DocIdSetIterator.NO_MORE_DOCS;
      }
      for (int ord = 0; company != null && ord < company.getValueCount(); ord++) {
        if (companyOrds.get(ord)) {
          String name = company.lookupOrd(ord).utf8ToString().strip();
          if (!name.isEmpty()) {
            companies.add(name);
          }
        }
      }
    }
    return new MarketPostings(postings, companies.size(), withCompany,
        first == Long.MAX_VALUE ? null : Instant.ofEpochMilli(first),
        last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last),
        rows(reader, taxonomy, filter, listed, rows));
  }

  /** A kept posting and its path, for choosing the first by path. */
  private record Listed(String path, int leaf, int doc) {}

  /** The first postings by path, read from their stored fields. */
  private static List<Row> rows(IndexReader reader, Taxonomy taxonomy, MarketFilter filter,
      List<Listed> listed, int rows) throws IOException {
    listed.sort(Comparator.comparing(Listed::path));
    List<Listed> shown = listed.subList(0, Math.min(rows, listed.size()));
    Row[] out = new Row[shown.size()];
    // Read in index order, so that postings sharing a compressed block are read together.
    Integer[] order = new Integer[shown.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> shown.get(i).leaf())
        .thenComparingInt(i -> shown.get(i).doc()));
    StoredFields[] stored = new StoredFields[reader.leaves().size()];
    for (int i : order) {
      Listed l = shown.get(i);
      if (stored[l.leaf()] == null) {
        stored[l.leaf()] = reader.leaves().get(l.leaf()).reader().storedFields();
      }
      RowFields f = new RowFields(RowFields.ROW);
      stored[l.leaf()].document(l.doc(), f);
      List<String> required = f.required.stream()
          .filter(id -> filter.counts(taxonomy.get(id))).toList();
      out[i] = new Row(f.id, f.path, f.title, f.company, f.caseId, f.minYears, f.maxYears, required);
    }
    return List.of(out);
  }

  /** The stored fields a row needs; the text and the JSON, the bulk of a posting, are skipped. */
  private static final class RowFields extends StoredFieldVisitor {
    /** What a row shows. */
    static final Set<String> ROW = Set.of(IndexSchema.ID, IndexSchema.PATH, IndexSchema.TITLE,
        IndexSchema.COMPANY, IndexSchema.CASE, IndexSchema.MIN_YEARS, IndexSchema.MAX_YEARS, REQUIRED);
    /** What the summary counts, where a segment has no doc values of it. */
    static final Set<String> SUMMARY = Set.of(IndexSchema.COMPANY, IndexSchema.INDEXED_AT);

    private final Set<String> wanted;

    RowFields(Set<String> wanted) {
      this.wanted = wanted;
    }

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
      return wanted.contains(field.name) ? Status.YES : Status.NO;
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
