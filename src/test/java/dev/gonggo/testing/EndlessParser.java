package dev.gonggo.testing;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

/**
 * A parse that never ends, for tests of the time limit: Tika hands it files of a made-up type
 * (the magic bytes {@link #MAGIC}, declared in the test resources' {@code custom-mimetypes.xml},
 * which Tika reads from the root of the class path), and it waits until its thread is interrupted or its process is killed. So the
 * limit fires on any machine, however fast.
 */
public final class EndlessParser implements Parser {

  public static final MediaType TYPE = MediaType.application("x-gonggo-endless");
  /** The first bytes of a file of that type; the NUL makes it binary, so a reader process reads it. */
  public static final String MAGIC = "\0GONGGO-ENDLESS\0";

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(TYPE);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
