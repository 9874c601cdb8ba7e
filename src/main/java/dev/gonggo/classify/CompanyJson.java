package dev.gonggo.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.company.RegisterEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code company} object of a posting's JSON, with the keys design.md fixes: {@code name}
 * (as the posting writes it, or null), {@code matched} (the register's name for it, or null),
 * {@code size} (large, midsize, small, or null when nothing spoke for it), {@code group} (the
 * large business group), {@code listed} (KOSPI, KOSDAQ, KONEX, or null), {@code headcount} (NPS
 * members, or null), {@code source} (where the size comes from). Additions: {@code found} (where
 * the name stands), {@code lookup} (how it met the register), its offsets, the size's
 * {@code confidence}, and the {@code evidence} of the size, the register's facts and the text's
 * cues both.
 */
final class CompanyJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CompanyJson() {}

  static ObjectNode of(PostingCompany company, CaseVerdict verdict) {
    if (company == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    RegisterEntry e = company.entry();
    node.put("name", company.name());
    node.put("matched", e == null ? null : e.name());
    CaseVerdict.Steps steps = verdict == null ? null : verdict.steps();
    String size = steps != null && steps.sized() ? steps.tier()
        : e != null && e.tier() != null ? e.tier().id() : null;
    node.put("size", size);
    PostingCompany.Affiliation a = company.affiliation();
    String group = e != null ? e.group()
        : a != null && a.entry() != null ? a.entry().group() : null;
    node.put("group", group);
    node.put("listed", e == null ? null : e.market());
    if (e == null || e.headcount() == null) {
      node.putNull("headcount");
    } else {
      node.put("headcount", e.headcount());
    }
    node.put("source", source(company, verdict));
    node.put("found", company.found());
    node.put("lookup", company.lookup() == null ? null : company.lookup().id());
    node.put("start", company.start());
    node.put("end", company.end());
    if (steps != null && steps.sized()) {
      node.put("confidence", PostingJson.round(steps.tierConfidence()));
    }
    if (verdict != null) {
      ArrayNode evidence = node.putArray("evidence");
      for (CaseVerdict.Evidence ev : verdict.evidence()) {
        if (ev.step().equals("register") || ev.step().equals("size")) {
          evidence.addObject().put("text", ev.text()).put("start", ev.start()).put("end", ev.end())
              .put("size", ev.label()).put("from", ev.step().equals("register") ? "register" : "text");
        }
      }
    }
    return node;
  }

  /**
   * Where the size comes from: the register's data sets and the step of the tier rule, and "text"
   * when the posting's own words weighed too; null when nothing spoke for the size.
   */
  private static String source(PostingCompany company, CaseVerdict verdict) {
    List<String> parts = new ArrayList<>();
    RegisterEntry e = company.entry();
    if (e != null && e.tier() != null) {
      parts.add(String.join(", ", e.sources()) + " (" + e.reason().id() + ")");
    } else if (company.affiliation() != null && company.affiliation().entry() != null) {
      RegisterEntry a = company.affiliation().entry();
      parts.add(String.join(", ", a.sources()) + " (affiliate of " + a.name() + ")");
    }
    if (verdict != null && verdict.evidence().stream().anyMatch(ev -> ev.step().equals("size"))) {
      parts.add("text");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  static ObjectNode steps(CaseVerdict.Steps steps) {
    ObjectNode node = JSON.createObjectNode();
    ObjectNode size = node.putObject("size");
    size.put("tier", steps.tier());
    size.put("confidence", PostingJson.round(steps.tierConfidence()));
    ObjectNode tiers = size.putObject("scores");
    steps.tiers().forEach((t, p) -> tiers.put(t, PostingJson.round(p)));
    size.put("sized", steps.sized());
    if (steps.leaning() != null) {
      ObjectNode orientation = node.putObject("orientation");
      orientation.put("leaning", steps.leaning());
      orientation.put("confidence", PostingJson.round(steps.leaningConfidence()));
      ObjectNode leanings = orientation.putObject("scores");
      steps.leanings().forEach((l, p) -> leanings.put(l, PostingJson.round(p)));
    }
    return node;
  }
}
