package dev.gonggo.eval;

import dev.gonggo.classify.PostingCompany;
import dev.gonggo.company.CompanyNames;
import dev.gonggo.company.CompanyRegister;
import dev.gonggo.company.RegisterEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the company found in each posting against the company a gold file names: how often a
 * name was found, how often it is the gold company (the same register entry, or the same name once
 * normalised), and how often the register knew it.
 */
public final class CompanyScore {

  private final CompanyRegister register;
  private int gold;
  private int named;
  private int agree;
  private int matched;
  private final List<String> misses = new ArrayList<>();

  public CompanyScore(CompanyRegister register) {
    this.register = register;
  }

  public void add(String file, String goldCompany, PostingCompany found) {
    if (goldCompany == null) {
      return;
    }
    gold++;
    if (found == null || !found.named()) {
      misses.add(file + "\tcompany\t" + goldCompany + ", gonggo found none");
      return;
    }
    named++;
    if (found.matched()) {
      matched++;
    }
    if (same(goldCompany, found)) {
      agree++;
    } else {
      misses.add(file + "\tcompany\t" + goldCompany + ", gonggo says " + found.name());
    }
  }

  private boolean same(String goldCompany, PostingCompany found) {
    String g = CompanyNames.normalize(goldCompany);
    if (g.equals(CompanyNames.normalize(found.name()))) {
      return true;
    }
    RegisterEntry e = register.lookup(goldCompany).map(CompanyRegister.Match::entry).orElse(null);
    return e != null && found.entry() != null && e.name().equals(found.entry().name());
  }

  public int postings() {
    return gold;
  }

  public double agreement() {
    return gold == 0 ? 0 : (double) agree / gold;
  }

  public List<String> misses() {
    return misses;
  }

  public void print(PrintWriter out) {
    if (gold == 0) {
      return;
    }
    out.printf(Locale.ROOT, "company             %d with a gold company: named %d (%.3f), the gold "
        + "company %d (%.3f), in the register %d (%.3f)%n", gold, named, (double) named / gold,
        agree, agreement(), matched, (double) matched / gold);
  }
}
