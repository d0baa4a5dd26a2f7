package org.newsgraph.actors.extraction;

/** A name found in the text, with the evidence around it, before names are grouped into actors. */
final class Candidate {

    /** Token range [first, last). */
    final int first;
    final int last;
    final int start;
    final int end;
    final String text;
    final String firstWord;
    final String lastWord;
    /** The listed name this is, or {@code null}. */
    final Gazetteer.Entry entry;

    /** Token range of the title that precedes the name, or -1. */
    int roleFirst = -1;
    int roleLast = -1;
    /** A title given in apposition ("Jared Kushner, senior adviser,"). */
    String appositionRole;
    /** Preceded by a title or a form of address. */
    boolean titled;
    /** Directly followed by a verb: the subject of its clause. */
    boolean subject;
    /** Says something: "Smith said", "“…,” said Smith". */
    boolean speaker;
    int locationCues;
    int organizationCues;
    /** A lone "Commission" or "Ministry": an alias of a fuller name in the text, or nothing. */
    boolean generic;
    /** The same actor named again right after: "(PLO)" after its expansion, ", the Vaccine Alliance," after "Gavi". */
    Candidate restated;
    /** An acronym in brackets follows: organisations get acronyms, people do not. */
    boolean acronymFollows;
    ActorResolver.Group group;

    Candidate(int first, int last, String body, java.util.List<Token> tokens, Gazetteer.Entry entry) {
        this.first = first;
        this.last = last;
        this.start = tokens.get(first).start;
        this.end = tokens.get(last - 1).end;
        this.text = body.substring(start, end);
        this.firstWord = tokens.get(first).text;
        this.lastWord = tokens.get(last - 1).text;
        this.entry = entry;
    }

    int words() {
        return last - first;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
