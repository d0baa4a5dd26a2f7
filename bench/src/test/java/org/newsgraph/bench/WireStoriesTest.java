package org.newsgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.newsgraph.wire.Credit;
import org.newsgraph.wire.Dateline;
import org.newsgraph.wire.WireCopy;
import org.newsgraph.wire.WireCopyParser;

class WireStoriesTest {

    private static final Pattern ATTRIBUTED_QUOTE = Pattern.compile("\"[^\"]+,\" (said \\S|\\p{Lu}\\S+ (said|told|added|warned|insisted))");

    private final WireStories stories = new WireStories(NamePools.load(), 42);

    @Test
    void aSeedWritesTheSameStoriesInAnyOrder() {
        WireStories again = new WireStories(NamePools.load(), 42);
        List<String> forwards = LongStream.range(0, 50).mapToObj(stories::article).toList();
        List<String> backwards = new ArrayList<>(LongStream.range(0, 50).map(i -> 49 - i).mapToObj(again::article).toList());
        Collections.reverse(backwards);
        assertThat(backwards).isEqualTo(forwards);
    }

    @Test
    void anotherSeedWritesOtherStories() {
        WireStories other = new WireStories(NamePools.load(), 43);
        assertThat(LongStream.range(0, 20).filter(i -> other.article(i).equals(stories.article(i)))).isEmpty();
    }

    @Test
    void aThousandStoriesBringThousandsOfNewNames() {
        Set<String> people = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        long mentions = 0;
        for (long i = 0; i < 1_000; i++) {
            WireStories.Story story = stories.story(i);
            people.addAll(story.people());
            organisations.addAll(story.organisations());
            mentions += story.people().size();
        }
        // About 3 people a story, of whom 15 in 100 are among 300 who recur.
        assertThat(mentions).isGreaterThan(2_500);
        assertThat(people).hasSizeGreaterThan(2_300);
        assertThat(organisations).hasSizeGreaterThan(1_500);
    }

    /** A recurring actor drawn twice for one story once kept it writing forever; one story in thousands does. */
    @Test
    void everyStoryEndsHavingNamedItsWholeCast() {
        for (long i = 0; i < 50_000; i++) {
            WireStories.Story story = stories.story(i);
            assertThat(story.text()).contains(story.people()).contains(story.organisations());
        }
    }

    @Test
    void everyStoryParsesAsWireCopyWithItsDatelineAndCredit() {
        WireCopyParser parser = new WireCopyParser();
        for (long i = 0; i < 1_000; i++) {
            WireStories.Story story = stories.story(i);
            WireCopy copy = parser.parse(story.text());
            Dateline dateline = copy.dateline().orElseThrow(() -> new AssertionError("no dateline in " + story.text()));
            assertThat(dateline.place()).isEqualTo(story.places().get(0).toUpperCase(Locale.ROOT));
            assertThat(dateline.agency()).contains("Reuters");
            assertThat(dateline.date()).isPresent();
            Credit credit = copy.credit().orElseThrow(() -> new AssertionError("no credit in " + story.text()));
            assertThat(credit.byline()).hasSize(1);
            assertThat(credit.editors()).isNotEmpty();
            assertThat(copy.title()).endsWith(".").hasSizeLessThan(WireCopyParser.DEFAULT_MAX_TITLE_LENGTH);
            String body = story.text().substring(copy.storyStart(), copy.storyEnd());
            assertThat(body.split("\n\n")).hasSizeBetween(4, 9);
        }
    }

    @Test
    void peopleAreQuotedAndNamedInFullBeforeTheirFamilyNameAlone() {
        for (long i = 0; i < 200; i++) {
            WireStories.Story story = stories.story(i);
            assertThat(ATTRIBUTED_QUOTE.matcher(story.text()).find()).as(story.text()).isTrue();
            for (String person : story.people()) {
                String family = person.substring(person.indexOf(' ') + 1);
                assertThat(story.text().indexOf(person)).as(person + " in " + story.text()).isNotNegative()
                        .isEqualTo(story.text().indexOf(family) - person.indexOf(' ') - 1);
            }
            story.organisations().forEach(organisation -> assertThat(story.text()).contains(organisation));
        }
    }

    @Test
    void familyNamesAreComposedFromSyllablesInTheHundredsOfThousands() {
        NamePools pools = NamePools.load();
        SplittableRandom random = new SplittableRandom(7);
        Set<String> families = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            families.add(pools.familyName(random));
        }
        // Drawing 10,000 from 140,000 repeats about 3 in 100.
        assertThat(families).hasSizeGreaterThan(9_000);
        assertThat(pools.givenNameCount()).isGreaterThan(20_000);
        assertThat(pools.placeCount()).isGreaterThan(20_000);
    }
}
