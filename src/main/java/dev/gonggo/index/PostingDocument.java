package dev.gonggo.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.classify.CaseVerdict;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingJson;
import dev.gonggo.skills.Keyword;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.text.CompanyLine;
import dev.gonggo.text.PostingTitle;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an analysed posting into its Lucene document (the fields of {@link IndexSchema}). */
public final class PostingDocument {

  /**
   * The text as the pipeline tokenised it, with positions for phrases and offsets in the postings
   * so the highlighter needs neither term vectors nor a second analysis.
   */
  static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(false);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Key terms stored for show and search; the text field holds every term for scoring. */
  static final int KEYWORDS_STORED = 15;

  /** The document of one posting, read from a file with this content hash. */
  public Document build(Posting posting, String path, String hash, Instant indexedAt) {
    Document doc = new Document();
    // Keyword fields for path and hash: a changed file is replaced by updateDocument on its path.
    doc.add(new StringField(IndexSchema.ID, hash.substring(0, IndexSchema.ID_LENGTH), Field.Store.YES));
    doc.add(new StringField(IndexSchema.PATH, path, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.PATH, new BytesRef(path)));
    doc.add(new StringField(IndexSchema.HASH, hash, Field.Store.YES));
    doc.add(new StoredField(IndexSchema.TITLE, PostingTitle.of(posting.text())));
    // The company the classifier found (register, brands, the intro's self-description); the
    // text's own certain names where no classifier ran.
    String company = posting.company() != null && posting.company().named()
        ? posting.company().name()
        : CompanyLine.find(posting.text().text(), posting.text().title());
    if (company != null) {
      // Indexed whole as well as stored, so a Solr collection counts the postings of each; the doc
      // values are what stats reads locally.
      doc.add(new StringField(IndexSchema.COMPANY, company, Field.Store.YES));
      doc.add(new SortedDocValuesField(IndexSchema.COMPANY_DV, new BytesRef(company)));
    }
    doc.add(new StoredField(IndexSchema.TEXT, posting.text().text()));
    doc.add(new Field(IndexSchema.TEXT, new TokenListStream(posting.analyzed().tokens()), TEXT_TYPE));

    Set<String> categories = new LinkedHashSet<>();
    for (PostingSkill s : posting.skills()) {
      doc.add(new StringField(IndexSchema.SKILL, s.id(), Field.Store.NO));
      doc.add(new StringField(IndexSchema.skillField(s.section()), s.id(), Field.Store.YES));
      doc.add(new SortedSetDocValuesField(IndexSchema.SKILL, new BytesRef(s.id())));
      doc.add(new StringField(IndexSchema.kindField(s.skill().kind()), s.id(), Field.Store.NO));
      doc.add(new FeatureField(IndexSchema.MENTIONS, s.id(), s.count()));
      categories.addAll(s.skill().categories());
    }
    for (PostingSkill p : posting.practices()) {
      doc.add(new StringField(IndexSchema.PRACTICE, p.id(), Field.Store.NO));
      doc.add(new StringField(IndexSchema.practiceField(p.section()), p.id(), Field.Store.YES));
      doc.add(new FeatureField(IndexSchema.MENTIONS, p.id(), p.count()));
    }
    for (String c : categories) {
      doc.add(new StringField(IndexSchema.CATEGORY, c, Field.Store.YES));
    }

    CaseVerdict verdict = posting.verdict();
    String caseId = verdict == null ? IndexSchema.UNKNOWN_CASE : verdict.caseId();
    doc.add(new StringField(IndexSchema.CASE, caseId, Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexSchema.CASE, new BytesRef(caseId)));
    if (verdict != null) {
      doc.add(new StoredField(IndexSchema.CASE_CONFIDENCE, verdict.confidence()));
    }

    Integer min = posting.experience().minYears();
    if (min != null) {
      doc.add(new IntPoint(IndexSchema.MIN_YEARS, min));
      doc.add(new StoredField(IndexSchema.MIN_YEARS, min));
    }
    Integer max = posting.experience().maxYears();
    if (max != null) {
      doc.add(new StoredField(IndexSchema.MAX_YEARS, max));
    }
    for (Keyword k : posting.keywords().subList(0, Math.min(KEYWORDS_STORED, posting.keywords().size()))) {
      doc.add(new StoredField(IndexSchema.KEYWORDS, k.text()));
      doc.add(new StringField(IndexSchema.KEYTERM, k.key(), Field.Store.NO));
    }
    doc.add(new StoredField(IndexSchema.INDEXED_AT, indexedAt.toEpochMilli()));
    doc.add(new NumericDocValuesField(IndexSchema.INDEXED_AT_DV, indexedAt.toEpochMilli()));
    doc.add(new StoredField(IndexSchema.POSTING, json(posting)));
    return doc;
  }

  private static String json(Posting posting) {
    try {
      return JSON.writeValueAsString(PostingJson.of(posting));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
