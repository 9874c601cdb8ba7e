package dev.gonggo.solr.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.analysis.Token;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.text.TextNormalizer;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.jar.JarFile;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The plugin jar the build makes is what Solr loads: it holds the analysis stage, its dictionaries,
 * the text stage's AnalysisDeadline and BuiltInFile it calls and the tokenizer factory, and nothing
 * else, and with Lucene alone beside it (no gonggo on the class path) it makes the tokens gonggo
 * makes.
 */
class PluginJarTest {

  static final Path JAR = Path.of("target", "gonggo-solr-plugin.jar");

  @Test
  void holdsTheAnalysisStageAndTheFactoryOnly() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "the build makes " + JAR);
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> names = jar.stream().map(e -> e.getName()).filter(n -> !n.endsWith("/")).toList();
      assertTrue(names.contains("dev/gonggo/analysis/userdict.txt"), names.toString());
      assertTrue(names.contains("dev/gonggo/analysis/protected-terms.txt"), names.toString());
      assertTrue(names.contains("dev/gonggo/solr/plugin/PostingTokenizerFactory.class"));
      for (String name : names) {
        assertTrue(name.startsWith("dev/gonggo/analysis/") || name.startsWith("dev/gonggo/solr/plugin/")
            || name.startsWith("dev/gonggo/text/AnalysisDeadline")
            || name.startsWith("dev/gonggo/text/BuiltInFile")
            || name.startsWith("META-INF/"), name);
      }
    }
  }

  @Test
  void withLuceneAloneItTokenisesAsGonggoDoes() throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(JAR.toUri().toURL());
    for (Class<?> lucene : List.of(TokenizerFactory.class, BaseCharFilter.class, KoreanTokenizer.class)) {
      urls.add(lucene.getProtectionDomain().getCodeSource().getLocation());
    }
    PostingAnalyzer gonggo = new PostingAnalyzer();
    try (URLClassLoader solrLike = new URLClassLoader(urls.toArray(URL[]::new),
            ClassLoader.getPlatformClassLoader());
        PostingExtractor extractor = new PostingExtractor()) {
      Class<?> factoryClass = solrLike.loadClass(PostingTokenizerFactory.class.getName());
      assertFalse(factoryClass == PostingTokenizerFactory.class, "loaded apart from gonggo");
      Object factory = factoryClass.getConstructor(java.util.Map.class).newInstance(new HashMap<>());
      Object tokenizer = factoryClass.getMethod("create").invoke(factory);
      Class<?> termClass = solrLike.loadClass("org.apache.lucene.analysis.tokenattributes.CharTermAttribute");
      Object term = tokenizer.getClass().getMethod("addAttribute", Class.class).invoke(tokenizer, termClass);
      Method setReader = tokenizer.getClass().getMethod("setReader", Reader.class);
      Method reset = tokenizer.getClass().getMethod("reset");
      Method increment = tokenizer.getClass().getMethod("incrementToken");
      Method end = tokenizer.getClass().getMethod("end");
      Method close = tokenizer.getClass().getMethod("close");
      for (String sample : List.of("01-hanbit-group-data-platform.txt", "03-seorin-ai-ml-infra.hwpx",
          "13-greenlight-fintech-backend.html")) {
        String text = TextNormalizer.normalize(extractor.extract(Path.of("samples", sample)).text());
        setReader.invoke(tokenizer, new StringReader(text));
        reset.invoke(tokenizer);
        List<String> solr = new ArrayList<>();
        while ((Boolean) increment.invoke(tokenizer)) {
          solr.add(term.toString());
        }
        end.invoke(tokenizer);
        close.invoke(tokenizer);
        List<String> expected = gonggo.analyze(text).tokens().stream().map(Token::term).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, solr, sample);
      }
    }
  }
}
