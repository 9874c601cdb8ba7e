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
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.client.solrj.util.ClientUtils;

/**
 * {@code gonggo stats} over a Solr collection: the counts gonggo's index gives, through the JSON
 * facet API, in two requests: the values of every field with their counts (skills of each
 * section, categories, cases, years, and the skills named together as a nested facet), then for
 * each category the postings that require one of its skills. Every facet lists all its values,
 * so that the counts are exact however the postings are spread over the shards.
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
    request.withFacet(IndexSchema.CASE, all(IndexSchema.CASE));
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
    buckets(facets, IndexSchema.CASE).forEach(b -> cases.put(String.valueOf(b.getVal()), (int) b.getCount()));
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
    Map<String, int[]> categories = categories(collection, taxonomy, facets, skills);
    return MarketStats.of(new MarketStats.Counts(postings, skills, categories, cases, minYears,
        pairCounts), taxonomy, top, kinds);
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
