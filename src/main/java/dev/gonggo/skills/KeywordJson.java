package dev.gonggo.skills;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The machine-readable key terms of one posting: {@code file}, and {@code keywords}
 * [{{@code text}, {@code key}, {@code score}, {@code count}, {@code kind} skill|candidate,
 * {@code skill} id or null}].
 */
public final class KeywordJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private KeywordJson() {}

  public static ObjectNode of(String file, List<Keyword> keywords) {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    ArrayNode list = node.putArray("keywords");
    for (Keyword k : keywords) {
      ObjectNode item = list.addObject();
      item.put("text", k.text());
      item.put("key", k.key());
      item.put("score", k.score());
      item.put("count", k.count());
      item.put("kind", k.isSkill() ? "skill" : "candidate");
      if (k.isSkill()) {
        item.put("skill", k.skill());
      } else {
        item.putNull("skill");
      }
    }
    return node;
  }
}
