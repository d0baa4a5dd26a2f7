package org.newsgraph.actors.extraction;

/** A name found in the text, with the evidence around it, before names are grouped into actors. */
final class Candidate {

    /** Token range [first, last). */
    final int first;
    final int last;
    final int start;
    final int end;
    /** The name: the text of [start, end), but for a nickname or a shared head written once ({@link #nicknamed}). */
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
    /** The place of a dateline opening a paragraph after a headline: "MACON, Ga. —", "RAPID CITY, S.D. (AP) —". */
    boolean dateline;
    /** Where someone holds a post: "general manager of Uawa Timberlands"; a person holds none. */
    boolean employer;
    /** A lone "Commission" or "Ministry": an alias of a fuller name in the text, or nothing. */
    boolean generic;
    /** The same actor named again right after: "(PLO)" after its expansion, ", the Vaccine Alliance," after "Gavi". */
    Candidate restated;
    /** An acronym in brackets follows: organisations get acronyms, people do not. */
    boolean acronymFollows;
    ActorResolver.Group group;
    /** The nickname quoted inside the name, an alias of its own: "Bibi" in 'Benjamin "Bibi" Netanyahu'. */
    final String nickname;

    Candidate(int first, int last, String body, java.util.List<Token> tokens, Gazetteer.Entry entry) {
        this(first, last, tokens, body.substring(tokens.get(first).start, tokens.get(last - 1).end),
                tokens.get(last - 1).text, entry, null);
    }

    private Candidate(int first, int last, java.util.List<Token> tokens, String text, String lastWord,
            Gazetteer.Entry entry, String nickname) {
        this.first = first;
        this.last = last;
        this.start = tokens.get(first).start;
        this.end = tokens.get(last - 1).end;
        this.text = text;
        this.firstWord = tokens.get(first).text;
        this.lastWord = lastWord;
        this.entry = entry;
        this.nickname = nickname;
    }

    /** 'Benjamin "Bibi" Netanyahu': the name is the given and the family name, the nickname between them an alias. */
    static Candidate nicknamed(Candidate given, String nickname, Candidate family, java.util.List<Token> tokens) {
        return new Candidate(given.first, family.last, tokens, given.text + " " + family.text, family.lastWord, null,
                nickname);
    }

    /**
     * One of the organisations a coordination names: "Health Ministry" from "Health and Education Ministries", its
     * words the tokens [first, wordsEnd), its mention the tokens [first, last), and {@code head} the shared head in
     * the singular.
     */
    static Candidate distributed(int first, int wordsEnd, int last, String body, java.util.List<Token> tokens,
            String head) {
        String words = body.substring(tokens.get(first).start, tokens.get(wordsEnd - 1).end);
        return new Candidate(first, last, tokens, words + " " + head, head, null, null);
    }

    int words() {
        return last - first;
    }

    @Override
    public String toString() {
        return text + "@" + start;
    }
}
