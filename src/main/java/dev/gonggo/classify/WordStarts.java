package dev.gonggo.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words of many patterns start in a text, found in one scan: each pattern (an owner,
 * by number) has words one of which every match of it begins with, so it need only be tried
 * there. Words and text are folded for ASCII case only ({@link #fold}), as CASE_INSENSITIVE
 * patterns compare them, which keeps the text's length and offsets.
 */
final class WordStarts {

  /**
   * The words as a trie: a node per prefix, with the owners whose word ends there. The first char
   * is looked up in an array over all chars (it is looked up at every char of a text); deeper
   * nodes keep their few children in small arrays.
   */
  private static final class Node {
    private static final int[] NONE = {};
    private char[] keys = {};
    private Node[] children = {};
    private int[] owners = NONE;

    Node child(char c) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node addChild(char c) {
      Node n = child(c);
      if (n == null) {
        n = new Node();
        keys = Arrays.copyOf(keys, keys.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        keys[keys.length - 1] = c;
        children[children.length - 1] = n;
      }
      return n;
    }

    void addOwner(int owner) {
      owners = Arrays.copyOf(owners, owners.length + 1);
      owners[owners.length - 1] = owner;
    }
  }

  private final Node[] byFirstChar = new Node[Character.MAX_VALUE + 1];
  private final int owners;

  WordStarts(int owners) {
    this.owners = owners;
  }

  /** Adds a start word of an owner; words are folded here. */
  void add(int owner, String word) {
    String folded = fold(word);
    char first = folded.charAt(0);
    if (byFirstChar[first] == null) {
      byFirstChar[first] = new Node();
    }
    Node node = byFirstChar[first];
    for (int i = 1; i < folded.length(); i++) {
      node = node.addChild(folded.charAt(i));
    }
    node.addOwner(owner);
  }

  /** The positions at which each owner's words start in a folded text, ascending. */
  Starts scan(String folded) {
    List<List<Integer>> at = new ArrayList<>(owners);
    for (int i = 0; i < owners; i++) {
      at.add(null);
    }
    int length = folded.length();
    for (int i = 0; i < length; i++) {
      Node node = byFirstChar[folded.charAt(i)];
      int j = i + 1;
      while (node != null) {
        for (int owner : node.owners) {
          List<Integer> positions = at.get(owner);
          if (positions == null) {
            positions = new ArrayList<>(2);
            at.set(owner, positions);
          }
          if (positions.isEmpty() || positions.get(positions.size() - 1) != i) {
            positions.add(i);
          }
        }
        node = j < length ? node.child(folded.charAt(j++)) : null;
      }
    }
    return new Starts(at);
  }

  /** The result of a scan. */
  static final class Starts {
    private final List<List<Integer>> at;

    private Starts(List<List<Integer>> at) {
      this.at = at;
    }

    List<Integer> of(int owner) {
      List<Integer> positions = at.get(owner);
      return positions == null ? List.of() : positions;
    }

    /** The first match of a pattern whose matches begin only at the owner's start words. */
    MatchResult first(int owner, Pattern pattern, String text) {
      List<Integer> positions = of(owner);
      if (positions.isEmpty()) {
        return null;
      }
      Matcher m = matcher(pattern, text);
      for (int p : positions) {
        m.region(p, text.length());
        if (m.lookingAt()) {
          return m.toMatchResult();
        }
      }
      return null;
    }

    /** Every match, as successive {@code find()} calls give them (leftmost, not overlapping). */
    List<MatchResult> all(int owner, Pattern pattern, String text) {
      List<Integer> positions = of(owner);
      if (positions.isEmpty()) {
        return List.of();
      }
      List<MatchResult> found = new ArrayList<>();
      Matcher m = matcher(pattern, text);
      int from = 0;
      for (int p : positions) {
        if (p < from) {
          continue;
        }
        m.region(p, text.length());
        if (m.lookingAt()) {
          found.add(m.toMatchResult());
          from = Math.max(m.end(), p + 1);
        }
      }
      return found;
    }

    /** Transparent bounds: a look-behind sees the text before the position tried. */
    private static Matcher matcher(Pattern pattern, String text) {
      return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }
  }

  /**
   * Case folded one char at a time as a CASE_INSENSITIVE pattern compares chars (ASCII letters
   * only; Hangul has no case), keeping the length.
   */
  static String fold(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(out);
  }
}
