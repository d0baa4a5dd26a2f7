package org.newsgraph.web.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.newsgraph.web.gateway.Actors.Neighbour;

/**
 * An actor's co-mentioned actors drawn as a star: the actor in the middle, each neighbour on a circle around it, in the
 * API's order clockwise from the top, its line and dot the thicker the stronger the tie. Coordinates are in a fixed
 * view box that the page scales to its width.
 */
public record NetworkDrawing(int width, int height, Point centre, List<Node> nodes) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 440;
    private static final double RING = 150;
    private static final double LABEL_GAP = 14;

    public record Point(double x, double y) {

        public String xs() {
            return format(x);
        }

        public String ys() {
            return format(y);
        }
    }

    /** @param anchor where the label stands against its point: start, middle or end */
    public record Node(UUID actorId, String name, String type, String evidence, long articles, Point at, double radius,
            double lineWidth, Point label, String anchor) {

        public String radiusText() {
            return format(radius);
        }

        public String lineWidthText() {
            return format(lineWidth);
        }
    }

    public static NetworkDrawing of(List<Neighbour> neighbours) {
        Point centre = new Point(WIDTH / 2.0, HEIGHT / 2.0);
        double strongest = neighbours.stream().mapToDouble(Neighbour::weight).max().orElse(1);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < neighbours.size(); i++) {
            Neighbour neighbour = neighbours.get(i);
            double angle = 2 * Math.PI * i / neighbours.size() - Math.PI / 2;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            double strength = strongest > 0 ? Math.max(0, neighbour.weight()) / strongest : 0;
            Point at = new Point(centre.x() + RING * cos, centre.y() + RING * sin);
            double radius = 6 + 8 * Math.sqrt(strength);
            Point label = new Point(at.x() + (radius + LABEL_GAP / 2) * cos,
                    at.y() + (radius + LABEL_GAP) * sin + (Math.abs(sin) < 0.3 ? 4 : 0));
            String anchor = Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
            nodes.add(new Node(neighbour.actorId(), neighbour.name(), neighbour.type(), neighbour.evidence(), neighbour.articles(),
                    at, radius, 1 + 5 * strength, label, anchor));
        }
        return new NetworkDrawing(WIDTH, HEIGHT, centre, nodes);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
