package org.newsgraph.actors.annotation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.newsgraph.wire.Story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article as the articles service last published it: the text to extract from, again if the engine changes. */
@Entity
@Table(name = "article")
public class ArticleCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    /** Where the story lies in the body; null when the articles service did not say. */
    @Column(name = "story_start")
    Integer storyStart;

    @Column(name = "story_end")
    Integer storyEnd;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(nullable = false)
    public boolean withdrawn;

    public Optional<Story> story() {
        return storyStart == null ? Optional.empty() : Optional.of(new Story(storyStart, storyEnd));
    }

    /** @param story where the story lies, or null when the articles service did not say */
    public void story(Story story) {
        storyStart = story == null ? null : story.start();
        storyEnd = story == null ? null : story.end();
    }

    /** The revision whose actors are stored; null until the first is. */
    @Column(name = "processed_revision")
    public Integer processedRevision;
}
