package dev.gonggo.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor gonggo is measured against: what the bare libraries do with the same files. Each file
 * is parsed by Tika's AutoDetectParser and indexed as one Nori-analysed text field (plus its path)
 * by one IndexWriter with gonggo's RAM buffer, on the same number of threads; one commit at the
 * end. Nothing else: no sections, no skills, no stored JSON.
 *
 * <p>Usage: {@code FloorIndex THREADS INDEX_DIR FILE|DIR...}; prints files, failures and seconds.
 */
public final class FloorIndex {

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    int threads = Integer.parseInt(args[0]);
    Path indexDir = Path.of(args[1]);
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      Path p = Path.of(args[i]);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    AutoDetectParser tika = new AutoDetectParser();
    AtomicInteger failed = new AtomicInteger();
    IndexWriterConfig config = new IndexWriterConfig(new KoreanAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), config)) {
      List<Future<?>> jobs = new ArrayList<>(files.size());
      for (Path file : files) {
        jobs.add(pool.submit(() -> {
          try {
            writer.addDocument(document(tika, file));
          } catch (Exception e) {
            failed.incrementAndGet();
          }
        }));
      }
      for (Future<?> job : jobs) {
        job.get();
      }
      writer.commit();
    } finally {
      pool.shutdown();
    }
    System.out.printf(Locale.ROOT, "floor: %d files, %d failed, %.2f s%n", files.size(), failed.get(),
        (System.nanoTime() - start) / 1e9);
  }

  private static Document document(AutoDetectParser tika, Path file) throws Exception {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler text = new BodyContentHandler(-1);
    try (InputStream in = TikaInputStream.get(file)) {
      tika.parse(in, text, metadata, new ParseContext());
    }
    Document doc = new Document();
    doc.add(new StringField("path", file.toString(), Field.Store.YES));
    doc.add(new TextField("text", text.toString(), Field.Store.NO));
    return doc;
  }

  private FloorIndex() {}
}
