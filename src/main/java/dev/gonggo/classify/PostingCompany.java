package dev.gonggo.classify;

import dev.gonggo.company.CompanyRegister;
import dev.gonggo.company.RegisterEntry;

/**
 * The company a posting is from, as far as it can be told: the name the posting gives, where it
 * gives it, and what the register knows of it.
 *
 * @param name the name as the posting writes it
 * @param start offset of the name in the text, or -1 when it comes from a title the text lacks
 * @param end end offset, or -1
 * @param found where it was found: header-field, title, legal-form, subject, english, affiliate,
 *     or mentions (a brand of the alias file named throughout the text)
 * @param entry what the register knows of it, or null when it knows nothing
 * @param lookup how the name met the register entry, or null
 * @param affiliation a company or group the posting says it belongs to ("카카오 그룹사",
 *     "휴맥스의 자회사"), or null
 */
public record PostingCompany(String name, int start, int end, String found, RegisterEntry entry,
    CompanyRegister.Lookup lookup, Affiliation affiliation) {

  /**
   * A company or group the posting says it belongs to, where it says so, and what the register
   * knows of it (null: a group not among the FTC's large ones, or a company it lacks).
   */
  public record Affiliation(String name, int start, int end, RegisterEntry entry) {}

  /** No name found, only (perhaps) an affiliation. */
  static PostingCompany unnamed(Affiliation affiliation) {
    return new PostingCompany(null, -1, -1, null, null, null, affiliation);
  }

  public boolean named() {
    return name != null;
  }

  public boolean matched() {
    return entry != null;
  }
}
