package dev.gonggo.skills;

import dev.gonggo.text.BuiltInFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company's name as a posting's contact address spells it: a posting that gives an address at
 * its own domain (jobs@mymusictaste.com) names the company by that domain's label, which the
 * posting also writes as a word (MyMusicTaste) and may shorten to its capitals (MMT). Free mail
 * providers and the public ends of a domain (co.kr) are read from {@code mail-domains.tsv}.
 */
final class MailDomains {

  private static final String RESOURCE = "mail-domains.tsv";
  /** The longest local part of an address (RFC 5321), looked at before an @. */
  private static final int LOCAL_PART = 64;
  /** The longest domain (RFC 1035), looked at after an @. */
  private static final int DOMAIN = 253;
  /** How many addresses a text's names are read from: a contact line gives one or two. */
  private static final int ADDRESSES = 4;
  /** A name written with three capitals or more inside it, whose capitals are its short form. */
  private static final int CAPITALS = 3;

  private final Set<String> suffixes;
  private final Set<String> webmail;

  private MailDomains(Set<String> suffixes, Set<String> webmail) {
    this.suffixes = Set.copyOf(suffixes);
    this.webmail = Set.copyOf(webmail);
  }

  static MailDomains builtIn() {
    return BuiltIn.DOMAINS;
  }

  private static final class BuiltIn {
    static final MailDomains DOMAINS = load();

    private static MailDomains load() {
      Set<String> suffixes = new HashSet<>();
      Set<String> webmail = new HashSet<>();
      for (String line : BuiltInFile.lines(MailDomains.class, RESOURCE)) {
        String[] cols = line.split("\\t", 2);
        if (cols.length < 2 || cols[0].equals("kind")) {
          continue;
        }
        Set<String> into = switch (cols[0].strip()) {
          case "suffix" -> suffixes;
          case "webmail" -> webmail;
          default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + cols[0]);
        };
        for (String label : cols[1].split("\\|")) {
          into.add(label.strip().toLowerCase(Locale.ROOT));
        }
      }
      return new MailDomains(suffixes, webmail);
    }
  }

  /**
   * The names of the company a text's contact addresses give: each address's own label (the last
   * before the public ends), unless a free mail provider's; and where the text writes that label
   * as a word with capitals inside (MyMusicTaste), its capitals (MMT).
   */
  List<String> companyNames(String text) {
    List<String> out = new ArrayList<>();
    int addresses = 0;
    for (int at = text.indexOf('@'); at >= 0 && addresses < ADDRESSES;
        at = text.indexOf('@', at + 1)) {
      String domain = domainAt(text, at);
      if (domain == null) {
        continue;
      }
      addresses++;
      String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
      int last = labels.length - 1;
      while (last >= 0 && suffixes.contains(labels[last])) {
        last--;
      }
      if (last < 0 || labels[last].isEmpty() || webmail.contains(labels[last])
          || out.contains(labels[last])) {
        continue;
      }
      String label = labels[last];
      out.add(label);
      Matcher written = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(label)
          + "(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE).matcher(text);
      while (written.find()) {
        String capitals = written.group().replaceAll("[^A-Z]", "");
        if (capitals.length() >= CAPITALS) {
          out.add(capitals.toLowerCase(Locale.ROOT));
          break;
        }
      }
    }
    return out;
  }

  /**
   * The domain of the address whose @ stands at {@code at}, or null where none is: a local part
   * before it and a domain of two labels or more after it. Each @ is looked at within the bounds
   * of an address, so a text is read once however long its runs of letters (a data URI).
   */
  private static String domainAt(String text, int at) {
    int from = at;
    while (from > 0 && at - from < LOCAL_PART && isLocal(text.charAt(from - 1))) {
      from--;
    }
    int to = at + 1;
    while (to < text.length() && to - at <= DOMAIN && isDomain(text.charAt(to))) {
      to++;
    }
    while (to > at + 1 && text.charAt(to - 1) == '.') {
      to--; // the full stop of a sentence ending in the address
    }
    String domain = text.substring(at + 1, to);
    return from < at && domain.indexOf('.') > 0 ? domain : null;
  }

  private static boolean isLocal(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '+' || c == '-');
  }

  private static boolean isDomain(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
  }
}
