package dev.gonggo.cli;

import dev.gonggo.solr.SolrCollection;
import dev.gonggo.solr.SolrConfigset;
import dev.gonggo.solr.SolrSetup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gonggo solr}: what a SolrCloud needs to hold gonggo's postings. */
@Command(
    name = "solr",
    header = "Set up a SolrCloud collection for gonggo's postings.",
    description = {
        "gonggo index, search, stats and show work on a SolrCloud collection with --solr URL (or",
        "--zk HOSTS) and --collection NAME. Each Solr node needs gonggo's plugin jar in the lib",
        "folder of its Solr home; `solr configset` writes it, and `solr create` makes the",
        "collection."},
    mixinStandardHelpOptions = true,
    subcommands = {SolrCommand.Configset.class, SolrCommand.Create.class})
final class SolrCommand {

  /** {@code gonggo solr configset --out DIR}. */
  @Command(name = "configset", header = "Write gonggo's Solr configset and plugin jar.",
      description = {"Writes DIR/conf (solrconfig.xml, schema.xml) and DIR/" + SolrConfigset.PLUGIN_JAR
          + ".", "Copy the jar into the lib folder of every Solr node's Solr home."},
      mixinStandardHelpOptions = true, sortOptions = false)
  static final class Configset implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write.")
    Path out;

    @Mixin
    Options options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      List<Path> written = SolrConfigset.write(out);
      PrintWriter w = spec.commandLine().getOut();
      written.forEach(w::println);
      w.flush();
      return Gonggo.OK;
    }
  }

  /** {@code gonggo solr create --solr URL --collection NAME --shards N --replicas R}. */
  @Command(name = "create", header = "Upload the configset and create a collection.",
      description = {"Uploads gonggo's configset and creates the collection, N shards of R",
          "replicas each. The nodes must have the plugin jar (see solr configset)."},
      mixinStandardHelpOptions = true, sortOptions = false)
  static final class Create implements Callable<Integer> {

    @Mixin
    SolrOption solr;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
        description = "Shards. Default: ${DEFAULT-VALUE}.")
    int shards;

    @Option(names = "--replicas", paramLabel = "R", defaultValue = "1",
        description = "Replicas of each shard. Default: ${DEFAULT-VALUE}.")
    int replicas;

    @Mixin
    Options options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!solr.enabled()) {
        throw new UserError("name the SolrCloud with --solr URL or --zk HOSTS");
      }
      SolrSetup.Created created;
      try (SolrCollection collection = solr.connect()) {
        created = SolrSetup.create(collection, shards, replicas);
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
      PrintWriter w = spec.commandLine().getOut();
      w.printf(Locale.ROOT, "collection %s: %d shards × %d replicas, configset %s%n",
          created.collection(), created.shards(), created.replicas(), created.configset());
      w.flush();
      return Gonggo.OK;
    }
  }
}
