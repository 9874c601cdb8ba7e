package dev.gonggo.solr.plugin;

import dev.gonggo.analysis.PostingAnalyzer;
import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * gonggo's whole analysis chain (NFC, Nori with gonggo's user dictionary, tech terms kept whole,
 * nouns, foreign words and numbers kept, lowercase) as one tokenizer, for a Solr field type:
 * {@code <tokenizer class="dev.gonggo.solr.plugin.PostingTokenizerFactory"/>}. It takes no
 * parameters: the dictionaries are gonggo's own, inside the plugin jar.
 *
 * <p>One tokenizer rather than a char filter, Nori's tokenizer and three filters named in the
 * schema: gonggo feeds Nori a posting in pieces of at most a thousand characters cut at line ends,
 * and indexes the tokens that are kept one position apart. A chain of separate filters would see
 * a field whole and leave a gap where each dropped token was, and phrases would match
 * differently in Solr than in gonggo's index.
 */
public final class PostingTokenizerFactory extends TokenizerFactory {

  /** The SPI name. */
  public static final String NAME = "gonggoPosting";

  private final PostingAnalyzer analyzer = new PostingAnalyzer();

  public PostingTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("gonggo's tokenizer takes no parameters: " + args);
    }
  }

  /** For Lucene's service loader only. */
  public PostingTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public PostingTokenizer create(AttributeFactory factory) {
    return new PostingTokenizer(factory, analyzer);
  }
}
