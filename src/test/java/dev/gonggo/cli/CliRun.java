package dev.gonggo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.SkillSection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the gonggo command line in a test: exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Gonggo.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exit = cmd.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  /** A counter of the index summary, such as "new" or "unchanged". */
  int count(String label) {
    Matcher m = Pattern.compile("(?m)^  " + label + "\\s+(\\d+)$").matcher(out);
    if (!m.find()) {
      throw new AssertionError("no '" + label + "' in the summary:\n" + out + err);
    }
    return Integer.parseInt(m.group(1));
  }

  /** The lines of NDJSON output, parsed. */
  List<JsonNode> jsonLines() {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        try {
          nodes.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return nodes;
  }

  JsonNode json() {
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The files of a JSON search result, as absolute paths. */
  Set<String> files() {
    return jsonLines().stream().map(n -> n.get("file").asText())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Copies the files of a folder (not its subfolders) into another. */
  static void copy(List<Path> files, Path to) throws IOException {
    Files.createDirectories(to);
    for (Path f : files) {
      Files.copy(f, to.resolve(f.getFileName()));
    }
  }

  static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** The files whose own analysis, not the index, has this skill in this section. */
  static Set<String> analysedWith(List<Path> files, String skill, SkillSection section) {
    PostingPipeline pipeline = new PostingPipeline();
    try (PostingExtractor extractor = new PostingExtractor()) {
      return files.parallelStream()
          .filter(f -> {
            Extraction e = extractor.extract(f);
            if (!e.ok()) {
              return false;
            }
            Posting p = pipeline.analyze(e);
            return p.skills().stream().anyMatch(
                (PostingSkill s) -> s.id().equals(skill) && s.section() == section);
          })
          .map(f -> f.toAbsolutePath().normalize().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
