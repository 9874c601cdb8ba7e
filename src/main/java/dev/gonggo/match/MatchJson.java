package dev.gonggo.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable form of a match: {@code profile} {file, form, years, yearsBasis,
 * yearsEvidence, careerHistoryYears, skills [{id, name, level, count, evidence, basicBecause}],
 * problems}, {@code considered}, {@code postings} [{rank, score, skills, used, usedSkills, strengths, yearsFit, file,
 * id, title, company, case, minYears, maxYears, required, stack, preferred (each {coverage,
 * matched, partial [{id, credit, via|level}], missing ("gcp|azure" for an ask of options), asks
 * [[ids]]}), unscored}], {@code learnNext} [{skill, opens,
 * requiredIn, preferredIn, opensCases, requiredCases}].
 */
public final class MatchJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MatchJson() {}

  public static ObjectNode of(MatchResult r) {
    ObjectNode node = JSON.createObjectNode();
    node.set("profile", profile(r.profile()));
    node.put("considered", r.considered());
    ArrayNode postings = node.putArray("postings");
    int rank = 0;
    for (PostingFit f : r.best()) {
      ObjectNode p = postings.addObject();
      p.put("rank", ++rank);
      p.put("score", round(f.score()));
      p.put("skills", round(f.skills()));
      p.put("used", round(f.used()));
      ArrayNode usedSkills = p.putArray("usedSkills");
      f.usedSkills().forEach(usedSkills::add);
      p.put("strengths", round(f.strengths()));
      p.put("yearsFit", round(f.years().fit()));
      p.put("file", f.posting().path());
      p.put("id", f.posting().id());
      p.put("title", f.posting().title());
      p.put("company", f.posting().company());
      p.put("case", f.posting().caseId());
      putNumber(p, "minYears", f.posting().minYears());
      putNumber(p, "maxYears", f.posting().maxYears());
      p.set("required", section(f.required()));
      p.set("stack", section(f.stack()));
      p.set("preferred", section(f.preferred()));
      ArrayNode unscored = p.putArray("unscored");
      f.unscored().forEach(unscored::add);
    }
    ArrayNode learn = node.putArray("learnNext");
    for (LearnNext.Item i : r.learnNext()) {
      ObjectNode item = learn.addObject();
      item.put("skill", i.skill());
      item.put("opens", i.opens());
      item.put("requiredIn", i.requiredIn());
      item.put("preferredIn", i.preferredIn());
      counts(item.putObject("opensCases"), i.opensCases());
      counts(item.putObject("requiredCases"), i.requiredCases());
    }
    return node;
  }

  static ObjectNode profile(Profile profile) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", profile.file().toString());
    node.put("form", profile.form() == Profile.Form.RESUME ? "resume" : "skills-file");
    ProfileYears y = profile.years();
    if (y.years() == null) {
      node.putNull("years");
    } else {
      node.put("years", round(y.years()));
    }
    node.put("yearsBasis", y.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    strings(node.putArray("yearsEvidence"), y.evidence());
    if (y.history() != null) {
      node.put("careerHistoryYears", round(y.history()));
    }
    ArrayNode skills = node.putArray("skills");
    for (ProfileSkill s : profile.skills()) {
      ObjectNode skill = skills.addObject();
      skill.put("id", s.id());
      skill.put("name", s.skill().name());
      skill.put("level", s.level().id());
      skill.put("count", s.count());
      strings(skill.putArray("evidence"), s.evidence());
      if (s.basicBecause() != null) {
        skill.put("basicBecause", s.basicBecause());
      }
    }
    strings(node.putArray("problems"), profile.problems());
    return node;
  }

  private static ObjectNode section(SectionFit s) {
    ObjectNode node = JSON.createObjectNode();
    if (s.isEmpty()) {
      node.putNull("coverage");
    } else {
      node.put("coverage", round(s.coverage()));
    }
    ArrayNode matched = node.putArray("matched");
    s.matched().forEach(a -> matched.add(a.best().skill()));
    ArrayNode partial = node.putArray("partial");
    for (Ask a : s.partial()) {
      SkillCredit c = a.best();
      ObjectNode p = partial.addObject();
      p.put("id", c.skill());
      p.put("credit", c.credit());
      if (c.via() != null) {
        p.put("via", c.via());
      } else {
        p.put("level", "basic");
      }
    }
    ArrayNode missing = node.putArray("missing");
    s.missing().forEach(a -> missing.add(String.join("|", a.skills())));
    ArrayNode asks = node.putArray("asks");
    for (Ask a : s.asks()) {
      ArrayNode options = asks.addArray();
      a.skills().forEach(options::add);
    }
    return node;
  }

  private static void counts(ObjectNode node, Map<String, Integer> counts) {
    counts.forEach(node::put);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void putNumber(ObjectNode node, String key, Integer value) {
    if (value == null) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
