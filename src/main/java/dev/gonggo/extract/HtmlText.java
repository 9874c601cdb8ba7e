package dev.gonggo.extract;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML posting: a whole page saved from a job site, or a fragment of one (the
 * {@code <section class="recruitment-detail">} blocks job-site datasets store, with no
 * {@code <html>} around them). Navigation, scripts, styles, form controls and image carousels are
 * dropped (the page text inside a form is kept);
 * the line structure of {@code <br>}, {@code <p>}, {@code <li>} and headings is kept, list items
 * start with "- ", and a summary box's {@code <dt>/<dd>} pairs become "label: value" lines.
 */
public final class HtmlText {

  /**
   * Elements that never hold posting text. A {@code <form>} is not among them: older career sites
   * wrap the whole page in one, so only its controls are dropped.
   */
  private static final String NOISE = String.join(", ",
      "script", "style", "noscript", "template", "nav", "footer", "aside", "button", "input",
      "select", "textarea", "datalist", "iframe", "svg", "canvas", "[role=navigation]",
      "[aria-hidden=true]",
      // job-site image carousels and their slides
      ".js-slide", ".js-image", ".swiper-wrapper", ".swiper-container", ".carousel", ".slider");

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "ul", "ol", "dl", "table", "tr",
      "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure",
      "figcaption", "details", "summary", "tbody", "thead", "body");

  private HtmlText() {}

  /** The text and title of one HTML document or fragment. */
  public record Result(String text, String title) {}

  /**
   * Deeper nesting than any real page; jsoup flattens what lies below. Without it jsoup's scope
   * checks walk the whole stack of open elements for every tag: minutes for 200,000 nested divs.
   */
  static final int MAX_DEPTH = 512;

  /** An HTML element tag as rows of scraped datasets carry them inside text fields. */
  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
      "</?(?:p|div|br|li|ul|ol|span|strong|b|em|h[1-6]|table|tr|td|th|dl|dt|dd|font|a|img)\\b[^<>]{0,500}>",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  /** The same tags escaped once more (&lt;p&gt;), as a field escaped twice holds them. */
  private static final java.util.regex.Pattern ESCAPED_TAG = java.util.regex.Pattern.compile(
      "&lt;/?(?:p|div|br|li|ul|ol|span|strong|b|h[1-6]|table|tr|td)\\b.{0,200}?&gt;",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  /** Tags a text needs before it is read as markup. */
  private static final int MIN_TAGS = 3;

  /**
   * Whether a text file is made of HTML markup though it does not open with a tag: a row of a
   * scraped dataset written as text, its fields still holding the site's HTML (raw, or escaped
   * again as {@code &lt;p&gt;}). Markup on at least a third of its lines and a few tags; a
   * Markdown posting with a {@code <br>} here and there is not.
   */
  public static boolean isMarkup(String text) {
    int lines = 0;
    int marked = 0;
    int tags = 0;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      lines++;
      int n = count(TAG, line) + count(ESCAPED_TAG, line);
      if (n > 0) {
        marked++;
        tags += n;
      }
    }
    return tags >= MIN_TAGS && marked * 3 >= lines;
  }

  private static int count(java.util.regex.Pattern p, String line) {
    if (line.indexOf('<') < 0 && line.indexOf('&') < 0) {
      return 0;
    }
    java.util.regex.Matcher m = p.matcher(line);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * The text of a text file that holds markup ({@link #isMarkup}): its plain lines (a header of
   * fields, the field names written between the fields) keep their line breaks, the markup is read
   * as a page, and markup escaped twice is read once more.
   */
  public static Result extractFromText(String text) {
    StringBuilder html = new StringBuilder(text.length() + 256);
    boolean inTag = false;
    int lineStart = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n') {
        String line = text.substring(lineStart, Math.min(i, text.length()));
        boolean plain = !inTag && line.indexOf('<') < 0 && line.indexOf('>') < 0;
        // a plain line holds no '<' to escape; its entities (&lt;p&gt; of a field escaped twice)
        // are meant to be read, and are
        html.append(line).append(plain ? "<br>" : "\n");
        lineStart = i + 1;
        continue;
      }
      if (c == '<') {
        inTag = true;
      } else if (c == '>') {
        inTag = false;
      }
    }
    Result result = extract(html.toString());
    if (result.text() != null && isMarkup(result.text())) {
      Result again = extract(result.text().replace("\n", "<br>"));
      return new Result(again.text(), result.title() != null ? result.title() : again.title());
    }
    return result;
  }

  public static Result extract(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    String title = doc.title().isBlank() ? null : doc.title().strip();
    doc.select(NOISE).remove();
    Element root = doc.selectFirst("main, article, [role=main]");
    if (root == null) {
      doc.select("body > header").remove();
      root = doc.body();
    }
    if (title == null) {
      Element h1 = root.selectFirst("h1");
      title = h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }
    StringBuilder out = new StringBuilder(html.length() / 2);
    NodeTraversor.traverse(new LineWriter(out), root);
    return new Result(out.toString(), title);
  }

  /** Writes text nodes, breaking lines where the markup does. */
  private static final class LineWriter implements NodeVisitor {
    private final StringBuilder out;
    private int preDepth;

    LineWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        String s = preDepth > 0 ? text.getWholeText() : collapse(text.getWholeText());
        if (!s.isEmpty()) {
          out.append(s);
        }
      } else if (node instanceof Element el) {
        String tag = el.normalName();
        switch (tag) {
          case "br" -> out.append('\n');
          case "li" -> {
            newLine();
            out.append("- ");
          }
          case "dt" -> newLine();
          // "label: value" after its dt; a dd after another dd is the next item of one value
          case "dd" -> {
            Element before = el.previousElementSibling();
            if (before != null && before.normalName().equals("dt")) {
              out.append(": ");
            } else {
              newLine();
            }
          }
          case "td", "th" -> out.append(' ');
          case "pre" -> {
            newLine();
            preDepth++;
          }
          default -> {
            if (BLOCKS.contains(tag)) {
              newLine();
            }
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element el) {
        String tag = el.normalName();
        if (tag.equals("pre")) {
          preDepth--;
        }
        if (BLOCKS.contains(tag) || tag.equals("li") || tag.equals("dd")) {
          newLine();
        }
      }
    }

    private void newLine() {
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }

    private static String collapse(String s) {
      StringBuilder b = new StringBuilder(s.length());
      boolean space = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          space = true;
        } else {
          if (space && b.length() > 0) {
            b.append(' ');
          } else if (space) {
            b.append(' ');
          }
          space = false;
          b.append(c);
        }
      }
      if (space) {
        b.append(' ');
      }
      return b.toString();
    }
  }
}
