package org.newsgraph.actors.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the project's extraction scorer (score_extraction.py), line for line, so that the build can hold
 * extraction quality to a floor. Gold and predictions are read as the same JSON the script reads.
 */
public final class GoldScorer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern DROPPED = Pattern.compile("[\u2018\u2019\u201a\u201b'`.\"\u201c\u201d]");
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014]");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** The ten counters the script adds up over articles. */
    public static final class Counts {
        public int tp, fp, fn, typeErrors, aliasTotal, aliasFound, recallHit, recallTotal, precisionHit, precisionTotal;
        /** This article's wrong and missed actors and missed aliases, one line each; not added up. */
        public final List<String> actorErrors = new ArrayList<>();

        public void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            typeErrors += o.typeErrors;
            aliasTotal += o.aliasTotal;
            aliasFound += o.aliasFound;
            recallHit += o.recallHit;
            recallTotal += o.recallTotal;
            precisionHit += o.precisionHit;
            precisionTotal += o.precisionTotal;
        }

        public double precision() {
            return ratio(tp, tp + fp);
        }

        public double recall() {
            return ratio(tp, tp + fn);
        }

        public double actorF1() {
            return f1(precision(), recall());
        }

        public double aliasRecall() {
            return ratio(aliasFound, aliasTotal);
        }

        public double quoteP() {
            return ratio(precisionHit, precisionTotal);
        }

        public double quoteR() {
            return ratio(recallHit, recallTotal);
        }

        public double quoteF1() {
            return f1(quoteP(), quoteR());
        }

        public String articleLine(String name) {
            return String.format(Locale.ROOT, "%s: actorF1=%.3f tp=%d fp=%d fn=%d typeErr=%d alias=%d/%d "
                            + "quotes=%d/%d quoteP=%d/%d", name, actorF1(), tp, fp, fn, typeErrors, aliasFound,
                    aliasTotal, recallHit, recallTotal, precisionHit, precisionTotal);
        }

        public String summaryLine(int docs) {
            return String.format(Locale.ROOT, "extraction: actorF1=%.3f P=%.3f R=%.3f typeErrors=%d "
                            + "aliasRecall=%.3f quoteF1=%.3f quoteP=%.3f quoteR=%.3f docs=%d", actorF1(), precision(),
                    recall(), typeErrors, aliasRecall(), quoteF1(), quoteP(), quoteR(), docs);
        }
    }

    private GoldScorer() {
    }

    public static String norm(String s) {
        if (s == null) {
            return "";
        }
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = DROPPED.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    private static Set<String> goldNames(JsonNode g) {
        Set<String> names = new HashSet<>();
        names.add(norm(g.path("name").asText(null)));
        g.path("aliases").forEach(a -> names.add(norm(a.asText())));
        return names;
    }

    public static Counts score(JsonNode gold, JsonNode pred) {
        Counts c = new Counts();
        scoreActors(gold, pred, c);
        scoreQuotes(gold, pred, c);
        return c;
    }

    private static void scoreActors(JsonNode gold, JsonNode pred, Counts c) {
        List<JsonNode> golds = new ArrayList<>();
        gold.path("actors").forEach(golds::add);
        Map<Integer, JsonNode> matched = new LinkedHashMap<>();
        for (JsonNode p : pred.path("actors")) {
            String name = norm(p.path("name").asText(null));
            String kind = p.path("type").asText(null);
            Integer hit = null;
            List<Integer> sameName = new ArrayList<>();
            for (int i = 0; i < golds.size(); i++) {
                if (goldNames(golds.get(i)).contains(name)) {
                    sameName.add(i);
                }
            }
            for (int i : sameName) {
                if (golds.get(i).path("type").asText().equals(kind) && !matched.containsKey(i)) {
                    hit = i;
                    break;
                }
            }
            if (hit == null) {
                List<Integer> dup = sameName.stream()
                        .filter(i -> golds.get(i).path("type").asText().equals(kind)).toList();
                if (!dup.isEmpty() && dup.stream().allMatch(i -> golds.get(i).path("optional").asBoolean(false))) {
                    continue;
                }
                boolean typeError = !sameName.isEmpty() && dup.isEmpty();
                if (typeError) {
                    c.typeErrors++;
                }
                c.fp++;
                c.actorErrors.add((typeError ? "mistyped " : "spurious ") + kind + " " + p.path("name").asText(null));
                continue;
            }
            matched.put(hit, p);
            if (!golds.get(hit).path("optional").asBoolean(false)) {
                c.tp++;
            }
        }
        for (int i = 0; i < golds.size(); i++) {
            if (!golds.get(i).path("optional").asBoolean(false) && !matched.containsKey(i)) {
                c.fn++;
                c.actorErrors.add("missed " + golds.get(i).path("type").asText() + " "
                        + golds.get(i).path("name").asText());
            }
        }
        for (Map.Entry<Integer, JsonNode> e : matched.entrySet()) {
            JsonNode g = golds.get(e.getKey());
            if (g.path("optional").asBoolean(false)) {
                continue;
            }
            JsonNode p = e.getValue();
            Set<String> said = new HashSet<>();
            said.add(norm(p.path("name").asText(null)));
            p.path("aliases").forEach(a -> said.add(norm(a.asText())));
            p.path("mentions").forEach(m -> said.add(norm(m.path("text").asText(null))));
            for (JsonNode a : g.path("aliases")) {
                c.aliasTotal++;
                if (said.contains(norm(a.asText()))) {
                    c.aliasFound++;
                } else {
                    c.actorErrors.add("alias missed of " + g.path("name").asText() + ": " + a.asText());
                }
            }
        }
    }

    private static boolean quoteTextMatches(String predText, String startsWith) {
        String a = norm(predText);
        String b = norm(startsWith);
        return !b.isEmpty() && (a.startsWith(b) || a.contains(b));
    }

    private static void scoreQuotes(JsonNode gold, JsonNode pred, Counts c) {
        if (gold.path("quotes_annotated").isBoolean() && !gold.path("quotes_annotated").asBoolean()) {
            return; // a file without quote annotations counts for actors only
        }
        Map<String, Set<String>> byName = new HashMap<>();
        gold.path("actors").forEach(g -> byName.put(norm(g.path("name").asText(null)), goldNames(g)));
        List<JsonNode> predicted = new ArrayList<>();
        pred.path("quotes").forEach(q -> {
            if (!q.path("speaker").asText("").isEmpty()) {
                predicted.add(q);
            }
        });
        for (JsonNode q : gold.path("quotes")) {
            if (q.path("speaker").isNull() || q.path("speaker").asText("").isEmpty()
                    || q.path("optional").asBoolean(false)) {
                continue;
            }
            c.recallTotal++;
            for (JsonNode p : predicted) {
                if (quoteTextMatches(p.path("text").asText(null), q.path("starts_with").asText())
                        && speakerOk(byName, q, p)) {
                    c.recallHit++;
                    break;
                }
            }
        }
        for (JsonNode p : predicted) {
            for (JsonNode q : gold.path("quotes")) {
                if (quoteTextMatches(p.path("text").asText(null), q.path("starts_with").asText())
                        && speakerOk(byName, q, p)) {
                    c.precisionHit++;
                    break;
                }
            }
        }
        c.precisionTotal = predicted.size();
    }

    private static boolean speakerOk(Map<String, Set<String>> byName, JsonNode goldQuote, JsonNode predQuote) {
        JsonNode speaker = goldQuote.path("speaker");
        if (speaker.isNull() || speaker.isMissingNode()) {
            return false;
        }
        String gold = norm(speaker.asText());
        return byName.getOrDefault(gold, Set.of(gold)).contains(norm(predQuote.path("speaker").asText(null)));
    }

    static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
