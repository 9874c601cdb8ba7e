package dev.gonggo.skills;

import dev.gonggo.text.BuiltInFile;
import java.io.IOException;
import java.io.Reader;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The syllables Korean writes onto a noun in one written word, which the analyser drops or splits
 * off (noun-affixes.tsv): key terms read a written word through them, so that 시각화 stays 시각화
 * and 태양광 stays one word, while 분석가 and 서비스용 are no terms of their own.
 */
final class NounAffixes {

  /** A kind of syllable, as a line of the file names it. */
  enum Kind { PARTICLE, SUFFIX, PERSON, RELATION, VERB, UNIT }

  private static final String RESOURCE = "noun-affixes.tsv";
  private static final CSVFormat TSV = CSVFormat.TDF.builder()
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
      .setQuote(null).setHeader().setSkipHeaderRecord(true).get();

  private final Map<Kind, String> syllables;

  private NounAffixes(Map<Kind, String> syllables) {
    this.syllables = syllables;
  }

  /** The built-in file, loaded once per JVM. */
  static NounAffixes builtIn() {
    return BuiltIn.AFFIXES;
  }

  static NounAffixes read(Reader reader, String source) throws IOException {
    Map<Kind, String> syllables = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      syllables.put(k, "");
    }
    try (CSVParser parser = TSV.parse(reader)) {
      for (CSVRecord r : parser) {
        Kind kind;
        try {
          kind = Kind.valueOf(r.get("kind").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + " line " + parser.getCurrentLineNumber()
              + ": kind must be particle, suffix, person, relation, verb or unit, not '"
              + r.get("kind") + "'");
        }
        syllables.merge(kind, r.get("syllables").replace(" ", ""), String::concat);
      }
    }
    return new NounAffixes(syllables);
  }

  /** Whether a syllable is of a kind. */
  boolean is(Kind kind, char syllable) {
    return syllables.get(kind).indexOf(syllable) >= 0;
  }

  /**
   * Whether a one-syllable noun after a noun of its written word leaves that noun whole rather
   * than completing it: a person, a relation or a suffix.
   */
  boolean leavesTheNounWhole(char syllable) {
    return is(Kind.PERSON, syllable) || is(Kind.RELATION, syllable) || is(Kind.SUFFIX, syllable);
  }

  private static final class BuiltIn {
    static final NounAffixes AFFIXES = load();

    private static NounAffixes load() {
      return BuiltInFile.read(NounAffixes.class, RESOURCE, reader -> read(reader, RESOURCE));
    }
  }
}
