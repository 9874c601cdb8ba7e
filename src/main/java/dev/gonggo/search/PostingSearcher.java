package dev.gonggo.search;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.index.IndexSchema;
import dev.gonggo.index.IndexSnapshot;
import dev.gonggo.index.PostingIndex;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;

/**
 * Searches the index: skills (by any alias, in any section or only as requirements), categories,
 * cases, years, and free text. Free text is read as the postings were: the skills it names are
 * found by the skill matcher and match every posting naming them under any alias, ranked by the
 * section that names them (a requirement above a passing mention); the words left over are ranked
 * by BM25 over the same analysis chain the postings went through. Reads the last commit, so it
 * works while an index run goes on. Never loads Tika.
 */
public final class PostingSearcher implements PostingSearch {

  private static final int FACET_TOP = 10;
  /** The stored fields a hit shows: everything but the text, which only the snippet reads. */
  private static final Set<String> HIT_FIELDS = hitFields();

  private final IndexSnapshot snapshot;
  private final IndexSearcher searcher;
  private final SkillNames names;
  private final PostingAnalyzer analyzer;
  /** One for the searcher: it merges the field infos of every segment on its first use. */
  private final UnifiedHighlighter highlighter;
  /** Per counted dimension, built once per searcher: far too costly to build per query. */
  private final Map<String, Optional<DimensionCounter>> counters = new HashMap<>();
  /** The analysed aliases of each skill asked for, as the queries that mark them in snippets. */
  private final Map<String, List<Query>> aliasQueries = new ConcurrentHashMap<>();
  /** The query a skill named in free text makes, built once per skill (and --required) and searcher. */
  private final Map<String, Query> namedSkillQueries = new ConcurrentHashMap<>();
  /** Made on the first free text: reading every alias loads Nori, which --skill never needs. */
  private FreeTextReader freeTextReader;

  public PostingSearcher(Path indexDir, SkillNames names, PostingAnalyzer analyzer) {
    this.snapshot = PostingIndex.openReader(indexDir);
    this.searcher = new IndexSearcher(snapshot.reader());
    this.names = names;
    this.analyzer = analyzer;
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> new CustomSeparatorBreakIterator('\n'))
        .withFormatter(new SnippetFormatter(SnippetFormatter.WINDOW))
        .withMaxNoHighlightPassages(1)
        .withHighlightPhrasesStrictly(true)
        .build();
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  @Override
  public SearchResult search(PostingQuery q) throws IOException {
    List<Skill> skills = q.skills().stream().map(names::resolve).toList();
    FreeText text = q.hasText() ? read(q.text()) : null;
    Query query = query(q, skills, text);
    Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.PATH, SortField.Type.STRING));
    // One pass collects the top hits and the matching set the facets count.
    FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query,
        Math.max(1, q.limit()), sort, true, new FacetsCollectorManager());
    TopDocs top = result.topDocs();
    FacetsCollector matching = result.facetsCollector();

    // The skills named in the text are asked for as much as those of --skill: hits show them.
    List<Skill> asked = new ArrayList<>(skills);
    if (text != null) {
      text.skills().stream().map(FreeText.NamedSkill::skill)
          .filter(s -> asked.stream().noneMatch(a -> a.id().equals(s.id()))).forEach(asked::add);
    }
    String[] snippets = snippets(highlightQuery(text, asked), top);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length && i < q.limit(); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      hits.add(hit(stored.document(sd.doc, HIT_FIELDS), sd.score, asked, snippets[i]));
    }
    Set<String> askedIds = new LinkedHashSet<>();
    asked.forEach(s -> askedIds.add(s.id()));
    long total = matching.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
    return new SearchResult(total, hits, skillCounts(matching, askedIds, q),
        counts(matching, IndexSchema.CASE, Set.of()), text);
  }

  /** How free text is read: the skills it names and the words left over. */
  public FreeText read(String text) {
    FreeText read = freeTextReader().read(text);
    if (read.isEmpty()) {
      throw new IllegalArgumentException("the query '" + text + "' has no word to search for");
    }
    return read;
  }

  private synchronized FreeTextReader freeTextReader() {
    if (freeTextReader == null) {
      freeTextReader = new FreeTextReader(names.taxonomy(), analyzer);
    }
    return freeTextReader;
  }

  /** Filters for the structured parts, the free text for the ranking (all score 1 without it). */
  Query query(PostingQuery q, List<Skill> skills, FreeText text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (text != null) {
      b.add(freeTextQuery(text, q.required()), Occur.MUST);
    } else {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    if (!skills.isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (Skill s : skills) {
        Query one = new TermQuery(new Term(q.required() ? sectionField(s, SkillSection.REQUIRED)
            : anyField(s), s.id()));
        if (q.anySkill()) {
          any.add(one, Occur.SHOULD);
        } else {
          b.add(one, Occur.FILTER);
        }
      }
      if (q.anySkill()) {
        b.add(any.build(), Occur.FILTER);
      }
    }
    for (String c : q.categories()) {
      b.add(new TermQuery(new Term(IndexSchema.CATEGORY, c)), Occur.FILTER);
    }
    for (String k : q.keyTerms()) {
      b.add(new TermQuery(new Term(IndexSchema.KEYTERM, k)), Occur.FILTER);
    }
    if (!q.cases().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      q.cases().forEach(c -> any.add(new TermQuery(new Term(IndexSchema.CASE, c)), Occur.SHOULD));
      b.add(any.build(), Occur.FILTER);
    }
    if (q.minYears() != null || q.maxYears() != null) {
      b.add(IntPoint.newRangeQuery(IndexSchema.MIN_YEARS,
          q.minYears() == null ? Integer.MIN_VALUE : q.minYears(),
          q.maxYears() == null ? Integer.MAX_VALUE : q.maxYears()), Occur.FILTER);
    }
    return b.build();
  }

  /**
   * A posting matches free text when it names one of its skills or has one of its words. Each
   * skill scores by where the posting names it, so a posting that requires it ranks above one that
   * mentions it in passing; the words score by BM25.
   */
  Query freeTextQuery(FreeText text, boolean required) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (FreeText.NamedSkill named : text.skills()) {
      Skill s = named.skill();
      b.add(namedSkillQueries.computeIfAbsent((required ? "required " : "") + s.id(),
          key -> namedSkillQuery(s, required)), Occur.SHOULD);
    }
    if (!text.wordRuns().isEmpty()) {
      b.add(wordsQuery(text), Occur.SHOULD);
    }
    return b.build();
  }

  /**
   * What a posting naming a skill scores, by the strongest section that names it: the grades a
   * reader gives (a required skill is central to the job, a preferred one or a duty clearly part
   * of it, a mention elsewhere in passing).
   */
  public static float sectionWeight(SkillSection section) {
    return switch (section) {
      case REQUIRED -> 3f;
      case PREFERRED, DUTIES -> 2f;
      case OTHER -> 1f;
    };
  }

  /**
   * At most what the mentions of a skill add within its section, less than the step between two
   * sections: a posting that names Kafka five times among its duties ranks above one that names it
   * once there, never above one that requires it.
   */
  public static final float MENTIONS_WEIGHT = 1f;
  /** The number of mentions that earns half of {@link #MENTIONS_WEIGHT}. */
  public static final float MENTIONS_HALF = 2f;

  /**
   * Every posting naming the skill under any alias (with {@code required}, as a requirement),
   * scored by the one section each has it under (a posting's strongest) and, within it, by how
   * often it names the skill.
   */
  private Query namedSkillQuery(Skill s, boolean required) {
    List<SkillSection> where = required ? List.of(SkillSection.REQUIRED) : List.of(SkillSection.values());
    BooleanQuery.Builder sections = new BooleanQuery.Builder();
    for (SkillSection section : where) {
      Query named = new ConstantScoreQuery(new TermQuery(new Term(sectionField(s, section), s.id())));
      sections.add(new BoostQuery(named, sectionWeight(section)), Occur.SHOULD);
    }
    Query mentions = FeatureField.newSaturationQuery(IndexSchema.MENTIONS, s.id(), MENTIONS_WEIGHT,
        MENTIONS_HALF);
    return new BooleanQuery.Builder()
        .add(sections.build(), Occur.MUST)
        .add(mentions, Occur.SHOULD)
        .build();
  }

  /**
   * Every word left over may match (BM25 sums them); the words of a run in their order, as a
   * phrase, count extra, so 실시간 데이터 파이프라인 ranks the posting that says exactly that first.
   */
  private Query wordsQuery(FreeText text) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    text.words().forEach(t -> b.add(new TermQuery(new Term(IndexSchema.TEXT, t)), Occur.SHOULD));
    for (FreeText.WordRun run : text.wordRuns()) {
      if (run.terms().size() > 1) {
        b.add(new BoostQuery(phrase(run.terms()), 2f), Occur.SHOULD);
      }
    }
    return b.build();
  }

  /** The field of a skill, or of a practice, named anywhere in a posting. */
  private static String anyField(Skill s) {
    return s.practice() ? IndexSchema.PRACTICE : IndexSchema.SKILL;
  }

  private static String sectionField(Skill s, SkillSection section) {
    return s.practice() ? IndexSchema.practiceField(section) : IndexSchema.skillField(section);
  }

  /** The words of the text plus every alias of the skills asked, so their mentions are marked. */
  private Query highlightQuery(FreeText text, List<Skill> skills) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (text != null && !text.wordRuns().isEmpty()) {
      b.add(wordsQuery(text), Occur.SHOULD);
    }
    for (Skill s : skills) {
      aliasQueries.computeIfAbsent(s.id(), id -> aliasQueries(s)).forEach(a -> b.add(a, Occur.SHOULD));
    }
    return b.build();
  }

  private List<Query> aliasQueries(Skill s) {
    List<Query> out = new ArrayList<>();
    for (String alias : s.aliases()) {
      List<String> terms = analyzer.analyze(alias).tokens().stream().map(Token::term).toList();
      if (!terms.isEmpty()) {
        out.add(terms.size() == 1 ? new TermQuery(new Term(IndexSchema.TEXT, terms.get(0))) : phrase(terms));
      }
    }
    return out;
  }

  private static PhraseQuery phrase(List<String> terms) {
    return new PhraseQuery(IndexSchema.TEXT, terms.toArray(String[]::new));
  }

  private String[] snippets(Query query, TopDocs top) throws IOException {
    if (top.scoreDocs.length == 0) {
      return new String[0];
    }
    return highlighter.highlight(IndexSchema.TEXT, query, top, 2);
  }

  private Hit hit(Document d, float score, List<Skill> asked, String snippet) {
    List<Hit.HitSkill> skills = new ArrayList<>();
    for (SkillSection section : SkillSection.values()) {
      for (String id : d.getValues(IndexSchema.skillField(section))) {
        if (asked.isEmpty() || asked.stream().anyMatch(s -> s.id().equals(id))) {
          skills.add(new Hit.HitSkill(id, section.id()));
        }
      }
      for (String id : d.getValues(IndexSchema.practiceField(section))) {
        if (asked.stream().anyMatch(s -> s.id().equals(id))) {
          skills.add(new Hit.HitSkill(id, section.id()));
        }
      }
    }
    IndexableField confidence = d.getField(IndexSchema.CASE_CONFIDENCE);
    IndexableField minYears = d.getField(IndexSchema.MIN_YEARS);
    return new Hit(score, d.get(IndexSchema.ID), d.get(IndexSchema.PATH), d.get(IndexSchema.TITLE),
        d.get(IndexSchema.COMPANY), d.get(IndexSchema.CASE),
        confidence == null ? null : confidence.numericValue().doubleValue(),
        minYears == null ? null : minYears.numericValue().intValue(), skills,
        snippet == null ? "" : snippet);
  }

  /** The skills most named among the matching postings: not those asked, only the kinds asked. */
  private List<SearchResult.Count> skillCounts(FacetsCollector matching, Set<String> asked,
      PostingQuery q) throws IOException {
    if (q.facetKinds().isEmpty()) {
      return counts(matching, IndexSchema.SKILL, asked);
    }
    Optional<DimensionCounter> counter = counter(IndexSchema.SKILL);
    if (counter.isEmpty()) {
      return List.of();
    }
    return counter.get().top(matching, names.taxonomy().size() + FACET_TOP).stream()
        .filter(c -> !asked.contains(c.value()) && q.facetShows(names.taxonomy().get(c.value())))
        .limit(FACET_TOP).toList();
  }

  /** The most frequent values of one dimension among the matching postings, less those left out. */
  private List<SearchResult.Count> counts(FacetsCollector matching, String dim, Set<String> leaveOut)
      throws IOException {
    Optional<DimensionCounter> counter = counter(dim);
    if (counter.isEmpty()) {
      return List.of(); // an empty index, or no posting has this dimension yet
    }
    return counter.get().top(matching, FACET_TOP + leaveOut.size()).stream()
        .filter(c -> !leaveOut.contains(c.value())).limit(FACET_TOP).toList();
  }

  private synchronized Optional<DimensionCounter> counter(String dim) throws IOException {
    Optional<DimensionCounter> counter = counters.get(dim);
    if (counter == null) {
      counter = Optional.ofNullable(DimensionCounter.of(searcher.getIndexReader(), dim));
      counters.put(dim, counter);
    }
    return counter;
  }

  private static Set<String> hitFields() {
    Set<String> fields = new HashSet<>(List.of(IndexSchema.ID, IndexSchema.PATH, IndexSchema.TITLE,
        IndexSchema.COMPANY, IndexSchema.CASE, IndexSchema.CASE_CONFIDENCE, IndexSchema.MIN_YEARS));
    for (SkillSection section : SkillSection.values()) {
      fields.add(IndexSchema.skillField(section));
      fields.add(IndexSchema.practiceField(section));
    }
    return Set.copyOf(fields);
  }

  @Override
  public Optional<StoredPosting> find(String pathOrId) throws IOException {
    List<Query> tries = new ArrayList<>();
    tries.add(new TermQuery(new Term(IndexSchema.PATH, IndexSchema.pathKey(Path.of(pathOrId)))));
    if (pathOrId.matches("[0-9a-fA-F]{4,64}")) {
      tries.add(new PrefixQuery(new Term(IndexSchema.ID,
          pathOrId.toLowerCase(Locale.ROOT).substring(0, Math.min(pathOrId.length(), IndexSchema.ID_LENGTH)))));
    }
    String name = Path.of(pathOrId).getFileName() == null ? pathOrId : Path.of(pathOrId).getFileName().toString();
    tries.add(new WildcardQuery(new Term(IndexSchema.PATH,
        "*" + java.io.File.separator + name.replaceAll("([*?\\\\])", "\\\\$1"))));
    for (Query q : tries) {
      TopDocs top = searcher.search(q, 2);
      if (top.scoreDocs.length > 1) {
        throw new IllegalArgumentException("'" + pathOrId + "' names more than one posting;"
            + " give its full path or a longer id");
      }
      if (top.scoreDocs.length == 1) {
        return Optional.of(StoredPosting.of(searcher.storedFields().document(top.scoreDocs[0].doc)));
      }
    }
    return Optional.empty();
  }

  /**
   * Hands every posting that names one of these skills in any section, in one of these cases (any
   * case when none is given), to {@code each}, one at a time so that a large index is never held
   * whole: what a ranking over skills reads. The text and the stored JSON are read only when
   * asked for ({@code withText}); without them a posting is its stored fields.
   */
  public void forEachNaming(Collection<String> skills, List<String> cases,
      boolean withText, Consumer<StoredPosting> each) throws IOException {
    if (skills.isEmpty()) {
      return;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    new TreeSet<>(skills).forEach(s -> any.add(new TermQuery(new Term(IndexSchema.SKILL, s)), Occur.SHOULD));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), Occur.FILTER);
    if (!cases.isEmpty()) {
      b.add(caseFilter(cases), Occur.FILTER);
    }
    Set<String> fields = new HashSet<>(HIT_FIELDS);
    fields.addAll(List.of(IndexSchema.HASH, IndexSchema.MAX_YEARS, IndexSchema.CATEGORY,
        IndexSchema.KEYWORDS, IndexSchema.INDEXED_AT));
    if (withText) {
      fields.addAll(List.of(IndexSchema.TEXT, IndexSchema.POSTING));
    }
    Weight weight = searcher.createWeight(searcher.rewrite(b.build()),
        ScoreMode.COMPLETE_NO_SCORES, 1);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          each.accept(StoredPosting.of(stored.document(doc, fields)));
        }
      }
    }
  }

  /** How many postings are in one of these cases (all postings when none is given). */
  public int count(List<String> cases) throws IOException {
    return cases.isEmpty() ? searcher.getIndexReader().numDocs() : searcher.count(caseFilter(cases));
  }

  private static Query caseFilter(List<String> cases) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    cases.forEach(c -> any.add(new TermQuery(new Term(IndexSchema.CASE, c)), Occur.SHOULD));
    return any.build();
  }

  @Override
  public void close() throws IOException {
    snapshot.close();
  }
}
