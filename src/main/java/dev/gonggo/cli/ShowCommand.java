package dev.gonggo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.classify.Cases;
import dev.gonggo.search.PostingSearch;
import dev.gonggo.search.SkillNames;
import dev.gonggo.search.StoredPosting;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gonggo show}: everything the index knows about one posting. */
@Command(
    name = "show",
    header = "Show everything indexed about one posting.",
    description = {
        "Names the posting by its path (as indexed, or just its file name when unique) or by its",
        "id (as search shows it; a prefix of four characters or more will do)."},
    mixinStandardHelpOptions = true,
    sortOptions = false)
final class ShowCommand implements Callable<Integer> {

  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "PATH|ID", description = "The posting's path or id.")
  String posting;

  @Option(names = "--format", defaultValue = "text",
      description = "Output: text or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--no-text", description = "Leave out the posting's text.")
  boolean noText;

  @Mixin
  IndexOption index;

  @Mixin
  SolrOption solr;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  Options options;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PostingAnalyzer analyzer = new PostingAnalyzer();
    StoredPosting p;
    try (PostingSearch searcher = solr.searcher(index, new SkillNames(taxonomy.load(), analyzer),
        analyzer)) {
      p = searcher.find(posting).orElseThrow(() -> new UserError(
          "no posting '" + posting + "' in " + (solr.enabled() ? "the Solr collection "
              + solr.collection : "the index at " + index.dir)));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(p));
    } else {
      text(out, p);
    }
    out.flush();
    return Gonggo.OK;
  }

  private String json(StoredPosting p) throws Exception {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode node = (ObjectNode) json.readTree(p.postingJson());
    node.put("file", p.path());
    node.put("id", p.id());
    node.put("hash", p.hash());
    node.put("company", p.company());
    node.put("caseId", p.caseId());
    ObjectNode bySection = node.putObject("skillsBySection");
    p.skills().forEach((section, ids) -> {
      ArrayNode a = bySection.putArray(section);
      ids.forEach(a::add);
    });
    ArrayNode keywords = node.putArray("keywords");
    p.keywords().forEach(keywords::add);
    node.put("indexedAt", p.indexedAt().toString());
    if (!noText) {
      node.put("text", p.text());
    }
    return json.writeValueAsString(node);
  }

  private void text(PrintWriter out, StoredPosting p) {
    out.println(p.title() == null ? ShownPath.of(p.path()) : p.title());
    line(out, "file", ShownPath.of(p.path()));
    line(out, "id", p.id() + "  (sha-256 " + p.hash() + ")");
    line(out, "company", p.company() == null ? "not named" : p.company());
    line(out, "case", p.caseId() + (p.confidence() == null ? ""
        : String.format(Locale.ROOT, "  %.0f%%  %s", p.confidence() * 100, Cases.label(p.caseId()))));
    line(out, "years", p.minYears() == null ? "not stated"
        : p.minYears() + (p.maxYears() == null ? "+" : "~" + p.maxYears()));
    for (Map.Entry<String, List<String>> e : p.skills().entrySet()) {
      if (!e.getValue().isEmpty()) {
        line(out, e.getKey(), String.join(", ", e.getValue()));
      }
    }
    line(out, "categories", String.join(", ", p.categories()));
    line(out, "keywords", p.keywords().isEmpty() ? "none yet" : String.join(", ", p.keywords()));
    line(out, "indexed", p.indexedAt().toString());
    if (!noText) {
      out.println();
      out.println(p.text());
    }
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf(Locale.ROOT, "  %-11s %s%n", label + ":", value);
  }
}
