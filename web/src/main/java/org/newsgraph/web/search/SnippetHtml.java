package org.newsgraph.web.search;

/**
 * A search hit's snippet as the page may show it. The API sends HTML whose text is escaped and whose words found are in
 * {@code <mark>}; this lets {@code <mark>} through and escapes any other tag, so that a snippet can never carry markup
 * of its own into the page.
 */
public final class SnippetHtml {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private SnippetHtml() {
    }

    public static String safe(String snippet) {
        if (snippet == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(snippet.length() + 16);
        boolean open = false;
        int i = 0;
        while (i < snippet.length()) {
            if (!open && snippet.startsWith(OPEN, i)) {
                html.append(OPEN);
                open = true;
                i += OPEN.length();
            } else if (open && snippet.startsWith(CLOSE, i)) {
                html.append(CLOSE);
                open = false;
                i += CLOSE.length();
            } else {
                char c = snippet.charAt(i++);
                switch (c) {
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    default -> html.append(c);
                }
            }
        }
        return open ? html.append(CLOSE).toString() : html.toString();
    }
}
