package dev.gonggo.solr;

import dev.gonggo.index.IndexSchema;
import dev.gonggo.search.MarketStats;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.SkillSection;
import dev.gonggo.skills.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * {@code gonggo stats} over a Solr collection: the counts gonggo's index gives, through the JSON
 * facet API, in two requests: the values of every field with their counts (skills of each
 * section, categories, cases, years, and as nested facets the skills named together and the
 * skills of each case, for their lift), then for each category the postings that require one of
 * its skills (with --kind: that name or require one of its skills of those kinds, as gonggo's
 * index counts them). Every facet lists all its values, so that the counts are exact however the
 * postings are spread over the shards.
 */
public final class SolrMarketStats {

  private static final String PAIRS = "pairs";
  private static final String WITH = "with";

  private SolrMarketStats() {}

  /** @param kinds the kinds of skill the skill and pair tables list; empty for all */
  public static MarketStats of(SolrCollection collection, Taxonomy taxonomy, int top,
      Set<Skill.Kind> kinds) throws IOException {
    JsonQueryRequest request = new JsonQueryRequest().setQuery("*:*").setLimit(0);
    for (SkillSection section : SkillSection.values()) {
      request.withFacet(IndexSchema.skillField(section), all(IndexSchema.skillField(section)));
    }
    request.withFacet(IndexSchema.CATEGORY, all(IndexSchema.CATEGORY));
    Map<String, Object> caseSkills = new HashMap<>(all(IndexSchema.CASE));
    caseSkills.put("facet", Map.of(WITH, all(IndexSchema.SKILL)));
    request.withFacet(IndexSchema.CASE, caseSkills);
    request.withFacet(IndexSchema.MIN_YEARS, all(IndexSchema.MIN_YEARS));
    Map<String, Object> pairs = new HashMap<>(all(IndexSchema.SKILL));
    pairs.put("facet", Map.of(WITH, all(IndexSchema.SKILL)));
    request.withFacet(PAIRS, pairs);
    QueryResponse response = send(collection, request);
    int postings = (int) response.getResults().getNumFound();
    NestableJsonFacet facets = response.getJsonFacetingResponse();

    Map<String, int[]> skills = new HashMap<>();
    for (SkillSection section : SkillSection.values()) {
      for (BucketJsonFacet b : buckets(facets, IndexSchema.skillField(section))) {
        int[] c = skills.computeIfAbsent(String.valueOf(b.getVal()), k -> new int[3]);
        c[0] += (int) b.getCount();
        if (section == SkillSection.REQUIRED) {
          c[1] += (int) b.getCount();
        } else if (section == SkillSection.PREFERRED) {
          c[2] += (int) b.getCount();
        }
      }
    }
    Map<String, Integer> cases = new HashMap<>();
    Map<String, Map<String, Integer>> skillsOfCase = new HashMap<>();
    for (BucketJsonFacet b : buckets(facets, IndexSchema.CASE)) {
      String caseId = String.valueOf(b.getVal());
      cases.put(caseId, (int) b.getCount());
      Map<String, Integer> named = skillsOfCase.computeIfAbsent(caseId, k -> new HashMap<>());
      buckets(b, WITH).forEach(s -> named.put(String.valueOf(s.getVal()), (int) s.getCount()));
    }
    Map<Integer, Integer> minYears = new HashMap<>();
    buckets(facets, IndexSchema.MIN_YEARS).forEach(b ->
        minYears.put(((Number) b.getVal()).intValue(), (int) b.getCount()));
    Map<String, Integer> pairCounts = new HashMap<>();
    for (BucketJsonFacet first : buckets(facets, PAIRS)) {
      String a = String.valueOf(first.getVal());
      for (BucketJsonFacet second : buckets(first, WITH)) {
        String b = String.valueOf(second.getVal());
        if (a.compareTo(b) < 0) {
          pairCounts.put(a + "\t" + b, (int) second.getCount());
        }
      }
    }
    Map<String, int[]> categories = kinds.isEmpty()
        ? categories(collection, taxonomy, facets, skills)
        : categoriesOfKinds(collection, taxonomy, skills, kinds);
    return MarketStats.of(new MarketStats.Counts(postings, skills, categories, cases, minYears,
        pairCounts, skillsOfCase), taxonomy, top, kinds);
  }

  /**
   * Category → postings, postings requiring one of its skills: a query facet per category, over
   * the required skills of the collection that the taxonomy puts in it.
   */
  private static Map<String, int[]> categories(SolrCollection collection, Taxonomy taxonomy,
      NestableJsonFacet facets, Map<String, int[]> skills) throws IOException {
    Map<String, int[]> out = new HashMap<>();
    Map<String, List<String>> requiredIn = new HashMap<>();
    skills.forEach((id, c) -> {
      Skill skill = taxonomy.get(id);
      if (c[1] > 0 && skill != null) {
        skill.categories().forEach(cat -> requiredIn.computeIfAbsent(cat, k -> new ArrayList<>()).add(id));
      }
    });
    JsonQueryRequest request = new JsonQueryRequest().setQuery("*:*").setLimit(0);
    List<String> names = new ArrayList<>();
    for (BucketJsonFacet b : buckets(facets, IndexSchema.CATEGORY)) {
      String category = String.valueOf(b.getVal());
      out.put(category, new int[] {(int) b.getCount(), 0});
      List<String> ids = requiredIn.get(category);
      if (ids != null) {
        String name = "required" + names.size();
        names.add(category);
        request.withFacet(name, Map.of("type", "query", "q",
            IndexSchema.CATEGORY + ":" + ClientUtils.escapeQueryChars(category) + " AND "
                + IndexSchema.skillField(SkillSection.REQUIRED) + ":(" + ids.stream()
                .map(ClientUtils::escapeQueryChars).collect(Collectors.joining(" OR ")) + ")"));
      }
    }
    if (!names.isEmpty()) {
      NestableJsonFacet required = send(collection, request).getJsonFacetingResponse();
      for (int i = 0; i < names.size(); i++) {
        NestableJsonFacet f = required.getQueryFacet("required" + i);
        out.get(names.get(i))[1] = f == null ? 0 : (int) f.getCount();
      }
    }
    return out;
  }

  /**
   * Category → postings, postings requiring one of its skills, counting only the skills of the
   * kinds asked, as gonggo's index counts them with --kind: a query facet per category over the
   * skills of those kinds the collection names that the taxonomy puts in it.
   */
  private static Map<String, int[]> categoriesOfKinds(SolrCollection collection, Taxonomy taxonomy,
      Map<String, int[]> skills, Set<Skill.Kind> kinds) throws IOException {
    Map<String, List<String>> namedIn = new TreeMap<>();
    skills.forEach((id, c) -> {
      Skill skill = taxonomy.get(id);
      if (skill != null && kinds.contains(skill.kind())) {
        skill.categories().forEach(cat -> namedIn.computeIfAbsent(cat, k -> new ArrayList<>()).add(id));
      }
    });
    Map<String, int[]> out = new HashMap<>();
    if (namedIn.isEmpty()) {
      return out;
    }
    JsonQueryRequest request = new JsonQueryRequest().setQuery("*:*").setLimit(0);
    List<String> names = new ArrayList<>(namedIn.keySet());
    for (int i = 0; i < names.size(); i++) {
      String ids = namedIn.get(names.get(i)).stream().map(ClientUtils::escapeQueryChars)
          .collect(Collectors.joining(" OR "));
      request.withFacet("named" + i, Map.of("type", "query", "q", IndexSchema.SKILL + ":(" + ids + ")"));
      request.withFacet("required" + i, Map.of("type", "query", "q",
          IndexSchema.skillField(SkillSection.REQUIRED) + ":(" + ids + ")"));
    }
    NestableJsonFacet facets = send(collection, request).getJsonFacetingResponse();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), new int[] {count(facets, "named" + i), count(facets, "required" + i)});
    }
    return out;
  }

  private static int count(NestableJsonFacet facets, String name) {
    NestableJsonFacet f = facets == null ? null : facets.getQueryFacet(name);
    return f == null ? 0 : (int) f.getCount();
  }

  private static Map<String, Object> all(String field) {
    return Map.of("type", "terms", "field", field, "limit", -1);
  }

  private static List<BucketJsonFacet> buckets(NestableJsonFacet facets, String name) {
    if (facets == null || facets.getBucketBasedFacets(name) == null) {
      return List.of();
    }
    return facets.getBucketBasedFacets(name).getBuckets();
  }

  private static QueryResponse send(SolrCollection collection, JsonQueryRequest request) {
    try {
      return new QueryResponse(collection.request(request), collection.client());
    } catch (IOException e) {
      throw collection.unavailable(e);
    }
  }
}
