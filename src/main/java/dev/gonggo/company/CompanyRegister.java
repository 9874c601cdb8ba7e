package dev.gonggo.company;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The companies of the register (register.tsv) and the names people gave them (aliases.tsv),
 * looked up by name: a hash lookup per name, the files read once per run. A name is tried as
 * written (exact), then normalised ({@link CompanyNames#normalize}: no legal form, case, spaces),
 * then as the alias file has it, then with its acronyms spelled out ({@link CompanyNames#spelled}:
 * LG전자 is 엘지전자), then as a large business group ("삼성", "kt"), then as a foreign company's
 * Korean subsidiary (센드버드 is 센드버드코리아). A name the alias file lists means what the file
 * says, even where a register company has that name.
 */
public final class CompanyRegister {

  /** How a name met its company. */
  public enum Lookup {
    EXACT, NORMALISED, ALIAS, SPELLED, GROUP, SUBSIDIARY,
    /** The name begins with a large company's (see {@link #largePrefix}). */
    PREFIX;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A name's company and how it was found. */
  public record Match(RegisterEntry entry, Lookup lookup) {}

  /**
   * A key of the alias file: its company; whether the file gives it another company or more facts
   * than the register (alias), or only lists a register name to be looked for; and the alias's own
   * pattern where it has one (the safe forms of a brand that is also a word: 토스 but not 토스트).
   */
  private record Keyed(RegisterEntry entry, boolean alias, Pattern guard) {}

  /** Prefixes of fewer characters are too often the start of unrelated names (중앙, 대신, 영원). */
  private static final int PREFIX_FROM_REGISTER = 3;

  /** The register's companies by normalised name (and spelled name, for names with Latin). */
  private final Map<String, RegisterEntry> keys;
  private final Map<String, Keyed> aliasKeys = new HashMap<>();
  private final Map<String, RegisterEntry> groups = new HashMap<>();
  /** The names of each large group's companies, by the group's name as the register writes it. */
  private final Map<String, List<String>> members = new HashMap<>();
  private final List<CompanyAlias> aliases;

  CompanyRegister(List<RegisterFile.Row> rows, List<CompanyAlias> aliases) {
    this.aliases = List.copyOf(aliases);
    this.keys = new HashMap<>(rows.size() * 2);
    Map<String, String> groupKeys = new HashMap<>();
    for (RegisterFile.Row row : rows) {
      RegisterEntry e = row.entry();
      for (String key : row.keys()) {
        keys.putIfAbsent(key, e);
      }
      if (e.group() != null) {
        members.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(e.name());
        String groupKey = groupKeys.computeIfAbsent(e.group(), CompanyNames::normalize);
        groups.computeIfAbsent(groupKey, g -> new RegisterEntry(e.group(),
            List.of(), e.group(), null, null, SizeTier.LARGE, TierRule.Reason.GROUP, false,
            List.of(RegisterBuilder.FTC_ID)));
      }
    }
    members.replaceAll((group, names) -> List.copyOf(names)); // read-only, shared by every caller
    // Spelled keys after every plain one, so that a plain name is never shadowed by a spelling.
    for (RegisterFile.Row row : rows) {
      for (String key : row.spelledKeys()) {
        keys.putIfAbsent(key, row.entry());
      }
    }
    Map<String, RegisterEntry> resolved = new HashMap<>();
    for (CompanyAlias a : aliases) {
      RegisterEntry e = resolve(a, resolved);
      String key = CompanyNames.normalize(a.alias());
      Pattern guard = a.scanPattern() == null ? null : Pattern.compile(a.scanPattern());
      Keyed keyed = new Keyed(e, keys.get(key) != e, guard);
      aliasKeys.put(key, keyed);
      aliasKeys.putIfAbsent(CompanyNames.spelled(a.alias()), keyed);
    }
  }

  /** The register of the built-in files, read on first use. */
  public static CompanyRegister builtIn() {
    return BuiltIn.REGISTER;
  }

  private static final class BuiltIn {
    static final CompanyRegister REGISTER =
        new CompanyRegister(RegisterFile.builtIn(), CompanyAlias.builtIn());
  }

  /**
   * The names of the companies of a large business group (as the register writes the group), for
   * a posting of one of them to know its sister companies' names; empty for any other name.
   */
  public List<String> groupMembers(String group) {
    return group == null ? List.of() : members.getOrDefault(group, List.of());
  }

  /** The alias file's lines, for finders that look for brand names in a text. */
  public List<CompanyAlias> aliases() {
    return aliases;
  }

  /** The company a written name stands for, if the register or the alias file knows it. */
  public Optional<Match> lookup(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String key = CompanyNames.normalize(written);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Keyed a = aliasKeys.get(key);
    if (a != null && a.alias) {
      return Optional.of(new Match(a.entry, Lookup.ALIAS));
    }
    RegisterEntry e = keys.get(key);
    if (e != null) {
      String asWritten = written.strip();
      boolean exact = asWritten.equals(e.name()) || e.also().contains(asWritten);
      return Optional.of(new Match(e, exact ? Lookup.EXACT : Lookup.NORMALISED));
    }
    String spelled = CompanyNames.spelled(written);
    a = aliasKeys.get(spelled);
    if (a != null) {
      return Optional.of(new Match(a.entry, a.alias ? Lookup.ALIAS : Lookup.SPELLED));
    }
    e = keys.get(spelled);
    if (e != null) {
      return Optional.of(new Match(e, Lookup.SPELLED));
    }
    RegisterEntry group = groups.get(key);
    if (group == null) {
      group = groups.get(spelled);
    }
    if (group != null) {
      return Optional.of(new Match(group, Lookup.GROUP));
    }
    for (String subsidiary : List.of(key + "코리아", key + "korea", "한국" + key)) {
      e = keys.get(subsidiary);
      if (e != null) {
        return Optional.of(new Match(e, Lookup.SUBSIDIARY));
      }
    }
    return Optional.empty();
  }

  /**
   * The large company whose name the written name begins with, for a name the register lacks:
   * a company named for a large group's brand is that group's (롯데헬스케어 is 롯데's, 토스코어
   * is 토스's, SK커뮤니케이션즈 is SK's). The longest such beginning is taken, if it is a name of
   * the alias file (in the safe form the file gives it), a Latin acronym of a group (SK, LG, KT),
   * or a register name or group of three characters or more; a beginning that cuts a Latin word
   * (KT in KTB) does not count.
   */
  public Optional<Match> largePrefix(String written) {
    String key = CompanyNames.normalize(written);
    for (int end = key.length() - 1; end >= 2; end--) {
      if (isLatin(key.charAt(end - 1)) && isLatin(key.charAt(end))) {
        continue;
      }
      String prefix = key.substring(0, end);
      Keyed a = aliasKeys.get(prefix);
      RegisterEntry e;
      if (a != null) {
        e = a.guard == null || a.guard.matcher(written.strip()).lookingAt() ? a.entry : null;
      } else if (prefix.length() >= PREFIX_FROM_REGISTER && keys.containsKey(prefix)) {
        e = keys.get(prefix);
      } else if (isLatin(prefix.charAt(prefix.length() - 1))) {
        e = groups.get(CompanyNames.spelled(prefix));
      } else {
        e = prefix.length() >= PREFIX_FROM_REGISTER ? groups.get(prefix) : null;
      }
      if (e != null && e.tier() == SizeTier.LARGE) {
        return Optional.of(new Match(e, Lookup.PREFIX));
      }
    }
    return Optional.empty();
  }

  private static boolean isLatin(char c) {
    return c < 128 && Character.isLetter(c);
  }

  /** The large business group of that name, if the FTC list has it. */
  public Optional<RegisterEntry> group(String written) {
    RegisterEntry g = groups.get(CompanyNames.normalize(written));
    return Optional.ofNullable(g != null ? g : groups.get(CompanyNames.spelled(written)));
  }

  /**
   * The company an alias line means, with what the line adds: its parent's tier when larger (and
   * the parent as group), its own size where the registers have none.
   */
  private RegisterEntry resolve(CompanyAlias a, Map<String, RegisterEntry> resolved) {
    RegisterEntry done = resolved.get(a.name() + "\t" + a.parent() + "\t" + a.size());
    if (done != null) {
      return done;
    }
    RegisterEntry target = find(a.name());
    if (target == null) {
      target = new RegisterEntry(a.name(), List.of(), null, null, null, null,
          TierRule.Reason.NONE, false, List.of());
    }
    List<String> sources = new ArrayList<>(target.sources());
    RegisterEntry e = target;
    if (a.size() != null && target.reason() != TierRule.Reason.GROUP
        && target.reason() != TierRule.Reason.HEADCOUNT) {
      sources.add("aliases");
      e = new RegisterEntry(target.name(), target.also(), target.group(), target.market(),
          target.headcount(), a.size(), TierRule.Reason.NOTED, target.itServices(), sources);
    }
    if (a.parent() != null) {
      RegisterEntry parent = find(a.parent());
      if (parent != null && parent.tier() != null
          && (e.tier() == null || parent.tier().ordinal() < e.tier().ordinal())) {
        sources.add("aliases");
        e = new RegisterEntry(e.name(), e.also(),
            parent.group() != null ? parent.group() : parent.name(), e.market(), e.headcount(),
            parent.tier(), TierRule.Reason.PARENT, e.itServices(), sources);
      }
    }
    resolved.put(a.name() + "\t" + a.parent() + "\t" + a.size(), e);
    return e;
  }

  /** A register company or group by name, without aliases. */
  private RegisterEntry find(String name) {
    RegisterEntry e = keys.get(CompanyNames.normalize(name));
    if (e == null) {
      e = keys.get(CompanyNames.spelled(name));
    }
    return e != null ? e : groups.get(CompanyNames.normalize(name));
  }

}
