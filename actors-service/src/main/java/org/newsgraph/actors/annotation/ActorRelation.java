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

/** Two actors named near each other in one article. */
@Entity
@Table(name = "relation")
public class ActorRelation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relation_id")
    @SequenceGenerator(name = "relation_id", sequenceName = "relation_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "actor_id", nullable = false)
    public UUID actorId;

    @Column(name = "other_id", nullable = false)
    public UUID otherId;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public double weight;

    @Column(nullable = false)
    public String evidence;
}
