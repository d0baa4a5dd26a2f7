package org.newsgraph.actors.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.wire.Story;

class ActorExtractorTest {

    private static ActorExtractor extractor;

    @BeforeAll
    static void buildExtractor() {
        extractor = new ActorExtractor();
    }

    private static Optional<Actor> actor(ExtractionResult result, String name) {
        return result.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static Actor named(String text, String name) {
        ExtractionResult result = extractor.extract(text);
        return actor(result, name).orElseThrow(() -> new AssertionError(name + " not in " + result.actors()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            full name then surname      | Donald Trump met aides on Monday. Later Trump spoke.            | Donald Trump     | Trump
            particles stay together     | Ursula von der Leyen spoke. Von der Leyen left.                 | Ursula von der Leyen | Von der Leyen
            apostrophe names            | Siobhan O'Brien arrived. O'Brien said nothing.                  | Siobhan O'Brien  | O'Brien
            accented names              | Álvaro Núñez scored. Núñez celebrated.                          | Álvaro Núñez     | Núñez
            family name first           | Liu Zhenmin arrived in Brazil. Liu told reporters he was happy. | Liu Zhenmin      | Liu
            given name alone            | Jeanne Moreau was a French actress. Jeanne starred in films.    | Jeanne Moreau    | Jeanne
            family name before a Korean given name | President Moon Jae-in met Park Ji-won in Seoul. Moon said the talks went well. | Moon Jae-in | Moon
            a Korean name that starts like a place | Park Ji-won arrived in Seoul. Park declined to comment.     | Park Ji-won      | Park
            middle name left out        | Patrick Leopold Gordon was born in Scotland. Patrick Gordon died in Moscow. | Patrick Leopold Gordon | Patrick Gordon
            a given name no list knows  | Tedros Adhanom Ghebreyesus praised the vaccine. Tedros said it would save lives. | Tedros Adhanom Ghebreyesus | Tedros
            name in the other order     | Eszter Kovács chairs the board. Kovács Eszter said the vote was close. | Eszter Kovács | Kovács Eszter
            first of two family names   | Rosa Elena Quispe Mamani runs the co-operative. Quispe said prices fell. | Rosa Elena Quispe Mamani | Quispe
            a family name in apposition with a place noun | Sen. Curtis Vandeveer wrote the bill. Vandeveer, a former county commissioner, spoke. | Curtis Vandeveer | Vandeveer
            first family name before particles | Mayor Antonio Ruiz de la Fuente opened the bridge. Ruiz thanked the workers. | Antonio Ruiz de la Fuente | Ruiz
            a family name that is a country and speaks | Rep. Jim Jordan, R-Ohio, disagreed. "This is a disaster for families," Jordan told reporters. | Jim Jordan | Jordan
            a first family name with particles | Mayor Tomás de la Barra Ugarte spoke. Later, de la Barra said the roads were open. | Tomás de la Barra Ugarte | de la Barra
            particles opening a sentence | Lucía de la Garza Villarreal wrote the ruling. De la Garza said it was final. | Lucía de la Garza Villarreal | De la Garza
            one particle before a family name | Rui de Sá Matos coaches the team. Later de Sá Matos left. | Rui de Sá Matos | de Sá Matos
            """)
    void surnameResolvesToEarlierFullName(String behaviour, String text, String name, String alias) {
        Actor actor = named(text, name);
        assertThat(actor.type()).isEqualTo(ActorType.PERSON);
        assertThat(actor.aliases()).contains(alias);
        assertThat(extractor.extract(text).actors()).filteredOn(a -> a.name().equals(alias)).isEmpty();
    }

    @Test
    void aGivenNameInsideAFullNameCallsNoOneAlone() {
        ExtractionResult result = extractor.extract("Martin Luther King Jr. spoke in Memphis. Luther was a theologian.");

        assertThat(actor(result, "Martin Luther King Jr.").orElseThrow().aliases()).doesNotContain("Luther");
    }

    @Test
    void namesACountryAsTheTextDoesAndKeepsItsUsualNameForTheRegistry() {
        Actor britain = named("Britain raised its interest rates on Tuesday. The UK economy grew.", "Britain");
        assertThat(britain.type()).isEqualTo(ActorType.LOCATION);
        assertThat(britain.aliases()).contains("UK");
        assertThat(britain.registryName()).isEqualTo("United Kingdom");
        assertThat(named("The United Kingdom left the bloc. Britain voted in 2016.", "United Kingdom").registryName())
                .isEqualTo("United Kingdom");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            acronym after expansion   | Leaders of the Palestine Liberation Organization (PLO) met. The PLO agreed.     | Palestine Liberation Organization | PLO
            acronym across a lower word | The charity Bail for Immigration Detainees (BID) sued.                        | Bail for Immigration Detainees    | BID
            nickname in brackets      | "Bibi (Israeli Prime Minister Benjamin Netanyahu) did well," an aide said.      | Benjamin Netanyahu                | Bibi
            short company name        | Veridian Semiconductor Corp rose 9%. Shares of Veridian have tripled.          | Veridian Semiconductor Corp       | Veridian
            demonym to its country    | Egyptian, Qatari and Turkish mediators met in Egypt.                            | Egypt                             | Egyptian
            acronym of a place        | Police in New South Wales said the NSW government would act.                  | New South Wales                   | NSW
            team after its city       | The Boston Red Sox signed him. The Red Sox won the game.                       | Boston Red Sox                    | Red Sox
            quoted nickname in a name | Benjamin "Bibi" Netanyahu spoke. Later Bibi said talks would go on.           | Benjamin Netanyahu                | Bibi
            nickname of common words  | The comedian Sal "Big Sal" Brennan plays the landlord.                        | Sal Brennan                       | Big Sal
            place without its head    | Ferries to Jeju Island were cancelled, and Jeju hotels emptied.              | Jeju Island                       | Jeju
            park without its heads    | Rangers counted elephants in Lopé National Park. Lopé is known for mandrills. | Lopé National Park                | Lopé
            a country's short form inside | The United States Congress met. The U.S. Congress voted on Friday.       | United States Congress            | U.S. Congress
            a listed body after its place | The United States Congress met. On Friday Congress adjourned.           | United States Congress            | Congress
            a country opening a body's name | The United States sent troops. The U.S. Army said so.          | United States                     | U.S.
            an acronym as British papers write it | The North Atlantic Treaty Organization met. Nato allies agreed. | North Atlantic Treaty Organization | Nato
            an acronym holding an acronym | The Central Bank of the UAE fined them. The CBUAE said so.      | Central Bank of the UAE           | CBUAE
            """)
    void oneActorManyNames(String behaviour, String text, String name, String alias) {
        assertThat(named(text, name).aliases()).contains(alias);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            opening a sentence        | Netanyahu rejected the offer on Sunday.                    | Netanyahu
            after a clause            | In a statement, Zelensky thanked the allies.               | Zelensky
            a town's name too         | The plan was praised by Obama and by aid groups.           | Obama
            a family name first       | Talks with Xi Jinping ended on Friday.                     | Xi Jinping
            """)
    void aPersonInTheNewsNamedAloneIsAPerson(String behaviour, String text, String name) {
        assertThat(named(text, name).type()).isEqualTo(ActorType.PERSON);
    }

    @Test
    void theNamesOfOnePersonInTheNewsAreOneActorUnlessTheTextGivesOneToSomeoneElse() {
        assertThat(named("Luiz Inácio Lula da Silva won the runoff. Lula said he was glad.",
                "Luiz Inácio Lula da Silva").aliases()).contains("Lula");
        ExtractionResult family = extractor.extract("Recep Tayyip Erdoğan met aides on Sunday. His son Bilal Erdoğan"
                + " spoke later. \"We will win this race in the end,\" Erdoğan said.");
        assertThat(actor(family, "Recep Tayyip Erdoğan").orElseThrow().mentions()).hasSize(1);
        assertThat(actor(family, "Bilal Erdoğan").orElseThrow().mentions()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            country before title  | US President Donald Trump spoke on Tuesday.                       | Donald Trump   | US President
            title with of         | Secretary of State Marco Rubio joined them.                      | Marco Rubio    | Secretary of State
            organisation before title | White House Chief of Staff Susie Wiles joined them.          | Susie Wiles    | White House Chief of Staff
            demonym before title  | He met Canadian Prime Minister Mark Carney in Ottawa.            | Mark Carney    | Canadian Prime Minister
            lower-case title      | Trump met his team before special envoy Steve Witkoff left.      | Steve Witkoff  | special envoy
            apposition            | Fuad Basya, spokesman for the Indonesian military, said so.      | Fuad Basya     | spokesman for the Indonesian military
            a title of three words | Mayor Pro Tem Douglas Reinholt voted for the ban.               | Douglas Reinholt | Mayor Pro Tem
            an emeritus professor  | "She never stopped," said Professor Emeritus Garth McAllister.     | Garth McAllister | Professor Emeritus
            a lawmaker after a party | Yesh Atid MK Orly Tzur-Levin said the rate was too high.        | Orly Tzur-Levin | Yesh Atid MK
            a name English does not know after a complement | Minister of Water and Irrigation Suhail Abu Rumman told reporters. | Suhail Abu Rumman | Minister of Water and Irrigation
            """)
    void titlesBecomeRoles(String behaviour, String text, String name, String role) {
        Actor actor = named(text, name);
        assertThat(actor.type()).isEqualTo(ActorType.PERSON);
        assertThat(actor.roles()).contains(role);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            multi-word place       | Envoys flew to Sharm el-Sheikh on Tuesday.                   | Sharm el-Sheikh    | LOCATION
            party with a number    | Polls favour the Movimento 5 Stelle party in the south.      | Movimento 5 Stelle | ORGANIZATION
            agency named by country | A spokesman for Environment Canada said a warning was issued. | Environment Canada | ORGANIZATION
            listed organisation    | Officials at the White House declined to comment.            | White House        | ORGANIZATION
            a party by its short name | He said Labour would win the vote, but not by much.     | Labour             | ORGANIZATION
            a party to a court case | The justices overturned Roe v. Wade in 2022.              | Wade               | PERSON
            a board party to a case | In Brown v. Board of Education, the court ruled.            | Board of Education | ORGANIZATION
            unknown town after in  | Residents fled to shelters in Kisumu overnight.              | Kisumu             | LOCATION
            city before its state  | The Santa Clara, California-based company grew.              | Santa Clara        | LOCATION
            firm with ampersand    | They hired the law firm Harcourt & Wylie last year.          | Harcourt & Wylie   | ORGANIZATION
            hyphenated given name  | Pierre-Simon Laplace worked in Paris.                       | Pierre-Simon Laplace | PERSON
            abbreviated mountain   | Climbers reached Mt. Talau on Monday.                        | Mt. Talau          | LOCATION
            opened in its language | It was opposed by Sindicato Gomez in March.                  | Sindicato Gomez    | ORGANIZATION
            where someone works    | Hamish Tait, general manager of Uawa Timberlands, spoke.     | Uawa Timberlands   | ORGANIZATION
            a club before its manager | Chelsea manager Enzo Maresca blamed the referee.          | Chelsea            | ORGANIZATION
            a musician's role      | Drummer Sione Vaipulu said the band would buy a van.         | Sione Vaipulu      | PERSON
            a player's position    | Defenceman Aleksi Mäkiranta scored twice on Friday.          | Aleksi Mäkiranta   | PERSON
            a hyphenated title     | The plan was approved, said Vice-President Andrés Pazmiño.  | Andrés Pazmiño     | PERSON
            a complement before three names | Vice Minister of Electricity Andrés Pazmiño Cevallos spoke. | Andrés Pazmiño Cevallos | PERSON
            a pitcher's hand       | RHP Seo Jun-ho pitched seven innings.                        | Seo Jun-ho         | PERSON
            a place its acronym spells | The United Nations Mission in South Sudan (UNMISS) said so. | United Nations Mission in South Sudan | ORGANIZATION
            what a firm does before it | It was built by the grid operator Voltavera with loans from banks. | Voltavera       | ORGANIZATION
            a river named before its noun | Boats sailed down the Ombrela river on Monday.            | Ombrela            | LOCATION
            a judge's court after her name | A ruling came. U.S. District Judge Harriet Delacambre of the Middle District of Louisiana ruled. | Middle District of Louisiana | ORGANIZATION
            a judge before her court | A ruling came. U.S. District Judge Harriet Delacambre of the Middle District of Louisiana ruled. | Harriet Delacambre | PERSON
            a Korean given name first | Center fielder Jun-seo Park ran it down and dove. | Jun-seo Park | PERSON
            a church at its address | The bell hung at St. Casimir Lutheran Church on West Third Street for years. | St. Casimir Lutheran Church | ORGANIZATION
            a street after a church | The bell hung at St. Casimir Lutheran Church on West Third Street for years. | West Third Street | LOCATION
            a direction opening a sentence and a name | Northern Arizona University said the lab would close. | Northern Arizona University | ORGANIZATION
            a title of two heads   | The plant opened. Hardin County Judge-Executive Ronnie Kesselring spoke. | Ronnie Kesselring | PERSON
            a party with a hyphenated acronym | Muttahida Qaumi Movement-Pakistan (MQM-P) MPA Syeda Rizvi said her party would act. | Muttahida Qaumi Movement-Pakistan | ORGANIZATION
            two nouns of one bureau after The | The Transport and Logistics Bureau said fares would rise. | Transport and Logistics Bureau | ORGANIZATION
            a person before a party's acronym | Council speaker Sipho Mthembu-Khoza (ANC) ruled that the motion was late. | Sipho Mthembu-Khoza | PERSON
            a state in a party tag | Sen. Chuck Schumer, D-N.Y., said the bill would pass.        | N.Y.               | LOCATION
            a state in brackets    | Sen. Alex Padilla (D-Calif.) agreed with the plan.          | Calif.             | LOCATION
            a subdivision written without accents | Heat is forecast for Karnataka through April. | Karnataka          | LOCATION
            """)
    void namesKeepTheirWordsAndType(String behaviour, String text, String name, ActorType type) {
        assertThat(named(text, name).type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            possessive inside a name  | Troops of the People's Liberation Army moved north.            | People's Liberation Army            | ORGANIZATION
            complements after a head  | The Society for the Protection of Birds said it would appeal. | Society for the Protection of Birds | ORGANIZATION
            hyphenated given name     | Lee Jae-sung said the talks would go on.                      | Lee Jae-sung                        | PERSON
            title words before a head | A spokesman for the Interior Ministry declined to comment.    | Interior Ministry                   | ORGANIZATION
            title then its complement | Director of the National Hurricane Center Ana Ruiz said so.   | Ana Ruiz                            | PERSON
            complement of a title     | Director of the National Hurricane Center Ana Ruiz said so.   | National Hurricane Center           | ORGANIZATION
            title with no name after  | He was named President of the Royal Society in 1950.          | Royal Society                       | ORGANIZATION
            owner that names a place  | He studied at London's Webber Douglas Academy of Dramatic Art. | London                             | LOCATION
            owned after a place       | He studied at London's Webber Douglas Academy of Dramatic Art. | Webber Douglas Academy of Dramatic Art | ORGANIZATION
            two institutions with and | She taught at the University of California and Columbia University. | Columbia University           | ORGANIZATION
            institution before and    | She taught at the University of California and Columbia University. | University of California      | ORGANIZATION
            place before and          | Egypt and Qatar Airways signed a deal.                        | Qatar Airways                       | ORGANIZATION
            suffix after a title word | Martin Luther King Jr. spoke in Memphis.                      | Martin Luther King Jr.              | PERSON
            description before a name | Mathematician Hermann Weyl said so.                           | Hermann Weyl                        | PERSON
            writer named like a city  | Jack London wrote in San Francisco. He never lived in London.  | Jack London                         | PERSON
            city named like a writer  | Jack London wrote in San Francisco. He never lived in London.  | London                              | LOCATION
            a contraction before a name | Hi, I'm Isabel Ruiz and I run the shop.                   | Isabel Ruiz                         | PERSON
            person right after an institution | Panelists: Texas State University Mark Jones, a professor. | Mark Jones                  | PERSON
            institution right before a person | Panelists: Texas State University Mark Jones, a professor. | Texas State University      | ORGANIZATION
            a place before a clause's verb | Médecins Sans Frontières, which runs clinics in Quetta, said its teams were busy. | Quetta | LOCATION
            party word before a person | Jane Brooks won, defeating Republican Margaret Young by 19,000 votes. | Margaret Young          | PERSON
            title with a complement without a head | Minister of Infrastructure and Water Management Sanne Kuijpers said so. | Sanne Kuijpers | PERSON
            town beside its school    | He grew up near Exeter and studied at Exeter School.          | Exeter                              | LOCATION
            town beside its newspaper | The Leicester Herald reported it. Residents of Leicester were angry. | Leicester                    | LOCATION
            a river before a clause's verb | Voters along the Shire River complained about bridges.   | Shire River                         | LOCATION
            a country beside a sea named after it | Oil spread across the Gulf of Mexico, and Mexico protested. | Mexico                    | LOCATION
            a city's council named in full | Funds came from the City of Edinburgh Council on Monday. | City of Edinburgh Council   | ORGANIZATION
            a title opening a later sentence | It rained. Director of the National Hurricane Center said so. | National Hurricane Center | ORGANIZATION
            a firm of two family names | Suresh Kanagaratnam, of Kanagaratnam & Goh, argued the case. | Kanagaratnam & Goh        | ORGANIZATION
            a form of address of Singapore | Madam Siti Rahmah Osman, 52, a hawker, said it was bad.  | Siti Rahmah Osman           | PERSON
            a ministry beside a country's embassy | Officials from the Ministry of Finance and South Korea's embassy came. | Ministry of Finance | ORGANIZATION
            a country beside a ministry | Officials from the Ministry of Finance and South Korea's embassy came. | South Korea        | LOCATION
            the platform once called Twitter | The minister wrote on X that the deal was dead.          | X                           | ORGANIZATION
            an Irish board with its article | Workers at Bord na Móna were told on Monday.        | Bord na Móna                | ORGANIZATION
            a county beside its commission | The Chatham County Commission voted. Officers left jobs elsewhere in Chatham County. | Chatham County | LOCATION
            a firm its spokesperson speaks for | A Translink spokesperson said buses would return.  | Translink                   | ORGANIZATION
            a state beside its department | A study by the Arizona Department of Water Resources came out. Arizona relies on the river. | Arizona | LOCATION
            a broadcaster's branch | CBC Hamilton reported the fire on Monday.                          | CBC Hamilton                | ORGANIZATION
            """)
    void wholeNamesKeepTheirWords(String behaviour, String text, String name, ActorType type) {
        assertThat(named(text, name).type()).isEqualTo(type);
    }

    @Test
    void aStateAsNewsAbbreviatesItIsTheStateAndEndsASentence() {
        ExtractionResult result = extractor.extract("Workers in Tennessee heard on Monday. The plant in Smyrna, Tenn. "
                + "The firm will close it.");

        assertThat(actor(result, "Tennessee").orElseThrow().aliases()).containsExactly("Tenn.");
        assertThat(result.actors()).extracting(Actor::name).containsExactlyInAnyOrder("Tennessee", "Smyrna");
    }

    @Test
    void aLegalFormOfAnyCountryEndsACompanysName() {
        ExtractionResult result = extractor.extract("Pirelli S.p.A. and Transilvania Drumuri S.R.L. bid, and Minera "
                + "Cerro Azul S.A. de C.V. won.");

        assertThat(result.actors()).extracting(Actor::name, Actor::type).containsExactlyInAnyOrder(
                tuple("Pirelli S.p.A.", ActorType.ORGANIZATION),
                tuple("Transilvania Drumuri S.R.L.", ActorType.ORGANIZATION),
                tuple("Minera Cerro Azul S.A. de C.V.", ActorType.ORGANIZATION));
    }

    @Test
    void aLineOfAnAuthorAndTheirInstitutionIsNoHeadline() {
        String text = "How People Look at Art\n\nDaniel Smith, Durham University, United Kingdom\n\nThe study ran for a year.";

        assertThat(extractor.extract(text).actors()).extracting(Actor::name, Actor::type).contains(
                tuple("Daniel Smith", ActorType.PERSON), tuple("Durham University", ActorType.ORGANIZATION));
    }

    @Test
    void aCompanyAbbreviationEndsTheSentenceBeforeACapital() {
        ExtractionResult result = extractor.extract("Shares in Acme Corp. Next year the firm plans more.");

        assertThat(result.actors()).extracting(Actor::name).contains("Acme Corp.").noneMatch(n -> n.contains("Next"));
        assertThat(named("Shares in Acme Corp. Next year the firm plans more.", "Acme Corp.").type())
                .isEqualTo(ActorType.ORGANIZATION);
        assertThat(result.sentences()).hasSize(2);
    }

    @Test
    void citationMarksEndTheSentenceTheyFollow() {
        String text = "He toured Russia in 1890. [3] [4] In Prague he taught. [5] In 1891 Dvořák was appointed.";

        ExtractionResult result = extractor.extract(text);

        assertThat(result.sentences()).extracting(s -> text.substring(s.start(), s.end())).containsExactly(
                "He toured Russia in 1890. [3] [4]", "In Prague he taught. [5]", "In 1891 Dvořák was appointed.");
        assertThat(result.actors()).extracting(Actor::name).noneMatch(name -> name.startsWith("In "));
    }

    @Test
    void aClauseAfterANameInCommasIsNoRole() {
        Actor anthony = named("His father, Anthony, was a geologist and his mother, Jennifer, is a nurse.", "Anthony");

        assertThat(anthony.roles()).isEmpty();
    }

    @Test
    void aTitleWithItsComplementIsTheRole() {
        Actor ruiz = named("Director of the National Hurricane Center Ana Ruiz said so.", "Ana Ruiz");

        assertThat(ruiz.roles()).containsExactly("Director of the National Hurricane Center");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            common plural at a start  | Floods hit the valley. Rescuers came later.
            adjective at a start      | Scandalous decisions were made, critics wrote.
            sentence starts      | Citing sources, officials said talks began. When asked, none replied.
            calendar words       | Talks resumed on Tuesday and will end in March.
            titles alone         | The president said the Prime Minister agreed.
            languages            | She answered the questions in Arabic and then in English.
            a plural that speaks at a start | Opponents say the plan takes too little account of traffic.
            an initial alone     | The plan was drafted by H. and approved by the board.
            a currency           | The firm will invest a further US$90 million, or A$138 million.
            """)
    void wordsThatNameNoOne(String behaviour, String text) {
        assertThat(extractor.extract(text).actors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            two companies joined by and   | Exxon bought Pioneer Natural Resources and Diamondback Energy bought Endeavor Energy. | Diamondback Energy
            two titled names joined by and | We welcome Judge Shanlyn Park and Judge Jim Kawashima today.                         | Jim Kawashima
            a person after an institution named by a title's complement | Associate Administrator for the Science Mission Directorate Priya Raghunathan said it was late. | Priya Raghunathan
            a demonym before a person     | The dialects were studied by Chinese Bernhard Karlgren in the 1910s.                  | Bernhard Karlgren
            a person named by their country | Spaniard Rafael Nadal won in Madrid.                                               | Rafael Nadal
            a demonym before names English does not know | "It was hard," Kenyan Eliud Kipchoge said.                             | Eliud Kipchoge
            a headline in headline case   | Wikinews Interviews Author Jane Doakes About Her New Book\\n\\nJane Doakes, a novelist from Leeds, spoke about the book. | Jane Doakes
            """)
    void aNameEndsWhereAnotherBegins(String behaviour, String text, String name) {
        ExtractionResult result = extractor.extract(text.replace("\\n", "\n"));

        assertThat(result.actors()).extracting(Actor::name).contains(name)
                .noneMatch(n -> n.contains(" and ") || n.contains("Judge") || n.contains("Directorate " + name)
                        || n.contains("Chinese") || n.contains("Spaniard") || n.contains("Kenyan") || n.contains("Book"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            coordinated words in a complement | He joined the Centre for Irish and Scottish Studies last year.        | Centre for Irish and Scottish Studies
            a coordinated noun in a complement | The Department of Natural Resources and Renewables agreed.           | Department of Natural Resources and Renewables
            a second name after a complement  | The Bank of England and Goldman Sachs met on Monday.                | Bank of England, Goldman Sachs
            a company after a ministry        | The Ministry of Defence and Lockheed Martin signed the contract.     | Ministry of Defence, Lockheed Martin
            a plural owner inside a name      | She joined the Transport and General Workers' Union in 1998.       | Transport and General Workers' Union
            a body named by its fields        | Scientists at the Korea Astronomy and Space Science Institute saw it. | Korea Astronomy and Space Science Institute
            a field that also ends firms' names | He spoke at the Brazilian Petroleum and Gas Institute on Monday.   | Brazilian Petroleum and Gas Institute
            three words after and in a complement | The Brazilian Institute of Environment and Renewable Natural Resources refused. | Brazilian Institute of Environment and Renewable Natural Resources
            a month's abbreviation after a particle | The fire spread to Viña del Mar overnight.                   | Viña del Mar
            a Portuguese particle inside a name | The rain fell on Rio Grande do Sul and Serra do Japi.         | Rio Grande do Sul, Serra do Japi
            a French particle inside a name   | The Agence Nationale des Parcs Nationaux counted them.             | Agence Nationale des Parcs Nationaux
            a Spanish conjunction inside a name | The Instituto Nacional de Antropología e Historia dug there.      | Instituto Nacional de Antropología e Historia
            a Spanish plural article inside a name | The Unión de Productores de Agave de los Valles met.       | Unión de Productores de Agave de los Valles
            a person after a region           | The fire chief of the Valparaíso Region Marcelo Ossandón said so.   | Valparaíso Region, Marcelo Ossandón
            an interview's label              | Q. The Nigeria Football Federation has not paid you. Why?           | Nigeria Football Federation
            a form of address of another language | Our chairman, Alhaji Musa Danjuma, sold two of his trucks.      | Musa Danjuma
            a complement after on             | The Committee on Public Safety met on Monday.                       | Committee on Public Safety
            a head after a comma and and      | The Department of Finance, and County of Maui officials met.        | Department of Finance, County of Maui
            a month that is a given name      | June Obi hosts the show with her sister.                            | June Obi
            two organisations sharing a head  | The Health and Education Ministries issued a statement.             | Health Ministry, Education Ministry
            a nickname between two names      | Benjamin "Bibi" Netanyahu spoke on Monday.                          | Benjamin Netanyahu
            a person who owns a party         | Meloni's Brothers of Italy won the vote.                            | Meloni, Brothers of Italy
            a country after a country and and | Investment went to the United States and China last year.           | United States, China
            a speaker's contraction after a name | When I played Hermia I've always felt it was about Athens.       | Hermia, Athens
            an occupation before a name       | Fisherman Tanabe Yoshiro said the sea rose.                          | Tanabe Yoshiro
            a Malaysian form of address       | Datuk Ooi Mei Ling opened the shop.                                  | Ooi Mei Ling
            a county before a judge           | Harris County Judge Rosalinda Treviño-Vaughn said crews were out.    | Harris County, Rosalinda Treviño-Vaughn
            a title completing an office      | The Office of the Senior Commissioner for Refugees said 90 had fled. | Office of the Senior Commissioner for Refugees
            a ministry of a title's word and another | Officials at the Ministry of Justice and Culture agreed.      | Ministry of Justice and Culture
            a court of two complements        | On Monday the High Court of Cassation and Justice ruled.             | High Court of Cassation and Justice
            a state's branch of a party       | The Michigan Democratic Party sent staff to Lansing.                  | Michigan Democratic Party, Lansing
            a possessive before a place head  | He drove across Hawke's Bay on Monday.                                | Hawke's Bay
            a campus after a university       | She teaches at the University of Maine at Farmington.                 | University of Maine at Farmington
            a listed university's campus      | He studied at the University of California at Berkeley.               | University of California at Berkeley
            a title's word as a middle name   | Officials said Jimmy Dean Watkins had left the firm.                  | Jimmy Dean Watkins
            two authors cited with a year     | It was shown by others (Dye & Bavelier, 2010).                       | Dye, Bavelier
            a firm of two family names        | They hired the law firm Harcourt & Wylie in 2010.                     | Harcourt & Wylie
            a given name inside an empire     | He ruled the Holy Roman Empire for years.                             | Holy Roman Empire
            a place of two names with and     | The Newfoundland and Labrador Court of Appeal ruled.                  | Newfoundland and Labrador Court of Appeal
            a title of a county, no one named | He said the Harris County Judge would decide.                         | Harris County
            a title of a state and its field  | The Ondo State Commissioner for Health visited the hospital.          | Ondo State
            a title and its complement alone  | The Commissioner of Police, Abubakar Sule, spoke.                     | Abubakar Sule
            a title of a country's office     | The US Secretary of State arrived in Ankara.                          | US, Ankara
            a listed place with a possessive  | two died in Chattogram and Cox's Bazar.                               | Chattogram, Cox's Bazar
            """)
    void namesFoundWhole(String behaviour, String text, String names) {
        assertThat(extractor.read(text, Deadline.NONE).candidates()).extracting(c -> c.text)
                .containsExactly(names.split(", "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"United Nations Educational, Scientific and Cultural Organization",
            "Communications, Space and Technology Commission", "Digital, Culture, Media and Sport Committee",
            "Institute of Epidemiology, Disease Control and Research", "Ministry of Industry, Energy and Mining"})
    void aListOfNounsBeforeAnOrganisationsHeadIsPartOfItsName(String name) {
        assertThat(extractor.read("The " + name + " met on Monday.", Deadline.NONE).candidates()).extracting(c -> c.text)
                .containsExactly(name);
    }

    @Test
    void organisationsListedAfterCommasAreEachTheirOwnActor() {
        ExtractionResult result = extractor.extract("Jerome is honoured as a saint by the Catholic Church, the Eastern "
                + "Orthodox Church, the Lutheran Church, and the Anglican Communion.");

        assertThat(result.actors()).extracting(Actor::name).contains("Catholic Church", "Eastern Orthodox Church",
                "Lutheran Church", "Anglican Communion");
    }

    @Test
    void aNameThatIsATownAndAFamilyIsWeighedAsBoth() {
        ActorResolver.Group buckley = extractor.read("The novel was praised by Buckley in a review.", Deadline.NONE)
                .groups().stream().filter(g -> g.name.equals("Buckley")).findFirst().orElseThrow();
        ActorResolver.Group nairobi = extractor.read("The novel was praised in Nairobi last year.", Deadline.NONE)
                .groups().stream().filter(g -> g.name.equals("Nairobi")).findFirst().orElseThrow();

        assertThat(buckley.features).contains("placeName", "placeName:surname");
        assertThat(nairobi.features).contains("placeName").doesNotContain("placeName:surname");
    }

    @Test
    void theWordsAroundANameInItsSentenceAreWeighed() {
        ActorResolver.Group club = group("Fans cheered as Dravona scored twice for Kelmaro. The mayor left.", "Dravona");

        assertThat(club.features).contains("near=fans", "near=cheered", "near=scored", "near=twice")
                .doesNotContain("near=kelmaro", "near=mayor", "near=as");
    }

    @Test
    void aClubNamedAfterItsTownIsAnOrganisationAndTheTownsCouncilStaysWhole() {
        ExtractionResult match = extractor.extract("Bristol City beat Swansea City 2-1, and the Edmonton Oilers lost. "
                + "The Oilers play again on Friday.");
        ExtractionResult council = extractor.extract("Bristol City Council met in Bristol on Monday.");

        assertThat(match.actors()).extracting(Actor::name, Actor::type).contains(
                tuple("Bristol City", ActorType.ORGANIZATION), tuple("Swansea City", ActorType.ORGANIZATION),
                tuple("Edmonton Oilers", ActorType.ORGANIZATION));
        assertThat(actor(match, "Edmonton Oilers").orElseThrow().aliases()).contains("Oilers");
        assertThat(council.actors()).extracting(Actor::name).contains("Bristol City Council", "Bristol")
                .doesNotContain("Bristol City");
    }

    @Test
    void aTeamCalledByItsTownIsTheTeamWhereItActsAndTheTownWhereItIs() {
        ExtractionResult match = extractor.extract("The Canberra Raiders beat the Penrith Panthers 20-18 in Canberra "
                + "on Sunday. Canberra led 12-6 at half-time.");
        ExtractionResult paper = extractor.extract("The Washington Post reported the talks. Washington said it would "
                + "respond.");

        assertThat(actor(match, "Canberra Raiders").orElseThrow().aliases()).containsExactly("Canberra");
        assertThat(actor(match, "Canberra").orElseThrow().mentions()).hasSize(1);
        assertThat(actor(paper, "Washington Post").orElseThrow().aliases()).isEmpty();
    }

    @Test
    void onlyAPersonIsJuniorOrSenior() {
        ActorResolver.Group junior = group("The grant went to Quillan Brastow Jr. last spring.", "Quillan Brastow Jr.");
        ActorResolver.Group second = group("A statue of Elizabeth II stands there.", "Elizabeth II");

        assertThat(junior.type).isEqualTo(ActorType.PERSON);
        assertThat(junior.actor).isTrue();
        assertThat(second.features).contains("nameSuffix", "last=elizabeth");
    }

    private ActorResolver.Group group(String text, String name) {
        return extractor.read(text, Deadline.NONE).groups().stream().filter(g -> g.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not read in: " + text));
    }

    @Test
    void worksInBracketsAfterAPersonAreNotTheirNames() {
        Actor antonioni = named("She worked with directors such as Michelangelo Antonioni (La notte and Beyond the Clouds) "
                + "and Orson Welles (The Trial).", "Michelangelo Antonioni");

        assertThat(antonioni.aliases()).containsExactly("Antonioni");
    }

    @Test
    void datelineAndCreditAreNotBody() {
        String text = "GAZA CITY, Oct 7 (Reuters) - Hamas said talks went well in Cairo.\n"
                + "(Reporting by Nidal al-Mughrabi; Editing by Alex Richardson)";

        assertThat(extractor.extract(text).actors()).extracting(Actor::name).containsExactly("Hamas", "Cairo");
    }

    @Test
    void aCityTheDatelineNamesIsNotTheShortNameOfItsChamber() {
        String text = "Mills shut as gas price rises\n\nFAISALABAD, Pakistan (AFP) - Forty mills halted work on Monday, "
                + "owners told the Faisalabad Chamber of Commerce. Faisalabad is the country's textile city.";

        assertThat(named(text, "Faisalabad").type()).isEqualTo(ActorType.LOCATION);
        assertThat(named(text, "Faisalabad Chamber of Commerce").aliases()).isEmpty();
    }

    @Test
    void aDatelineInCapitalsAfterAHeadlineIsTheCityTheStoryNames() {
        String text = "Record falls in Berlin\n\nBERLIN (Reuters) — A runner from Ethiopia won. Crowds in Berlin cheered.";

        Actor berlin = named(text, "Berlin");

        assertThat(berlin.mentions()).extracting(Mention::text).containsExactly("Berlin", "BERLIN", "Berlin");
        assertThat(extractor.extract(text).actors()).extracting(Actor::name).doesNotContain("BERLIN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            known as after a comma       | The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, fought on. Hemedti said no. | Mohamed Hamdan Dagalo | Hemedti
            formerly known as in brackets | He grew up in Mumbai (formerly known as Bombay) and left Bombay in 1990.     | Mumbai                | Bombay
            nicknamed after a comma      | Striker Pedro Santos, nicknamed Pepe, scored twice.                             | Pedro Santos          | Pepe
            quoted after known as        | Their captain, Kang Ji-hoon, known as "Kingmaker", won the game.                | Kang Ji-hoon          | Kingmaker
            dubbed after a comma         | The forward Ana Ruiz, dubbed Flecha, scored twice.                             | Ana Ruiz              | Flecha
            """)
    void aNameTheTextSaysSomeoneIsKnownByIsTheirAlias(String behaviour, String text, String name, String alias) {
        assertThat(named(text, name).aliases()).contains(alias);
        assertThat(extractor.extract(text).actors()).extracting(Actor::name).doesNotContain(alias);
    }

    @Test
    void anAgencyInBracketsAfterADatelineIsNotAnotherNameOfItsPlace() {
        String text = "Talks resume in Germany\n\nBERLIN (Reuters) — Talks resumed on Monday, officials said.";

        assertThat(named(text, "Reuters").aliases()).isEmpty();
        assertThat(named(text, "Reuters").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void anAgencyInBracketsAfterADatelinesCountryIsNotAnotherNameOfTheCountry() {
        String text = "Court orders fences\n\nMADURAI, India (PTI) - The court ordered fences on Monday, lawyers said.";

        assertThat(named(text, "India").aliases()).isEmpty();
        assertThat(named(text, "PTI").type()).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void anAcronymOpeningAParagraphIsStillRestatedInBrackets() {
        String text = "Plans announced\n\nWAMCO (West African Milk Company) said it would expand in Lagos.";

        assertThat(named(text, "West African Milk Company").aliases()).containsExactly("WAMCO");
    }

    @Test
    void anAcronymTakesTheInitialsOfAHyphenatedWordsParts() {
        String text = "Japan's Self-Defense Forces sent troops. The SDF said roads were blocked, and the Anti-Doping "
                + "Agency of Kenya said the same. ADAK tests again in May.";

        assertThat(named(text, "Self-Defense Forces").aliases()).containsExactly("SDF");
        assertThat(named(text, "Anti-Doping Agency of Kenya").aliases()).containsExactly("ADAK");
    }

    @Test
    void aStormNamedAsPeopleAreIsNoActor() {
        String text = "Hurricane Teodora made landfall near Veracruz, and Teodora weakened overnight. "
                + "The National Hurricane Center said so.";

        assertThat(extractor.extract(text).actors()).extracting(Actor::name)
                .containsExactly("Veracruz", "National Hurricane Center");
    }

    @Test
    void trailingAgencyCreditIsNotAnActor() {
        String text = "WASHINGTON — Hamas met mediators in Egypt.\n\n— Agencies";

        assertThat(extractor.extract(text).actors()).extracting(Actor::name).containsExactly("Hamas", "Egypt");
    }

    @Test
    void aStoryReadBeforeIsReadAsGivenWithOffsetsIntoTheWholeText() {
        String text = "Filed by Jane Doe.\nHamas met mediators in Egypt.";
        int storyStart = text.indexOf("Hamas");

        ExtractionResult result = extractor.extract(text, new Story(storyStart, text.length()));

        assertThat(result.actors()).extracting(Actor::name).containsExactly("Hamas", "Egypt");
        assertThat(result.actors().get(0).mentions().get(0).start()).isEqualTo(storyStart);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            speaker after quote        | "We will win this time," Trump said.                                    | Trump             | We will win this time,
            verb before speaker        | "We will win this time," said Jane Doe, a spokeswoman.                  | Jane Doe          | We will win this time,
            colon frame                | Jane Doe said: "We will win this time."                                 | Jane Doe          | We will win this time.
            according to               | "We will win this time," according to Jane Doe.                         | Jane Doe          | We will win this time,
            organisation speaks        | "We reject the plan outright," Hamas said in a statement.               | Hamas             | We reject the plan outright,
            partial quote in a clause  | Jane Doe said the deal was "dead on arrival in the Senate".             | Jane Doe          | dead on arrival in the Senate
            quoted as saying           | "It is over for us now," Jane Doe was quoted as saying.                 | Jane Doe          | It is over for us now,
            an -ing verb               | Jane Doe left early, insisting: "The vote was never going to pass."      | Jane Doe          | The vote was never going to pass.
            wrote                      | "The figures do not add up at all," Jane Doe wrote in a letter.         | Jane Doe          | The figures do not add up at all,
            argued                     | "Nobody here asked for this change," Jane Doe argued.                   | Jane Doe          | Nobody here asked for this change,
            apposition between         | "The market will recover by spring," Jane Doe, an economist at the bank, said. | Jane Doe | The market will recover by spring,
            parenthetical between      | Jane Doe (a farmer from the valley) said: "We have lost the whole harvest."    | Jane Doe | We have lost the whole harvest.
            partial quote after said   | Jane Doe said it was "simply unaffordable for most families".            | Jane Doe          | simply unaffordable for most families
            colon after another verb   | Jane Doe put it plainly: "We will not sign this deal."                  | Jane Doe          | We will not sign this deal.
            it for an organisation     | Hamas issued a statement on Monday. "We reject the plan outright and completely," it said. | Hamas | We reject the plan outright and completely,
            they for an organisation   | Toyota answered on Monday. "We will keep every plant in the country open," they said. | Toyota | We will keep every plant in the country open,
            the minister               | Finance Minister Jane Doe spoke on Monday. "The budget is balanced this year," the minister said. | Jane Doe | The budget is balanced this year,
            title then the name after the verb | "We will not accept this deal at any price," said the finance minister, Jane Doe. | Jane Doe | We will not accept this deal at any price,
            title then the name before the verb | "We will not accept this deal at any price," the union's leader, Jane Doe, said. | Jane Doe | We will not accept this deal at any price,
            a phrase that opens the sentence | In a statement, the Red Cross said: "Civilians are paying the price of this war every day." | Red Cross | Civilians are paying the price of this war every day.
            the one person of the sentence before | Jane Doe was blunt. "We will not accept this deal at any price." | Jane Doe | We will not accept this deal at any price.
            a title whose owner is no actor | "We have waited two years for an offer," FNV negotiator Niek Stam told reporters. | Niek Stam | We have waited two years for an offer,
            he after a bracket beside the name | Tom Jones started the game. Mark Smith came in late. Jones (4-5) took the loss. "I put the first guy on and paid for it," he said. | Tom Jones | I put the first guy on and paid for it,
            a person of an institution | "The vote is a warning to every party," Jane Doe of the University of Georgia said. | Jane Doe | The vote is a warning to every party,
            the sentence after a long attribution | "We did not want this, but they left us no choice," said Jane Doe, a negotiator for the union, speaking outside its office on the quay. "Every crane they automate is a family that loses its income." | Jane Doe | Every crane they automate is a family that loses its income.
            a noun after an owner's name | "We have spent a year not knowing whether he would sing again," said The Quiet Rebellion's guitarist, Priya Chandrasekar. | Priya Chandrasekar | We have spent a year not knowing whether he would sing again,
            an owner that is no actor | "We would rather be late than be a crater," Selene Dynamics chief executive Oluwaseun Adeyemi said. | Oluwaseun Adeyemi | We would rather be late than be a crater,
            called the thing a quote | Jane Doe called the theft "a wound to the whole city" and said the museum would reopen. | Jane Doe | a wound to the whole city
            an auxiliary after an apposition | Its leader, Councillor Jane Doe, has called the scheme "an environmental disaster waiting to happen". | Jane Doe | an environmental disaster waiting to happen
            a surname that is an English word | "We will rebuild every home that was lost," Young said.   | Young             | We will rebuild every home that was lost,
            a surname that is a town   | "We will rebuild every home that was lost," Lopez said.                 | Lopez             | We will rebuild every home that was lost,
            he after a described subject with an age | Fisherman Wilson Vera, 46, said he was on the beach. "The sea pulled back and everyone ran for the hills," he said. | Wilson Vera | The sea pulled back and everyone ran for the hills,
            a title and an affiliation after the verb | "Our congregations trust their pastor more than a poster," said Pastor Gideon Mambu of the church's Ampo district. | Gideon Mambu | Our congregations trust their pastor more than a poster,
            a title of several words   | Deputy Health Secretary Ruth Sialis spoke. "We are not going to pretend the system was working," the deputy secretary said. | Ruth Sialis | We are not going to pretend the system was working,
            a council member           | Councilmember Rosalind Achterberg said: "Nobody on this dais wants to raise anybody's bill." | Rosalind Achterberg | Nobody on this dais wants to raise anybody's bill.
            it after an organisation that spoke | The Kenya Ports Authority (KPA), which runs the port, said work went on. "No worker will lose a job as a result of this," it said. | Kenya Ports Authority | No worker will lose a job as a result of this,
            the company                | Siyanda Sugar Ltd will close the mill. "We have kept this mill running at a loss for years," the company said. | Siyanda Sugar Ltd | We have kept this mill running at a loss for years,
            his mother                 | "Our son did not break, he was broken by that place," his mother, Keiko Ishizuka, told reporters. | Keiko Ishizuka | Our son did not break, he was broken by that place,
            quotations chained after a colon | Comparing the two was hard, Ana Ruiz said: "We have a femur for ours." "So any ranking is, for now, a very educated guess." | Ana Ruiz | So any ranking is, for now, a very educated guess.
            named in the next sentence | Dr. Ana Ruiz wrote a bulletin. "I have had it twice now, and I really thought I would die." Wilmer Castillo, a mototaxi driver, was treated at home. | Wilmer Castillo | I have had it twice now, and I really thought I would die.
            a hyphenated title in an apposition | Le Quang Vinh, vice-chairman of the Dong Nai Labour Federation, said the walkout was "spontaneous but understandable in the circumstances". | Le Quang Vinh | spontaneous but understandable in the circumstances
            one of some in an apposition | Thomas Bell, one of six members who voted against, argued that the city was "borrowing from next year's budget". | Thomas Bell | borrowing from next year's budget
            a title as the subject after a clause | Coach Carl Ravn was angry. Asked about the defeat, the coach said: "We lost concentration for two set pieces." | Carl Ravn | We lost concentration for two set pieces.
            the title of an apposition | Jiri Kadlec, an epidemiologist at the institute, spoke. "People here thought of this as a lowland problem," the epidemiologist said. | Jiri Kadlec | People here thought of this as a lowland problem,
            a phrase opening the sentence without a comma | The Danish Football Union (DBU) opened a case. In a brief statement the DBU said it "takes the safety of spectators extremely seriously". | Danish Football Union | takes the safety of spectators extremely seriously
            the league by the end of its name | The Western Hockey League (WHL) praised both clubs, and the league said the series had been "everything junior hockey should be". | Western Hockey League | everything junior hockey should be
            a statement from    | "The vast majority of supporters behaved well," according to a statement from Copenhagen West Police. | Copenhagen West Police | The vast majority of supporters behaved well,
            according to a description then the name | Many farmers "have no savings left after the storm", according to the bank's general manager, Cynthia Roberts, who spoke on radio. | Cynthia Roberts | have no savings left after the storm
            a second partial quote of the sentence | Tulpar Go said the rate was "in line with the market" and was needed to "pay for new safety features in every car". | Tulpar Go | pay for new safety features in every car
            she after the verb before the name | "The tick follows the warmth up the mountains," said Dr. Eva Horak, a biologist. She said ticks stay active for "nine or even ten months of the year". | Eva Horak | nine or even ten months of the year
            a participle after a predicate | His neighbour, Rosa Tenesaca, was less enthusiastic, saying that "the market pays for size, not for resistance". | Rosa Tenesaca | the market pays for size, not for resistance
            a long apposition before the verb | "Our data says we should be talking in decades," Dr. Rania Haddadin, a geologist at the University of Jordan who led the project, told journalists. | Rania Haddadin | Our data says we should be talking in decades,
            an honorific after a description | "We cannot ask students to sit an exam on a connection that drops," the university's registrar, Dr. Lilly Manehaka, wrote. | Lilly Manehaka | We cannot ask students to sit an exam on a connection that drops,
            who said after a name | A ship is due within 12 days, according to Joseph Rikimani, who said the section "will have to be lifted from the sea floor". | Joseph Rikimani | will have to be lifted from the sea floor
            a parenthetical phrase before the verb | Glenn Sawatzky spoke first. Sawatzky, in his first season behind the bench, added: "We were not very good in the first period." | Glenn Sawatzky | We were not very good in the first period.
            two appositions before the verb | Coach Mads Holm praised the team. Rasmus Skovgaard, 20, who grew up near the stadium, had come on late. "I have been dreaming about this since I was a kid," he told TV 2. | Rasmus Skovgaard | I have been dreaming about this since I was a kid,
            the next sentence after words of someone else | Goalie Marc Sauvé made 50 saves. "He was the best player on the ice for hours," Glenn Sawatzky said of Sauvé. "You need your goalie to keep you alive in a game seven." | Glenn Sawatzky | You need your goalie to keep you alive in a game seven.
            a given name ending like a participle | "We are not refusing to pay anyone a fair wage," said Chen Wei-ling, the forum's chairperson. | Chen Wei-ling | We are not refusing to pay anyone a fair wage,
            the next sentence after a description by another person | "My client has been made the scapegoat for a system," said Karim Ouaddah, Pagliano's lawyer. "We will appeal and ask for the whole chain of command." | Karim Ouaddah | We will appeal and ask for the whole chain of command.
            a title opening a description before the name | The senior coroner for Cornwall and the Isles of Scilly, Dr. Imogen Carthew, gave her findings. "This was not the failure of any one nurse," the coroner said. | Imogen Carthew | This was not the failure of any one nurse,
            a title with its complement before the name | Deputy Minister of High Energy Technologies Rodrigo Vaca spoke. "Nothing will be signed behind anyone's back," the deputy minister said. | Rodrigo Vaca | Nothing will be signed behind anyone's back,
            a title given sentences before | Under the decree mayor Salvatore Causi loses his seat. Rome acted after a year. Inspectors read the files. Causi, a pharmacist, rejected the findings. "I have never met a mafioso in my life," the former mayor said. | Salvatore Causi | I have never met a mafioso in my life,
            an age for the speaker | Steffen Kuhnert, 41, lost the vote. Jana Berg, the winner, said she was happy. "They had to pull every lever to stop a plumber," the 41-year-old added. | Steffen Kuhnert | They had to pull every lever to stop a plumber,
            a participle in an apposition | Rusdin Lapawa lost. Lapawa, speaking to reporters in Luwuk, said he accepted that "we will go back to the voters with our heads up". | Rusdin Lapawa | we will go back to the voters with our heads up
            an elected title  | The ruling is a setback for regent-elect Rusdin Lapawa. "We will win again, and this time nobody will doubt it," the regent-elect insisted. | Rusdin Lapawa | We will win again, and this time nobody will doubt it,
            a participle after the quotation naming no one | Sergio Ledesma, who represents three officers, said the verdict rested on "a forensic report full of contradictions", insisting that it was wrong. | Sergio Ledesma | a forensic report full of contradictions
            the court named paragraphs before | The Constitutional Court met in Jakarta. Lawyers argued for a day. Voters waited outside. Police closed the road. Nobody left. In its ruling, the court said the payments "cannot be separated from the campaign team". | Constitutional Court | cannot be separated from the campaign team
            the source in the next sentence | Investors were nervous. "We have had four mayors in eight years, and nobody stays." The warning came from Manuel Carrasco, who chairs the chamber of commerce. | Manuel Carrasco | We have had four mayors in eight years, and nobody stays.
            accused of             | Malineo Mokhethi spoke for the union. Mokhethi accused officials of "waiting for the workers to get tired of it". | Malineo Mokhethi | waiting for the workers to get tired of it
            a statement named by its owner | Cricket West Indies (CWI) praised the staff. "Too many hours have been lost to water lying on outfields," the CWI statement said. | Cricket West Indies | Too many hours have been lost to water lying on outfields,
            a title owned by a short name | The Derry City manager, Ruaidhri Higgins, was upset. "We did not deserve to lose this game at all," the Derry manager said. | Ruaidhri Higgins | We did not deserve to lose this game at all,
            a title owned by a plural name | The Shamrock Rovers coach, Stephen Bradley, smiled. "It was a good night for all of us here," the Rovers' coach said. | Stephen Bradley | It was a good night for all of us here,
            a family name that heads places | Coach Park Ji-sung was calm. "We will come back stronger next season," Park said. | Park Ji-sung | We will come back stronger next season,
            a passive speech verb names no speaker | Marta Ilić, an economist at the University of Zagreb, said the crash had been predicted. "Everyone planted when the price was at its peak," she explained. | Marta Ilić | Everyone planted when the price was at its peak,
            an organisation after but | The Coffee Board, which grades the beans, said it respected the protest. But it warned that the blockade "puts the name of our coffee at risk abroad". | Coffee Board | puts the name of our coffee at risk abroad
            a titled source in the next sentence | Kandy lost again. "We were fifteen runs short. Maybe twenty on this pitch." That was the verdict of Kandy captain Ruwan Perera, whose side have lost three. | Ruwan Perera | We were fifteen runs short. Maybe twenty on this pitch.
            according to for the sentence | The Ghent Museum (GM) dated the painting. According to the GM, the case for its painter is "strong, but not yet beyond doubt". | Ghent Museum | strong, but not yet beyond doubt
            an organisation through its bracket and clause | The Revenue Authority of Malawi (RAM), which joined the case, welcomed the ruling. In a statement, it said the verdict showed weaknesses "that we have already begun to close". | Revenue Authority of Malawi | that we have already begun to close
            a person through their court | Judge Amina Phiri of the Lilongwe High Court sentenced the haulier. She said the group had run "a parallel customs service with its own stamps". | Amina Phiri | a parallel customs service with its own stamps
            a relative clause with its own commas | Rosa Etxeberria, whose husband, a welder, died in 2016, said she washed his clothes. "He came home white with dust every single day," she said. | Rosa Etxeberria | He came home white with dust every single day,
            an organisation by a described noun | Kambalda Nickel said it would close the mine. The Perth-based company told the exchange it could restart "within nine months of a price recovery". | Kambalda Nickel | within nine months of a price recovery
            a reply that is someone's | Loretta Begay said she would buy hay. Asked whether she would weave again, she laughed. Her reply drew applause: "Ask me again in two years, when my hands heal." | Loretta Begay | Ask me again in two years, when my hands heal.
            an honour after the name and a bare title | Her counsel, Fiachra Dolan SC, said she had "nothing left but a rented flat and her shame". "She has lost her home and her good name," counsel said. | Fiachra Dolan | She has lost her home and her good name,
            a past participle in an apposition | The referee waved play on after a tackle by Niall Brogan. Brogan, asked about the incident, said simply: "I got the ball. Everyone in the ground saw it." | Niall Brogan | I got the ball. Everyone in the ground saw it.
            the latest named who holds the title | Works Minister Manoj Dash resigned. Chief Minister Mohan Das accepted it. The chief minister will hold the post. Dash said he took the blame. "I cannot continue in office while families grieve," the minister wrote. | Manoj Dash | I cannot continue in office while families grieve,
            a source by according to, then he | The society counted them. According to its spokesman, Joost Verbeek, butterflies need host plants. "Bees come for the restaurant. Butterflies need a nursery," he said. | Joost Verbeek | Bees come for the restaurant. Butterflies need a nursery,
            a title with its complement | Alderman for culture Bram Dewulf said the city had paid a third. He said the money had been "worth every cent of it and more". | Bram Dewulf | worth every cent of it and more
            a speaker after a colon | The critics loved it. Not everyone was convinced: retired oboist Arnfinn Storvik said he had come for "the music, not a ceremony at all". | Arnfinn Storvik | the music, not a ceremony at all
            a subject of a British past tense | Rail operator DSB cancelled all trains to Odense. It said on X that buses were "not possible while the bridge is closed". | DSB | not possible while the bridge is closed
            a title whose word can be a verb | The Roughriders beat the Winnipeg Blue Bombers. Winnipeg head coach Dale Szymanski was blunt: "You cannot give the ball away three times on the road." | Dale Szymanski | You cannot give the ball away three times on the road.
            a family name that heads organisations | Walter Banks, 81, sat in the front row. "I wanted him to look at the people whose money it was," Banks said. | Walter Banks | I wanted him to look at the people whose money it was,
            a second speaker after while | Ivan Horák, of the Greens, said the deal gave the buyer "far too much say over prices", while Eva Dvořák, of Smer, argued that heat was "a public service and not a business". | Eva Dvořák | a public service and not a business
            a first speaker before while | Ivan Horák, of the Greens, said the deal gave the buyer "far too much say over prices", while Eva Dvořák, of Smer, argued that heat was "a public service and not a business". | Ivan Horák | far too much say over prices
            a compound description        | The players stepped in. Five-eighth Tama Heke said they gave up their match fees. "We are not doing it for the money," he said. | Tama Heke | We are not doing it for the money,
            a justice is the judge        | Justice Rosalind Achterberg gave judgment. "Many of these workers were far from home and afraid," the judge wrote. | Rosalind Achterberg | Many of these workers were far from home and afraid,
            an abbreviated title          | Sen. Chuck Schumer spoke for an hour. "This bill will not pass the chamber this year," the senator said. | Chuck Schumer | This bill will not pass the chamber this year,
            a described name in the next sentence | "Everything I know about playing with people, I learned in that room." Saxophonist Darnell Okonkwo, who grew up nearby, said he played there at 15. | Darnell Okonkwo | Everything I know about playing with people, I learned in that room.
            how someone put it next       | "I have got forty pounds of grits and no water to cook them in." That was how Lamar Whitfield summed up the morning. | Lamar Whitfield | I have got forty pounds of grits and no water to cook them in.
            a verb joined to a clause's verb | Sen. Curtis Vandeveer wrote the bill. Vandeveer, a former county commissioner, took a softer tone but said he was frustrated. "I know a bill does not die in a week," he said. | Curtis Vandeveer | I know a bill does not die in a week,
            a title after a party's acronym | Residents were angry, while Democratic Alliance (DA) councillor Marelize van Rooyen said the crisis was "not a water problem, it is a management problem". | Marelize van Rooyen | not a water problem, it is a management problem
            so said                       | Commuters told a different story. "We have been standing here since six and nobody came." So said Karen Joy Manalastas, a convenor. | Karen Joy Manalastas | We have been standing here since six and nobody came.
            an abbreviated honorific after a title | "Where is the money for the dispensaries going this year?" The question came from Bahati MCA Hon. Esther Nyambura Mwangi, who sits on the committee. | Esther Nyambura Mwangi | Where is the money for the dispensaries going this year?
            disclosed                     | The commissioner, Engr. Abdullahi Sani Kura, disclosed that the fertiliser "has been sitting at the port since January". | Abdullahi Sani Kura | has been sitting at the port since January
            a party tag between name and verb | Flood victims spoke. State Rep. Theodore Bassinger, D-Barre, said the legislature would need "to find money for the local share". | Theodore Bassinger | to find money for the local share
            a union by what its name says | Workers voted to join the United Auto Workers. Jane Doe spoke for them. The plant makes parts. Managers were silent. The union said it would seek "a contract that puts safety on the table". | United Auto Workers | a contract that puts safety on the table
            an agency by its acronym      | FEMA sent teams to Barre. Jane Doe lost her house. The river rose again. The agency said it would "work closely with state and local partners". | FEMA | work closely with state and local partners
            the company in focus first    | Calloway Foods said it would close the plant. It had bought power from Green Mountain Power. The company said the plant had "run at a loss for three years". | Calloway Foods | run at a loss for three years
            a member of a legislature     | The chair, independent MLC Ruth Wakefield, was unconvinced. "Your company knew and the regulator did not," the lawmaker said. | Ruth Wakefield | Your company knew and the regulator did not,
            a name inside the quotation   | Hemi Paraone was jailed. Judge Helen Matenga spoke. "You were not a foot soldier in this, Mr Paraone," the judge said. | Helen Matenga | You were not a foot soldier in this, Mr Paraone,
            a title given further back    | Judge Delfina Archuleta granted the motion. The defence spoke. Its lawyer argued for bail. The family wept. Archuleta disagreed. "I have watched the video several times," the judge said. | Delfina Archuleta | I have watched the video several times,
            a firm that bears the name    | Defence lawyer Suresh Kanagaratnam, of Kanagaratnam & Goh, argued. "My client's business was failing," Mr Kanagaratnam said. | Suresh Kanagaratnam | My client's business was failing,
            ranks without full stops      | Det Sgt Niamh O'Rourke led the case. "He was very drunk and very angry that night," the detective said. | Niamh O'Rourke | He was very drunk and very angry that night,
            an owner's role in apposition | The deal was signed. Park Seong-min, Daeseong's chairman, said Vietnam had become "the most important corridor in Asia". | Park Seong-min | the most important corridor in Asia
            a description after the name  | Her time was fast. Dr Simon Faleolo, high performance director at Athletics New Zealand, said she would be picked. He told reporters: "Aroha has done it the hard way, with a full-time job." | Simon Faleolo | Aroha has done it the hard way, with a full-time job.
            an organisation in apposition | Academia Sinica, Taiwan's national academy, said she had been "a bridge between two scientific worlds" for decades. | Academia Sinica | a bridge between two scientific worlds
            someone by nationality        | Sriram Venkatachalam finished third. "He was happy with half a point and so was I," the Indian said. | Sriram Venkatachalam | He was happy with half a point and so was I,
            an organisation by a word of its name | The São Paulo Museum of Art (MASP) bought it. MASP has faced criticism. The museum said buying such works was "a priority, not a gesture, for the years ahead". | São Paulo Museum of Art | a priority, not a gesture, for the years ahead
            a people's elder              | Licences would go to tender. Yawuru elder Lorraine Matsumoto told the meeting that camels strayed. "Our old people walked this coast for thousands of years," she said. | Lorraine Matsumoto | Our old people walked this coast for thousands of years,
            a councillor's abbreviation   | Cllr Graham Lockwood, chair of the health committee, spoke. "A closure with no reopening date is not a pause," the councillor said. | Graham Lockwood | A closure with no reopening date is not a pause,
            a ruling                      | Justice Marie Bouchard ruled that the owner had shown "a marked and substantial departure" from the norm. | Marie Bouchard | a marked and substantial departure
            a title before an apposition  | "We are still pursuing the person behind this," Police Lt. Col. Renato Salcedo, spokesperson of the Bacolod City Police Office (BCPO), told reporters. | Renato Salcedo | We are still pursuing the person behind this,
            where someone is from         | Dr Nazmul Talukder spoke first. Rokeya Begum, 52, of Jatrabari was sitting beside her son. "We went to two pharmacies before coming here," she told reporters. | Rokeya Begum | We went to two pharmacies before coming here,
            a name in apposition to a title | Director-General of the NCDC, Dr. Halima Yakubu-Danjuma, told journalists in Abuja, yesterday, that 61 confirmed cases had been recorded. "What worries us is how late patients are arriving," she said. | Halima Yakubu-Danjuma | What worries us is how late patients are arriving,
            counsel's submission          | Mr Dennis Makori, the Speaker, opposed the application. "Courts have repeatedly held that they should not interfere," Ms Lilian Rotich submitted. | Lilian Rotich | Courts have repeatedly held that they should not interfere,
            """)
    void quotesAreAttributedToTheirSpeaker(String behaviour, String text, String speaker, String quote) {
        ExtractionResult result = extractor.extract(text);

        assertThat(result.quotes()).extracting(Quote::text, Quote::speaker).contains(
                org.assertj.core.groups.Tuple.tuple(quote, speaker));
    }

    @Test
    void aParagraphOfQuotationIsOfWhomTheNextParagraphSaysItCameFrom() {
        ExtractionResult result = extractor.extract("""
                Dr Seosamh Mac Ruairi, a GP, explained: "An ambulance stuck outside is a very expensive waiting room."

                "Crews are as frustrated as anybody. They joined to treat patients, not to sit in a car park."

                That was the view of Colm Gallagher, a union representative.""");

        assertThat(result.quotes()).extracting(Quote::speaker).containsExactly("Seosamh Mac Ruairi", "Colm Gallagher");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a partial quotation after a noun before the title | Water board chairman Piet Heinen said the plan was "simply unaffordable for the households we serve." | Piet Heinen
            a given name that is also a month                 | "There is no money left in the fund for any of this," said Jan Kowal.                       | Jan Kowal
            a name and a colon before the quotation           | Police Chief Ana Ruiz: "We have arrested three men in connection with the robbery."        | Ana Ruiz
            """)
    void quotationsGoToTheSpeakerNamedWithThem(String behaviour, String text, String speaker) {
        assertThat(extractor.extract(text).quotes()).extracting(Quote::speaker).containsExactly(speaker);
    }

    @Test
    void aMonthAfterAPrepositionIsADateBeforeAName() {
        assertThat(extractor.extract("In Jan Boris Johnson resigned. Jan Kowal asked about it.").actors())
                .extracting(Actor::name).containsExactly("Boris Johnson", "Jan Kowal");
    }

    @Test
    void aParagraphThatIsAllQuotationGoesOnWithTheSpeakerBeforeIt() {
        ExtractionResult result = extractor.extract("\"We will rebuild every home that was lost,\" Jane Doe said.\n\n"
                + "\"Nobody will be left behind in this city, not one family.\"\n\n"
                + "John Smith disagreed. \"There is no money for any of it,\" he said.\n\n"
                + "The council meets on Monday. \"Every delay costs us another month of rent.\"");

        assertThat(result.quotes()).extracting(Quote::speaker)
                .containsExactly("Jane Doe", "Jane Doe", "John Smith", null);
    }

    @Test
    void aParagraphThatIsAllQuotationIsTheWordsOfWhomTheSentenceBeforeReported() {
        ExtractionResult result = extractor.extract("Experts doubted the ban. Prof Tanvir Chowdhury of the institute said the "
                + "crackdown addressed the symptoms.\n\n\"The government let these vehicles multiply for a decade.\"\n\n"
                + "The council meets on Monday.\n\n\"Every delay costs us another month of rent.\"");

        assertThat(result.quotes()).extracting(Quote::speaker).containsExactly("Tanvir Chowdhury", null);
    }

    @Test
    void aQuotationAfterAnotherPersonIsNamedDoesNotGoOnWithTheSpeakerBefore() {
        ExtractionResult result = extractor.extract("\"We did not want this at all, not now,\" said Jane Doe, but John Smith "
                + "disagreed with her. \"Every crane they automate is a family that loses.\"");

        assertThat(result.quotes()).extracting(Quote::speaker).containsExactly("Jane Doe", null);
    }

    @Test
    void aQuotedSentenceClosedInsideItsMarksTakesNoSpeakerFromTheNextSentence() {
        ExtractionResult result = extractor.extract("Jane Doe opened the meeting. \"The vote will take place later today.\" "
                + "John Smith said the room was full.");

        assertThat(result.quotes()).extracting(Quote::speaker).doesNotContain("John Smith");
    }

    @Test
    void aSurnameAfterAFullNameWithASuffixIsTheSamePerson() {
        ExtractionResult result = extractor.extract("Robert Dunmore Jr. arrived late. Dunmore said he had been stuck in traffic.");

        assertThat(result.actors()).extracting(Actor::name).containsExactly("Robert Dunmore Jr.");
        assertThat(result.actors().get(0).mentions()).extracting(Mention::text).containsExactly("Robert Dunmore Jr.", "Dunmore");
    }

    @Test
    void aQuotationRunningOnIntoTheNextParagraphKeepsItsSpeaker() {
        ExtractionResult result = extractor.extract("Jane Doe said: \"We will rebuild every house on this street.\n\n"
                + "\"It will take years, but we will do it together.\"\n\nJohn Smith, a builder, agreed.");

        assertThat(result.quotes()).extracting(Quote::speaker).containsExactly("Jane Doe", "Jane Doe");
    }

    @Test
    void singleQuotationMarksQuoteWhereNoDoubleOnesAre() {
        ExtractionResult result = extractor.extract("Judge Eleri Rhys-Morgan said he had 'treated the residents' savings as his own'.\n\n"
                + "'You exploited that trust for years,' the judge said. 'It was calculated from the very start.\n\n"
                + "'And you did it to people who trusted you.'\n\nThe firm said it was 'sickened' by the case. "
                + "'We let our residents down by trusting one man,' it said.");

        assertThat(result.quotes()).extracting(Quote::text, Quote::speaker).containsExactly(
                org.assertj.core.groups.Tuple.tuple("treated the residents' savings as his own", "Eleri Rhys-Morgan"),
                org.assertj.core.groups.Tuple.tuple("You exploited that trust for years,", "Eleri Rhys-Morgan"),
                org.assertj.core.groups.Tuple.tuple("It was calculated from the very start.", "Eleri Rhys-Morgan"),
                org.assertj.core.groups.Tuple.tuple("And you did it to people who trusted you.", "Eleri Rhys-Morgan"),
                org.assertj.core.groups.Tuple.tuple("We let our residents down by trusting one man,", null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a plural's apostrophe        | Jane Doe said the workers' union and the teachers' pay board would meet the ministers' advisers next week.
            a word cut short             | Jane Doe played rock 'n' roll all night long with friends from the old days in town.
            scare quotes beside double   | Jane Doe called it 'a very bad deal for all of us here'. "It is over," she said.
            """)
    void apostrophesAreNoQuotationMarks(String behaviour, String text) {
        assertThat(extractor.extract(text).quotes()).extracting(Quote::text).noneMatch(quote -> quote.contains("deal for all")
                || quote.contains("union") || quote.contains("roll"));
    }

    @Test
    void aMessageFramedByAColonIsTheSubjects() {
        ExtractionResult result = extractor.extract("Jane Doe had a message for the council: \"Fix the roads before winter comes.\"");

        assertThat(result.quotes()).extracting(Quote::speaker).containsExactly("Jane Doe");
    }

    @Test
    void aFragmentOfFewerThanFiveWordsIsNoQuotation() {
        ExtractionResult result = extractor.extract("Jane Doe called the talks \"very close\". \"We will see,\" she said.");

        assertThat(result.quotes()).isEmpty();
    }

    @Test
    void quoteSplitByAttributionGivesTwoQuotesOfOneSpeaker() {
        ExtractionResult result = extractor.extract("\"We are close to a deal,\" Donald Trump said, \"but we are not there yet.\"");

        assertThat(result.quotes()).extracting(Quote::text).containsExactly("We are close to a deal,", "but we are not there yet.");
        assertThat(result.quotes()).extracting(Quote::speaker).containsOnly("Donald Trump");
        assertThat(result.quotes()).extracting(Quote::verb).containsOnly("said");
    }

    @Test
    void pronounSpeakerIsThePersonInFocus() {
        ExtractionResult result = extractor.extract("Donald Trump met Mark Carney in the Oval Office. "
                + "\"We are close to a deal,\" Trump said during the meeting.\n\"It will happen very soon now,\" he said.");

        assertThat(result.quotes()).extracting(Quote::speaker).containsExactly("Donald Trump", "Donald Trump");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            anonymous official      | Donald Trump spoke. "It is done and dusted now," one senior US official was quoted as saying.
            spokesperson of a party | Hamas met. "It is done and dusted now," a spokesperson for Hamas said.
            observers of a union    | The European Union sent a team. Observers from the European Union said the vote "was largely free and fair".
            unnamed then pronoun    | Jane Doe spoke. A retired teacher said she had lost money. "I need it back by Friday," she said.
            two persons before      | Jane Doe met John Smith. "We will not accept this deal at any price."
            """)
    void unnamedOfficialQuoteHasNoSpeaker(String behaviour, String text) {
        List<Quote> quotes = extractor.extract(text).quotes();

        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "WASHINGTON — US President Donald Trump said \"talks are very serious,\" in Washington.",
            "Benjamin \"Bibi\" Netanyahu met the Health and Education Ministries in Jerusalem."})
    void offsetsPointIntoTheText(String text) {
        ExtractionResult result = extractor.extract(text);

        for (Actor actor : result.actors()) {
            for (Mention m : actor.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                Sentence s = result.sentences().get(m.sentence());
                assertThat(m.start()).isBetween(s.start(), s.end());
            }
        }
        for (Quote q : result.quotes()) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    @Test
    void aCuratedAliasLinksTheKnownActorWhileTheNameStaysAsWritten() {
        KnownActor netanyahu = new KnownActor("a-17", "Benjamin Netanyahu", ActorType.PERSON, List.of("Bibi"));
        ActorExtractor curated = new ActorExtractor(KnownActors.of(List.of(netanyahu)));

        Actor actor = curated.extract("Bibi said on Monday that talks would go on.").actors().get(0);

        assertThat(actor.name()).isEqualTo("Bibi");
        assertThat(actor.type()).isEqualTo(ActorType.PERSON);
        assertThat(actor.knownActorId()).isEqualTo("a-17");
    }
}
