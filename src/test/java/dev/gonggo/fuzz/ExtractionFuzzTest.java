package dev.gonggo.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonggo.classify.PostingPipeline;
import dev.gonggo.extract.Extraction;
import dev.gonggo.extract.ExtractionLimits;
import dev.gonggo.extract.PostingExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation loop over samples/: each round takes a sample, mutates its bytes (or, for a
 * zip package, the bytes of one of its entries, so the XML parsers behind the zip are reached),
 * reads it through the isolated extractor and analyses what was read. A crash is an exception
 * out of analysis, or a reason that is not a plain verdict on the file (our own code failing, a
 * reader process crashing or running out of memory). A hang cannot last: the time limit kills the
 * reader process (HostileFilesTest holds that by construction). A mutant that makes a parser itself slow (PDFBox
 * expanding a damaged ToUnicode range of billions of codes, say) is ended at the limit with the
 * plain "took longer than" reason: the defence working, kept in target/fuzz-slow for a look.
 *
 * <p>Runs for {@code -Dfuzz.seconds} (20 by default; {@code mvn -Pfuzz test} runs 300) from
 * {@code -Dfuzz.seed}; inputs that fail are kept in target/fuzz-failures.
 */
class ExtractionFuzzTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @TempDir
  Path tmp;

  @Test
  void mutatedSamplesNeverCrashOrHang() throws IOException {
    long seconds = Long.getLong("fuzz.seconds", 20);
    long seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
    Random random = new Random(seed);
    List<Path> samples;
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      samples = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<byte[]> originals = new ArrayList<>();
    for (Path sample : samples) {
      originals.add(Files.readAllBytes(sample));
    }
    PostingPipeline pipeline = new PostingPipeline();
    List<String> failures = new ArrayList<>();
    int rounds = 0;
    int read = 0;
    int slow = 0;
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    try (PostingExtractor extractor = PostingExtractor.isolated(new ExtractionLimits(
        ExtractionLimits.DEFAULT_MAX_BYTES, TIMEOUT, ExtractionLimits.DEFAULT_MAX_CHARS, 256))) {
      while (System.nanoTime() < end) {
        int which = random.nextInt(samples.size());
        String name = samples.get(which).getFileName().toString();
        byte[] mutant = mutate(originals.get(which), random);
        Path file = Files.write(tmp.resolve(rounds + "-" + name), mutant);
        String failure = null;
        Extraction e = extractor.extract(file);
        if (e.ok()) {
          read++;
          try {
            pipeline.analyze(e);
          } catch (RuntimeException | StackOverflowError ex) {
            failure = "analysis threw " + ex;
          }
        } else if (e.error().startsWith("gonggo failed") || e.error().contains("crashed")
            || e.error().contains("memory")) {
          failure = e.error();
        } else if (e.error().contains("time limit")) {
          slow++;
          keep(file, "fuzz-slow");
        }
        if (failure != null) {
          failures.add(keep(file, "fuzz-failures") + ": " + failure);
        }
        Files.delete(file);
        rounds++;
      }
    }
    System.out.printf("fuzz: seed %d, %d rounds in %d s, %d read, %d ended at the time limit, "
        + "%d failures%n", seed, rounds, seconds, read, slow, failures.size());
    assertTrue(failures.isEmpty(), "seed " + seed + ":\n" + String.join("\n", failures));
    assertTrue(rounds > 0);
  }

  private static Path keep(Path file, String folder) throws IOException {
    Path kept = Path.of("target", folder, file.getFileName().toString());
    Files.createDirectories(kept.getParent());
    Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return kept;
  }

  /** One to three mutations; a zip package has one of its entries mutated instead, half the time. */
  static byte[] mutate(byte[] original, Random random) throws IOException {
    boolean zip = original.length > 4 && original[0] == 'P' && original[1] == 'K';
    if (zip && random.nextBoolean()) {
      return mutateEntry(original, random);
    }
    byte[] b = original;
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      b = mutateBytes(b, random);
    }
    return b;
  }

  private static byte[] mutateBytes(byte[] b, Random random) {
    if (b.length == 0) {
      return new byte[] {(byte) random.nextInt()};
    }
    int at = random.nextInt(b.length);
    switch (random.nextInt(6)) {
      case 0 -> { // flip bytes
        byte[] c = b.clone();
        for (int i = 0; i < 1 + random.nextInt(16); i++) {
          c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return c;
      }
      case 1 -> { // truncate
        return Arrays.copyOf(b, at);
      }
      case 2 -> { // insert random bytes
        byte[] junk = new byte[1 + random.nextInt(256)];
        random.nextBytes(junk);
        return splice(b, at, at, junk);
      }
      case 3 -> { // repeat a slice many times
        int len = Math.min(b.length - at, 1 + random.nextInt(64));
        byte[] slice = Arrays.copyOfRange(b, at, at + len);
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        for (int i = 0; i < 1 + random.nextInt(2000); i++) {
          many.writeBytes(slice);
        }
        return splice(b, at, at, many.toByteArray());
      }
      case 4 -> { // delete a slice
        return splice(b, at, Math.min(b.length, at + 1 + random.nextInt(512)), new byte[0]);
      }
      default -> { // interesting values: zeros, 0xFF, markup characters
        byte[] c = b.clone();
        byte[] values = {0, (byte) 0xFF, '<', '>', '&', '"', (byte) 0x80, (byte) 0xED};
        for (int i = 0; i < 1 + random.nextInt(8) && at + i < c.length; i++) {
          c[at + i] = values[random.nextInt(values.length)];
        }
        return c;
      }
    }
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] c = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, c, 0, from);
    System.arraycopy(insert, 0, c, from, insert.length);
    System.arraycopy(b, to, c, from + insert.length, b.length - to);
    return c;
  }

  /** Rewrites the zip with one entry's bytes mutated. */
  private static byte[] mutateEntry(byte[] original, Random random) throws IOException {
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        contents.add(in.readAllBytes());
      }
    }
    if (names.isEmpty()) {
      return mutateBytes(original, random);
    }
    int which = random.nextInt(names.size());
    contents.set(which, mutateBytes(contents.get(which), random));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < names.size(); i++) {
        zip.putNextEntry(new ZipEntry(names.get(i)));
        zip.write(contents.get(i));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
