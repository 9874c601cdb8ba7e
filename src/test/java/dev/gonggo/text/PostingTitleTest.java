package dev.gonggo.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingTitleTest {

  private static String title(String file, String type, String ownTitle, String text) {
    return PostingTitle.of(new PostingText(Path.of("/postings", file), type, ownTitle, text, List.of()));
  }

  @Test
  void theDocumentsOwnTitleComesFirst() {
    assertEquals("데이터 엔지니어 (3년 이상)", title("a.md", "text/markdown", "데이터 엔지니어 (3년 이상)",
        "# 데이터 엔지니어 (3년 이상)\n\n주요업무\n- 파이프라인 개발\n"));
  }

  @Test
  void aSummaryBoxFieldNamesTheJobOfAFragmentWithoutTitle() {
    String fragment = "요약\n마감일: 2024.03.01\n경력: 3년 이상\n직무: 검색 엔지니어\n고용형태: 정규직\n"
        + "기업 소개\n우리는 작은 팀입니다.\n주요 업무\n- 색인 운영\n";
    assertEquals("검색 엔지니어", title("0001-site-123.html", "text/html", null, fragment));
  }

  @Test
  void theFieldThatNamesThePostingWinsOverTheJobsCategory() {
    String text = "직무: 데이터 엔지니어\n공고명: 물류 데이터 플랫폼 엔지니어\n자격요건\n- SQL\n";
    assertEquals("물류 데이터 플랫폼 엔지니어", title("a.txt", "text/plain", null, text));
  }

  @Test
  void aPropertyTitleTheTextDoesNotBearOutIsLeftFromAnEarlierDocument() {
    String notice = "한빛시 공고 제2024-17호\n한빛시 기간제 근로자 채용 공고\n2024년 3월 4일\n"
        + "1. 채용 분야\n가. 시설 관리\n";
    // The document's properties still name last year's notice of another office.
    assertEquals("한빛시 기간제 근로자 채용 공고", title("n.hwp", "application/x-hwp-v5",
        "달빛구 공고 제2023", notice));
    assertEquals("한빛시 기간제 근로자 채용 공고", title("n.hwp", "application/x-hwp-v5",
        "한빛시 기간제 근로자 채용 공고", notice));
  }

  @Test
  void aPagesGenericTitleGivesWayToTheLineThatNamesAJob() {
    String page = "가람소프트(주)\n상세 모집 요강\n가람소프트 백엔드 엔지니어\n주요업무\n- API 개발\n";
    assertEquals("가람소프트 백엔드 엔지니어", title("p.html", "text/html", "채용 공고", page));
  }

  @Test
  void datesPageNumbersListItemsAndNoticeNumbersAreNotTitles() {
    String text = "- 1 -\n2024년 3월 4일\n달빛구 공고 제2024-3호\n- 안내 사항\n달빛구 청년 인턴 모집\n";
    assertEquals("달빛구 청년 인턴 모집", title("x.pdf", "application/pdf", null, text));
  }

  @Test
  void withoutATitleLineTheOpeningProseNamesTheJob() {
    String english = "## Responsibilities\n\nAs a Platform Engineer you will keep our build farm and"
        + " its caches healthy.\n\n## Requirements\n\n- Linux\n";
    assertEquals("Platform Engineer", title("r.md", "text/markdown", "Responsibilities", english));
    String korean = "## 회사 소개\n\n별빛랩에서 물류 데이터 엔지니어를 모십니다.\n\n## 자격요건\n\n- SQL\n";
    assertEquals("물류 데이터 엔지니어", title("k.md", "text/markdown", "회사 소개", korean));
  }

  @Test
  void aSectionHeadingIsNoTitleAndTheFileNameIsTheLastResort() {
    String text = "## Responsibilities:\n\nBuild and run pipelines that move data between services.\n";
    assertEquals("0042-acme-data-engineer.md",
        title("0042-acme-data-engineer.md", "text/markdown", "Responsibilities:", text));
  }
}
