package dev.gonggo.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Broken and hostile posting files, made at test time and small on disk: zip bombs that inflate to
 * gigabytes from a few megabytes, XML entity bombs, absurdly nested HTML, a text file over the
 * size limit, random bytes under document names, a truncated HWP, a PDF of thousands of pages.
 */
public final class HostileFiles {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String HP = "http://www.hancom.co.kr/hwpml/2011/paragraph";

  private HostileFiles() {}

  /** Writes every hostile file into the folder; returns them by name. */
  public static List<Path> writeAll(Path dir, int pdfPages) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    files.add(docxZipBomb(dir.resolve("bomb.docx"), 1024));
    files.add(hwpxZipBomb(dir.resolve("bomb.hwpx"), 1024));
    files.add(docxBillionLaughs(dir.resolve("laughs.docx")));
    files.add(hwpxBillionLaughs(dir.resolve("laughs.hwpx")));
    files.add(deepHtml(dir.resolve("deep.html"), 200_000));
    files.add(bigText(dir.resolve("big.txt"), 30));
    files.add(randomBytes(dir.resolve("random.hwp"), 64 * 1024, 1));
    files.add(randomBytes(dir.resolve("random.hwpx"), 64 * 1024, 2));
    files.add(randomBytes(dir.resolve("random.pdf"), 64 * 1024, 3));
    files.add(truncatedHwp(dir.resolve("truncated.hwp")));
    files.add(manyPagesPdf(dir.resolve("pages.pdf"), pdfPages));
    return files;
  }

  /** A DOCX whose document.xml inflates to {@code megabytes} MB of paragraphs. */
  public static Path docxZipBomb(Path file, int megabytes) throws IOException {
    Map<String, byte[]> small = docxParts();
    small.remove("word/document.xml");
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>";
    String para = "<w:p><w:r><w:t>데이터 엔지니어 스파크 카프카</w:t></w:r></w:p>";
    String tail = "</w:body></w:document>";
    writeZip(file, small, "word/document.xml", head, para, megabytes, tail);
    return file;
  }

  /** An HWPX whose section0.xml inflates to {@code megabytes} MB of paragraphs. */
  public static Path hwpxZipBomb(Path file, int megabytes) throws IOException {
    Map<String, byte[]> small = new LinkedHashMap<>();
    small.put("mimetype", "application/hwp+zip".getBytes(StandardCharsets.US_ASCII));
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><hs:sec xmlns:hs=\"urn:hs\" xmlns:hp=\"" + HP + "\">";
    String para = "<hp:p><hp:run><hp:t>데이터 엔지니어 스파크 카프카</hp:t></hp:run></hp:p>";
    writeZip(file, small, "Contents/section0.xml", head, para, megabytes, "</hs:sec>");
    return file;
  }

  /** A DOCX whose document.xml declares the classic billion-laughs entities. */
  public static Path docxBillionLaughs(Path file) throws IOException {
    Map<String, byte[]> parts = docxParts();
    parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + laughsDoctype("w:document")
        + "<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
        + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    writeZip(file, parts, null, null, null, 0, null);
    return file;
  }

  /** An HWPX whose section declares the billion-laughs entities. */
  public static Path hwpxBillionLaughs(Path file) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("mimetype", "application/hwp+zip".getBytes(StandardCharsets.US_ASCII));
    parts.put("Contents/section0.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + laughsDoctype("hs:sec")
        + "<hs:sec xmlns:hs=\"urn:hs\" xmlns:hp=\"" + HP + "\"><hp:p><hp:run><hp:t>&lol9;</hp:t>"
        + "</hp:run></hp:p></hs:sec>").getBytes(StandardCharsets.UTF_8));
    writeZip(file, parts, null, null, null, 0, null);
    return file;
  }

  private static String laughsDoctype(String root) {
    StringBuilder b = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String prev = i == 1 ? "lol" : "lol" + (i - 1);
      b.append("<!ENTITY lol").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
    }
    return b.append("]>").toString();
  }

  /** HTML nested {@code depth} elements deep, with a line of posting text at the bottom. */
  public static Path deepHtml(Path file, int depth) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.UTF_8));
      byte[] open = "<div>".getBytes(StandardCharsets.US_ASCII);
      byte[] close = "</div>".getBytes(StandardCharsets.US_ASCII);
      for (int i = 0; i < depth; i++) {
        out.write(open);
      }
      out.write("자격요건: 스파크 경험".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < depth; i++) {
        out.write(close);
      }
      out.write("</body></html>".getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** A text file of {@code megabytes} MB of posting lines. */
  public static Path bigText(Path file, int megabytes) throws IOException {
    byte[] line = "데이터 엔지니어 모집: 스파크, 카프카, 에어플로우 경험 3년 이상\n".getBytes(StandardCharsets.UTF_8);
    byte[] block = new byte[1024 * 1024];
    for (int i = 0; i < block.length; i++) {
      block[i] = line[i % line.length];
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < megabytes; i++) {
        out.write(block);
      }
    }
    return file;
  }

  /** A file whose parse never ends: the made-up type {@link EndlessParser} reads. */
  public static Path endless(Path file) throws IOException {
    byte[] magic = EndlessParser.MAGIC.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] bytes = java.util.Arrays.copyOf(magic, magic.length + 1024);
    return Files.write(file, bytes);
  }

  /** A file read at once: the made-up type {@link InstantParser} reads. */
  public static Path instant(Path file) throws IOException {
    byte[] magic = InstantParser.MAGIC.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return Files.write(file, java.util.Arrays.copyOf(magic, magic.length + 64));
  }

  public static Path randomBytes(Path file, int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Files.write(file, bytes);
  }

  /**
   * An HWP v5 file (an OLE2 container with the HWP file header, doc info and a section) cut off
   * in the middle of its container.
   */
  public static Path truncatedHwp(Path file) throws IOException {
    byte[] whole;
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      byte[] header = new byte[256];
      byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(signature, 0, header, 0, signature.length);
      ByteBuffer.wrap(header, 32, 8).order(ByteOrder.LITTLE_ENDIAN).putInt(0x05000300).putInt(0);
      fs.createDocument(new java.io.ByteArrayInputStream(header), "FileHeader");
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "DocInfo");
      byte[] section = new byte[64 * 1024];
      new Random(5).nextBytes(section);
      fs.getRoot().createDirectory("BodyText")
          .createDocument("Section0", new java.io.ByteArrayInputStream(section));
      fs.writeFilesystem(out);
      whole = out.toByteArray();
    }
    return Files.write(file, Arrays.copyOf(whole, whole.length / 2));
  }

  /** A PDF of {@code pages} pages, one short line on each. */
  public static Path manyPagesPdf(Path file, int pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 12);
          content.newLineAtOffset(72, 700);
          content.showText("Data Engineer " + i + ": Spark and Kafka");
          content.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static Map<String, byte[]> docxParts() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>").getBytes(StandardCharsets.UTF_8));
    parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    parts.put("word/document.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W
        + "\"><w:body><w:p><w:r><w:t>데이터</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    return parts;
  }

  /**
   * Writes a zip of small deflated parts and, when {@code bombName} is set, one entry of head, a
   * paragraph repeated to {@code megabytes} MB, and tail. The repeated megabyte is deflated once
   * after a full flush, which makes its compressed form independent of what came before, so the
   * same bytes stand for every copy: gigabytes inflated cost a second to write.
   */
  private static void writeZip(Path file, Map<String, byte[]> parts, String bombName, String head,
      String para, int megabytes, String tail) throws IOException {
    ZipWriter zip = new ZipWriter();
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      byte[] data = part.getValue();
      CRC32 crc = new CRC32();
      crc.update(data);
      zip.entry(part.getKey(), deflate(data, true), data.length, crc.getValue());
    }
    if (bombName != null) {
      byte[] headBytes = head.getBytes(StandardCharsets.UTF_8);
      byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
      byte[] paraBytes = para.getBytes(StandardCharsets.UTF_8);
      byte[] mega = new byte[(1024 * 1024 / paraBytes.length) * paraBytes.length];
      for (int i = 0; i < mega.length; i += paraBytes.length) {
        System.arraycopy(paraBytes, 0, mega, i, paraBytes.length);
      }
      byte[] headZ = deflate(headBytes, false);
      byte[] megaZ = deflate(mega, false);
      byte[] tailZ = deflate(tailBytes, true);
      CRC32 crc = new CRC32();
      crc.update(headBytes);
      for (int i = 0; i < megabytes; i++) {
        crc.update(mega);
      }
      crc.update(tailBytes);
      long size = headBytes.length + (long) mega.length * megabytes + tailBytes.length;
      ByteArrayOutputStream data = new ByteArrayOutputStream(headZ.length + megaZ.length * megabytes + tailZ.length);
      data.write(headZ);
      for (int i = 0; i < megabytes; i++) {
        data.write(megaZ);
      }
      data.write(tailZ);
      zip.entry(bombName, data.toByteArray(), size, crc.getValue());
    }
    Files.write(file, zip.finish());
  }

  /** Raw deflate of the bytes, ending the stream or with a full flush. */
  private static byte[] deflate(byte[] data, boolean finish) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
    d.setInput(data);
    if (finish) {
      d.finish();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    while (true) {
      int n = finish ? d.deflate(buf) : d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
      out.write(buf, 0, n);
      if (finish ? d.finished() : n < buf.length && d.needsInput()) {
        break;
      }
    }
    d.end();
    return out.toByteArray();
  }

  /** A zip file written by hand, for entries deflated elsewhere (sizes below 4 GB). */
  private static final class ZipWriter {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final ByteArrayOutputStream central = new ByteArrayOutputStream();
    private int count;

    void entry(String name, byte[] deflated, long size, long crc) {
      byte[] n = name.getBytes(StandardCharsets.UTF_8);
      int offset = body.size();
      ByteBuffer local = le(30 + n.length);
      local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
          .putInt(0).putInt((int) crc).putInt(deflated.length).putInt((int) size)
          .putShort((short) n.length).putShort((short) 0).put(n);
      body.writeBytes(local.array());
      body.writeBytes(deflated);
      ByteBuffer c = le(46 + n.length);
      c.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
          .putShort((short) 8).putInt(0).putInt((int) crc).putInt(deflated.length).putInt((int) size)
          .putShort((short) n.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putInt(0).putInt(offset).put(n);
      central.writeBytes(c.array());
      count++;
    }

    byte[] finish() {
      int start = body.size();
      ByteBuffer end = le(22);
      end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count)
          .putShort((short) count).putInt(central.size()).putInt(start).putShort((short) 0);
      body.writeBytes(central.toByteArray());
      body.writeBytes(end.array());
      return body.toByteArray();
    }

    private static ByteBuffer le(int n) {
      return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
  }
}
