import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fails when the BOM no longer follows the project: every published module (a module of the
 * parent's reactor with a jar, not marked {@code maven.deploy.skip}) must be listed in
 * {@code standards-bom} at {@code ${project.version}}, the BOM must list nothing else, and the BOM
 * and every module's parent reference must carry the parent's version (so that {@code mvn
 * versions:set -DnewVersion=... -DprocessAllModules} moved all of them).
 *
 * <p>Run from the repository root with {@code java .ci/CheckBom.java}; exit code 0 when the BOM
 * is in order, 1 with one line per problem otherwise. JDK only, no Maven needed.
 */
public final class CheckBom {
  private static final String GROUP_ID = "id.standarpelayanan";
  private static final String BOM = "standards-bom";

  private CheckBom() {}

  /**
   * Checks the POMs under the current directory.
   *
   * @param args none
   * @throws Exception when a POM cannot be read or parsed
   */
  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Element parent = read(root.resolve("pom.xml"));
    String version = text(parent, "version");
    List<String> problems = new ArrayList<>();

    Map<String, String> published = new TreeMap<>(); // artifactId -> module directory
    for (Element module : children(child(parent, "modules"), "module")) {
      String dir = module.getTextContent().trim();
      Element pom = read(root.resolve(dir).resolve("pom.xml"));
      String artifactId = text(pom, "artifactId");
      Element parentRef = child(pom, "parent");
      if (parentRef != null && !version.equals(text(parentRef, "version"))) {
        problems.add(dir + "/pom.xml: parent version " + text(parentRef, "version")
            + ", but the parent is at " + version);
      }
      String packaging = text(pom, "packaging");
      Element properties = child(pom, "properties");
      boolean deployed = properties == null
          || !"true".equals(text(properties, "maven.deploy.skip"));
      if (!"pom".equals(packaging == null ? "jar" : packaging) && deployed) {
        published.put(artifactId, dir);
      }
    }

    Element bom = read(root.resolve(BOM).resolve("pom.xml"));
    if (!version.equals(text(bom, "version"))) {
      problems.add(BOM + "/pom.xml: version " + text(bom, "version")
          + ", but the parent is at " + version);
    }
    TreeSet<String> listed = new TreeSet<>();
    Element management = child(bom, "dependencyManagement");
    for (Element dependency : children(child(management, "dependencies"), "dependency")) {
      String artifactId = text(dependency, "artifactId");
      listed.add(artifactId);
      if (!GROUP_ID.equals(text(dependency, "groupId"))) {
        problems.add(BOM + "/pom.xml: " + artifactId + " has groupId "
            + text(dependency, "groupId") + ", expected " + GROUP_ID);
      }
      if (!"${project.version}".equals(text(dependency, "version"))) {
        problems.add(BOM + "/pom.xml: " + artifactId + " at version " + text(dependency, "version")
            + ", expected ${project.version}");
      }
      if (!published.containsKey(artifactId)) {
        problems.add(BOM + "/pom.xml: lists " + artifactId
            + ", which is not a published module of the parent");
      }
    }
    for (Map.Entry<String, String> module : published.entrySet()) {
      if (!listed.contains(module.getKey())) {
        problems.add(BOM + "/pom.xml: published module " + module.getKey() + " ("
            + module.getValue() + "/) is missing; add it at ${project.version}");
      }
    }

    if (problems.isEmpty()) {
      System.out.println("BOM check: " + listed.size() + " published modules listed at " + version
          + ": " + String.join(", ", listed));
    } else {
      problems.forEach(problem -> System.err.println("BOM check failed: " + problem));
      System.exit(1);
    }
  }

  private static Element read(Path pom) throws Exception {
    if (!Files.isRegularFile(pom)) {
      throw new IllegalStateException("no POM at " + pom);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && name.equals(node.getNodeName())) {
        return (Element) node;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element && name.equals(node.getNodeName())) {
          found.add((Element) node);
        }
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}
