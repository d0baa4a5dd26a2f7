package org.newsgraph.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The images {@code -Dquarkus.container-image.build=true} makes: one per module with a container-image extension,
 * named {@code <quarkus.container-image.group>/<artifactId>} as the parent pom sets the group.
 */
final class BuiltImages {

    private BuiltImages() {
    }

    /** The images' registry namespace, such as {@code newsgraph}. */
    static String group() {
        return text(pom(Repository.root().resolve("pom.xml")),
                "/project/properties/*[local-name()='quarkus.container-image.group']");
    }

    /** Image names without a tag, which the release sets. */
    static Set<String> names() {
        Path root = Repository.root();
        Document parent = pom(root.resolve("pom.xml"));
        String group = group();
        Set<String> names = new TreeSet<>();
        NodeList modules = nodes(parent, "/project/modules/module");
        for (int i = 0; i < modules.getLength(); i++) {
            Document module = pom(root.resolve(modules.item(i).getTextContent()).resolve("pom.xml"));
            if (nodes(module, "/project/dependencies/dependency/artifactId[starts-with(., "
                    + "'quarkus-container-image-')]").getLength() > 0) {
                names.add(group + "/" + text(module, "/project/artifactId"));
            }
        }
        return names;
    }

    private static Document pom(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(file));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    private static String text(Document pom, String path) {
        return nodes(pom, path).item(0).getTextContent().trim();
    }

    private static NodeList nodes(Document pom, String path) {
        try {
            return (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, pom, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(path, e);
        }
    }
}
