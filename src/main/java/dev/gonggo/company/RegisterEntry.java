package dev.gonggo.company;

import java.util.List;

/**
 * One company of the register: its legal name and the public facts about it, each from the data
 * set the column names (group from the FTC list, market from the KRX list, head count from the NPS
 * workplace file), and the tier {@link TierRule} gives them.
 *
 * @param name the legal name without its legal form (주식회사, (주)…), as the first data set
 *     that has it writes it
 * @param also other names of the same company in the data sets (the KRX short name, an English
 *     name the NPS file gives in parentheses)
 * @param group the FTC large business group (공시대상기업집단) it belongs to, or null
 * @param market KOSPI, KOSDAQ or KONEX when listed, else null
 * @param headcount National Pension Service members over its workplaces in the extract, or null
 * @param tier the size tier by {@link TierRule}
 * @param reason the step of the rule that gave the tier
 * @param itServices whether its industry is IT services and system integration (a group's IT
 *     affiliate builds and runs systems for the group's own developers)
 * @param sources the data sets the facts come from (ftc-2025, krx-2026-04, nps-2026-06)
 */
public record RegisterEntry(String name, List<String> also, String group, String market,
    Integer headcount, SizeTier tier, TierRule.Reason reason, boolean itServices,
    List<String> sources) {

  public RegisterEntry {
    also = List.copyOf(also);
    sources = List.copyOf(sources);
  }

  public boolean listed() {
    return market != null;
  }
}
