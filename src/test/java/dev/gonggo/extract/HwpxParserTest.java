package dev.gonggo.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.helpers.DefaultHandler;

class HwpxParserTest {

    private static final String NS = "xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\" "
            + "xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\"";
    private static final Path CORPUS = Paths.get("../shared/corpus");

    private static String hpf(String... sectionIds) {
        StringBuilder items = new StringBuilder(), spine = new StringBuilder();
        for (String id : sectionIds) {
            items.append("<opf:item id=\"").append(id).append("\" href=\"Contents/").append(id)
                    .append(".xml\" media-type=\"application/xml\"/>");
            spine.append("<opf:itemref idref=\"").append(id).append("\"/>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><opf:package xmlns:opf=\"http://www.idpf.org/2007/opf/\">"
                + "<opf:metadata><opf:title>시험 공고</opf:title><opf:meta name=\"creator\" content=\"text\">공고과</opf:meta>"
                + "</opf:metadata><opf:manifest><opf:item id=\"header\" href=\"Contents/header.xml\" media-type=\"application/xml\"/>"
                + items + "</opf:manifest><opf:spine><opf:itemref idref=\"header\"/>" + spine + "</opf:spine></opf:package>";
    }

    private static String section(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><hs:sec " + NS + ">" + body + "</hs:sec>";
    }

    private static String para(String runs) {
        return "<hp:p id=\"0\"><hp:run charPrIDRef=\"1\">" + runs + "</hp:run>"
                + "<hp:linesegarray><hp:lineseg textpos=\"0\"/></hp:linesegarray></hp:p>";
    }

    private static String cell(String... paras) {
        return "<hp:tc><hp:subList>" + String.join("", paras) + "</hp:subList><hp:cellAddr colAddr=\"0\"/></hp:tc>";
    }

    /** A zip like Hancom writes: a stored mimetype entry first, then the given parts. */
    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/hwp+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            for (Map.Entry<String, String> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] sample() throws IOException {
        String body = para("<hp:t>2023년 운전원 채용 공고</hp:t>")
                + para("<hp:t>가. 모집 분야</hp:t><hp:tbl><hp:tr>"
                        + cell(para("<hp:t>직 급</hp:t>"))
                        + cell(para("<hp:t>운전서기보<hp:lineBreak/>(운전)</hp:t>"), para("<hp:t>1명</hp:t>"))
                        + "</hp:tr></hp:tbl><hp:t>표 뒤 글</hp:t>")
                + para("<hp:t>접수<hp:tab width=\"4000\"/>2월 6일</hp:t><hp:t>까지</hp:t>")
                + para("<hp:t> </hp:t>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Contents/section0.xml", section(body));
        parts.put("Contents/header.xml", "<?xml version=\"1.0\"?><hh:head xmlns:hh=\"urn:x\"><hh:font face=\"함초롬바탕\"/></hh:head>");
        parts.put("Preview/PrvText.txt", "미리보기는 쓰지 않는다");
        parts.put("Contents/content.hpf", hpf("section0"));
        return zip(parts);
    }

    /** Collects the text of each XHTML paragraph. */
    private static final class Paragraphs extends DefaultHandler {
        final List<String> list = new ArrayList<>();
        private StringBuilder current;

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            if (local.equals("p")) current = new StringBuilder();
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("p")) list.add(current.toString());
            current = null;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current != null) current.append(ch, start, length);
        }
    }

    private static Metadata parse(Parser parser, byte[] data, String name, ContentHandler handler) throws Exception {
        Metadata metadata = new Metadata();
        if (name != null) metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(data)) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        return metadata;
    }

    @Test
    void builtPackageGivesItsParagraphsInOrder() throws Exception {
        for (String name : new String[] {null, "공고.hwpx"}) {
            Paragraphs paragraphs = new Paragraphs();
            Metadata metadata = parse(new AutoDetectParser(), sample(), name, paragraphs);
            assertEquals(List.of("2023년 운전원 채용 공고", "가. 모집 분야", "직 급", "운전서기보\n(운전)", "1명",
                    "표 뒤 글", "접수\t2월 6일까지"), paragraphs.list);
            assertEquals("application/hwp+zip", metadata.get(Metadata.CONTENT_TYPE));
            assertEquals("시험 공고", metadata.get(TikaCoreProperties.TITLE));
            assertEquals("공고과", metadata.get(TikaCoreProperties.CREATOR));
            assertTrue(Arrays.asList(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY))
                    .contains(HwpxParser.class.getName()), "parsed by " + metadata);

            BodyContentHandler body = new BodyContentHandler(-1);
            parse(new AutoDetectParser(), sample(), name, body);
            String text = body.toString();
            assertFalse(text.contains("<") || text.contains("hp:") || text.contains("xmlns")
                    || text.contains("함초롬") || text.contains("미리보기"), text);
        }
    }

    @Test
    void sectionsFollowTheSpineElseNumericOrder() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Contents/section2.xml", section(para("<hp:t>둘</hp:t>")));
        parts.put("Contents/section10.xml", section(para("<hp:t>열</hp:t>")));
        parts.put("Contents/section0.xml", section(para("<hp:t>영</hp:t>")));
        Paragraphs numeric = new Paragraphs();
        parse(new HwpxParser(), zip(parts), null, numeric);
        assertEquals(List.of("영", "둘", "열"), numeric.list);

        parts.put("Contents/content.hpf", hpf("section10", "section0", "section2"));
        Paragraphs spine = new Paragraphs();
        parse(new HwpxParser(), zip(parts), null, spine);
        assertEquals(List.of("열", "영", "둘"), spine.list);
    }

    @Test
    void corruptPackagesFailPlainly() throws Exception {
        byte[] random = new byte[64 * 1024];
        new Random(7).nextBytes(random);
        byte[] valid = sample();
        byte[] truncated = Arrays.copyOf(valid, valid.length * 2 / 3);
        Map<String, String> missing = new LinkedHashMap<>();
        missing.put("Contents/content.hpf", hpf("section0", "section1"));
        missing.put("Contents/section0.xml", section(para("<hp:t>하나</hp:t>")));
        Map<String, String> dtd = new LinkedHashMap<>();
        dtd.put("Contents/section0.xml", "<?xml version=\"1.0\"?><!DOCTYPE hs:sec [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<hs:sec " + NS + "><hp:p><hp:run><hp:t>&x;</hp:t></hp:run></hp:p></hs:sec>");
        for (byte[] data : List.of(random, truncated, zip(missing), zip(dtd))) {
            TikaException e = assertThrows(TikaException.class,
                    () -> parse(new HwpxParser(), data, "x.hwpx", new BodyContentHandler(-1)));
            assertEquals(HwpxParser.CORRUPT, e.getMessage());
        }
        TikaException e = assertThrows(TikaException.class,
                () -> parse(new AutoDetectParser(), truncated, "x.hwpx", new BodyContentHandler(-1)));
        assertTrue(e.getMessage().contains(HwpxParser.CORRUPT), e.getMessage());
    }

    @Test
    void highlyCompressedPartIsRefused() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Contents/section0.xml", section(para("<hp:t>" + " ".repeat(8 * 1024 * 1024) + "</hp:t>")));
        TikaException e = assertThrows(TikaException.class,
                () -> parse(new HwpxParser(), zip(parts), null, new BodyContentHandler(-1)));
        assertEquals(HwpxParser.TOO_LARGE, e.getMessage());
    }

    private static Set<String> hangulWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = Pattern.compile("[\\uAC00-\\uD7A3]{2,}").matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    private static String extract(Path file) throws Exception {
        BodyContentHandler body = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(in, body, metadata, new ParseContext());
        }
        return body.toString();
    }

    @Test
    void corpusHwpxAgreesWithItsPdfTwin() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus not found: skipping corpus test");
        String hwpx = extract(CORPUS.resolve("0025-public-national-archives-driver.hwpx"));
        String pdf = extract(CORPUS.resolve("0026-public-national-archives-driver.pdf"));
        assertFalse(Pattern.compile("</?[A-Za-z][\\w:.-]*[\\s/>]").matcher(hwpx).find(), "XML tags in the text");
        assertFalse(hwpx.contains("xmlns"), "namespace declarations in the text");
        Set<String> words = hangulWords(hwpx);
        Set<String> inPdf = hangulWords(pdf);
        long shared = words.stream().filter(inPdf::contains).count();
        double share = (double) shared / words.size();
        System.out.printf("0025 hwpx: %d distinct Hangul words, %d (%.1f%%) also in the 0026 pdf%n",
                words.size(), shared, share * 100);
        assertTrue(words.size() > 100, "too little text: " + words.size() + " words");
        assertTrue(share >= 0.8, "share " + share);
    }
}
