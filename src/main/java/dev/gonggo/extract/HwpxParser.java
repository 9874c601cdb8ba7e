package dev.gonggo.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AbstractParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text of HWPX files: the OWPML zip packages written by Hancom Office, which Tika 3
 * detects as {@code application/hwp+zip} (by the package's {@code mimetype} entry, or by the
 * {@code .hwpx} name) but only unzips as a generic package, dumping raw XML.
 *
 * <p>The section files ({@code Contents/section0.xml}, ...) are read in the order of the OPF spine in
 * {@code Contents/content.hpf}, else in numeric order. Each OWPML paragraph ({@code hp:p}) with text
 * becomes one XHTML {@code <p>}; text comes from the {@code hp:t} runs, with {@code hp:tab} as a tab,
 * {@code hp:lineBreak} as a newline and {@code hp:nbSpace}/{@code hp:fwSpace} as a space. Table cells
 * and other sub-lists hold paragraphs of their own, which are emitted where they stand, so a
 * paragraph with a table inside it comes out as its text before the table, the cells, then the rest.
 * Paragraphs without text are skipped. {@code Preview/PrvText.txt}, a truncated preview, is used only
 * when the package has no section at all.
 *
 * <p>Metadata set: {@link TikaCoreProperties#TITLE} ({@code opf:title} or {@code dc:title}),
 * {@link TikaCoreProperties#CREATOR} ({@code opf:meta name="creator"} or {@code dc:creator}),
 * {@link TikaCoreProperties#LANGUAGE} ({@code opf:language}/{@code dc:language}), and
 * {@code Content-Type}.
 *
 * <p>Hostile input: XML goes through Tika's secure StAX factory and any DTD is refused; every zip entry
 * is capped in inflated size and in compression ratio. A corrupt package, a section the manifest lists
 * but the zip lacks, or a part over the caps ends in a {@link TikaException} with a plain message.
 *
 * <p>Registered in {@code META-INF/services/org.apache.tika.parser.Parser}. No Tika parser claims
 * {@code application/hwp+zip} itself (PackageParser only gets it as a subtype of application/zip), and
 * Tika's DefaultParser in any case orders service-loaded parsers outside {@code org.apache.tika.*} last,
 * so that CompositeParser, which keeps the last parser named for a type, lets them win.
 */
public class HwpxParser extends AbstractParser {

    public static final MediaType HWPX = MediaType.application("hwp+zip");
    static final String CORRUPT = "the HWPX package is corrupt";
    static final String TOO_LARGE = "a part of the HWPX package is too large";
    static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;
    /** Inflated:compressed ratio allowed once an entry has inflated past {@link #RATIO_FREE_BYTES}. */
    static final long MAX_RATIO = 200;
    static final long RATIO_FREE_BYTES = 1024 * 1024;
    private static final int MAX_SECTIONS = 10_000;
    private static final int MAX_NESTING = 256;
    private static final String HP = "http://www.hancom.co.kr/hwpml/2011/paragraph";
    private static final Pattern SECTION = Pattern.compile("(?:.*/)?section(\\d{1,9})\\.xml");

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Collections.singleton(HWPX);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        try (TemporaryResources tmp = new TemporaryResources();
             ZipFile zip = open(TikaInputStream.get(stream, tmp, metadata))) {
            List<String> sections = readManifest(zip, metadata, context);
            if (sections.isEmpty()) {
                TreeMap<Long, String> numbered = new TreeMap<>();
                zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("Contents/")).forEach(n -> {
                    Matcher m = SECTION.matcher(n);
                    if (m.matches()) numbered.put(Long.parseLong(m.group(1)), n);
                });
                sections.addAll(numbered.values());
            }
            metadata.set(Metadata.CONTENT_TYPE, HWPX.toString());
            XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
            xhtml.startDocument();
            if (!sections.isEmpty()) {
                for (String name : sections) {
                    parseSection(zip, entry(zip, name), xhtml, context);
                }
            } else {
                ZipEntry preview = zip.getEntry("Preview/PrvText.txt");
                if (preview == null) throw new TikaException(CORRUPT);
                byte[] b = read(zip, preview, s -> s.readAllBytes()); // bounded to MAX_ENTRY_BYTES
                boolean utf16 = b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe;
                String text = utf16 ? new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE)
                        : new String(b, StandardCharsets.UTF_8);
                for (String line : text.split("\r?\n")) {
                    if (!line.isBlank()) xhtml.element("p", line);
                }
            }
            xhtml.endDocument();
        }
    }

    private static ZipFile open(TikaInputStream tis) throws IOException, TikaException {
        try {
            return new ZipFile(tis.getFile());
        } catch (java.util.zip.ZipException e) {
            throw new TikaException(CORRUPT, e);
        }
    }

    private static ZipEntry entry(ZipFile zip, String name) throws TikaException {
        ZipEntry e = zip.getEntry(name);
        if (e == null || e.isDirectory()) throw new TikaException(CORRUPT);
        return e;
    }

    /** Reads title, author and language into metadata; returns the section entries in spine order. */
    private static List<String> readManifest(ZipFile zip, Metadata metadata, ParseContext context)
            throws TikaException, IOException, SAXException {
        ZipEntry hpf = zip.getEntry("Contents/content.hpf");
        List<String> sections = new ArrayList<>();
        if (hpf == null) return sections;
        Map<String, String> hrefs = new HashMap<>();
        List<String> spine = new ArrayList<>();
        read(zip, hpf, in -> {
            XMLStreamReader r = newReader(in, context);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) throw new XMLStreamException("DTD in package");
                if (ev != XMLStreamConstants.START_ELEMENT) continue;
                String local = r.getLocalName();
                if (local.equals("item") && r.getAttributeValue(null, "id") != null
                        && r.getAttributeValue(null, "href") != null) {
                    hrefs.put(r.getAttributeValue(null, "id"), r.getAttributeValue(null, "href"));
                } else if (local.equals("itemref") && r.getAttributeValue(null, "idref") != null) {
                    spine.add(r.getAttributeValue(null, "idref"));
                } else if (local.equals("title") || local.equals("creator") || local.equals("language")
                        || (local.equals("meta") && "creator".equals(r.getAttributeValue(null, "name")))) {
                    String text = r.getElementText().strip();
                    if (!text.isEmpty()) {
                        if (local.equals("title")) metadata.set(TikaCoreProperties.TITLE, text);
                        else if (local.equals("language")) metadata.set(TikaCoreProperties.LANGUAGE, text);
                        else metadata.set(TikaCoreProperties.CREATOR, text);
                    }
                }
            }
            return null;
        });
        Set<String> ordered = new LinkedHashSet<>();
        for (String id : spine) {
            String href = hrefs.get(id);
            if (href == null || !SECTION.matcher(href).matches()) continue;
            // Hancom writes hrefs relative to the package root; OPF says relative to content.hpf.
            ordered.add(zip.getEntry(href) == null && zip.getEntry("Contents/" + href) != null
                    ? "Contents/" + href : href);
        }
        if (ordered.size() > MAX_SECTIONS) throw new TikaException(TOO_LARGE);
        sections.addAll(ordered);
        return sections;
    }

    private static XMLStreamReader newReader(InputStream in, ParseContext context) throws XMLStreamException {
        XMLInputFactory f = XMLReaderUtils.getXMLInputFactory(context); // no DTDs, no external entities
        return f.createXMLStreamReader(in);
    }

    /** One level of {@code hp:p} nesting: whether its {@code <p>} is open, and whitespace held back. */
    private static final class Para {
        boolean open;
        final StringBuilder pending = new StringBuilder();
    }

    private static void parseSection(ZipFile zip, ZipEntry section, XHTMLContentHandler xhtml,
                                     ParseContext context) throws IOException, SAXException, TikaException {
        read(zip, section, in -> {
            XMLStreamReader r = newReader(in, context);
            Deque<Para> paras = new ArrayDeque<>();
            int inText = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) throw new XMLStreamException("DTD in section");
                boolean hp = (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT)
                        && HP.equals(r.getNamespaceURI());
                String local = hp ? r.getLocalName() : "";
                if (ev == XMLStreamConstants.START_ELEMENT && hp) {
                    if (local.equals("p")) {
                        if (paras.size() >= MAX_NESTING) throw new XMLStreamException("nested too deep");
                        Para outer = paras.peek();
                        if (outer != null && outer.open) { // text before a table/sub-list: close it
                            xhtml.endElement("p");
                            outer.open = false;
                        }
                        if (outer != null) outer.pending.setLength(0);
                        paras.push(new Para());
                    } else if (local.equals("t")) {
                        inText++;
                    } else if (!paras.isEmpty() && inText > 0) {
                        switch (local) {
                            case "tab" -> text(paras.peek(), "\t", xhtml);
                            case "lineBreak" -> text(paras.peek(), "\n", xhtml);
                            case "nbSpace", "fwSpace" -> text(paras.peek(), " ", xhtml);
                            default -> { }
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && hp) {
                    if (local.equals("p") && !paras.isEmpty()) {
                        if (paras.pop().open) xhtml.endElement("p");
                    } else if (local.equals("t") && inText > 0) {
                        inText--;
                    }
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) && inText > 0 && !paras.isEmpty()) {
                    text(paras.peek(), r.getText(), xhtml);
                }
            }
            return null;
        });
    }

    /** Writes text into the paragraph, opening its {@code <p>} at the first non-blank character. */
    private static void text(Para p, String s, XHTMLContentHandler xhtml) throws SAXException {
        if (!p.open) {
            if (s.isBlank()) {
                if (p.pending.length() < 4096) p.pending.append(s);
                return;
            }
            xhtml.startElement("p");
            p.open = true;
            if (p.pending.length() > 0) xhtml.characters(p.pending.toString());
            p.pending.setLength(0);
        }
        xhtml.characters(s);
    }

    private interface EntryReader<T> {
        T read(InputStream in) throws IOException, XMLStreamException, SAXException;
    }

    /** Runs the reader over the inflated entry, capped in size and ratio; maps failures to plain TikaExceptions. */
    private static <T> T read(ZipFile zip, ZipEntry entry, EntryReader<T> reader)
            throws IOException, SAXException, TikaException {
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long declared = entry.getSize();
        if (declared > MAX_ENTRY_BYTES) throw new TikaException(TOO_LARGE);
        Capped capped;
        try (InputStream raw = zip.getInputStream(entry)) {
            capped = new Capped(raw, Math.min(MAX_ENTRY_BYTES, Math.max(RATIO_FREE_BYTES, compressed * MAX_RATIO)));
            try {
                return reader.read(capped);
            } catch (IOException | XMLStreamException | RuntimeException e) {
                if (capped.tripped) throw new TikaException(TOO_LARGE, e);
                throw new TikaException(CORRUPT, e);
            }
        } catch (java.util.zip.ZipException e) {
            throw new TikaException(CORRUPT, e);
        }
    }

    /** Counts inflated bytes and fails past the limit (remembering that it did, for the message). */
    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long count;
        boolean tripped;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        private int count(int n) throws IOException {
            if (n > 0 && (count += n) > limit) {
                tripped = true;
                throw new IOException(TOO_LARGE);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return count(super.read(b, off, len));
        }

        @Override
        public long skip(long n) throws IOException {
            return count((int) super.skip(Math.min(n, 8192)));
        }
    }
}
