package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The document decides who is in it; the registry only links. A text gives the same actors, types and mentions with an
 * empty registry as with one whose entries agree, or conflict, with it: only the actors' ids differ.
 */
class RegistryIndependenceTest {

    private static final ActorExtractor WITHOUT_REGISTRY = new ActorExtractor();

    /** What the text says of an actor, without the registry's id. */
    private record Said(String name, ActorType type, List<String> aliases, List<Mention> mentions) {
        static Said of(Actor actor) {
            return new Said(actor.name(), actor.type(), actor.aliases(), actor.mentions());
        }
    }

    static Stream<GoldArticles.Article> articles() {
        return GoldArticles.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void aRegistryThatAgreesOnlyLinks(GoldArticles.Article article) {
        List<Actor> alone = WITHOUT_REGISTRY.extract(article.body()).actors();
        List<KnownActor> agreeing = new ArrayList<>();
        for (Actor actor : alone) {
            agreeing.add(new KnownActor("agrees-" + agreeing.size(), actor.registryName(), actor.type(), actor.aliases()));
        }

        List<Actor> linked = new ActorExtractor(KnownActors.of(agreeing)).extract(article.body()).actors();

        assertThat(linked).extracting(Said::of).isEqualTo(alone.stream().map(Said::of).toList());
        assertThat(linked).allSatisfy(actor -> assertThat(actor.knownActorId()).startsWith("agrees-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void aRegistryThatConflictsChangesNothingTheTextSays(GoldArticles.Article article) {
        List<Actor> alone = WITHOUT_REGISTRY.extract(article.body()).actors();
        List<KnownActor> conflicting = new ArrayList<>();
        for (Actor actor : alone) {
            // every name another type, and every other form of it someone else's
            ActorType other = actor.type() == ActorType.PERSON ? ActorType.ORGANIZATION : ActorType.PERSON;
            conflicting.add(new KnownActor("conflicts-" + conflicting.size(), actor.name(), other, List.of()));
            for (String alias : actor.aliases()) {
                conflicting.add(new KnownActor("conflicts-" + conflicting.size(), alias + " Elsewhere", actor.type(), List.of(alias)));
            }
            for (Mention mention : actor.mentions()) {
                conflicting.add(new KnownActor("conflicts-" + conflicting.size(), mention.text() + " Senior", actor.type(),
                        List.of(mention.text())));
            }
        }

        List<Actor> read = new ActorExtractor(KnownActors.of(conflicting)).extract(article.body()).actors();

        assertThat(read).extracting(Said::of).isEqualTo(alone.stream().map(Said::of).toList());
    }

    @Test
    void aSurnameTheRegistryKnowsForSomeoneElseStaysWithThePersonTheTextMeans() {
        String text = "First Lady Melania Trump opened the exhibition on Monday. \"Art should belong to every child in this country,\" Trump said.";
        KnownActor donald = new KnownActor("donald", "Donald Trump", ActorType.PERSON, List.of("Trump"));

        ExtractionResult result = new ActorExtractor(KnownActors.of(List.of(donald))).extract(text);

        assertThat(result.actors()).extracting(Actor::name).containsExactly("Melania Trump");
        assertThat(result.actors()).extracting(Actor::knownActorId).containsOnlyNulls();
        assertThat(result.quotes()).extracting(Quote::speaker).containsExactly("Melania Trump");
    }
}
