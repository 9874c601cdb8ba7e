package dev.gonggo.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import dev.gonggo.testing.HostileFiles;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format and encoding gonggo reads, and every kind of bad input, through the extractor. */
class PostingExtractorTest {

  private static final String KOREAN = "데이터 엔지니어를 모집합니다.\n자격요건\n- 스파크 경험 3년 이상";

  private static PostingExtractor extractor;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    extractor = new PostingExtractor(
        new ExtractionLimits(1024 * 1024, Duration.ofSeconds(20), ExtractionLimits.DEFAULT_MAX_CHARS));
  }

  @AfterAll
  static void stop() {
    extractor.close();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Extraction read(Path file) {
    Extraction e = extractor.extract(file);
    assertTrue(e.ok(), () -> file.getFileName() + " should be read, but: " + e.error());
    return e;
  }

  private String failure(Path file) {
    Extraction e = extractor.extract(file);
    assertFalse(e.ok(), file.getFileName() + " should be skipped");
    assertNull(e.text());
    assertFalse(e.error().contains("\n"), "a reason is one line");
    return e.error();
  }

  @Test
  void utf8TextWithAndWithoutBom() throws IOException {
    assertEquals(KOREAN, read(write("a.txt", KOREAN.getBytes(StandardCharsets.UTF_8))).text());
    byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        KOREAN.getBytes(StandardCharsets.UTF_8));
    assertEquals(KOREAN, read(write("b.txt", bom)).text());
  }

  @Test
  void utf16WithBom() throws IOException {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, KOREAN.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, KOREAN.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(KOREAN, read(write("le.txt", le)).text());
    assertEquals(KOREAN, read(write("be.md", be)).text());
  }

  @Test
  void eucKrAndCp949AreDetected() throws IOException {
    assertEquals(KOREAN, read(write("euckr.txt", KOREAN.getBytes(Charset.forName("EUC-KR")))).text());
    // 똠 and 햏 exist in CP949 only, not in EUC-KR
    String cp949Only = "똠얌꿍 맛집 햏 " + KOREAN;
    assertEquals(cp949Only, read(write("cp949.txt", cp949Only.getBytes(TextDecoder.CP949))).text());
  }

  /**
   * A scraped dataset row written as text: a header of plain fields, then a field that still holds
   * the site's HTML, raw or escaped once more. The header keeps its lines, the markup is read.
   */
  @Test
  void textHoldingMarkupIsReadAsAPage() throws IOException {
    String field = "<div><b>[자격요건]</b><br/>- 스파크 경험 3년 이상<br/>- 파이썬&nbsp;능숙</div>"
        + "<dl><dt>우대사항</dt><dd>- 카프카 운영 경험</dd><dd>- 하둡 경험</dd></dl>";
    String raw = "제목: 데이터 엔지니어\n회사: 가나다\n\n" + field + "\n";
    Extraction e = read(write("row.txt", raw.getBytes(StandardCharsets.UTF_8)));
    String text = e.text().replace('\u00A0', ' '); // &nbsp;, folded later by the text stage
    assertAll(
        () -> assertTrue(text.startsWith("제목: 데이터 엔지니어\n회사: 가나다\n"), text),
        () -> assertTrue(text.contains("[자격요건]\n- 스파크 경험 3년 이상\n- 파이썬 능숙"), text),
        () -> assertTrue(text.contains("우대사항: - 카프카 운영 경험\n- 하둡 경험"), text),
        () -> assertFalse(text.contains("<"), text));

    String escaped = "제목: 데이터 엔지니어\n\n" + field.replace("&", "&amp;").replace("<", "&lt;")
        .replace(">", "&gt;") + "\n";
    String twice = read(write("escaped.txt", escaped.getBytes(StandardCharsets.UTF_8))).text();
    assertTrue(twice.contains("[자격요건]\n- 스파크 경험 3년 이상"), twice);
    assertFalse(twice.contains("<") || twice.contains("&lt;"), twice);

    String markdown = "# 데이터 엔지니어\n\n## 자격요건\n- 스파크 경험<br>\n- 파이썬\n- SQL\n- 하둡\n\n## 우대사항\n- 카프카\n";
    assertEquals(markdown, read(write("posting.md", markdown.getBytes(StandardCharsets.UTF_8))).text(),
        "Markdown with a <br> here and there stays Markdown");
  }

  /** An interrupted download, a broken scrape: the posting is read, and the repair is told. */
  @Test
  void aFewBadBytesAreReplacedWithAWarning() throws IOException {
    byte[] utf8 = KOREAN.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 1); // the last 상 loses a byte
    Extraction truncated = read(write("cut.txt", cut));
    assertTrue(truncated.text().startsWith("데이터 엔지니어를 모집합니다."), truncated.text());
    assertEquals("2 bytes that are not valid UTF-8 replaced (a cut or damaged file?)",
        truncated.warning());

    int middle = KOREAN.indexOf('\n');
    byte[] stray = concat(KOREAN.substring(0, middle).getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xFF}, KOREAN.substring(middle).getBytes(StandardCharsets.UTF_8));
    Extraction scraped = read(write("stray.txt", stray));
    assertEquals(KOREAN.substring(0, middle) + "\uFFFD" + KOREAN.substring(middle), scraped.text());
    assertEquals("1 byte that is not valid UTF-8 replaced (a cut or damaged file?)", scraped.warning());

    byte[] euckr = KOREAN.getBytes(Charset.forName("EUC-KR"));
    byte[] euckrStray = concat(java.util.Arrays.copyOf(euckr, 14), new byte[] {(byte) 0xFF},
        java.util.Arrays.copyOfRange(euckr, 14, euckr.length));
    Extraction old = read(write("euckr-stray.txt", euckrStray));
    assertTrue(old.text().contains("스파크 경험 3년 이상"), old.text());
    assertTrue(old.warning().contains("not valid EUC-KR/CP949"), old.warning());

    assertNull(read(write("clean.txt", utf8)).warning(), "a clean file has no warning");
  }

  /** Bad bytes everywhere: text in some other encoding, or none, is still refused. */
  @Test
  void textWithManyBadBytesIsRefused() throws IOException {
    byte[] utf8 = (KOREAN + "\n").repeat(20).getBytes(StandardCharsets.UTF_8);
    byte[] damaged = utf8.clone();
    for (int i = 0; i < damaged.length; i += 50) {
      damaged[i] = (byte) 0xFF;
    }
    assertTrue(failure(write("damaged.txt", damaged)).startsWith("the text is in none of the encodings"));
    byte[] high = new byte[3000];
    Random random = new Random(7);
    for (int i = 0; i < high.length; i++) {
      high[i] = (byte) (0x80 + random.nextInt(0x80));
    }
    assertTrue(failure(write("high.txt", high)).startsWith("the text is in none of the encodings"),
        "random high bytes decode as CP949 Hanja and symbols, not as Korean text");
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void markdownTitleFromItsHeading() throws IOException {
    Extraction e = read(write("p.md", ("# 데이터 엔지니어 (3년 이상)\n\n" + KOREAN).getBytes(StandardCharsets.UTF_8)));
    assertEquals("text/markdown", e.contentType());
    assertEquals("데이터 엔지니어 (3년 이상)", e.title());
  }

  @Test
  void textTitleFromHeaderField() throws IOException {
    Extraction e = read(write("p.txt", ("공고명: 데이터 플랫폼 엔지니어\n회사명: 가나다\n\n" + KOREAN)
        .getBytes(StandardCharsets.UTF_8)));
    assertEquals("데이터 플랫폼 엔지니어", e.title());
  }

  @Test
  void htmlFragmentLosesCarouselAndSummaryMarkup() throws IOException {
    String html = "<section class=\"recruitment-detail\">"
        + "<div class=\"recruitment-detail__box recruitment-summary\"><h3>요약</h3><dl>"
        + "<dt><i class=\"icon\"></i>경력</dt><dd>3년 이상</dd><dt>스킬</dt><dd>Spark, Kafka</dd></dl></div>"
        + "<div class=\"recruitment-detail__box js-slide js-image\"><h3>기업 이미지</h3>"
        + "<ul class=\"swiper-wrapper\"><li class=\"swiper-slide\"><img alt=\"사진\" src=\"x.png\"></li></ul></div>"
        + "<div class=\"recruitment-detail__box\"><h3 class=\"recruitment-detail__tit\">자격 요건</h3>"
        + "<p class=\"recruitment-detail__txt\">• 하둡 경험\n<br/>• 파이썬 능숙</p></div></section>";
    Extraction e = read(write("fragment.html", html.getBytes(StandardCharsets.UTF_8)));
    assertEquals("text/html", e.contentType());
    String text = e.text();
    assertAll(
        () -> assertFalse(text.contains("<"), text),
        () -> assertFalse(text.contains("기업 이미지"), "carousel dropped: " + text),
        () -> assertFalse(text.contains("swiper"), text),
        () -> assertTrue(text.contains("경력: 3년 이상"), text),
        () -> assertTrue(text.contains("스킬: Spark, Kafka"), text),
        () -> assertTrue(text.contains("자격 요건\n"), text),
        () -> assertTrue(text.contains("• 하둡 경험 \n• 파이썬 능숙") || text.contains("• 하둡 경험\n• 파이썬 능숙"), text));
  }

  @Test
  void fragmentWithoutHtmlNameIsStillHtml() throws IOException {
    String html = "<section class=\"recruitment-detail\"><p>우대사항<br/>• 카프카</p></section>";
    Extraction e = read(write("fragment.txt", html.getBytes(StandardCharsets.UTF_8)));
    assertFalse(e.text().contains("<"), e.text());
    assertTrue(e.text().contains("우대사항\n• 카프카"), e.text());
  }

  @Test
  void htmlPageDropsNavigationScriptAndStyle() throws IOException {
    String html = "<!DOCTYPE html><html><head><title>백엔드 개발자 채용</title>"
        + "<style>body{color:red}</style><script>var tracking = 1;</script></head><body>"
        + "<nav><a href=\"/\">홈</a><a href=\"/jobs\">채용공고 목록</a></nav>"
        + "<header><p>사이트 로고</p></header>"
        + "<main><h2>주요업무</h2><ul><li>API 서버 개발</li><li>데이터 파이프라인 운영</li></ul>"
        + "<p>자바 경험<br>코틀린 우대</p></main><footer>회사 주소</footer></body></html>";
    Extraction e = read(write("page.html", html.getBytes(StandardCharsets.UTF_8)));
    String text = e.text();
    assertAll(
        () -> assertEquals("백엔드 개발자 채용", e.title()),
        () -> assertFalse(text.contains("tracking"), text),
        () -> assertFalse(text.contains("color"), text),
        () -> assertFalse(text.contains("채용공고 목록"), text),
        () -> assertFalse(text.contains("회사 주소"), text),
        () -> assertTrue(text.contains("주요업무\n- API 서버 개발\n- 데이터 파이프라인 운영"), text),
        () -> assertTrue(text.contains("자바 경험\n코틀린 우대"), text));
  }

  /** Older career sites wrap the whole page in one form: its text is the posting, its controls are not. */
  @Test
  void formWrappedPageKeepsItsTextAndDropsItsControls() throws IOException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
        + "<title>채용사이트</title></head><body><form id=\"frmMain\" method=\"post\" action=\"/apply\">"
        + "<div class=\"view\"><h3>주요업무</h3><p>- 로그 수집 파이프라인 개발</p>"
        + "<h3>지원자격</h3><p>- 스파크 경험 3년 이상</p></div>"
        + "<select id=\"jobs\"><option value=\"1\">직무 선택 옵션</option></select>"
        + "<input type=\"text\" value=\"입력값 텍스트\"><textarea>자기소개 입력란</textarea>"
        + "<button>지원하기 버튼</button></form></body></html>";
    for (String charset : new String[] {"UTF-8", "EUC-KR"}) {
      byte[] bytes = String.format(html, charset).getBytes(Charset.forName(charset));
      Extraction e = read(write("form-" + charset + ".html", bytes));
      String text = e.text();
      assertAll(charset,
          () -> assertTrue(text.contains("주요업무\n- 로그 수집 파이프라인 개발"), text),
          () -> assertTrue(text.contains("지원자격\n- 스파크 경험 3년 이상"), text),
          () -> assertFalse(text.contains("직무 선택 옵션"), text),
          () -> assertFalse(text.contains("입력값"), text),
          () -> assertFalse(text.contains("자기소개 입력란"), text),
          () -> assertFalse(text.contains("지원하기 버튼"), text));
    }
  }

  @Test
  void eucKrHtml() throws IOException {
    String html = "<html><head><meta charset=\"euc-kr\"></head><body><p>" + KOREAN + "</p></body></html>";
    Extraction e = read(write("euckr.html", html.getBytes(Charset.forName("EUC-KR"))));
    assertTrue(e.text().contains("스파크 경험 3년 이상"), e.text());
  }

  @Test
  void pdf() throws IOException {
    Path pdf = dir.resolve("p.pdf");
    writePdf(pdf, null);
    Extraction e = read(pdf);
    assertEquals("application/pdf", e.contentType());
    assertTrue(e.text().contains("Data Engineer: Spark and Kafka"), e.text());
  }

  @Test
  void docx() throws IOException {
    Path docx = dir.resolve("p.docx");
    try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(docx)) {
      doc.getProperties().getCoreProperties().setTitle("데이터 엔지니어");
      for (String line : KOREAN.split("\n")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
    }
    Extraction e = read(docx);
    assertEquals("데이터 엔지니어", e.title());
    assertTrue(e.text().contains("스파크 경험 3년 이상"), e.text());
  }

  @Test
  void rtf() throws IOException {
    String rtf = "{\\rtf1\\ansi\\ansicpg949\\deff0{\\fonttbl{\\f0 Batang;}}"
        + "\\f0 Data Engineer\\par \\uc1\\u45936?\\u51060?\\u53552? Spark\\par}";
    Extraction e = read(write("p.rtf", rtf.getBytes(StandardCharsets.US_ASCII)));
    assertEquals("application/rtf", e.contentType());
    assertTrue(e.text().contains("데이터 Spark"), e.text());
  }

  @Test
  void odt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry mimetype = new ZipEntry("mimetype");
      zip.putNextEntry(mimetype);
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>")
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
          + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          + "<text:p>우대사항</text:p><text:p>에어플로우 운영 경험</text:p>"
          + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
    }
    Extraction e = read(write("p.odt", bytes.toByteArray()));
    assertEquals("application/vnd.oasis.opendocument.text", e.contentType());
    assertTrue(e.text().contains("에어플로우 운영 경험"), e.text());
  }

  @Test
  void wordDoc() throws Exception {
    // a Word 97 file made once with LibreOffice from a posting we wrote (POI cannot write .doc)
    Path doc = Path.of(getClass().getResource("/fixtures/posting.doc").toURI());
    Extraction e = read(doc);
    assertEquals("application/msword", e.contentType());
    assertTrue(e.text().contains("하둡, 스파크 기반 배치 처리 경험 3년 이상"), e.text());
  }

  @Test
  void emptyFile() throws IOException {
    assertEquals("the file is empty", failure(write("empty.txt", new byte[0])));
  }

  @Test
  void randomBytesNamedPdf() throws IOException {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    assertTrue(failure(write("junk.pdf", junk)).contains("damaged"));
  }

  @Test
  void binaryJunkWithoutAName() throws IOException {
    byte[] junk = new byte[4096];
    new Random(11).nextBytes(junk);
    String reason = failure(write("junk", junk));
    assertTrue(reason.contains("not") || reason.contains("binary"), reason);
  }

  @Test
  void binaryJunkNamedTxt() throws IOException {
    byte[] junk = new byte[4096];
    new Random(13).nextBytes(junk);
    junk[10] = 0;
    String reason = failure(write("junk.txt", junk));
    assertTrue(reason.contains("binary") || reason.contains("not"), reason);
  }

  @Test
  void truncatedPdf() throws IOException {
    Path pdf = dir.resolve("whole.pdf");
    writePdf(pdf, null);
    byte[] whole = Files.readAllBytes(pdf);
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 3);
    String reason = failure(write("truncated.pdf", half));
    assertTrue(reason.contains("PDF"), reason);
  }

  @Test
  void truncatedDocx() throws IOException {
    Path docx = dir.resolve("whole.docx");
    try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(docx)) {
      doc.createParagraph().createRun().setText(KOREAN);
      doc.write(out);
    }
    byte[] whole = Files.readAllBytes(docx);
    String reason = failure(write("truncated.docx", java.util.Arrays.copyOf(whole, whole.length / 2)));
    assertTrue(reason.contains("damaged"), reason);
  }

  @Test
  void corruptHwp() throws IOException {
    // the OLE2 signature HWP v5 files start with, then nothing valid
    byte[] bytes = new byte[2048];
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(ole, 0, bytes, 0, ole.length);
    new Random(3).ints(600, 0, 2048).forEach(i -> bytes[Math.max(8, i)] = (byte) i);
    String reason = failure(write("broken.hwp", bytes));
    assertTrue(reason.contains("damaged") || reason.contains("not"), reason);
  }

  @Test
  void passwordProtectedPdf() throws IOException {
    Path pdf = dir.resolve("locked.pdf");
    writePdf(pdf, "secret");
    assertEquals("the document is password-protected", failure(pdf));
  }

  @Test
  void overTheSizeLimit() throws IOException {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    String reason = failure(write("big.txt", big));
    assertTrue(reason.contains("over the 1.0 MB size limit"), reason);
  }

  /** In this JVM the parse is abandoned (its thread interrupted) and the next file is read. */
  @Test
  void overTheTimeLimit() throws IOException {
    try (PostingExtractor impatient = new PostingExtractor(
        new ExtractionLimits(50L * 1024 * 1024, Duration.ofMillis(500), ExtractionLimits.DEFAULT_MAX_CHARS))) {
      Extraction e = impatient.extract(HostileFiles.endless(dir.resolve("endless.bin")));
      assertEquals("reading it took longer than the 0.5 s time limit", e.error());
      assertTrue(impatient.extract(write("next.txt", KOREAN.getBytes(StandardCharsets.UTF_8))).ok());
    }
  }

  @Test
  void missingFileAndBrokenLink() throws IOException {
    assertEquals("the file does not exist", failure(dir.resolve("nothing.txt")));
    Path link = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    assertEquals("the link points to a file that does not exist", failure(link));
  }

  @Test
  void unreadableFile() throws IOException {
    Path file = write("locked.txt", KOREAN.getBytes(StandardCharsets.UTF_8));
    org.junit.jupiter.api.Assumptions.assumeTrue(file.toFile().setReadable(false, false)
        && !Files.isReadable(file), "running as root: every file is readable");
    assertEquals("permission denied", failure(file));
  }

  private static void writePdf(Path file, String password) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Data Engineer: Spark and Kafka, 3+ years");
        content.endText();
      }
      if (password != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
