package dev.gonggo.bench;

import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.PostingExtractor;
import dev.gonggo.samples.SampleGenerator;
import dev.gonggo.text.Section;
import dev.gonggo.text.SectionKind;
import dev.gonggo.text.SectionSplitter;
import dev.gonggo.text.TextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus of distinct postings from the samples: each posting takes its intro,
 * duties, requirements, preferred, benefits and process sections from different samples, shuffles
 * the bullets of each, gets a made-up company name, new numbers of years and a posting number of
 * its own, and is written as txt (some in EUC-KR), md, HTML, PDF, DOCX or HWPX.
 *
 * <p>Usage: {@code BenchCorpus SAMPLES_DIR OUT_DIR COUNT [SEED]}. Deterministic for a seed.
 */
public final class BenchCorpus {

  /** Formats out of 100 postings: mostly text, a realistic share of office documents. */
  private static final String[] FORMATS = formats();
  private static final SectionKind[] ORDER = {SectionKind.INTRO, SectionKind.DUTIES,
      SectionKind.REQUIREMENTS, SectionKind.PREFERRED, SectionKind.TECH_STACK,
      SectionKind.BENEFITS, SectionKind.PROCESS};
  private static final String[] FIRST = {"한빛", "새봄", "다온", "누리", "가람", "별하", "마루", "하람",
      "솔빛", "온새", "라온", "미리", "푸른", "아라", "해솔", "초롱", "여울", "보람", "슬기", "나래"};
  private static final String[] SECOND = {"데이터", "테크", "랩스", "소프트", "네트웍스", "페이",
      "커머스", "모빌리티", "헬스", "게임즈", "에듀", "로지스", "시스템즈", "클라우드", "미디어"};
  private static final Pattern YEARS = Pattern.compile("(\\d{1,2})(\\s*)년");
  private static final String BULLETS = "-•ㆍ·*▪※";

  private record Part(String heading, List<String> lines) {}

  private record Source(String title, Map<SectionKind, Part> parts) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: BenchCorpus SAMPLES_DIR OUT_DIR COUNT [SEED]");
      System.exit(2);
    }
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "off"); // PDFBox's font notes
    Path samples = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20240301L;
    List<Source> sources = read(samples);
    Files.createDirectories(out);
    long start = System.nanoTime();
    IntStream.range(0, count).parallel().forEach(i -> write(sources, out, i, seed));
    System.out.printf(Locale.ROOT, "%d postings in %s (%.1f s)%n", count, out,
        (System.nanoTime() - start) / 1e9);
  }

  private static String[] formats() {
    List<String> f = new ArrayList<>();
    add(f, "pdf", 2);
    add(f, "docx", 2);
    add(f, "hwpx", 3);
    add(f, "html", 20);
    add(f, "md", 25);
    add(f, "euckr", 2);
    add(f, "txt", 46);
    return f.toArray(String[]::new);
  }

  private static void add(List<String> to, String format, int times) {
    for (int i = 0; i < times; i++) {
      to.add(format);
    }
  }

  /** The sections of every sample, read with gonggo's own extractor and splitter. */
  private static List<Source> read(Path samples) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(samples)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    SectionSplitter splitter = new SectionSplitter();
    List<Source> out = new ArrayList<>();
    try (PostingExtractor extractor = new PostingExtractor()) {
      for (Path file : files) {
        Extraction e = extractor.extract(file);
        if (!e.ok()) {
          throw new IOException(file + ": " + e.error());
        }
        String text = TextNormalizer.normalize(e.text());
        Map<SectionKind, Part> parts = new EnumMap<>(SectionKind.class);
        for (Section s : splitter.split(text)) {
          if (s.heading() == null || parts.containsKey(s.kind()) || s.kind() == SectionKind.OTHER) {
            continue;
          }
          List<String> lines = text.substring(s.start(), s.end()).strip().lines()
              .filter(l -> !l.isBlank()).toList();
          if (!lines.isEmpty()) {
            parts.put(s.kind(), new Part(s.heading().strip(), lines));
          }
        }
        String title = text.lines().findFirst().orElse("데이터 엔지니어");
        out.add(new Source(title.replaceFirst("^\\[[^\\]]*\\]\\s*", ""), parts));
      }
    }
    return out;
  }

  private static void write(List<Source> sources, Path out, int i, long seed) {
    Random random = new Random(seed * 1_000_003L + i);
    String company = FIRST[random.nextInt(FIRST.length)] + SECOND[random.nextInt(SECOND.length)]
        + (random.nextInt(3) == 0 ? " " + (char) ('A' + random.nextInt(26)) : "");
    String title = "[" + company + "] " + sources.get(random.nextInt(sources.size())).title();
    List<Part> parts = new ArrayList<>();
    for (SectionKind kind : ORDER) {
      List<Source> having = sources.stream().filter(s -> s.parts().containsKey(kind)).toList();
      if (having.isEmpty() || kind == SectionKind.TECH_STACK && random.nextBoolean()) {
        continue;
      }
      Part p = having.get(random.nextInt(having.size())).parts().get(kind);
      List<String> lines = new ArrayList<>(p.lines());
      shuffleBullets(lines, random);
      lines.replaceAll(l -> newYears(l, random));
      parts.add(new Part(p.heading(), lines));
    }
    String number = String.format(Locale.ROOT, "공고번호 GG-%07d-%04d", i, random.nextInt(10_000));
    String format = FORMATS[Math.floorMod(i * 37 + 11, FORMATS.length)];
    String name = String.format(Locale.ROOT, "%07d", i);
    try {
      switch (format) {
        case "txt" -> Files.writeString(out.resolve(name + ".txt"), plain(title, company, parts, number));
        case "euckr" -> Files.write(out.resolve(name + ".txt"),
            eucKr(plain(title, company, parts, number)));
        case "md" -> Files.writeString(out.resolve(name + ".md"), markdown(title, company, parts, number));
        case "html" -> Files.writeString(out.resolve(name + ".html"), html(title, company, parts, number));
        case "pdf" -> Files.write(out.resolve(name + ".pdf"),
            SampleGenerator.pdf(pdfSafe(plain(title, company, parts, number))));
        case "docx" -> Files.write(out.resolve(name + ".docx"),
            SampleGenerator.docx(plain(title, company, parts, number)));
        case "hwpx" -> Files.write(out.resolve(name + ".hwpx"),
            SampleGenerator.hwpx(plain(title, company, parts, number)));
        default -> throw new IllegalStateException(format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Korean PDF font has no glyph for a few bullets; a PDF writes them as plain ones. */
  private static String pdfSafe(String text) {
    return text.replace('▪', '-').replace('▶', '-').replace('✓', '-').replace('✔', '-');
  }

  /** Bullet lines keep their places among other lines but come in another order. */
  private static void shuffleBullets(List<String> lines, Random random) {
    List<Integer> at = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (!lines.get(k).isEmpty() && BULLETS.indexOf(lines.get(k).charAt(0)) >= 0) {
        at.add(k);
      }
    }
    List<String> bullets = new ArrayList<>(at.stream().map(lines::get).toList());
    Collections.shuffle(bullets, random);
    for (int k = 0; k < at.size(); k++) {
      lines.set(at.get(k), bullets.get(k));
    }
  }

  private static String newYears(String line, Random random) {
    Matcher m = YEARS.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int years = Integer.parseInt(m.group(1));
      int changed = years > 15 ? years : Math.max(1, years + random.nextInt(5) - 2);
      m.appendReplacement(out, changed + m.group(2) + "년");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String bulletText(String line) {
    return !line.isEmpty() && BULLETS.indexOf(line.charAt(0)) >= 0 ? line.substring(1).strip() : null;
  }

  private static String plain(String title, String company, List<Part> parts, String number) {
    StringBuilder b = new StringBuilder(title).append("\n\n").append("회사명: ").append(company).append("\n\n");
    for (Part p : parts) {
      b.append('[').append(p.heading().replaceAll("[\\[\\]#■:]", "").strip()).append("]\n");
      p.lines().forEach(l -> b.append(l).append('\n'));
      b.append('\n');
    }
    return b.append(number).append('\n').toString();
  }

  private static String markdown(String title, String company, List<Part> parts, String number) {
    StringBuilder b = new StringBuilder("# ").append(title).append("\n\n**").append(company).append("**\n\n");
    for (Part p : parts) {
      b.append("## ").append(p.heading().replaceAll("[\\[\\]#■:]", "").strip()).append("\n\n");
      for (String l : p.lines()) {
        String bullet = bulletText(l);
        b.append(bullet == null ? l : "- " + bullet).append('\n');
      }
      b.append('\n');
    }
    return b.append(number).append('\n').toString();
  }

  private static String html(String title, String company, List<Part> parts, String number) {
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(escape(title)).append("</title>")
        .append("<script>window.dataLayer=[];function track(){}</script></head><body>\n")
        .append("<nav><a href=\"/\">채용정보</a> <a href=\"/companies\">기업정보</a> <a href=\"/login\">로그인</a></nav>\n")
        .append("<main><article class=\"job-posting\">\n<h1>").append(escape(title)).append("</h1>\n")
        .append("<p class=\"company\">").append(escape(company)).append("</p>\n");
    for (Part p : parts) {
      b.append("<section><h2>").append(escape(p.heading().replaceAll("[\\[\\]#■:]", "").strip()))
          .append("</h2>\n");
      boolean inList = false;
      for (String l : p.lines()) {
        String bullet = bulletText(l);
        if (bullet != null && !inList) {
          b.append("<ul>\n");
          inList = true;
        } else if (bullet == null && inList) {
          b.append("</ul>\n");
          inList = false;
        }
        b.append(bullet == null ? "<p>" + escape(l) + "</p>\n" : "<li>" + escape(bullet) + "</li>\n");
      }
      if (inList) {
        b.append("</ul>\n");
      }
      b.append("</section>\n");
    }
    return b.append("<p>").append(escape(number)).append("</p>\n</article></main>\n")
        .append("<footer>© 채용사이트 · 개인정보처리방침</footer></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] eucKr(String text) throws CharacterCodingException {
    ByteBuffer bytes = Charset.forName("EUC-KR").newEncoder()
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .onMalformedInput(CodingErrorAction.REPLACE)
        .encode(CharBuffer.wrap(text));
    byte[] out = new byte[bytes.remaining()];
    bytes.get(out);
    return out;
  }
}
