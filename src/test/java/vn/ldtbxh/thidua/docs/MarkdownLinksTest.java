package vn.ldtbxh.thidua.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and of the Markdown files under docs/ resolves: the file exists
 * (relative to the linking file's directory) and a {@code #anchor} into a Markdown file names one
 * of its headings, by GitHub's slug. Links to http(s), mailto and other schemes, and links inside
 * code spans and fenced code blocks, are not checked. Headings are ATX headings ({@code ## Title});
 * explicit {@code <a id/name>} anchors count too.
 */
class MarkdownLinksTest {

  static final Path ROOT = Path.of("").toAbsolutePath();

  static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})(.*)$");
  static final Pattern HEADING =
      Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
  static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
  static final Pattern INLINE_LINK =
      Pattern.compile(
          "!?\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\(\\s*(<[^>]*>|[^\\s()]*(?:\\([^\\s()]*\\)[^\\s()]*)*)(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
  static final Pattern REFERENCE_DEFINITION =
      Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*(<[^>]*>|\\S+)");
  static final Pattern HTML_LINK =
      Pattern.compile(
          "<(?:a|img)\\b[^>]*?\\b(?:href|src)\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  static final Pattern HTML_ANCHOR =
      Pattern.compile("<a\\b[^>]*?\\b(?:id|name)\\s*=\\s*\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /**
   * What GitHub's slugs drop: everything but letters, marks, digits, connector punctuation ('_'),
   * '-' and space.
   */
  static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");

  /** A link as written, with the line it is on. */
  record Link(int line, String target) {}

  @Test
  void everyRelativeLinkOfTheReadmeAndTheDocsResolves() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(1);

    List<String> broken = new ArrayList<>();
    for (Path file : files) {
      for (Link link : links(Files.readString(file))) {
        String problem = problem(file, link.target());
        if (problem != null) {
          broken.add(
              ROOT.relativize(file)
                  + ":"
                  + link.line()
                  + ": "
                  + link.target()
                  + " ("
                  + problem
                  + ")");
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
  }

  /** Null when the link resolves, else why not. */
  static String problem(Path file, String target) {
    if (target.isEmpty() || SCHEME.matcher(target).find()) {
      return null;
    }
    int hash = target.indexOf('#');
    String pathPart = hash < 0 ? target : target.substring(0, hash);
    String anchor = hash < 0 ? "" : decode(target.substring(hash + 1));
    int query = pathPart.indexOf('?');
    if (query >= 0) {
      pathPart = pathPart.substring(0, query);
    }
    Path resolved;
    if (pathPart.isEmpty()) {
      resolved = file;
    } else if (pathPart.startsWith("/")) {
      resolved = ROOT.resolve(decode(pathPart.substring(1))).normalize();
    } else {
      resolved = file.getParent().resolve(decode(pathPart)).normalize();
    }
    if (!Files.exists(resolved)) {
      return "no file " + ROOT.relativize(resolved);
    }
    if (anchor.isEmpty()
        || !Files.isRegularFile(resolved)
        || !resolved.toString().endsWith(".md")) {
      return null;
    }
    Set<String> anchors;
    try {
      anchors = anchors(Files.readString(resolved));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return anchors.contains(anchor)
        ? null
        : "no heading with the slug '" + anchor + "' in " + ROOT.relativize(resolved);
  }

  static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The links of a Markdown text outside code spans and fenced code blocks. */
  static List<Link> links(String markdown) {
    List<Link> links = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    Fences fences = new Fences();
    for (int i = 0; i < lines.length; i++) {
      if (fences.inCode(lines[i])) {
        continue;
      }
      String line = CODE_SPAN.matcher(lines[i]).replaceAll("code");
      Matcher inline = INLINE_LINK.matcher(line);
      while (inline.find()) {
        links.add(new Link(i + 1, unbracket(inline.group(2))));
      }
      Matcher definition = REFERENCE_DEFINITION.matcher(line);
      if (definition.find()) {
        links.add(new Link(i + 1, unbracket(definition.group(1))));
      }
      Matcher html = HTML_LINK.matcher(line);
      while (html.find()) {
        links.add(new Link(i + 1, html.group(1)));
      }
    }
    return links;
  }

  private static String unbracket(String target) {
    return target.startsWith("<") && target.endsWith(">")
        ? target.substring(1, target.length() - 1)
        : target;
  }

  /**
   * The anchors of a Markdown text: its headings' GitHub slugs (repeated ones with -1, -2…) and its
   * HTML anchors.
   */
  static Set<String> anchors(String markdown) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> occurrences = new HashMap<>();
    Fences fences = new Fences();
    for (String line : markdown.split("\n", -1)) {
      if (fences.inCode(line)) {
        continue;
      }
      Matcher heading = HEADING.matcher(line.stripTrailing());
      if (heading.matches()) {
        String slug = slug(heading.group(2) == null ? "" : heading.group(2));
        String unique = slug;
        while (occurrences.containsKey(unique)) {
          int count = occurrences.merge(slug, 1, Integer::sum);
          unique = slug + "-" + count;
        }
        occurrences.put(unique, 0);
        anchors.add(unique);
      }
      Matcher html = HTML_ANCHOR.matcher(CODE_SPAN.matcher(line).replaceAll(""));
      while (html.find()) {
        anchors.add(html.group(1));
      }
    }
    return anchors;
  }

  /**
   * GitHub's slug of a heading (as github-slugger computes it from the heading's text): lower case,
   * everything but Unicode letters, marks, digits, '_', '-' and spaces removed, then each space
   * replaced by '-'.
   */
  static String slug(String heading) {
    String text = CODE_SPAN.matcher(heading).replaceAll("$2");
    text = text.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1"); // links and images: their text
    text = text.replaceAll("<[^>]+>", ""); // inline HTML
    text = text.strip().toLowerCase(Locale.ROOT);
    return NOT_IN_SLUG.matcher(text).replaceAll("").replace(' ', '-');
  }

  /**
   * Tracks fenced code blocks line by line: an opening fence, its lines and its closing fence are
   * code.
   */
  static final class Fences {
    private String open;

    boolean inCode(String line) {
      Matcher fence = FENCE.matcher(line);
      if (open == null) {
        if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).contains("`"))) {
          open = fence.group(1);
          return true;
        }
        return false;
      }
      if (fence.matches()
          && fence.group(1).charAt(0) == open.charAt(0)
          && fence.group(1).length() >= open.length()
          && fence.group(2).isBlank()) {
        open = null;
      }
      return true;
    }
  }

  @Test
  void slugsAreGitHubs() {
    assertThat(slug("Form variables")).isEqualTo("form-variables");
    assertThat(slug("Engine-internal classes the code uses"))
        .isEqualTo("engine-internal-classes-the-code-uses");
    assertThat(slug("`emulation-round` — Đợt thi đua")).isEqualTo("emulation-round--đợt-thi-đua");
    assertThat(slug("Decision table `award-rules`")).isEqualTo("decision-table-award-rules");
    assertThat(slug("`startRound` (start of `emulation-round`)"))
        .isEqualTo("startround-start-of-emulation-round");
    assertThat(slug("Tasklist: \"Hồ sơ của đơn vị\" and \"Văn bản đính kèm\""))
        .isEqualTo("tasklist-hồ-sơ-của-đơn-vị-and-văn-bản-đính-kèm");
    assertThat(slug("Security: who may do what, where it is enforced, what is trusted"))
        .isEqualTo("security-who-may-do-what-where-it-is-enforced-what-is-trusted");
    assertThat(slug("snake_case and 1.2.3 [link](x.md)")).isEqualTo("snake_case-and-123-link");
  }

  @Test
  void repeatedHeadingsGetNumberedAndCodeBlocksHaveNoHeadings() {
    String markdown =
        """
        # Notes
        ## Notes
        ```bash
        # Notes in a shell comment
        ```
        ### Notes ###
        ## Notes-1
        <a id="custom"></a>
        """;
    assertThat(anchors(markdown))
        .containsExactly("notes", "notes-1", "notes-2", "notes-1-1", "custom");
  }

  @Test
  void linksInCodeAndToOtherSchemesAreNotChecked() {
    String markdown =
        """
        See [a](a.md), ![b](images/b.png "B") and [c `d`](c.md#e) and [f](<g h.md>).
        `[no](code-span.md)` and [web](https://example.org) and [mail](mailto:x@example.org)
        ~~~
        [no](fenced.md)
        ~~~
        [ref]: ref.md
        """;
    assertThat(links(markdown))
        .extracting(Link::target)
        .containsExactly(
            "a.md",
            "images/b.png",
            "c.md#e",
            "g h.md",
            "https://example.org",
            "mailto:x@example.org",
            "ref.md");
    assertThat(problem(ROOT.resolve("README.md"), "https://example.org/missing.md")).isNull();
    assertThat(problem(ROOT.resolve("README.md"), "mailto:x@example.org")).isNull();
    assertThat(problem(ROOT.resolve("README.md"), "docs/missing.md")).startsWith("no file");
  }
}
