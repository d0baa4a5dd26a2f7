package org.newsgraph.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsgraph.actors.extraction.ActorType;

class ActorTest {

    private static final Instant NOW = Instant.parse("2026-10-07T12:00:00Z");

    @Test
    void anAliasIsKeptOnceWhateverItsCaseOrAccents() {
        Actor actor = Actor.discovered("Benjamin Netanyahu", ActorType.PERSON, 2, NOW);
        assertThat(actor.addAlias("Bibi", AliasOrigin.EXTRACTED)).isTrue();
        assertThat(actor.addAlias("BIBI", AliasOrigin.EXTRACTED)).isFalse();
        assertThat(actor.addAlias("benjamin netanyahu", AliasOrigin.EXTRACTED)).isFalse();
        assertThat(actor.aliasNames()).containsExactly("Bibi");
    }

    @Test
    void aCuratorConfirmingAnExtractedAliasMakesItCurated() {
        Actor actor = Actor.discovered("Benjamin Netanyahu", ActorType.PERSON, 2, NOW);
        actor.addAlias("Bibi", AliasOrigin.EXTRACTED);
        assertThat(actor.addAlias("Bibi", AliasOrigin.CURATED)).isTrue();
        assertThat(actor.aliases).singleElement().extracting(alias -> alias.origin).isEqualTo(AliasOrigin.CURATED);
    }

    @Test
    void aRenamedActorKeepsItsOldNameAsAnAlias() {
        Actor actor = Actor.discovered("Bibi", ActorType.PERSON, 2, NOW);
        actor.rename("Benjamin Netanyahu", NOW);
        assertThat(actor.name).isEqualTo("Benjamin Netanyahu");
        assertThat(actor.normalizedName).isEqualTo("benjamin netanyahu");
        assertThat(actor.aliasNames()).containsExactly("Bibi");
    }

    @Test
    void aMergedActorsNamesBecomeTheSurvivorsAliases() {
        Actor bibi = Actor.discovered("Bibi", ActorType.PERSON, 2, NOW);
        bibi.addAlias("King Bibi", AliasOrigin.EXTRACTED);
        Actor netanyahu = Actor.discovered("Benjamin Netanyahu", ActorType.PERSON, 2, NOW);
        bibi.mergeInto(netanyahu, NOW);
        assertThat(bibi.status).isEqualTo(ActorStatus.MERGED);
        assertThat(bibi.mergedInto).isEqualTo(netanyahu.id);
        assertThat(netanyahu.aliasNames()).containsExactly("Bibi", "King Bibi");
    }

    @Test
    void anActorCannotBeMergedIntoItselfNorTwice() {
        Actor bibi = Actor.discovered("Bibi", ActorType.PERSON, 2, NOW);
        Actor netanyahu = Actor.discovered("Benjamin Netanyahu", ActorType.PERSON, 2, NOW);
        assertThatThrownBy(() -> bibi.mergeInto(bibi, NOW)).isInstanceOf(ActorProblems.MergeIntoItself.class);
        bibi.mergeInto(netanyahu, NOW);
        assertThatThrownBy(() -> bibi.mergeInto(netanyahu, NOW)).isInstanceOf(ActorProblems.NotActive.class);
    }

    @Test
    void anActorNamedOnceIsProvisionalUntilAnEditorCuratesIt() {
        Actor once = Actor.discovered("Renewables", ActorType.ORGANIZATION, 1, NOW);
        Actor twice = Actor.discovered("Jane Doe", ActorType.PERSON, 2, NOW);
        assertThat(once.provisional).isTrue();
        assertThat(twice.provisional).isFalse();

        once.curated(NOW.plusSeconds(60));
        assertThat(once.provisional).isFalse();
        assertThat(once.curatedAt).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void mergingIntoAProvisionalActorVouchesForIt() {
        Actor bibi = Actor.discovered("Bibi", ActorType.PERSON, 2, NOW);
        Actor netanyahu = Actor.discovered("Benjamin Netanyahu", ActorType.PERSON, 1, NOW);
        bibi.mergeInto(netanyahu, NOW);
        assertThat(netanyahu.provisional).isFalse();
        assertThat(netanyahu.curatedAt).isEqualTo(NOW);
    }

    @Test
    void undoingAMergeGivesBackTheNamesAndTakesFromTheSurvivorOnlyWhatItGained() {
        Actor bibi = Actor.discovered("Bibi", ActorType.PERSON, 2, NOW);
        bibi.addAlias("King Bibi", AliasOrigin.CURATED);
        Actor netanyahu = Actor.discovered("Benjamin Netanyahu", ActorType.PERSON, 2, NOW);
        netanyahu.addAlias("Netanyahu", AliasOrigin.EXTRACTED);
        bibi.mergeInto(netanyahu, NOW);
        assertThat(netanyahu.aliasNames()).containsExactly("Bibi", "King Bibi", "Netanyahu");

        bibi.restoreFrom(netanyahu, Map.of("King Bibi", AliasOrigin.CURATED), List.of("Bibi", "King Bibi"),
                NOW.plusSeconds(60));
        assertThat(bibi.isActive()).isTrue();
        assertThat(bibi.mergedInto).isNull();
        assertThat(bibi.aliasNames()).containsExactly("King Bibi");
        assertThat(bibi.curatedAt).isEqualTo(NOW.plusSeconds(60));
        assertThat(netanyahu.aliasNames()).containsExactly("Netanyahu");
    }
}
