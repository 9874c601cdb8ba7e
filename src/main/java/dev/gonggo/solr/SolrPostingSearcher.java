package dev.gonggo.solr;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.index.IndexSchema;
import dev.gonggo.search.FreeText;
import dev.gonggo.search.FreeTextReader;
import dev.gonggo.search.Hit;
import dev.gonggo.search.PostingQuery;
import dev.gonggo.search.PostingSearch;
import dev.gonggo.search.PostingSearcher;
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
import java.util.HashSet;
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
 * ({@link PostingSearcher}) on the same postings: the same clauses (the skills the free text
 * names by section and mentions, the words left over by BM25 and in order as a phrase counting
 * double, filters for the rest), the same
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
      IndexSchema.MIN_YEARS, IndexSchema.SKILL + "_*", IndexSchema.PRACTICE + "_*", "score");

  private final SolrCollection collection;
  private final SkillNames names;
  private final PostingAnalyzer analyzer;
  private final FreeTextReader reader;

  /** A searcher of the collection, which it closes when it is closed. */
  public SolrPostingSearcher(SolrCollection collection, SkillNames names, PostingAnalyzer analyzer) {
    this.collection = collection;
    this.names = names;
    this.analyzer = analyzer;
    this.reader = new FreeTextReader(names.taxonomy(), analyzer);
  }

  @Override
  public SearchResult search(PostingQuery q) throws IOException {
    List<Skill> skills = q.skills().stream().map(names::resolve).toList();
    JsonQueryRequest request = new JsonQueryRequest();
    Params params = new Params(request);
    FreeText text = q.hasText() ? read(q.text()) : null;
    if (text != null) {
      request.setQuery(Map.<String, Object>of("bool", Map.of("should", freeTextClauses(text, q.required(), params))));
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
    // The skills named in the text are asked for as much as those of --skill: hits show them.
    List<Skill> asked = new ArrayList<>(skills);
    if (text != null) {
      text.skills().stream().map(FreeText.NamedSkill::skill)
          .filter(s -> asked.stream().noneMatch(a -> a.id().equals(s.id()))).forEach(asked::add);
    }
    highlight(text, asked, params, request);

    QueryResponse response = response(request);
    SolrDocumentList docs = response.getResults();
    Map<String, Map<String, List<String>>> highlights = response.getHighlighting();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size() && i < q.limit(); i++) {
      SolrDocument d = docs.get(i);
      String path = (String) d.getFirstValue(IndexSchema.PATH);
      List<String> passages = highlights == null || highlights.get(path) == null ? List.of()
          : highlights.get(path).getOrDefault(IndexSchema.TEXT, List.of());
      hits.add(hit(d, asked, snippet(passages)));
    }
    Set<String> askedIds = new LinkedHashSet<>();
    asked.forEach(s -> askedIds.add(s.id()));
    NestableJsonFacet facets = response.getJsonFacetingResponse();
    Set<String> hidden = new HashSet<>(askedIds);
    if (!q.facetKinds().isEmpty()) {
      for (Skill s : names.taxonomy().skills()) {
        if (!q.facetShows(s)) {
          hidden.add(s.id());
        }
      }
    }
    return new SearchResult(docs.getNumFound(), hits, top(facets, IndexSchema.SKILL, hidden),
        top(facets, IndexSchema.CASE, Set.of()), text);
  }

  /** The free text read as gonggo's own index reads it: the skills it names, the words left over. */
  private FreeText read(String text) {
    FreeText read = reader.read(text);
    if (read.isEmpty()) {
      throw new IllegalArgumentException("the query '" + text + "' has no word to search for");
    }
    return read;
  }

  /**
   * The clauses of gonggo's own free-text query ({@link PostingSearcher}): each skill named, by
   * the section a posting names it in (a constant score, weighted as there) plus its mentions by
   * the same saturation; the words left over by BM25, each run of several also as a phrase
   * counting double.
   */
  private static List<Object> freeTextClauses(FreeText text, boolean required, Params params) {
    List<Object> should = new ArrayList<>();
    for (FreeText.NamedSkill named : text.skills()) {
      Skill s = named.skill();
      List<SkillSection> where = required ? List.of(SkillSection.REQUIRED) : List.of(SkillSection.values());
      List<Object> sections = new ArrayList<>();
      for (SkillSection section : where) {
        sections.add("{!lucene v=" + params.add(sectionField(s, section) + ":"
            + ClientUtils.escapeQueryChars(s.id()) + "^=" + PostingSearcher.sectionWeight(section)) + "}");
      }
      String mentions = "{!rank f=" + SolrDocuments.mentionsField(s.id()) + " function=satu weight="
          + PostingSearcher.MENTIONS_WEIGHT + " pivot=" + PostingSearcher.MENTIONS_HALF + "}";
      should.add(Map.of("bool", Map.of("must", List.of(Map.of("bool", Map.of("should", sections))),
          "should", List.of(mentions))));
    }
    if (!text.wordRuns().isEmpty()) {
      should.add(Map.of("bool", Map.of("should", wordClauses(text, params))));
    }
    return should;
  }

  /** The words left over, each by BM25, and each run of several words in order counting double. */
  private static List<Object> wordClauses(FreeText text, Params params) {
    List<Object> should = new ArrayList<>();
    text.words().forEach(t -> should.add(termQuery(IndexSchema.TEXT, params.add(t))));
    for (FreeText.WordRun run : text.wordRuns()) {
      if (run.terms().size() > 1) {
        should.add("{!lucene df=" + IndexSchema.TEXT + " v=" + params.add(phrase(run.written()) + "^2") + "}");
      }
    }
    return should;
  }

  /** The field of a skill, or of a practice, named anywhere in a posting. */
  private static String anyField(Skill s) {
    return s.practice() ? IndexSchema.PRACTICE : IndexSchema.SKILL;
  }

  private static String sectionField(Skill s, SkillSection section) {
    return s.practice() ? IndexSchema.practiceField(section) : IndexSchema.skillField(section);
  }

  private QueryResponse response(JsonQueryRequest request) throws IOException {
    try {
      return new QueryResponse(collection.request(request), collection.client());
    } catch (IOException e) {
      throw collection.unavailable(e);
    }
  }

  private static List<String> filters(PostingQuery q, List<Skill> skills, Params params) {
    List<String> out = new ArrayList<>();
    if (!skills.isEmpty()) {
      List<String> each = skills.stream().map(s -> termQuery(q.required()
          ? sectionField(s, SkillSection.REQUIRED) : anyField(s), params.add(s.id()))).toList();
      if (q.anySkill()) {
        out.add("{!bool " + each.stream().map(t -> "should=" + params.add(t))
            .collect(Collectors.joining(" ")) + "}");
      } else {
        out.addAll(each);
      }
    }
    q.categories().forEach(c -> out.add(termQuery(IndexSchema.CATEGORY, params.add(c))));
    q.keyTerms().forEach(k -> out.add(termQuery(IndexSchema.KEYTERM, params.add(k))));
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
   * left over and every alias of the skills asked or named in it, as gonggo's own snippets do.
   */
  private void highlight(FreeText text, List<Skill> skills, Params params, JsonQueryRequest request) {
    List<String> marks = new ArrayList<>();
    if (text != null && !text.wordRuns().isEmpty()) {
      marks.addAll(wordClauses(text, params).stream().map(String::valueOf).toList());
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
      for (String id : strings(d, IndexSchema.practiceField(section))) {
        if (asked.stream().anyMatch(s -> s.id().equals(id))) {
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
