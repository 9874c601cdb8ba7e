package dev.gonggo.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Re-creates the binary postings in {@code samples/} (PDF, DOCX, HWPX and the EUC-KR text) from
 * their UTF-8 sources in {@code src/test/resources/sample-sources/} (same base name, .txt or .md).
 * Text samples (.txt, .md, .html) are written by hand directly in {@code samples/}; only the
 * formats listed in {@link #FORMATS} are generated.
 *
 * <p>Run from the project root (needs the Debian package fonts-nanum for the PDFs):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test &amp;&amp; java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.gonggo.samples.SampleGenerator
 * </pre>
 * Optional arguments: {@code [sourcesDir [samplesDir]]}.
 *
 * <p>Output is deterministic: fixed metadata dates, fixed zip entry times, a PDF /ID derived from
 * the text, and a file is only rewritten when its bytes change.
 */
public final class SampleGenerator {

    /** Base name of each source → format of the generated sample. */
    static final Map<String, String> FORMATS = new LinkedHashMap<>();
    static {
        FORMATS.put("02-daeyang-search-platform", "pdf");
        FORMATS.put("03-seorin-ai-ml-infra", "hwpx");
        FORMATS.put("05-gaon-ads-analytics-euckr", "euckr");
        FORMATS.put("06-mirae-mobility-log-pipeline", "docx");
        FORMATS.put("11-sobok-fresh-data-pipeline", "hwpx");
        FORMATS.put("12-onnuri-realty-data-engineer", "docx");
        FORMATS.put("16-boda-health-ml-engineer", "pdf");
    }

    static final Path FONT_DIR = Paths.get("/usr/share/fonts/truetype/nanum");
    /** 2024-03-01T09:00:00Z, used wherever a format stores a date. */
    static final long FIXED_TIME = 1709283600000L;
    static final LocalDateTime FIXED_ZIP_TIME = LocalDateTime.of(2024, 3, 1, 9, 0, 0);

    private static final Pattern HEADING = Pattern.compile(
            "^(#{1,6}\\s+.*|■.*|◆.*|◎.*|【.*】.*|▶.*|\\[[^\\]]+\\]\\s*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-•ㆍ▪※·*]|\\d+[.)])\\s*.*$");

    private SampleGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path sources = Paths.get(args.length > 0 ? args[0] : "src/test/resources/sample-sources");
        Path samples = Paths.get(args.length > 1 ? args[1] : "samples");
        if (!Files.isDirectory(sources)) {
            fail("no source folder " + sources.toAbsolutePath() + " (run from the project root)");
        }
        Files.createDirectories(samples);
        Map<String, Path> found = new TreeMap<>();
        try (Stream<Path> s = Files.list(sources)) {
            s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .forEach(p -> found.put(baseName(p), p));
        }
        for (String base : FORMATS.keySet()) {
            if (!found.containsKey(base)) {
                fail("missing source for " + base + " in " + sources);
            }
        }
        int written = 0;
        for (Map.Entry<String, Path> e : found.entrySet()) {
            String base = e.getKey();
            String format = FORMATS.get(base);
            if (format == null) {
                fail("no format known for source " + e.getValue() + " (add it to SampleGenerator.FORMATS)");
            }
            String text = Files.readString(e.getValue(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            byte[] bytes;
            String ext;
            switch (format) {
                case "pdf" -> { bytes = pdf(text); ext = "pdf"; }
                case "docx" -> { bytes = docx(text); ext = "docx"; }
                case "hwpx" -> { bytes = hwpx(text); ext = "hwpx"; }
                case "euckr" -> { bytes = eucKr(text, e.getValue()); ext = "txt"; }
                default -> throw new IllegalStateException(format);
            }
            Path out = samples.resolve(base + "." + ext);
            if (Files.exists(out) && Arrays.equals(Files.readAllBytes(out), bytes)) {
                System.out.println("unchanged " + out);
            } else {
                Files.write(out, bytes);
                System.out.println("wrote     " + out + " (" + bytes.length + " bytes)");
                written++;
            }
        }
        System.out.println(written + " file(s) written, " + (found.size() - written) + " unchanged");
    }

    private static void fail(String message) {
        System.err.println("SampleGenerator: " + message);
        System.exit(1);
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    // ---------------------------------------------------------------- line model

    enum Kind { TITLE, HEADING, BULLET, TABLE, TEXT, BLANK }

    record Line(Kind kind, String text) {
    }

    /** Splits a source into typed lines; the first non-blank line is the title. */
    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        boolean titleSeen = false;
        for (String raw : text.split("\n", -1)) {
            String l = raw.stripTrailing();
            if (l.isBlank()) {
                out.add(new Line(Kind.BLANK, ""));
            } else if (!titleSeen) {
                out.add(new Line(Kind.TITLE, l.replaceFirst("^#+\\s*", "")));
                titleSeen = true;
            } else if (l.startsWith("|")) {
                out.add(new Line(Kind.TABLE, l));
            } else if (HEADING.matcher(l).matches()) {
                out.add(new Line(Kind.HEADING, l.replaceFirst("^#+\\s*", "")));
            } else if (BULLET.matcher(l).matches()) {
                out.add(new Line(Kind.BULLET, l.strip()));
            } else {
                out.add(new Line(Kind.TEXT, l.strip()));
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).kind() == Kind.BLANK) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    static String title(String text) {
        return lines(text).stream().filter(l -> l.kind() == Kind.TITLE).findFirst().map(Line::text).orElse("");
    }

    /** A pipe table row ("| a | b |") as its cells. */
    static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String c : r.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return cells;
    }

    static boolean isTableRule(String row) {
        return row.matches("^\\|[\\s:|-]+\\|?$");
    }

    // ---------------------------------------------------------------- PDF (PDFBox 3)

    /**
     * The fonts parsed once per thread: parsing the 4 MB TrueType files cost most of a PDF's
     * time, which matters when the benchmark writes thousands. Subsets are made per document.
     */
    private static final ThreadLocal<Map<Path, TrueTypeFont>> PARSED_FONTS = ThreadLocal.withInitial(() ->
            new java.util.HashMap<>() {
                @Override
                public TrueTypeFont get(Object key) {
                    return computeIfAbsent((Path) key, p -> {
                        try {
                            return new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            });

    public static byte[] pdf(String text) throws IOException {
        Path regular = FONT_DIR.resolve("NanumGothic.ttf");
        Path bold = FONT_DIR.resolve("NanumGothicBold.ttf");
        if (!Files.isRegularFile(regular) || !Files.isRegularFile(bold)) {
            fail("Korean font not found in " + FONT_DIR + ": install it with `apt-get install fonts-nanum`");
        }
        try (PDDocument doc = new PDDocument()) {
            PDType0Font body = PDType0Font.load(doc, PARSED_FONTS.get().get(regular), true);
            PDType0Font strong = PDType0Font.load(doc, PARSED_FONTS.get().get(bold), true);
            PdfWriter w = new PdfWriter(doc, body, strong);
            for (Line l : lines(text)) {
                switch (l.kind()) {
                    case TITLE -> { w.paragraph(l.text(), strong, 15f, 0); w.gap(8); }
                    case HEADING -> { w.gap(6); w.paragraph(l.text(), strong, 11.5f, 0); w.gap(2); }
                    case BULLET -> w.paragraph(l.text(), body, 10f, 10);
                    case TABLE -> {
                        if (!isTableRule(l.text())) {
                            w.paragraph(String.join("  |  ", cells(l.text())), body, 10f, 0);
                        }
                    }
                    case TEXT -> w.paragraph(l.text(), body, 10f, 0);
                    case BLANK -> w.gap(5);
                    default -> throw new IllegalStateException();
                }
            }
            w.close();

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title(text));
            info.setCreator("gonggo SampleGenerator");
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.setTimeInMillis(FIXED_TIME);
            info.setCreationDate(fixed);
            info.setModificationDate(fixed);
            // A stable /ID, so that saving twice gives the same bytes.
            byte[] id = md5(text);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);

            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.save(bos);
            return bos.toByteArray();
        }
    }

    /** Lays out word-wrapped lines top to bottom on A4 pages. */
    private static final class PdfWriter {
        static final float MARGIN = 56f;
        /** Width of the Helvetica space, in em. */
        static final float SPACE_EM = 0.278f;
        final PDDocument doc;
        final PDType0Font body;
        final PDType0Font strong;
        final PDType1Font latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        PDPageContentStream cs;
        float y;

        PdfWriter(PDDocument doc, PDType0Font body, PDType0Font strong) {
            this.doc = doc;
            this.body = body;
            this.strong = strong;
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void paragraph(String s, PDType0Font font, float size, float indent) throws IOException {
            float leading = size * 1.55f;
            for (String line : wrap(s, font, size, width - indent)) {
                if (cs == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                // Spaces are drawn in Helvetica: NanumGothic's space glyph gets no usable ToUnicode
                // entry from PDFBox, so text extractors would return U+FFFD between words.
                cs.beginText();
                cs.newLineAtOffset(MARGIN + indent, y);
                String[] words = line.split(" ", -1);
                for (int i = 0; i < words.length; i++) {
                    if (i > 0) {
                        cs.setFont(latin, size);
                        cs.showText(" ");
                    }
                    if (!words[i].isEmpty()) {
                        cs.setFont(font, size);
                        cs.showText(words[i]);
                    }
                }
                cs.endText();
            }
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        static List<String> wrap(String s, PDType0Font font, float size, float max) throws IOException {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : s.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                // A single word wider than the line (long URL, unspaced text): break by characters.
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    String next = line.toString() + new String(Character.toChars(cp));
                    if (line.length() > 0 && width(next, font, size) > max) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    line.appendCodePoint(cp);
                    i += Character.charCount(cp);
                }
            }
            if (line.length() > 0 || out.isEmpty()) {
                out.add(line.toString());
            }
            return out;
        }

        static float width(String s, PDType0Font font, float size) throws IOException {
            float w = 0;
            for (String word : s.split(" ", -1)) {
                w += font.getStringWidth(word) / 1000f * size;
            }
            return w + (s.split(" ", -1).length - 1) * SPACE_EM * size;
        }
    }

    // ---------------------------------------------------------------- DOCX (POI XWPF)

    public static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            List<Line> lines = lines(text);
            for (Line l : lines) {
                if (l.kind() == Kind.BLANK) {
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setFontFamily("Malgun Gothic");
                switch (l.kind()) {
                    case TITLE -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        p.setSpacingAfter(240);
                        r.setBold(true);
                        r.setFontSize(16);
                    }
                    case HEADING -> {
                        p.setSpacingBefore(240);
                        p.setSpacingAfter(80);
                        r.setBold(true);
                        r.setFontSize(12);
                    }
                    case BULLET -> {
                        p.setIndentationLeft(360);
                        r.setFontSize(10);
                    }
                    default -> r.setFontSize(10);
                }
                String t = l.kind() == Kind.TABLE ? String.join("  |  ", cells(l.text())) : l.text();
                if (l.kind() == Kind.TABLE && isTableRule(l.text())) {
                    t = "";
                }
                r.setText(t);
            }
            var props = doc.getProperties().getCoreProperties();
            props.setTitle(title(text));
            props.setCreator("gonggo SampleGenerator");
            props.setCreated(Optional.of(new Date(FIXED_TIME)));
            props.setModified(Optional.of(new Date(FIXED_TIME)));
            doc.getProperties().getExtendedProperties().setApplication("gonggo SampleGenerator");
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            doc.write(bos);
            return normalizeZip(bos.toByteArray());
        }
    }

    /** Rewrites a zip with fixed entry times, keeping entry order and compression. */
    static byte[] normalizeZip(byte[] zip) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bos)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                putEntry(out, e.getName(), data, false);
            }
        }
        return bos.toByteArray();
    }

    private static void putEntry(ZipOutputStream out, String name, byte[] data, boolean stored) throws IOException {
        ZipEntry n = new ZipEntry(name);
        n.setTimeLocal(FIXED_ZIP_TIME); // local time: the same bytes in every time zone
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(data);
            n.setMethod(ZipEntry.STORED);
            n.setSize(data.length);
            n.setCompressedSize(data.length);
            n.setCrc(crc.getValue());
        }
        out.putNextEntry(n);
        out.write(data);
        out.closeEntry();
    }

    // ---------------------------------------------------------------- HWPX (OWPML, java.util.zip)

    static final String NS_HP = "http://www.hancom.co.kr/hwpml/2011/paragraph";
    static final String NS_HS = "http://www.hancom.co.kr/hwpml/2011/section";
    static final String NS_HH = "http://www.hancom.co.kr/hwpml/2011/head";
    static final String NS_HC = "http://www.hancom.co.kr/hwpml/2011/core";
    static final String NS_HV = "http://www.hancom.co.kr/hwpml/2011/version";
    static final String NS_OPF = "http://www.idpf.org/2007/opf/";
    static final String NS_DC = "http://purl.org/dc/elements/1.1/";
    static final String NS_OCF = "urn:oasis:names:tc:opendocument:xmlns:container";
    static final String NS_ODF = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>";

    public static byte[] hwpx(String text) throws IOException {
        String title = title(text);
        String version = XML_DECL + "<hv:HCFVersion xmlns:hv=\"" + NS_HV + "\" tagetApplication=\"WORDPROCESSOR\""
                + " major=\"5\" minor=\"1\" micro=\"0\" buildNumber=\"1\" os=\"1\" xmlVersion=\"1.4\""
                + " application=\"gonggo SampleGenerator\" appVersion=\"1.0\"/>";
        String container = XML_DECL + "<ocf:container xmlns:ocf=\"" + NS_OCF + "\""
                + " xmlns:hpf=\"http://www.hancom.co.kr/schema/2011/hpf\"><ocf:rootfiles>"
                + "<ocf:rootfile full-path=\"Contents/content.hpf\" media-type=\"application/hwpml-package+xml\"/>"
                + "<ocf:rootfile full-path=\"Preview/PrvText.txt\" media-type=\"text/plain\"/>"
                + "</ocf:rootfiles></ocf:container>";
        String manifest = XML_DECL + "<odf:manifest xmlns:odf=\"" + NS_ODF + "\"/>";
        String hpf = XML_DECL + "<opf:package xmlns:opf=\"" + NS_OPF + "\" xmlns:dc=\"" + NS_DC + "\""
                + " xmlns:hpf=\"http://www.hancom.co.kr/schema/2011/hpf\" version=\"\" unique-identifier=\"\" id=\"\">"
                + "<opf:metadata><opf:title xml:space=\"preserve\">" + xml(title) + "</opf:title>"
                + "<opf:language>ko</opf:language>"
                + "<opf:meta name=\"creator\" content=\"text\">gonggo SampleGenerator</opf:meta>"
                + "<opf:meta name=\"CreatedDate\" content=\"text\">2024-03-01T09:00:00Z</opf:meta>"
                + "<opf:meta name=\"ModifiedDate\" content=\"text\">2024-03-01T09:00:00Z</opf:meta>"
                + "</opf:metadata><opf:manifest>"
                + "<opf:item id=\"header\" href=\"Contents/header.xml\" media-type=\"application/xml\"/>"
                + "<opf:item id=\"section0\" href=\"Contents/section0.xml\" media-type=\"application/xml\"/>"
                + "</opf:manifest><opf:spine>"
                + "<opf:itemref idref=\"header\" linear=\"yes\"/>"
                + "<opf:itemref idref=\"section0\" linear=\"yes\"/>"
                + "</opf:spine></opf:package>";
        String header = XML_DECL + "<hh:head xmlns:hh=\"" + NS_HH + "\" xmlns:hc=\"" + NS_HC + "\" version=\"1.4\" secCnt=\"1\">"
                + "<hh:beginNum page=\"1\" footnote=\"1\" endnote=\"1\" pic=\"1\" tbl=\"1\" equation=\"1\"/>"
                + "<hh:refList>"
                + "<hh:fontfaces itemCnt=\"1\"><hh:fontface lang=\"HANGUL\" fontCnt=\"1\">"
                + "<hh:font id=\"0\" face=\"함초롬바탕\" type=\"TTF\" isEmbedded=\"0\"/></hh:fontface></hh:fontfaces>"
                + "<hh:borderFills itemCnt=\"1\"><hh:borderFill id=\"1\" threeD=\"0\" shadow=\"0\""
                + " centerLine=\"NONE\" breakCellSeparateLine=\"0\"/></hh:borderFills>"
                + "<hh:charProperties itemCnt=\"2\">"
                + "<hh:charPr id=\"0\" height=\"1000\" textColor=\"#000000\" shadeColor=\"none\"/>"
                + "<hh:charPr id=\"1\" height=\"1200\" textColor=\"#000000\" shadeColor=\"none\"><hh:bold/></hh:charPr>"
                + "</hh:charProperties>"
                + "<hh:paraProperties itemCnt=\"1\"><hh:paraPr id=\"0\"/></hh:paraProperties>"
                + "<hh:styles itemCnt=\"1\"><hh:style id=\"0\" type=\"PARA\" name=\"바탕글\" engName=\"Normal\""
                + " paraPrIDRef=\"0\" charPrIDRef=\"0\" nextStyleIDRef=\"0\" langID=\"1042\"/></hh:styles>"
                + "</hh:refList></hh:head>";

        StringBuilder sec = new StringBuilder(XML_DECL);
        sec.append("<hs:sec xmlns:hs=\"").append(NS_HS).append("\" xmlns:hp=\"").append(NS_HP).append("\">");
        StringBuilder preview = new StringBuilder();
        List<Line> lines = lines(text);
        int pid = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.TABLE) {
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.size() && lines.get(i).kind() == Kind.TABLE) {
                    if (!isTableRule(lines.get(i).text())) {
                        rows.add(cells(lines.get(i).text()));
                    }
                    i++;
                }
                i--;
                int cols = rows.stream().mapToInt(List::size).max().orElse(1);
                sec.append("<hp:p id=\"").append(pid++).append("\" paraPrIDRef=\"0\" styleIDRef=\"0\">")
                        .append("<hp:run charPrIDRef=\"0\"><hp:tbl id=\"1\" rowCnt=\"").append(rows.size())
                        .append("\" colCnt=\"").append(cols).append("\" cellSpacing=\"0\" borderFillIDRef=\"1\">");
                for (int r = 0; r < rows.size(); r++) {
                    sec.append("<hp:tr>");
                    List<String> row = rows.get(r);
                    for (int c = 0; c < cols; c++) {
                        String cell = c < row.size() ? row.get(c) : "";
                        sec.append("<hp:tc header=\"").append(r == 0 ? 1 : 0).append("\" borderFillIDRef=\"1\">")
                                .append("<hp:subList textDirection=\"HORIZONTAL\" vertAlign=\"CENTER\">")
                                .append("<hp:p id=\"").append(pid++).append("\" paraPrIDRef=\"0\" styleIDRef=\"0\">")
                                .append("<hp:run charPrIDRef=\"").append(r == 0 ? 1 : 0).append("\"><hp:t>")
                                .append(xml(cell)).append("</hp:t></hp:run></hp:p></hp:subList>")
                                .append("<hp:cellAddr colAddr=\"").append(c).append("\" rowAddr=\"").append(r).append("\"/>")
                                .append("<hp:cellSpan colSpan=\"1\" rowSpan=\"1\"/>")
                                .append("</hp:tc>");
                    }
                    sec.append("</hp:tr>");
                    preview.append('<').append(String.join("><", row)).append(">\r\n");
                }
                sec.append("</hp:tbl></hp:run></hp:p>");
                continue;
            }
            boolean strong = l.kind() == Kind.TITLE || l.kind() == Kind.HEADING;
            sec.append("<hp:p id=\"").append(pid++).append("\" paraPrIDRef=\"0\" styleIDRef=\"0\">");
            if (l.kind() == Kind.BLANK) {
                sec.append("<hp:run charPrIDRef=\"0\"/>");
            } else {
                sec.append("<hp:run charPrIDRef=\"").append(strong ? 1 : 0).append("\"><hp:t>")
                        .append(xml(l.text())).append("</hp:t></hp:run>");
            }
            sec.append("</hp:p>");
            preview.append(l.text()).append("\r\n");
        }
        sec.append("</hs:sec>");

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bos)) {
            putEntry(out, "mimetype", "application/hwp+zip".getBytes(StandardCharsets.US_ASCII), true);
            putEntry(out, "version.xml", utf8(version), false);
            putEntry(out, "META-INF/container.xml", utf8(container), false);
            putEntry(out, "META-INF/manifest.xml", utf8(manifest), false);
            putEntry(out, "Contents/content.hpf", utf8(hpf), false);
            putEntry(out, "Contents/header.xml", utf8(header), false);
            putEntry(out, "Contents/section0.xml", utf8(sec.toString()), false);
            putEntry(out, "Preview/PrvText.txt", utf8(preview.toString()), false);
        }
        return bos.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF) {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }

    // ---------------------------------------------------------------- EUC-KR text

    static byte[] eucKr(String text, Path source) throws CharacterCodingException {
        CharsetEncoder enc = Charset.forName("EUC-KR").newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < text.length(); i++) {
            if (!enc.canEncode(text.charAt(i))) {
                int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
                fail(source + ":" + line + ": character '" + text.charAt(i) + "' (U+"
                        + String.format("%04X", (int) text.charAt(i)) + ") cannot be encoded in EUC-KR");
            }
        }
        ByteBuffer bb = enc.encode(CharBuffer.wrap(text));
        byte[] out = new byte[bb.remaining()];
        bb.get(out);
        return out;
    }

    static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(utf8(s));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
