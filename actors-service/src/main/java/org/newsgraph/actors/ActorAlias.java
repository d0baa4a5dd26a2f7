package org.newsgraph.actors;

import org.newsgraph.actors.extraction.Names;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Another name of an actor: a surname, a nickname, an acronym, a demonym. */
@Embeddable
public class ActorAlias {

    @Column(nullable = false)
    public String alias;

    @Column(nullable = false)
    public String normalized;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AliasOrigin origin;

    protected ActorAlias() {
    }

    ActorAlias(String alias, AliasOrigin origin) {
        this.alias = alias;
        this.normalized = Names.key(alias);
        this.origin = origin;
    }
}
