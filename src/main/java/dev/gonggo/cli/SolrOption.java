package dev.gonggo.cli;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.search.MarketStats;
import dev.gonggo.search.PostingSearch;
import dev.gonggo.search.PostingSearcher;
import dev.gonggo.search.SkillNames;
import dev.gonggo.skills.Skill;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.solr.SolrCollection;
import dev.gonggo.solr.SolrMarketStats;
import dev.gonggo.solr.SolrPostingSearcher;
import java.io.IOException;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --solr URL} or {@code --zk HOSTS}, and {@code --collection NAME}: a SolrCloud collection
 * in place of the index folder.
 */
final class SolrOption {

  @Option(names = "--solr", paramLabel = "URL",
      description = "Use a SolrCloud collection instead of the index folder, through this node "
          + "(http://host:8983/solr).")
  String url;

  @Option(names = "--zk", paramLabel = "HOSTS",
      description = "Or find the SolrCloud through its ZooKeeper (host:2181[,host2:2181][/chroot]).")
  String zk;

  @Option(names = "--collection", paramLabel = "NAME", defaultValue = SolrCollection.DEFAULT_NAME,
      description = "The Solr collection (with --solr or --zk). Default: ${DEFAULT-VALUE}.")
  String collection = SolrCollection.DEFAULT_NAME;

  boolean enabled() {
    return url != null || zk != null;
  }

  /** The collection named; a bad URL or both --solr and --zk is a usage error. */
  SolrCollection connect() {
    try {
      return SolrCollection.connect(url, zk, collection);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Search on the collection when one is named, else on the index folder. */
  PostingSearch searcher(IndexOption index, SkillNames names, PostingAnalyzer analyzer) {
    return enabled() ? new SolrPostingSearcher(connect(), names, analyzer)
        : new PostingSearcher(index.dir, names, analyzer);
  }

  /** The stats of the collection when one is named, else of the index folder. */
  MarketStats stats(IndexOption index, Taxonomy taxonomy, int top, Set<Skill.Kind> kinds)
      throws IOException {
    if (!enabled()) {
      return MarketStats.of(index.dir, taxonomy, top, kinds);
    }
    try (SolrCollection c = connect()) {
      return SolrMarketStats.of(c, taxonomy, top, kinds);
    }
  }
}
