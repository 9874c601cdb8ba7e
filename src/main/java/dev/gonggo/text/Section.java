package dev.gonggo.text;

/**
 * One part of a posting: its kind, the heading that opened it (null for text before any heading
 * or for a part inferred without one), and the span of its content in the normalised text.
 */
public record Section(SectionKind kind, String heading, int start, int end) {

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
