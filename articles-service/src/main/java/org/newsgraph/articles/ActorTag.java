package org.newsgraph.articles;

import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An actor of the article, as the actors service identified it in the article's current revision. */
@Embeddable
public class ActorTag {

    @Column(name = "actor_id", nullable = false)
    public UUID actorId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> roles;

    @Column(name = "mention_count", nullable = false)
    public int mentionCount;

    protected ActorTag() {
    }

    public ActorTag(UUID actorId, String name, String type, List<String> roles, int mentionCount) {
        this.actorId = actorId;
        this.name = name;
        this.type = type;
        this.roles = List.copyOf(roles);
        this.mentionCount = mentionCount;
    }
}
