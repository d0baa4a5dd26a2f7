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

/** A direct quotation in an article; the speaker is null when the text names none. */
@Entity
@Table(name = "quote")
public class ActorQuote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_id")
    @SequenceGenerator(name = "quote_id", sequenceName = "quote_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "speaker_actor_id")
    public UUID speakerActorId;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public int revision;

    @Column(nullable = false)
    public String text;

    @Column(name = "start_at", nullable = false)
    public int start;

    @Column(name = "end_at", nullable = false)
    public int end;

    @Column(name = "speech_verb")
    public String speechVerb;
}
