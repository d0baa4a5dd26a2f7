package org.newsgraph.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-10-07T12:00:00Z");

    private static ArticleContent content(String title) {
        return new ArticleContent(title, "Body of " + title, "WASHINGTON", null, "Agencies", null, "en", null);
    }

    private static ActorTag tag(String name, int mentions) {
        return new ActorTag(UUID.randomUUID(), name, "PERSON", List.of(), mentions);
    }

    @Test
    void aNewArticleIsPublishedAtRevisionOneAtTheTimeItWasFiled() {
        Article article = Article.file(content("Talks"), "partner-agency", NOW);
        assertThat(article.revision).isEqualTo(1);
        assertThat(article.status).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedAt).isEqualTo(NOW);
        assertThat(article.isOwnedBy("partner-agency")).isTrue();
        assertThat(article.isOwnedBy("another-partner")).isFalse();
    }

    @Test
    void revisingTheCurrentRevisionMovesToTheNext() {
        Article article = Article.file(content("Talks"), null, NOW);
        article.revise(content("Talks resume"), 1, NOW.plusSeconds(60));
        assertThat(article.revision).isEqualTo(2);
        assertThat(article.title).isEqualTo("Talks resume");
        assertThat(article.updatedAt).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void revisingAStaleRevisionIsRefused() {
        Article article = Article.file(content("Talks"), null, NOW);
        article.revise(content("Second"), 1, NOW);
        assertThatThrownBy(() -> article.revise(content("Lost update"), 1, NOW))
                .isInstanceOf(ArticleProblems.StaleRevision.class);
        assertThat(article.title).isEqualTo("Second");
    }

    @Test
    void aWithdrawnArticleNoLongerChanges() {
        Article article = Article.file(content("Talks"), null, NOW);
        article.withdraw(null, NOW);
        assertThat(article.status).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThatThrownBy(() -> article.revise(content("Again"), null, NOW)).isInstanceOf(ArticleProblems.Withdrawn.class);
        assertThatThrownBy(() -> article.withdraw(null, NOW)).isInstanceOf(ArticleProblems.Withdrawn.class);
    }

    @Test
    void actorTagsOfAnOlderRevisionNeverReplaceNewerOnes() {
        Article article = Article.file(content("Talks"), null, NOW);
        article.revise(content("Talks 2"), 1, NOW);
        assertThat(article.tagActors(2, List.of(tag("Donald Trump", 3)))).isTrue();
        assertThat(article.tagActors(1, List.of(tag("Someone Else", 1)))).isFalse();
        assertThat(article.actorTags).extracting(tag -> tag.name).containsExactly("Donald Trump");
        assertThat(article.tagsRevision).isEqualTo(2);
    }

    @Test
    void actorTagsOfARevisionNotYetWrittenAreRefused() {
        Article article = Article.file(content("Talks"), null, NOW);
        assertThat(article.tagActors(2, List.of(tag("Donald Trump", 3)))).isFalse();
        assertThat(article.actorTags).isEmpty();
    }

    @Test
    void actorTagsAreKeptMostMentionedFirst() {
        Article article = Article.file(content("Talks"), null, NOW);
        article.tagActors(1, List.of(tag("Hamas", 1), tag("Donald Trump", 7), tag("Gaza", 4)));
        assertThat(article.actorTags).extracting(tag -> tag.name).containsExactly("Donald Trump", "Gaza", "Hamas");
    }
}
