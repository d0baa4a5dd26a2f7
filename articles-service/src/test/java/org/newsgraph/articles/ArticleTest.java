package org.newsgraph.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.newsgraph.wire.Story;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-10-07T12:00:00Z");

    private static ArticleContent content(String title) {
        return new ArticleContent(title, "Body of " + title, "WASHINGTON", null, "Agencies", null, "en", null, new Story(0, ("Body of " + title).length()));
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
    void aRevisionKeepsThePublicationTimeUnlessItGivesOne() {
        Article article = Article.file(content("Talks"), null, NOW);
        article.revise(content("Talks resume"), 1, NOW.plusSeconds(3600));
        assertThat(article.publishedAt).isEqualTo(NOW);
        assertThat(article.firstPublishedAt).isEqualTo(NOW);
        assertThat(article.lastModifiedAt).isEqualTo(NOW.plusSeconds(3600));

        Instant corrected = NOW.minusSeconds(600);
        ArticleContent dated = content("Talks resumed earlier");
        article.revise(new ArticleContent(dated.title(), dated.body(), dated.datelinePlace(), null, dated.source(), null, "en", corrected,
                dated.story()), 2, NOW.plusSeconds(7200));
        assertThat(article.publishedAt).isEqualTo(corrected);
        assertThat(article.firstPublishedAt).isEqualTo(NOW);
        assertThat(article.lastModifiedAt).isEqualTo(NOW.plusSeconds(7200));
    }

    @Test
    void aWithdrawnArticleIsReadInFullOnlyByItsOwnerAndTheEditors() {
        Article article = Article.file(content("Talks"), "partner-agency", NOW);
        assertThat(article.isReadableInFullBy(new Viewer("bob", false))).isTrue();

        article.withdraw(null, NOW.plusSeconds(60));
        assertThat(article.withdrawnAt).isEqualTo(NOW.plusSeconds(60));
        assertThat(article.isReadableInFullBy(new Viewer("bob", false))).isFalse();
        assertThat(article.isReadableInFullBy(new Viewer("partner-other", false))).isFalse();
        assertThat(article.isReadableInFullBy(new Viewer("partner-agency", false))).isTrue();
        assertThat(article.isReadableInFullBy(new Viewer("alice", true))).isTrue();
    }

    @Test
    void aPublicationTimeIsKeptToTheMicrosecondAsTheDatabaseKeepsIt() {
        ArticleContent talks = content("Talks");
        Article article = Article.file(new ArticleContent(talks.title(), talks.body(), null, null, null, null, "en",
                Instant.parse("2026-10-07T11:00:00.123456789Z"), talks.story()), null, NOW);
        assertThat(article.publishedAt).isEqualTo(Instant.parse("2026-10-07T11:00:00.123456Z"));
    }

    @Test
    void aWithdrawalIsNoRevision() {
        Article article = Article.file(content("Talks"), null, NOW);
        article.withdraw(null, NOW.plusSeconds(60));
        assertThat(article.lastModifiedAt).isEqualTo(NOW);
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
}
