package dev.gonggo.bench;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.classify.CaseFeatures;
import dev.gonggo.classify.Posting;
import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.classify.ZeroLabelModel;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.index.PostingDocument;
import dev.gonggo.skills.KeyTerms;
import dev.gonggo.skills.KeywordStopWords;
import dev.gonggo.skills.BackgroundFrequencies;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.YearsReader;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.SectionSplitter;
import dev.gonggo.text.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * Where gonggo's time per posting goes, stage by stage, next to what the floor spends: one thread,
 * warm (after a warm-up round), in one JVM, on the plain-text postings of a folder (the reader
 * processes that read binary files are measured by the index benchmark). Each stage runs on the
 * output of the one before, as in the pipeline; the floor's stages are Tika's parse of the same
 * bytes and Nori's KoreanAnalyzer over the text it gives.
 *
 * <p>Usage: {@code StageCost DIR [ROUNDS]}; prints microseconds per posting for each stage.
 */
public final class StageCost {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().matches(".*\\.(txt|md|html)$")).sorted().toList();
    }
    List<byte[]> bytes = new ArrayList<>();
    for (Path f : files) {
      bytes.add(Files.readAllBytes(f));
    }
    PostingPipeline pipeline = new PostingPipeline();
    SectionSplitter splitter = new SectionSplitter();
    YearsReader years = new YearsReader();
    KeyTerms keyTerms = new KeyTerms(KeywordStopWords.builtIn(), BackgroundFrequencies.builtIn());
    ZeroLabelModel model = ZeroLabelModel.builtIn();
    PostingDocument documents = new PostingDocument();
    AutoDetectParser tika = new AutoDetectParser();
    Analyzer nori = new KoreanAnalyzer();
    Map<String, Long> nanos = new LinkedHashMap<>();
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (int round = 0; round <= rounds; round++) {
        boolean counted = round > 0;
        for (int i = 0; i < files.size(); i++) {
          Path f = files.get(i);
          long t0 = System.nanoTime();
          String floorText = tikaText(tika, f, bytes.get(i));
          long t1 = System.nanoTime();
          noriTokens(nori, floorText);
          long t2 = System.nanoTime();
          Extraction e = extractor.extract(f);
          long t3 = System.nanoTime();
          String text = TextNormalizer.normalize(e.text());
          long t3b = System.nanoTime();
          PostingText posting = new PostingText(f, e.contentType(), e.title(), text,
              splitter.split(text));
          long t4 = System.nanoTime();
          AnalyzedText analyzed = pipeline.analyzer().analyze(text);
          long t5 = System.nanoTime();
          List<PostingSkill> skills = pipeline.matcher().skills(posting, analyzed);
          long t6 = System.nanoTime();
          years.read(posting);
          long t7 = System.nanoTime();
          keyTerms.of(posting, analyzed, skills, PostingPipeline.KEYWORDS_KEPT);
          long t8 = System.nanoTime();
          CaseFeatures features = pipeline.caseFeatures(posting, skills);
          long t9 = System.nanoTime();
          model.classify(features);
          long t10 = System.nanoTime();
          Posting whole = pipeline.analyze(posting);
          long t11 = System.nanoTime();
          documents.build(whole, f.toString(), "0123456789abcdef0123456789abcdef", Instant.EPOCH);
          long t12 = System.nanoTime();
          if (counted) {
            add(nanos, "floor: Tika parse", t1 - t0);
            add(nanos, "floor: Nori (KoreanAnalyzer)", t2 - t1);
            add(nanos, "extract (decode, HTML)", t3 - t2);
            add(nanos, "normalise", t3b - t3);
            add(nanos, "sections", t4 - t3b);
            add(nanos, "analyse (Nori + tech terms)", t5 - t4);
            add(nanos, "skills", t6 - t5);
            add(nanos, "years", t7 - t6);
            add(nanos, "key terms", t8 - t7);
            add(nanos, "case cues", t9 - t8);
            add(nanos, "case model", t10 - t9);
            add(nanos, "(whole pipeline, again)", t11 - t10);
            add(nanos, "index document", t12 - t11);
          }
        }
      }
    }
    long n = (long) files.size() * rounds;
    System.out.printf(Locale.ROOT, "%d plain-text postings, %d rounds, µs per posting:%n",
        files.size(), rounds);
    nanos.forEach((stage, ns) -> System.out.printf(Locale.ROOT, "  %-32s %8.0f%n", stage,
        ns / 1e3 / n));
  }

  private static void add(Map<String, Long> nanos, String stage, long ns) {
    nanos.merge(stage, ns, Long::sum);
  }

  private static String tikaText(AutoDetectParser tika, Path f, byte[] bytes) throws Exception {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
    BodyContentHandler text = new BodyContentHandler(-1);
    try (var in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
      tika.parse(in, text, metadata, new ParseContext());
    }
    return text.toString();
  }

  private static void noriTokens(Analyzer nori, String text) throws Exception {
    try (TokenStream ts = nori.tokenStream("text", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        // counting is not needed: consuming the stream is the cost
      }
      ts.end();
    }
  }

  private StageCost() {}
}
