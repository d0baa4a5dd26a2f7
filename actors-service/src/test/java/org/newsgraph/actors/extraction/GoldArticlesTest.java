package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.actors.api.ExtractResponse;
import org.newsgraph.actors.scoring.GoldDocument;
import org.newsgraph.actors.scoring.GoldScorer;

/**
 * Scores the engine on every gold article with the rules of score_extraction.py and holds each
 * metric to a floor. The responses are also written to target/extraction-predictions so that the
 * Python scorer can check the same output.
 */
class GoldArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PREDICTIONS = Path.of("target", "extraction-predictions");

    private static ActorExtractor extractor;

    @BeforeAll
    static void buildExtractor() {
        extractor = new ActorExtractor();
    }

    @Test
    void seedArticleMeetsItsFloors() throws IOException {
        GoldArticles.Article gaza = GoldArticles.all().stream().filter(a -> a.name().equals("gaza-talks"))
                .findFirst().orElseThrow();
        GoldScorer.Counts counts = score(gaza);
        System.out.println(counts.articleLine(gaza.name()));

        assertThat(counts.actorF1()).as("actor F1").isGreaterThanOrEqualTo(0.95);
        assertThat(counts.aliasRecall()).as("alias recall").isGreaterThanOrEqualTo(0.9);
        assertThat(counts.quoteF1()).as("quote F1").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void wholeGoldSetMeetsItsFloors() throws IOException {
        List<GoldArticles.Article> articles = GoldArticles.all();
        GoldScorer.Counts total = new GoldScorer.Counts();
        Files.createDirectories(PREDICTIONS);
        for (GoldArticles.Article article : articles) {
            GoldScorer.Counts counts = score(article);
            System.out.println(counts.articleLine(article.name()));
            total.add(counts);
        }
        System.out.println(total.summaryLine(articles.size()));

        assertThat(articles).hasSizeGreaterThanOrEqualTo(16);
        assertThat(total.actorF1()).as("actor F1").isGreaterThanOrEqualTo(0.90);
        assertThat(total.precision()).as("actor precision").isGreaterThanOrEqualTo(0.88);
        assertThat(total.recall()).as("actor recall").isGreaterThanOrEqualTo(0.90);
        assertThat(total.typeErrors).as("type errors").isLessThanOrEqualTo(20);
        assertThat(total.aliasRecall()).as("alias recall").isGreaterThanOrEqualTo(0.90);
        assertThat(total.quoteF1()).as("quote F1").isGreaterThanOrEqualTo(0.90);
        assertThat(total.quoteP()).as("quote precision").isGreaterThanOrEqualTo(0.95);
    }

    /** The news written for training: the engine learned from them, so these floors hold it to what it learned. */
    @Test
    void trainingNewsMeetsItsFloors() throws URISyntaxException {
        List<GoldDocument> news = GoldDocument.in(Path.of(GoldArticlesTest.class.getResource("/news").toURI()));
        GoldScorer.Counts total = new GoldScorer.Counts();
        for (GoldDocument document : news) {
            total.add(GoldScorer.score(document.gold(), JSON.valueToTree(ExtractResponse.extract(extractor, document.text()))));
        }
        System.out.println(total.summaryLine(news.size()));

        assertThat(news).hasSizeGreaterThanOrEqualTo(105);
        assertThat(total.actorF1()).as("actor F1").isGreaterThanOrEqualTo(0.89);
        assertThat(total.aliasRecall()).as("alias recall").isGreaterThanOrEqualTo(0.86);
        assertThat(total.quoteF1()).as("quote F1").isGreaterThanOrEqualTo(0.90);
    }

    private static GoldScorer.Counts score(GoldArticles.Article article) throws IOException {
        JsonNode response = JSON.valueToTree(ExtractResponse.extract(extractor, article.body()));
        Files.createDirectories(PREDICTIONS);
        JSON.writerWithDefaultPrettyPrinter().writeValue(PREDICTIONS.resolve(article.name() + ".json").toFile(), response);
        JsonNode gold = JSON.readTree(article.gold().toFile());
        return GoldScorer.score(gold, response);
    }
}
