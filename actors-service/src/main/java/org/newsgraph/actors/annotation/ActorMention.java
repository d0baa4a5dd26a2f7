package org.newsgraph.actors.annotation;

import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One place where an article names an actor. */
@Entity
@Table(name = "mention")
public class ActorMention extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mention_id")
    @SequenceGenerator(name = "mention_id", sequenceName = "mention_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "actor_id", nullable = false)
    public UUID actorId;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public int revision;

    @Column(name = "start_at", nullable = false)
    public int start;

    @Column(name = "end_at", nullable = false)
    public int end;

    @Column(nullable = false)
    public String surface;

    @Column(nullable = false)
    public int sentence;
}
