package dev.gonggo.solr;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.index.IndexSchema;
import dev.gonggo.search.Hit;
import dev.gonggo.search.PostingQuery;
import dev.gonggo.search.PostingSearch;
import dev.gonggo.search.SearchResult;
import dev.gonggo.search.SkillNames;
import dev.gonggo.search.SnippetFormatter;
import dev.gonggo.search.StoredPosting;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;

/**
 * Search and show on a Solr collection, with the hits, scores and counts of gonggo's own index
 * ({@link dev.gonggo.search.PostingSearcher}) on the same postings: the same clauses (the text's
 * words by BM25, the words in order as a phrase counting double, filters for the rest), the same
 * order (score, then path), BM25 over the whole collection (the configset's ExactStatsCache),
 * exact counts of the skills and cases among the matches through the JSON facet API, and
 * snippets from Solr's unified highlighter formatted as gonggo formats its own.
 *
 * <p>The words of the text are analysed here, by gonggo, and sent as terms; the phrase and the
 * skills' aliases are analysed by Solr, with gonggo's tokenizer, which gives the same tokens.
 */
public final class SolrPostingSearcher implements PostingSearch {

  private static final int FACET_TOP = 10;
  /** The highlighter's default in gonggo's index: what it reads of a long text. */
  private static final int HIGHLIGHT_CHARS = 10_000;
  private static final String HIT_FIELDS = String.join(",", IndexSchema.ID, IndexSchema.PATH,
      IndexSchema.TITLE, IndexSchema.COMPANY, IndexSchema.CASE, IndexSchema.CASE_CONFIDENCE,
      IndexSchema.MIN_YEARS, IndexSchema.SKILL + "_*", "score");

  private final SolrCollection collection;
  private final SkillNames names;
  private final PostingAnalyzer analyzer;

  /** A searcher of the collection, which it closes when it is closed. */
  public SolrPostingSearcher(SolrCollection collection, SkillNames names, PostingAnalyzer analyzer) {
    this.collection = collection;
    this.names = names;
    this.analyzer = analyzer;
  }

  @Override
  public SearchResult search(PostingQuery q) throws IOException {
    List<Skill> skills = q.skills().stream().map(names::resolve).toList();
    JsonQueryRequest request = new JsonQueryRequest();
    Params params = new Params(request);
    List<String> textTerms = q.hasText() ? terms(q.text()) : List.of();
    if (q.hasText() && textTerms.isEmpty()) {
      throw new IllegalArgumentException("the query '" + q.text() + "' has no word to search for");
    }
    if (q.hasText()) {
      request.setQuery(Map.<String, Object>of("bool", Map.of("should", textClauses(q.text(), textTerms, params))));
    } else {
      request.setQuery("*:*");
    }
    filters(q, skills, params).forEach(request::withFilter);
    request.setLimit(Math.max(1, q.limit()));
    request.setSort("score desc," + IndexSchema.PATH + " asc");
    request.returnFields(HIT_FIELDS);
    // Every value with its count, not the top few: each shard's top few do not add up to the
    // collection's, and there are a few hundred skills at most.
    request.withFacet(IndexSchema.SKILL, Map.of("type", "terms", "field", IndexSchema.SKILL, "limit", -1));
    request.withFacet(IndexSchema.CASE, Map.of("type", "terms", "field", IndexSchema.CASE, "limit", -1));
    highlight(q, textTerms, skills, params, request);

    QueryResponse response = response(request);
    SolrDocumentList docs = response.getResults();
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size() && i < q.limit(); i++) {
      SolrDocument d = docs.get(i);
      String path = (String) d.getFirstValue(IndexSchema.PATH);
      List<String> passages = highlights == null || highlights.get(path) == null ? List.of()
          : highlights.get(path).getOrDefault(IndexSchema.TEXT, List.of());
      hits.add(hit(d, skills, snippet(passages)));
    }
    Set<String> asked = new LinkedHashSet<>();
    skills.forEach(s -> asked.add(s.id()));
    NestableJsonFacet facets = response.getJsonFacetingResponse();
    return new SearchResult(docs.getNumFound(), hits, top(facets, IndexSchema.SKILL, asked),
        top(facets, IndexSchema.CASE, Set.of()));
  }

  private QueryResponse response(JsonQueryRequest request) throws IOException {
    try {
      return new QueryResponse(collection.request(request), collection.client());
    } catch (IOException e) {
      throw collection.unavailable(e);
    }
  }

  /** The text's words, each by BM25, and when there are several the words in order counting double. */
  private static List<Object> textClauses(String text, List<String> terms, Params params) {
    List<Object> should = new ArrayList<>();
    new LinkedHashSet<>(terms).forEach(t -> should.add(termQuery(IndexSchema.TEXT, params.add(t))));
    if (terms.size() > 1) {
      should.add("{!lucene df=" + IndexSchema.TEXT + " v=" + params.add(phrase(text) + "^2") + "}");
    }
    return should;
  }

  private static List<String> filters(PostingQuery q, List<Skill> skills, Params params) {
    List<String> out = new ArrayList<>();
    String skillField = q.required() ? IndexSchema.skillField(SkillSection.REQUIRED) : IndexSchema.SKILL;
    if (!skills.isEmpty()) {
      if (q.anySkill()) {
        out.add(anyOf(skillField, skills.stream().map(Skill::id).toList(), params));
      } else {
        skills.forEach(s -> out.add(termQuery(skillField, params.add(s.id()))));
      }
    }
    q.categories().forEach(c -> out.add(termQuery(IndexSchema.CATEGORY, params.add(c))));
    if (!q.cases().isEmpty()) {
      out.add(anyOf(IndexSchema.CASE, q.cases(), params));
    }
    if (q.minYears() != null || q.maxYears() != null) {
      out.add(IndexSchema.MIN_YEARS + ":[" + (q.minYears() == null ? "*" : q.minYears()) + " TO "
          + (q.maxYears() == null ? "*" : q.maxYears()) + "]");
    }
    return out;
  }

  private static String anyOf(String field, List<String> values, Params params) {
    return "{!bool " + values.stream().map(v -> "should=" + params.add(termQuery(field, params.add(v))))
        .collect(Collectors.joining(" ")) + "}";
  }

  private static String termQuery(String field, String valueParam) {
    return "{!term f=" + field + " v=" + valueParam + "}";
  }

  /** The text as a quoted phrase for Solr's standard query parser. */
  private static String phrase(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * The unified highlighter over the text, a passage a line (a fragment size of 1 keeps Solr from
   * joining lines up to a length; 0 would make the whole text one passage), marking the text's words and phrase
   * and every alias of the skills asked, as gonggo's own snippets do.
   */
  private void highlight(PostingQuery q, List<String> textTerms, List<Skill> skills, Params params,
      JsonQueryRequest request) {
    List<String> marks = new ArrayList<>();
    if (q.hasText()) {
      marks.addAll(textClauses(q.text(), textTerms, params).stream().map(String::valueOf).toList());
    }
    for (Skill s : skills) {
      for (String alias : s.aliases()) {
        if (!terms(alias).isEmpty()) {
          marks.add("{!lucene df=" + IndexSchema.TEXT + " v=" + params.add(phrase(alias)) + "}");
        }
      }
    }
    request.withParam("hl", true).withParam("hl.method", "unified")
        .withParam("hl.fl", IndexSchema.TEXT).withParam("hl.snippets", 2)
        .withParam("hl.fragsize", 1).withParam("hl.bs.type", "SEPARATOR")
        .withParam("hl.bs.separator", "\n").withParam("hl.defaultSummary", true)
        .withParam("hl.tag.pre", SnippetFormatter.OPEN).withParam("hl.tag.post", SnippetFormatter.CLOSE)
        .withParam("hl.maxAnalyzedChars", HIGHLIGHT_CHARS);
    if (!marks.isEmpty()) {
      request.withParam("hl.q", "{!bool " + marks.stream().map(m -> "should=" + params.add(m))
          .collect(Collectors.joining(" ")) + "}");
    }
  }

  /**
   * Solr's passages as gonggo's snippet: where nothing is marked, the first passage only. Solr
   * gives passages of adjacent lines as one string; they are parted again at the line ends.
   */
  private static String snippet(List<String> snippets) {
    List<String> passages = snippets.stream().flatMap(s -> s.lines()).filter(l -> !l.isBlank()).toList();
    if (passages.isEmpty()) {
      return "";
    }
    boolean marked = passages.stream().anyMatch(p -> p.contains(SnippetFormatter.OPEN));
    return SnippetFormatter.formatMarked(marked ? passages : passages.subList(0, 1));
  }

  private List<String> terms(String text) {
    return analyzer.analyze(text).tokens().stream().map(Token::term).toList();
  }

  private static Hit hit(SolrDocument d, List<Skill> asked, String snippet) {
    List<Hit.HitSkill> skills = new ArrayList<>();
    for (SkillSection section : SkillSection.values()) {
      for (String id : strings(d, IndexSchema.skillField(section))) {
        if (asked.isEmpty() || asked.stream().anyMatch(s -> s.id().equals(id))) {
          skills.add(new Hit.HitSkill(id, section.id()));
        }
      }
    }
    Number confidence = (Number) d.getFirstValue(IndexSchema.CASE_CONFIDENCE);
    Number minYears = (Number) d.getFirstValue(IndexSchema.MIN_YEARS);
    return new Hit(((Number) d.getFirstValue("score")).floatValue(), string(d, IndexSchema.ID),
        string(d, IndexSchema.PATH), string(d, IndexSchema.TITLE), string(d, IndexSchema.COMPANY),
        string(d, IndexSchema.CASE), confidence == null ? null : confidence.doubleValue(),
        minYears == null ? null : minYears.intValue(), skills, snippet);
  }

  /** The most frequent values among the matches, most first, ties by value, less those left out. */
  static List<SearchResult.Count> top(NestableJsonFacet facets, String name, Set<String> leaveOut) {
    if (facets == null || facets.getBucketBasedFacets(name) == null) {
      return List.of();
    }
    return facets.getBucketBasedFacets(name).getBuckets().stream()
        .map(b -> new SearchResult.Count(String.valueOf(b.getVal()), (int) b.getCount()))
        .filter(c -> !leaveOut.contains(c.value()))
        .sorted(Comparator.comparingInt(SearchResult.Count::postings).reversed()
            .thenComparing(SearchResult.Count::value))
        .limit(FACET_TOP).toList();
  }

  @Override
  public Optional<StoredPosting> find(String pathOrId) throws IOException {
    List<String> tries = new ArrayList<>();
    tries.add("{!term f=" + IndexSchema.PATH + "}" + IndexSchema.pathKey(Path.of(pathOrId)));
    if (pathOrId.matches("[0-9a-fA-F]{4,64}")) {
      tries.add("{!prefix f=" + IndexSchema.ID + "}" + pathOrId.toLowerCase(Locale.ROOT)
          .substring(0, Math.min(pathOrId.length(), IndexSchema.ID_LENGTH)));
    }
    Path file = Path.of(pathOrId).getFileName();
    String name = file == null ? pathOrId : file.toString();
    tries.add(IndexSchema.PATH + ":*" + ClientUtils.escapeQueryChars(File.separator + name));
    for (String query : tries) {
      SolrDocumentList found;
      try {
        found = collection.query(new SolrQuery(query).setRows(2).setFields("*")).getResults();
      } catch (IOException e) {
        throw collection.unavailable(e);
      }
      if (found.size() > 1) {
        throw new IllegalArgumentException("'" + pathOrId + "' names more than one posting;"
            + " give its full path or a longer id");
      }
      if (found.size() == 1) {
        return Optional.of(stored(found.get(0)));
      }
    }
    return Optional.empty();
  }

  private static StoredPosting stored(SolrDocument d) {
    Map<String, List<String>> skills = new LinkedHashMap<>();
    for (SkillSection section : SkillSection.values()) {
      skills.put(section.id(), strings(d, IndexSchema.skillField(section)));
    }
    Number confidence = (Number) d.getFirstValue(IndexSchema.CASE_CONFIDENCE);
    Number min = (Number) d.getFirstValue(IndexSchema.MIN_YEARS);
    Number max = (Number) d.getFirstValue(IndexSchema.MAX_YEARS);
    Number indexedAt = (Number) d.getFirstValue(IndexSchema.INDEXED_AT);
    return new StoredPosting(string(d, IndexSchema.ID), string(d, IndexSchema.PATH),
        string(d, IndexSchema.HASH), string(d, IndexSchema.TITLE), string(d, IndexSchema.COMPANY),
        string(d, IndexSchema.CASE), confidence == null ? null : confidence.doubleValue(),
        min == null ? null : min.intValue(), max == null ? null : max.intValue(), skills,
        strings(d, IndexSchema.CATEGORY), strings(d, IndexSchema.KEYWORDS),
        Instant.ofEpochMilli(indexedAt.longValue()), string(d, IndexSchema.TEXT),
        string(d, IndexSchema.POSTING));
  }

  private static String string(SolrDocument d, String field) {
    Object v = d.getFirstValue(field);
    return v == null ? null : v.toString();
  }

  private static List<String> strings(SolrDocument d, String field) {
    var values = d.getFieldValues(field);
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }

  /** Closes the collection: a searcher is given its own. */
  @Override
  public void close() throws IOException {
    collection.close();
  }

  /** Values passed as request parameters and named in local params ($p0…): never escaped by hand. */
  private static final class Params {
    private final JsonQueryRequest request;
    private int next;

    Params(JsonQueryRequest request) {
      this.request = request;
    }

    String add(String value) {
      String name = "p" + next++;
      request.withParam(name, value);
      return "$" + name;
    }
  }
}
