package dev.gonggo.classify;

import java.util.List;
import java.util.Map;

/** The five company-type cases of the notes; their ids are fixed. */
public final class Cases {

  public static final List<String> IDS = List.of(
      "large-platform", "large-service", "midsize-buildout", "midsize-mature", "startup");

  private static final Map<String, String> LABELS = Map.of(
      "large-platform", "대기업: 전사 데이터 플랫폼 (company-wide data platform at a large company)",
      "large-service", "대기업: 서비스 지향 데이터 엔지니어링 (service-oriented data engineering at a large company)",
      "midsize-buildout", "중견기업: 급성장, 데이터 플랫폼 구축 (fast-growing mid-size company building its platform)",
      "midsize-mature", "중견기업: 궤도에 오른 서비스, 플랫폼 성숙 (established mid-size company maturing its platform)",
      "startup", "스타트업: 데이터 엔지니어링과 백엔드 (startup: data engineering plus backend)");

  private Cases() {}

  public static String label(String id) {
    return LABELS.getOrDefault(id, id);
  }
}
