package org.newsgraph.actors;

import java.util.UUID;

import org.newsgraph.problem.ProblemException;

/** What can go wrong with an actor, each as the problem its caller receives. */
public final class ActorProblems {

    private ActorProblems() {
    }

    public static final class NotFound extends ProblemException {
        public NotFound(UUID id) {
            super(404, "actor-not-found", "Actor not found", "No actor has id " + id + ".");
        }
    }

    public static final class NotActive extends ProblemException {
        public NotActive(UUID id) {
            super(409, "actor-merged", "Actor merged", "Actor " + id + " was merged into another and can no longer change.");
        }
    }

    public static final class MergeIntoItself extends ProblemException {
        public MergeIntoItself(UUID id) {
            super(422, "merge-into-itself", "Merge into itself", "Actor " + id + " cannot be merged into itself.");
        }
    }

    public static final class AliasTaken extends ProblemException {
        public AliasTaken(String alias, UUID holder) {
            super(409, "actor-alias-taken", "Alias taken",
                    "Another actor of this type is already called '" + alias + "' (" + holder
                            + "); send it in moveAliases to take it from that actor, or merge the two.");
        }
    }

    public static final class AliasIsName extends ProblemException {
        public AliasIsName(String alias, UUID holder) {
            super(409, "actor-alias-taken", "Alias taken",
                    "'" + alias + "' is the name of actor " + holder + ", which does not move; rename that actor first, or merge the two.");
        }
    }

    public static final class TypesDiffer extends ProblemException {
        public TypesDiffer(UUID id, String type, UUID intoId, String intoType) {
            super(409, "actor-types-differ", "Types differ",
                    "Actor " + id + " is a " + type + " and " + intoId + " a " + intoType + "; only actors of one type merge.");
        }
    }

    public static final class NameTaken extends ProblemException {
        public NameTaken(String name, UUID holder) {
            super(409, "actor-name-taken", "Name taken",
                    "Another actor of this type is already called '" + name + "' (" + holder + "); merge the two instead.");
        }
    }

    /** A merge that cannot be undone as asked: none is recorded, it was undone already, or later curation built on it. */
    public static final class MergeNotUndoable extends ProblemException {
        public MergeNotUndoable(String detail) {
            super(409, "merge-not-undoable", "Merge cannot be undone", detail);
        }
    }

    /** An article this service has not been told of, or may not show yet. */
    public static final class ArticleNotFound extends ProblemException {
        public ArticleNotFound(UUID id) {
            super(404, "article-not-found", "Article not found", "No article with id " + id + " is published.");
        }
    }

    public static final class ArticleWithdrawn extends ProblemException {
        public ArticleWithdrawn(UUID id) {
            super(410, "article-withdrawn", "Article withdrawn", "Article " + id + " was withdrawn and names nobody any more.");
        }
    }

    public static final class InvalidText extends ProblemException {
        public InvalidText(String detail) {
            super(400, "invalid-text", "Invalid text", detail);
        }
    }

    /** A text the engine gave up on: sending it again would only cost as much again. */
    public static final class TextTooCostly extends ProblemException {
        public TextTooCostly(String detail) {
            super(422, "text-too-costly", "Text too costly to read", detail + " Send it in shorter parts.");
        }
    }
}
