package org.newsgraph.web.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newsgraph.web.actor.NetworkDrawing.Node;
import org.newsgraph.web.gateway.Actors.Neighbour;

class NetworkDrawingTest {

    private static Neighbour neighbour(String name, double weight) {
        return new Neighbour(UUID.randomUUID(), name, "PERSON", weight, 1, "evidence of " + name);
    }

    @Test
    void placesTheFirstNeighbourAboveTheActorAndTheRestClockwise() {
        NetworkDrawing drawing = NetworkDrawing.of(List.of(neighbour("A", 1), neighbour("B", 1), neighbour("C", 1), neighbour("D", 1)));

        List<Node> nodes = drawing.nodes();
        assertThat(nodes.get(0).at().y()).isLessThan(drawing.centre().y());
        assertThat(nodes.get(0).anchor()).isEqualTo("middle");
        assertThat(nodes.get(1).at().x()).isGreaterThan(drawing.centre().x());
        assertThat(nodes.get(1).anchor()).isEqualTo("start");
        assertThat(nodes.get(2).at().y()).isGreaterThan(drawing.centre().y());
        assertThat(nodes.get(3).at().x()).isLessThan(drawing.centre().x());
        assertThat(nodes.get(3).anchor()).isEqualTo("end");
    }

    @Test
    void theStrongestTieIsDrawnThickestAndEveryNodeStaysInTheViewBox() {
        List<Neighbour> neighbours = IntStream.range(0, 12).mapToObj(i -> neighbour("N" + i, 12 - i)).toList();
        NetworkDrawing drawing = NetworkDrawing.of(neighbours);

        assertThat(drawing.nodes().get(0).lineWidth()).isGreaterThan(drawing.nodes().get(11).lineWidth());
        assertThat(drawing.nodes().get(0).radius()).isGreaterThan(drawing.nodes().get(11).radius());
        assertThat(drawing.nodes()).allSatisfy(node -> {
            assertThat(node.at().x() - node.radius()).isPositive();
            assertThat(node.at().x() + node.radius()).isLessThan(drawing.width());
            assertThat(node.at().y() - node.radius()).isPositive();
            assertThat(node.at().y() + node.radius()).isLessThan(drawing.height());
        });
        assertThat(drawing.nodes().get(0).at().xs()).matches("\\d+\\.\\d");
    }

    @Test
    void noNeighboursDrawNothingAndZeroWeightsDoNotBreakTheScale() {
        assertThat(NetworkDrawing.of(List.of()).nodes()).isEmpty();
        assertThat(NetworkDrawing.of(List.of(neighbour("A", 0))).nodes().get(0).lineWidth()).isEqualTo(1);
    }
}
