package dev.gonggo.classify;

import dev.gonggo.analysis.AnalyzedText;
import dev.gonggo.analysis.PostingAnalyzer;
import dev.gonggo.company.CompanyRegister;
import dev.gonggo.extract.Extraction;
import dev.gonggo.skills.BackgroundFrequencies;
import dev.gonggo.skills.DocumentFrequencies;
import dev.gonggo.skills.Experience;
import dev.gonggo.skills.KeyTerms;
import dev.gonggo.skills.Keyword;
import dev.gonggo.skills.KeywordStopWords;
import dev.gonggo.skills.PostingSkill;
import dev.gonggo.skills.SkillMatcher;
import dev.gonggo.skills.Taxonomy;
import dev.gonggo.skills.YearsReader;
import dev.gonggo.text.AnalysisDeadline;
import dev.gonggo.text.Lines;
import dev.gonggo.text.PostingText;
import dev.gonggo.text.SectionSplitter;
import dev.gonggo.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one pass every posting goes through after extraction: normalise, split into sections,
 * analyse once, then skills, years, key terms and case from that one analysis. Thread-safe; build one and
 * share it, as it holds the Nori dictionary and the taxonomy.
 */
public final class PostingPipeline {

  /** Key terms kept per posting; commands show fewer. */
  public static final int KEYWORDS_KEPT = 30;

  private final PostingAnalyzer analyzer;
  private final SectionSplitter splitter = new SectionSplitter();
  private final SkillMatcher matcher;
  private final YearsReader years = new YearsReader();
  private final CueFinder cues = CueFinder.builtIn();
  private final CaseClassifier classifier;
  private final KeyTerms keyTerms;

  /**
   * @param frequencies what key terms are judged rare against: an index's document frequencies,
   *     or the background built from the samples
   */
  public PostingPipeline(Taxonomy taxonomy, CaseClassifier classifier, DocumentFrequencies frequencies) {
    this.analyzer = new PostingAnalyzer();
    this.matcher = new SkillMatcher(taxonomy, analyzer);
    this.classifier = classifier;
    this.keyTerms = new KeyTerms(KeywordStopWords.builtIn(), frequencies);
  }

  public PostingPipeline(Taxonomy taxonomy, CaseClassifier classifier) {
    this(taxonomy, classifier, BackgroundFrequencies.builtIn());
  }

  public PostingPipeline(Taxonomy taxonomy) {
    this(taxonomy, ZeroLabelModel.builtIn());
  }

  public PostingPipeline() {
    this(Taxonomy.builtIn());
  }

  public PostingAnalyzer analyzer() {
    return analyzer;
  }

  public SkillMatcher matcher() {
    return matcher;
  }

  public Taxonomy taxonomy() {
    return matcher.taxonomy();
  }

  /**
   * Analyses an extracted posting within a time limit.
   *
   * @throws AnalysisDeadline.Exceeded past the limit, with the reason in plain words
   */
  public Posting analyze(Extraction extraction, java.time.Duration limit) {
    return AnalysisDeadline.within(limit, () -> analyze(extraction));
  }

  /** Analyses an extracted posting; the extraction must have succeeded. */
  public Posting analyze(Extraction extraction) {
    String text = TextNormalizer.normalize(extraction.text());
    Lines lines = splitter.lines(text);
    PostingText posting = new PostingText(extraction.file(), extraction.contentType(),
        extraction.title(), text, splitter.split(text, lines), lines);
    return analyze(posting);
  }

  public Posting analyze(PostingText posting) {
    AnalysisDeadline.check();
    AnalyzedText analyzed = analyzer.analyze(posting.text());
    AnalysisDeadline.check();
    List<PostingSkill> found = matcher.skills(posting, analyzed);
    List<PostingSkill> skills = found.stream().filter(s -> !s.skill().practice()).toList();
    List<PostingSkill> practices = found.stream().filter(s -> s.skill().practice()).toList();
    AnalysisDeadline.check();
    Experience experience = years.read(posting);
    AnalysisDeadline.check();
    PostingCompany company = cues.company(posting);
    AnalysisDeadline.check();
    // practices name things too (MLOps, A/B 테스트): a key term over one is that practice
    List<Keyword> keywords = keyTerms.of(posting, analyzed, found, KEYWORDS_KEPT,
        companyNames(posting, company), sisterCompanies(company));
    AnalysisDeadline.check();
    CaseVerdict verdict = classifier.classify(cues.find(posting, skills, company));
    return new Posting(posting, analyzed, skills, practices, keywords, experience, verdict,
        company);
  }

  /**
   * The names the company was found by, for key terms to leave out: as the posting writes it,
   * as the register has it (with its other names), and its group's.
   */
  private static List<String> companyNames(PostingText posting, PostingCompany company) {
    List<String> names = new ArrayList<>();
    if (company.name() != null) {
      names.add(company.name());
      if (company.start() >= 0 && company.start() <= company.end()
          && company.end() <= posting.text().length()) {
        names.add(posting.text().substring(company.start(), company.end()));
      }
    }
    if (company.entry() != null) {
      names.add(company.entry().name());
      names.addAll(company.entry().also());
      if (company.entry().group() != null) {
        names.add(company.entry().group());
      }
    }
    if (company.affiliation() != null && company.affiliation().name() != null) {
      names.add(company.affiliation().name());
    }
    return names;
  }

  /** The companies of the posting's large business group, whose names are no key terms either. */
  private static List<String> sisterCompanies(PostingCompany company) {
    return company.entry() == null ? List.of()
        : CompanyRegister.builtIn().groupMembers(company.entry().group());
  }

  /** The cues a case model reads, for training and cross-validation on analysed postings. */
  public CaseFeatures caseFeatures(PostingText posting, List<PostingSkill> skills) {
    return cues.find(posting, skills);
  }
}
