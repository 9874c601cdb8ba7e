package dev.gonggo.company;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of aliases.tsv, the file people edit: a name postings write and the company it means.
 *
 * @param alias the name as a posting writes it
 * @param name the company it means, as the register writes it (the alias itself when "-")
 * @param parent the company it belongs to when the FTC list does not say so, or null
 * @param size the tier people give a company the registers lack or cannot size, or null
 * @param scan how it is looked for in a posting's text: "yes", "no" (only where a company name
 *     stands) or "re:PATTERN"
 * @param note why, as the file says
 */
public record CompanyAlias(String alias, String name, String parent, SizeTier size, String scan,
    String note) {

  static final String RESOURCE = "/dev/gonggo/company/aliases.tsv";

  /** Whether the name is looked for anywhere in a posting, and not only where a name stands. */
  public boolean scanned() {
    return !scan.equals("no");
  }

  /** The regular expression it is looked for with, or null for the name itself. */
  public String scanPattern() {
    return scan.startsWith("re:") ? scan.substring(3) : null;
  }

  /** The lines of the built-in alias file. */
  public static List<CompanyAlias> builtIn() {
    InputStream in = CompanyAlias.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing built-in data file " + RESOURCE);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<CompanyAlias> read(BufferedReader reader, String source) throws IOException {
    List<CompanyAlias> aliases = new ArrayList<>();
    String line;
    int n = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        throw new IllegalStateException(source + " line " + n + ": expected 6 tab-separated columns");
      }
      String alias = f[0].strip();
      String scan = f[4].strip();
      if (!scan.equals("yes") && !scan.equals("no") && !scan.startsWith("re:")) {
        throw new IllegalStateException(source + " line " + n + ": scan is yes, no or re:PATTERN");
      }
      aliases.add(new CompanyAlias(alias, dash(f[1]) == null ? alias : f[1].strip(), dash(f[2]),
          dash(f[3]) == null ? null : SizeTier.fromId(f[3]), scan,
          f.length > 5 ? f[5].strip() : ""));
    }
    return aliases;
  }

  private static String dash(String s) {
    String t = s.strip();
    return t.isEmpty() || t.equals("-") ? null : t;
  }
}
