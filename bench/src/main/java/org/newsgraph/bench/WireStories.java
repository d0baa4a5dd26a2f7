package org.newsgraph.bench;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire stories written from a seed, as agencies send them: a dateline ({@code NAIROBI, March 4 (Reuters) —}), a
 * first sentence that reads as a headline, 4 to 9 paragraphs with titled people, organisations and places, quotes
 * attributed with a speech verb, later mentions by family name, and a closing credit. Most people and organisations
 * are new in each story, as in real news; a few hundred of each come back again and again, as the people in the news
 * do. Story {@code n} of a seed is always the same text, whichever thread asks and in whichever order.
 */
final class WireStories implements Corpus {

    /** One story and the actors it names, each once. */
    record Story(String text, List<String> people, List<String> organisations, List<String> places) {
    }

    private static final int RECURRING_PEOPLE = 300;
    private static final int RECURRING_ORGANISATIONS = 200;
    /** Out of 100: how many of a story's people and organisations are ones the news named before. */
    private static final int RECURRING_SHARE = 15;

    /** As datelines abbreviate them. */
    private static final List<String> DATELINE_MONTHS = List.of("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept",
            "Oct", "Nov", "Dec");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> PORTFOLIOS = List.of("Health", "Finance", "Foreign", "Interior", "Energy", "Trade", "Transport",
            "Agriculture", "Education", "Defence", "Justice", "Labour", "Water", "Mining", "Tourism", "Housing");
    private static final List<String> TITLES = List.of("Senator", "Governor", "Mayor", "Judge", "General", "Bishop", "Professor",
            "opposition leader", "central bank governor", "police spokesman", "union leader", "trade negotiator");
    private static final List<String> ROLES = List.of("chief executive", "chairman", "chairwoman", "managing director", "spokesperson",
            "general secretary", "director general", "chief economist");
    private static final List<String> SECTORS = List.of("Ports", "Water", "Power", "Grain", "Tea", "Coffee", "Cotton", "Textile",
            "Fisheries", "Railway", "Transport", "Housing", "Teachers", "Nurses", "Dockworkers", "Mining", "Cement", "Sugar", "Dairy",
            "Aviation", "Tourism", "Petroleum", "Gas", "Telecom", "Roads", "Savings", "Farmers", "Traders", "Insurance", "Forestry",
            "Rice", "Copper", "Steel", "Shipping", "Pension", "Revenue", "Competition", "Energy");
    private static final List<String> PUBLIC_HEADS = List.of("Authority", "Board", "Commission", "Union", "Association", "Council",
            "Corporation", "Cooperative", "Federation", "Agency", "Fund", "Institute");
    private static final List<String> COMPANY_HEADS = List.of("Group", "Holdings", "Industries", "Bank", "Capital", "Logistics",
            "Energy", "Foods", "Mining", "Systems", "Airways", "Motors");
    private static final List<String> FIRM_FORMS = List.of("%s & Partners", "%s & Co", "%s Holdings", "%s Brothers", "%s Associates");
    private static final List<String> PARTY_WORDS = List.of("United", "Democratic", "Progressive", "National", "People's", "Renewal",
            "Liberal", "Farmers", "Workers", "Green", "Reform", "Unity", "Freedom", "Federal", "Social");
    private static final List<String> PARTY_HEADS = List.of("Party", "Movement", "Alliance", "Front", "Congress");
    private static final List<String> GOODS = List.of("tea", "coffee", "maize", "cement", "fertiliser", "sugar", "fuel", "cotton",
            "copper", "fish", "rice", "timber", "cooking oil", "wheat");
    private static final List<String> WHEN = List.of("from July", "next month", "by the end of the year", "within two weeks",
            "from January", "before the rainy season", "over the next three years");
    private static final List<String> CONSEQUENCES = List.of("a move expected to weigh on importers",
            "the latest sign of strain in the sector", "after weeks of protests by traders", "as drought cuts harvests across the region",
            "in a blow to the government's reform plans", "raising hopes of an end to a months-long dispute",
            "as inflation eats into household budgets", "ahead of elections due next year");
    private static final List<String> PLANS = List.of("raise fares by {n} percent", "cut about {n}0 jobs", "suspend exports of {goods}",
            "open talks with striking workers", "build a new terminal near {place}", "seek a loan of {n} million dollars",
            "review its contracts with {org}", "close its office in {place}", "double its investment in {place}",
            "lower the price of {goods} by {n} percent");
    private static final List<String> DEEDS = List.of("announced a review of tariffs on {goods}", "ordered an inquiry into delays at {org}",
            "signed a supply deal with {org}", "rejected calls to resign", "unveiled a plan to expand irrigation around {place}",
            "suspended shipments of {goods} from {place}", "won a contract to upgrade roads in {place}", "filed a complaint against {org}",
            "cut its forecast for {goods} output", "promised compensation to farmers in {place}");
    private static final List<String> QUOTES = List.of("We will not allow this to continue", "The figures speak for themselves",
            "We expect the first shipments by the end of the month", "Nobody wants a long dispute, but our members have waited long enough",
            "This is a temporary measure and we will review it in June", "Investors have shown confidence in the plan",
            "We have asked for the contracts to be published", "The people of {place} deserve better than this",
            "There is no shortage, only poor distribution", "We are ready to talk, but not under threats",
            "Prices will come down once the new harvest reaches the markets", "It is too early to say how many jobs are at risk",
            "Our doors remain open", "The law is clear and it will be applied");
    private static final List<String> SPEECH = List.of("said", "told Reuters", "told reporters", "added", "warned", "said in a statement",
            "insisted");
    private static final List<String> BACKGROUND = List.of("{org} employs about {n},000 people in {place} and {place}.",
            "The dispute began in {month} when {org} {deed}.", "Officials in {place} said talks would resume next week.",
            "{person} did not respond to a request for comment.", "{person}, who took office in {year}, has promised to {plan}.",
            "Shares of {org} fell {n} percent on the news.", "Traders in {place} said the price of {goods} had risen by a third since {month}.",
            "{org} said it would {plan} {when}.", "Critics including {person} say the plan favours {org}.",
            "{person} met representatives of {org} in {place} on {day}.",
            "The government has faced protests in {place} over the cost of {goods}.",
            "Analysts at {org} expect growth of {n} percent this year.", "A spokesperson for {org} declined to comment.");
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final NamePools pools;
    private final long seed;

    WireStories(NamePools pools, long seed) {
        this.pools = pools;
        this.seed = seed;
    }

    @Override
    public String article(long sequence) {
        return story(sequence).text();
    }

    Story story(long index) {
        return new Draft(random(index)).write();
    }

    /** Each story, and each recurring actor, has its own stream of choices, so that none depends on another's. */
    private SplittableRandom random(long stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream);
    }

    /** @param organisation the organisation the title names, if it names one */
    private record Person(String title, String given, String family, String organisation) {

        String fullName() {
            return given + " " + family;
        }
    }

    private Person person(SplittableRandom random) {
        String given = pools.givenName(random);
        String family = pools.familyName(random);
        return switch (random.nextInt(3)) {
            case 0 -> new Person(NamePools.pick(PORTFOLIOS, random) + " Minister", given, family, null);
            case 1 -> new Person(NamePools.pick(TITLES, random), given, family, null);
            default -> {
                String organisation = organisation(random);
                yield new Person(organisation + " " + NamePools.pick(ROLES, random), given, family, organisation);
            }
        };
    }

    private String organisation(SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0, 1 -> pools.place(random) + " " + NamePools.pick(SECTORS, random) + " " + NamePools.pick(PUBLIC_HEADS, random);
            case 2 -> pools.brand(random) + " " + NamePools.pick(COMPANY_HEADS, random);
            case 3 -> String.format(Locale.ROOT, NamePools.pick(FIRM_FORMS, random), pools.familyName(random));
            default -> NamePools.pick(PARTY_WORDS, random) + " " + NamePools.pick(PARTY_WORDS, random) + " " + NamePools.pick(PARTY_HEADS, random);
        };
    }

    /** One story being written: its cast, who has been introduced, and the places it named. */
    private final class Draft {

        private final SplittableRandom random;
        private final List<Person> people = new ArrayList<>();
        private final List<String> organisations = new ArrayList<>();
        private final Set<Person> introduced = new LinkedHashSet<>();
        private final Set<String> named = new LinkedHashSet<>();
        private final Set<String> places = new LinkedHashSet<>();

        Draft(SplittableRandom random) {
            this.random = random;
            // A recurring actor drawn twice is cast once: the story introduces each of its cast.
            int cast = 2 + random.nextInt(3);
            for (int i = 0; i < cast; i++) {
                Person person = random.nextInt(100) < RECURRING_SHARE
                        ? person(WireStories.this.random(-1 - random.nextInt(RECURRING_PEOPLE)))
                        : person(random);
                if (!people.contains(person)) {
                    people.add(person);
                }
            }
            int organisationCount = 1 + random.nextInt(3);
            for (int i = 0; i < organisationCount; i++) {
                String organisation = random.nextInt(100) < RECURRING_SHARE
                        ? organisation(WireStories.this.random(-1 - RECURRING_PEOPLE - random.nextInt(RECURRING_ORGANISATIONS)))
                        : organisation(random);
                if (!organisations.contains(organisation)) {
                    organisations.add(organisation);
                }
            }
            // Every person is introduced with their title by the end, and so is the organisation it names.
            people.stream().map(Person::organisation).filter(o -> o != null && !organisations.contains(o)).forEach(o -> {
                organisations.add(o);
                named.add(o);
            });
        }

        Story write() {
            String datelinePlace = pools.place(random);
            places.add(datelinePlace);
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(datelinePlace.toUpperCase(Locale.ROOT) + ", " + NamePools.pick(DATELINE_MONTHS, random) + " " + (1 + random.nextInt(28))
                    + " (Reuters) — " + lede());
            paragraphs.add(quote(nextPerson()) + " " + background());
            int count = 4 + random.nextInt(6);
            while (paragraphs.size() < count) {
                StringBuilder paragraph = new StringBuilder(random.nextBoolean() ? quote(nextPerson()) : background());
                for (int more = 2 + random.nextInt(3); more > 0; more--) {
                    paragraph.append(' ').append(background());
                }
                paragraphs.add(paragraph.toString());
            }
            StringBuilder last = new StringBuilder(paragraphs.remove(paragraphs.size() - 1));
            while (introduced.size() < people.size()) {
                last.append(' ').append(quote(nextPerson()));
            }
            while (named.size() < organisations.size()) {
                last.append(' ').append(sentence("A spokesperson for {org} declined to comment."));
            }
            paragraphs.add(last.toString());
            paragraphs.add(credit());
            return new Story(String.join("\n\n", paragraphs) + "\n", people.stream().map(Person::fullName).distinct().toList(),
                    List.copyOf(new LinkedHashSet<>(organisations)), List.copyOf(places));
        }

        private String lede() {
            return switch (random.nextInt(3)) {
                case 0 -> sentence("{org} will {plan} {when}, {person} said on {day}, {consequence}.");
                case 1 -> sentence("{person} on {day} {deed}, {consequence}.");
                default -> sentence("{org} {deed} on {day}, {consequence}.");
            };
        }

        private String quote(Person speaker) {
            String words = fill(NamePools.pick(QUOTES, random));
            if (introduced.contains(speaker)) {
                return "\"" + words + ",\" " + speaker.family() + " " + NamePools.pick(SPEECH, random) + ".";
            }
            introduced.add(speaker);
            return "\"" + words + ",\" said " + speaker.title() + " " + speaker.fullName() + ".";
        }

        private String background() {
            return sentence(NamePools.pick(BACKGROUND, random));
        }

        /** The first person not yet introduced, or else anyone of the cast. */
        private Person nextPerson() {
            return people.stream().filter(p -> !introduced.contains(p)).findFirst().orElseGet(() -> NamePools.pick(people, random));
        }

        private String mention(Person person) {
            return introduced.add(person) ? person.title() + " " + person.fullName() : person.family();
        }

        private String organisationMention() {
            String next = organisations.stream().filter(o -> !named.contains(o)).findFirst()
                    .orElseGet(() -> NamePools.pick(organisations, random));
            named.add(next);
            return next;
        }

        private String place() {
            String place = pools.place(random);
            places.add(place);
            return place;
        }

        private String fill(String template) {
            Matcher slot = SLOT.matcher(template);
            StringBuilder text = new StringBuilder();
            while (slot.find()) {
                String value = switch (slot.group(1)) {
                    case "person" -> mention(nextPerson());
                    case "org" -> organisationMention();
                    case "place" -> place();
                    case "plan" -> fill(NamePools.pick(PLANS, random));
                    case "deed" -> fill(NamePools.pick(DEEDS, random));
                    case "when" -> NamePools.pick(WHEN, random);
                    case "consequence" -> NamePools.pick(CONSEQUENCES, random);
                    case "goods" -> NamePools.pick(GOODS, random);
                    case "day" -> NamePools.pick(DAYS, random);
                    case "month" -> Month.of(1 + random.nextInt(12)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    case "year" -> Integer.toString(2015 + random.nextInt(10));
                    case "n" -> Integer.toString(2 + random.nextInt(88));
                    default -> throw new IllegalStateException("no slot " + slot.group());
                };
                slot.appendReplacement(text, Matcher.quoteReplacement(value));
            }
            slot.appendTail(text);
            return text.toString();
        }

        /** A sentence may open with a lower-case title, "opposition leader Amina Odhiambo said", which it capitalises. */
        private String sentence(String template) {
            String sentence = fill(template);
            return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
        }

        private String credit() {
            StringBuilder credit = new StringBuilder("(Reporting by ").append(journalist()).append(" in ").append(pools.place(random));
            if (random.nextInt(3) == 0) {
                credit.append("; Additional reporting by ").append(journalist()).append(" in ").append(pools.place(random));
            }
            credit.append("; Editing by ").append(journalist());
            if (random.nextBoolean()) {
                credit.append(" and ").append(journalist());
            }
            return credit.append(')').toString();
        }

        private String journalist() {
            return pools.givenName(random) + " " + pools.familyName(random);
        }
    }
}
