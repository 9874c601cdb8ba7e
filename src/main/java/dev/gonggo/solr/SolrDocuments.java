package dev.gonggo.solr;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;

/**
 * A posting's Solr document, made from the Lucene document gonggo's own index would keep
 * ({@link dev.gonggo.index.PostingDocument}), so the two hold the same fields and values and a
 * field added there reaches Solr without a second copy of the field logic. Solr's schema
 * (solr/configsets/gonggo) says how each field is indexed; here only the values are read.
 */
final class SolrDocuments {

  private SolrDocuments() {}

  /**
   * Each field's stored values; for a field kept only for search (the skills of any section), its
   * indexed keyword values. Doc values, points and the pre-analysed text stream are left out:
   * Solr makes its own from the values and, for the text, from the stored text.
   */
  static SolrInputDocument of(Document document) {
    SolrInputDocument out = new SolrInputDocument();
    Set<String> stored = new HashSet<>();
    for (IndexableField f : document) {
      if (f.fieldType().stored()) {
        stored.add(f.name());
      }
    }
    for (IndexableField f : document) {
      if (f.fieldType().stored()) {
        out.addField(f.name(), f.numericValue() != null ? f.numericValue() : f.stringValue());
      } else if (!stored.contains(f.name()) && !f.fieldType().tokenized()
          && f.fieldType().indexOptions() != IndexOptions.NONE && f.stringValue() != null) {
        out.addField(f.name(), f.stringValue());
      }
    }
    return out;
  }
}
