package dev.gonggo.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrase patterns of case-cues.tsv, searched together. Running each regex over each posting
 * tried every pattern at every position of the text, the better part of the time a posting's cues
 * took. Instead each pattern is read once for the words its matches must begin with ({@link
 * #startWords}: a plain leading literal, or a leading group of literal alternatives, past any
 * look-behind; a leading {@code \d} begins at the ten digits, an escaped sign such as {@code \#}
 * is that sign) or, failing that, the words every match must contain somewhere ({@link
 * #requiredWords}). One scan of the text ({@link WordStarts}) finds where the start words occur;
 * a pattern is then tried only there, in order, and a pattern whose required words are all absent
 * is not run. The first match of every pattern is exactly what {@code Matcher.find()} gives;
 * PhrasePatternsTest holds that. Case is folded for ASCII only, as the patterns fold it
 * (CASE_INSENSITIVE without UNICODE_CASE).
 */
final class PhrasePatterns {

  private static final Pattern LITERAL = Pattern.compile("[가-힣A-Za-z0-9 ]");

  private final List<String> sources;
  private final List<Pattern> patterns = new ArrayList<>();
  private final List<List<String>> starts = new ArrayList<>();
  private final List<List<String>> required = new ArrayList<>();
  private final WordStarts startScan;

  PhrasePatterns(Iterable<String> patternSources) {
    Set<String> unique = new LinkedHashSet<>();
    patternSources.forEach(unique::add);
    this.sources = List.copyOf(unique);
    this.startScan = new WordStarts(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      String p = sources.get(i);
      patterns.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE));
      List<String> s = startWords(p);
      starts.add(s);
      required.add(s.isEmpty() ? requiredWords(p) : List.of());
      for (String w : s) {
        startScan.add(i, w);
      }
    }
  }

  List<String> sources() {
    return sources;
  }

  /**
   * The first match of each pattern that matches the text, by pattern, in the order of the file.
   */
  Map<String, MatchResult> firstMatches(String text) {
    String folded = WordStarts.fold(text);
    WordStarts.Starts at = startScan.scan(folded);
    Map<String, MatchResult> found = new LinkedHashMap<>();
    for (int i = 0; i < sources.size(); i++) {
      MatchResult m = starts.get(i).isEmpty()
          ? find(patterns.get(i), text, folded, required.get(i))
          : at.first(i, patterns.get(i), text);
      if (m != null) {
        found.put(sources.get(i), m);
      }
    }
    return found;
  }

  private static MatchResult find(Pattern p, String text, String folded, List<String> required) {
    if (!required.isEmpty() && required.stream().noneMatch(folded::contains)) {
      return null;
    }
    Matcher m = p.matcher(text);
    return m.find() ? m.toMatchResult() : null;
  }

  /**
   * The words, folded, one of which every match of the pattern begins with; empty when the
   * pattern does not say so plainly.
   */
  static List<String> startWords(String pattern) {
    List<String> words = firsts(pattern);
    return words == null ? List.of() : words.stream().map(WordStarts::fold).distinct().toList();
  }

  /**
   * The words, folded, one of which every match of the pattern contains; empty when no such set
   * can be read from it. Of several such sets the one of the longest words is taken (the rarest).
   */
  static List<String> requiredWords(String pattern) {
    List<String> words = contained(pattern);
    return words == null ? List.of() : words.stream().map(WordStarts::fold).distinct().toList();
  }

  /** One element of a pattern's top-level sequence. */
  private record Atom(Kind kind, String text, boolean optional, int end) {}

  private enum Kind { LITERAL, GROUP, LOOKAROUND, DIGIT, OTHER }

  /** The start words of a leading {@code \d}: a match begins with one of the ten digits. */
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** The leading literals of a sequence (null: unknown). */
  private static List<String> firsts(String seq) {
    List<String> alternatives = alternatives(seq);
    if (alternatives.size() > 1) {
      return union(alternatives, PhrasePatterns::firsts);
    }
    List<Atom> atoms = atoms(seq);
    int i = 0;
    while (i < atoms.size() && atoms.get(i).kind == Kind.LOOKAROUND) {
      i++;
    }
    if (i == atoms.size()) {
      return null;
    }
    Atom a = atoms.get(i);
    if (a.kind == Kind.LITERAL && !a.optional) {
      StringBuilder run = new StringBuilder();
      for (int j = i; j < atoms.size() && atoms.get(j).kind == Kind.LITERAL && !atoms.get(j).optional; j++) {
        run.append(atoms.get(j).text);
      }
      return List.of(run.toString());
    }
    if (a.kind == Kind.DIGIT && !a.optional) {
      return DIGITS;
    }
    if (a.kind == Kind.GROUP) {
      List<String> inGroup = firsts(a.text);
      if (inGroup == null || !a.optional) {
        return inGroup;
      }
      List<String> after = firsts(seq.substring(a.end));
      if (after == null) {
        return null;
      }
      List<String> both = new ArrayList<>(inGroup);
      both.addAll(after);
      return both;
    }
    return null;
  }

  /** Words one of which every match of a sequence contains (null: none known). */
  private static List<String> contained(String seq) {
    List<String> alternatives = alternatives(seq);
    if (alternatives.size() > 1) {
      return union(alternatives, PhrasePatterns::contained);
    }
    List<Atom> atoms = atoms(seq);
    List<List<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (Atom a : atoms) {
      if (a.kind == Kind.LITERAL && !a.optional) {
        run.append(a.text);
        continue;
      }
      if (run.length() > 0) {
        candidates.add(List.of(run.toString()));
        run.setLength(0);
      }
      if (a.kind == Kind.GROUP && !a.optional) {
        List<String> inGroup = contained(a.text);
        if (inGroup != null) {
          candidates.add(inGroup);
        }
      }
    }
    if (run.length() > 0) {
      candidates.add(List.of(run.toString()));
    }
    List<String> best = null;
    for (List<String> c : candidates) {
      if (best == null || shortest(c) > shortest(best)) {
        best = c;
      }
    }
    return best;
  }

  private static int shortest(List<String> words) {
    return words.stream().mapToInt(String::length).min().orElse(0);
  }

  private static List<String> union(List<String> alternatives,
      java.util.function.Function<String, List<String>> each) {
    List<String> all = new ArrayList<>();
    for (String alt : alternatives) {
      List<String> words = each.apply(alt);
      if (words == null || words.isEmpty()) {
        return null;
      }
      all.addAll(words);
    }
    return all;
  }

  /**
   * The top-level sequence of a pattern without alternation at its top: literal chars one by
   * one (so that a quantifier takes only the last), groups with their bodies, look-arounds, and
   * anything else (classes, escapes, dots) as OTHER. A quantifier that allows zero makes the atom
   * before it optional; one that allows more breaks the literal run after it.
   */
  private static List<Atom> atoms(String p) {
    List<Atom> atoms = new ArrayList<>();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      Kind kind;
      String text;
      int next;
      if (c == '(') {
        int close = closingParen(p, i + 1);
        if (close < 0) {
          return List.of(new Atom(Kind.OTHER, "", false, p.length()));
        }
        String body = p.substring(i + 1, close);
        boolean lookaround = body.startsWith("?<=") || body.startsWith("?<!")
            || body.startsWith("?=") || body.startsWith("?!");
        kind = lookaround ? Kind.LOOKAROUND
            : body.startsWith("?:") || !body.startsWith("?") ? Kind.GROUP : Kind.OTHER;
        text = body.startsWith("?:") ? body.substring(2) : body;
        next = close + 1;
      } else if (c == '[') {
        int end = p.indexOf(']', i + 2);
        if (end < 0) {
          return List.of(new Atom(Kind.OTHER, "", false, p.length()));
        }
        kind = Kind.OTHER;
        text = p.substring(i, end + 1);
        next = end + 1;
      } else if (c == '\\') {
        char escaped = i + 1 < p.length() ? p.charAt(i + 1) : '\\';
        // \d is a digit; an escaped sign (\#, \.) is that sign; other escapes are classes.
        kind = escaped == 'd' ? Kind.DIGIT
            : !Character.isLetterOrDigit(escaped) && !Character.isWhitespace(escaped)
                ? Kind.LITERAL : Kind.OTHER;
        text = kind == Kind.LITERAL ? String.valueOf(escaped) : p.substring(i, Math.min(i + 2, p.length()));
        next = i + 2;
      } else {
        kind = LITERAL.matcher(String.valueOf(c)).matches() ? Kind.LITERAL : Kind.OTHER;
        text = String.valueOf(c);
        next = i + 1;
      }
      int q = next;
      boolean zero = false;
      boolean repeat = false;
      if (q < p.length()) {
        char quant = p.charAt(q);
        if (quant == '?' || quant == '*') {
          zero = true;
          q++;
        } else if (quant == '+') {
          repeat = true;
          q++;
        } else if (quant == '{') {
          int end = p.indexOf('}', q);
          zero = end > q + 1 && p.charAt(q + 1) == '0';
          repeat = true;
          q = end < 0 ? p.length() : end + 1;
        }
        if (q > next && q < p.length() && (p.charAt(q) == '?' || p.charAt(q) == '+')) {
          q++; // lazy or possessive
        }
      }
      atoms.add(new Atom(kind, text, zero, q));
      if (repeat && !zero && kind == Kind.LITERAL) {
        atoms.add(new Atom(Kind.OTHER, "", false, q)); // "a+": one a for sure, then who knows
      }
      i = q;
    }
    return atoms;
  }

  /** The alternatives of a sequence, split at its own top-level bars only. */
  private static List<String> alternatives(String body) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean inClass = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(body.substring(start, i));
        start = i + 1;
      }
    }
    out.add(body.substring(start));
    return out;
  }

  /** The index of the ')' that closes a group opened before {@code from}, or -1. */
  private static int closingParen(String p, int from) {
    int depth = 1;
    for (int i = from; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      } else if (c == '[') {
        int end = p.indexOf(']', i + 2);
        if (end < 0) {
          return -1;
        }
        i = end;
      }
    }
    return -1;
  }
}
