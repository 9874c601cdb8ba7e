package dev.gonggo.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.SkillMatch;
import dev.gonggo.skills.SkillSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable form of an analysed posting, as design.md fixes it: {@code file},
 * {@code case} {id, label, confidence, scores, evidence}, {@code skills} [{id, name, categories,
 * kind, section, count}], {@code categories} [{id, skills}], {@code minYears}, {@code company}
 * {name, matched, size, group, listed, headcount, source}. Keys beyond those are additions
 * (evidence offsets and steps, the case's two steps, maxYears, title, category counts).
 */
public final class PostingJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PostingJson() {}

  public static ObjectNode of(Posting posting) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", posting.text().file().toString());
    if (posting.text().title() != null) {
      node.put("title", posting.text().title());
    }
    node.set("case", verdict(posting));
    node.set("company", CompanyJson.of(posting.company(), posting.verdict()));
    skills(node.putArray("skills"), posting.skills());
    if (!posting.practices().isEmpty()) {
      skills(node.putArray("practices"), posting.practices());
    }
    ArrayNode categories = node.putArray("categories");
    for (CategoryUse c : categories(posting.skills())) {
      ObjectNode category = categories.addObject();
      category.put("id", c.id);
      ArrayNode ids = category.putArray("skills");
      c.skills.forEach(ids::add);
      category.put("required", c.required);
      category.put("preferred", c.preferred);
    }
    if (posting.experience().minYears() == null) {
      node.putNull("minYears");
    } else {
      node.put("minYears", posting.experience().minYears());
    }
    if (posting.experience().maxYears() != null) {
      node.put("maxYears", posting.experience().maxYears());
    }
    return node;
  }

  private static void skills(ArrayNode skills, List<PostingSkill> found) {
    for (PostingSkill s : found) {
      ObjectNode skill = skills.addObject();
      skill.put("id", s.id());
      skill.put("name", s.skill().name());
      ArrayNode categories = skill.putArray("categories");
      s.skill().categories().forEach(categories::add);
      skill.put("kind", s.skill().kind().id());
      skill.put("section", s.section().id());
      skill.put("count", s.count());
      ArrayNode evidence = skill.putArray("evidence");
      for (SkillMatch m : s.evidence()) {
        evidence.addObject().put("start", m.start()).put("end", m.end()).put("section", m.section().id());
      }
    }
  }

  public static ObjectNode error(String file, String error) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    node.put("error", error);
    return node;
  }

  private static ObjectNode verdict(Posting posting) {
    CaseVerdict v = posting.verdict();
    if (v == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("id", v.caseId());
    node.put("label", Cases.label(v.caseId()));
    node.put("confidence", round(v.confidence()));
    node.put("weak", v.weak());
    ObjectNode scores = node.putObject("scores");
    v.scores().forEach((id, p) -> scores.put(id, round(p)));
    ArrayNode evidence = node.putArray("evidence");
    for (CaseVerdict.Evidence e : v.evidence()) {
      evidence.addObject().put("text", e.text()).put("start", e.start()).put("end", e.end())
          .put("case", e.caseId()).put("step", e.step()).put("label", e.label());
    }
    if (v.steps() != null) {
      node.set("steps", CompanyJson.steps(v.steps()));
    }
    return node;
  }

  /** A category a posting touches: its skills, and how many are required or preferred. */
  public record CategoryUse(String id, List<String> skills, int required, int preferred) {}

  public static List<CategoryUse> categories(List<PostingSkill> skills) {
    Map<String, CategoryUseBuilder> byId = new LinkedHashMap<>();
    for (PostingSkill s : skills) {
      for (String c : s.skill().categories()) {
        CategoryUseBuilder b = byId.computeIfAbsent(c, CategoryUseBuilder::new);
        b.skills.add(s.id());
        if (s.section() == SkillSection.REQUIRED) {
          b.required++;
        } else if (s.section() == SkillSection.PREFERRED) {
          b.preferred++;
        }
      }
    }
    return byId.values().stream()
        .map(b -> new CategoryUse(b.id, List.copyOf(b.skills), b.required, b.preferred)).toList();
  }

  private static final class CategoryUseBuilder {
    final String id;
    final List<String> skills = new java.util.ArrayList<>();
    int required;
    int preferred;

    CategoryUseBuilder(String id) {
      this.id = id;
    }
  }

  static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
