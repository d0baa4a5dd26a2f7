package org.newsgraph.articles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TagRevisionsTest {

    @Test
    void theFirstTagsOfAWrittenRevisionAreTaken() {
        assertThat(new TagRevisions(2, null).takes(1)).isTrue();
        assertThat(new TagRevisions(2, null).takes(2)).isTrue();
    }

    @Test
    void tagsOfARevisionNotYetWrittenAreRefused() {
        assertThat(new TagRevisions(1, null).takes(2)).isFalse();
    }

    @Test
    void tagsOfAnOlderRevisionNeverReplaceNewerOnes() {
        TagRevisions tagged = new TagRevisions(3, null).taken(2);
        assertThat(tagged.tagsRevision()).isEqualTo(2);
        assertThat(tagged.takes(1)).isFalse();
        assertThat(tagged.takes(2)).isTrue();
        assertThat(tagged.takes(3)).isTrue();
    }

    @Test
    void onlyTheFirstTagsOfTheCurrentRevisionMakeItKnown() {
        assertThat(new TagRevisions(2, null).firstOfCurrent(2)).isTrue();
        assertThat(new TagRevisions(2, 1).firstOfCurrent(2)).isTrue();
        assertThat(new TagRevisions(2, 2).firstOfCurrent(2)).isFalse();
        assertThat(new TagRevisions(2, null).firstOfCurrent(1)).isFalse();
    }
}
