package dev.gonggo.testing;

import java.io.InputStream;
import java.util.Set;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A parse that takes no time, for tests of what follows a killed reader: files of a made-up type
 * (the magic bytes {@link #MAGIC}, declared in the test resources' {@code custom-mimetypes.xml})
 * read as {@link #TEXT} at once, with no library to load. So "the next file is read by a fresh
 * reader" holds on any machine, however loaded.
 */
public final class InstantParser implements Parser {

  public static final MediaType TYPE = MediaType.application("x-gonggo-instant");
  /** The first bytes of a file of that type; the NUL makes it binary, so a reader process reads it. */
  public static final String MAGIC = "\0GONGGO-INSTANT\0";
  public static final String TEXT = "자격요건\n- 스파크 경험";

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return Set.of(TYPE);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws SAXException, TikaException {
    XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
    xhtml.startDocument();
    xhtml.element("p", TEXT);
    xhtml.endDocument();
  }
}
