package dev.gonggo.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;

/** Checks the shape of the {@code samples/} folder that users, tests and the benchmark read. */
class SamplesTest {

    static final Path SAMPLES = Paths.get("samples");
    static final Path CASES = Paths.get("src/test/resources/sample-cases.tsv");
    static final Set<String> CASE_IDS = Set.of(
            "large-platform", "large-service", "midsize-buildout", "midsize-mature", "startup");
    static final Pattern NAME = Pattern.compile("\\d\\d-[a-z0-9]+(-[a-z0-9]+)*\\.(txt|md|html|pdf|docx|hwpx)");
    static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

    static List<Path> samples() throws Exception {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
    }

    static String ext(Path p) {
        String n = p.getFileName().toString();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    @Test
    void enoughSamplesInEveryFormatWithTidyNames() throws Exception {
        List<Path> files = samples();
        assertTrue(files.size() >= 18, "samples/ has only " + files.size() + " files");
        Set<String> exts = files.stream().map(SamplesTest::ext).collect(Collectors.toCollection(TreeSet::new));
        for (String want : List.of("txt", "md", "html", "pdf", "docx", "hwpx")) {
            assertTrue(exts.contains(want), "no ." + want + " sample in " + exts);
        }
        for (Path p : files) {
            assertTrue(NAME.matcher(p.getFileName().toString()).matches(), "bad sample file name: " + p);
        }
    }

    @Test
    void everyBinaryIsGeneratedFromASource() throws Exception {
        Set<String> names = samples().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        for (Map.Entry<String, String> e : SampleGenerator.FORMATS.entrySet()) {
            String ext = e.getValue().equals("euckr") ? "txt" : e.getValue();
            assertTrue(names.contains(e.getKey() + "." + ext), "generated sample missing: " + e.getKey());
        }
    }

    @Test
    void pdfAndDocxExtractToHangulText() throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        int checked = 0;
        for (Path p : samples()) {
            String ext = ext(p);
            if (!ext.equals("pdf") && !ext.equals("docx")) {
                continue;
            }
            BodyContentHandler handler = new BodyContentHandler(-1);
            Metadata md = new Metadata();
            try (InputStream in = Files.newInputStream(p)) {
                parser.parse(in, handler, md, new ParseContext());
            }
            String text = handler.toString();
            assertTrue(text.strip().length() >= 500, p + " extracts to only " + text.strip().length() + " chars");
            long hangul = HANGUL.matcher(text).results().count();
            assertTrue(hangul >= 200, p + " has only " + hangul + " Hangul syllables after extraction");
            assertFalse(text.contains("\uFFFD"), p + " extracts with replacement characters");
            String title = md.get("dc:title");
            assertTrue(title != null && HANGUL.matcher(title).find(), p + " has no Korean title metadata: " + title);
            checked++;
        }
        assertTrue(checked >= 4, "expected at least 2 PDF and 2 DOCX samples, checked " + checked);
    }

    @Test
    void hwpxPackagesStartWithAStoredMimetype() throws Exception {
        for (Path p : samples()) {
            if (!ext(p).equals("hwpx")) {
                continue;
            }
            try (ZipFile zip = new ZipFile(p.toFile())) {
                ZipEntry first = zip.entries().nextElement();
                assertEquals("mimetype", first.getName(), p + ": first entry");
                assertEquals(ZipEntry.STORED, first.getMethod(), p + ": mimetype must be stored");
                assertEquals("application/hwp+zip",
                        new String(zip.getInputStream(first).readAllBytes(), StandardCharsets.US_ASCII));
                for (String must : List.of("version.xml", "META-INF/container.xml", "META-INF/manifest.xml",
                        "Contents/content.hpf", "Contents/header.xml", "Contents/section0.xml", "Preview/PrvText.txt")) {
                    assertTrue(zip.getEntry(must) != null, p + " lacks " + must);
                }
                String section = new String(zip.getInputStream(zip.getEntry("Contents/section0.xml")).readAllBytes(),
                        StandardCharsets.UTF_8);
                assertTrue(section.contains("<hp:t>") && HANGUL.matcher(section).find(), p + ": no Korean text");
            }
        }
    }

    @Test
    void textSamplesAreUtf8OrTheOneEucKrFile() throws Exception {
        int eucKr = 0;
        for (Path p : samples()) {
            String ext = ext(p);
            if (!ext.equals("txt") && !ext.equals("md")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(p);
            boolean euc = p.getFileName().toString().contains("-euckr.");
            String text = decode(bytes, euc ? Charset.forName("EUC-KR") : StandardCharsets.UTF_8, p);
            if (euc) {
                eucKr++;
                assertFalse(isUtf8(bytes), p + " should be EUC-KR, not UTF-8");
            }
            int n = text.codePointCount(0, text.length());
            assertTrue(n >= 1500 && n <= 4000, p + " has " + n + " characters, want 1,500-4,000");
        }
        assertEquals(1, eucKr, "exactly one EUC-KR text sample");
    }

    @Test
    void everySampleHasACaseAndEveryCaseHasThreeSamples() throws Exception {
        Map<String, String> cases = new TreeMap<>();
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        assertEquals("file\tcase", lines.get(0), "header line");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(2, f.length, "bad line: " + line);
            assertTrue(CASE_IDS.contains(f[1]), "unknown case id in: " + line);
            cases.put(f[0], f[1]);
        }
        Set<String> names = samples().stream().map(p -> p.getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(names, cases.keySet(), "sample-cases.tsv and samples/ differ");
        for (String id : CASE_IDS) {
            long n = cases.values().stream().filter(id::equals).count();
            assertTrue(n >= 3, id + " has only " + n + " samples");
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String decode(byte[] bytes, Charset cs, Path p) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(p + " is not valid " + cs, e);
        }
    }
}
