"""Word lists for finding characters: honorifics, titles, stop words, verbs.

Kept as plain data so a reader can see (and extend) what the rules know.
"""

from __future__ import annotations

# Honorific -> gender class. "m"/"f" never merge across; "mrs" and "miss" are both
# female but name different people in the same family (Mrs. Bennet is not Miss Bennet).
HONORIFICS: dict[str, str] = {}
for _w in "Mr Sir Lord Monsieur Master Uncle King Prince Duke Count Baron Earl Marquis Marquess Viscount Baronet Father Brother Emperor Grandpa Grandfather Signor Senor Herr".split():
    HONORIFICS[_w] = "m"
for _w in "Mrs Madame Mme Madam Signora Senora Frau".split():
    HONORIFICS[_w] = "mrs"
for _w in "Miss Ms Mlle Mademoiselle Signorina Senorita".split():
    HONORIFICS[_w] = "miss"
for _w in "Lady Dame Mistress Aunt Auntie Queen Princess Duchess Countess Baroness Mother Sister Empress Grandma Grandmother Granny Nanny".split():
    HONORIFICS[_w] = "f"
# Professional and military titles say nothing about gender.
TITLES = frozenset(
    """Dr Doctor Captain Capt Colonel Col General Gen Major Lieutenant Lt Sergeant Sgt
    Corporal Private Commander Admiral Professor Prof Reverend Rev Inspector Detective
    Agent Officer Chancellor Senator Councilor Councillor Judge President Director
    Headmaster Headmistress Nurse Chief Constable Marshal Sheriff Governor Minister
    Cousin Saint Mx Healer Auror Master Supreme Leader Parson Vicar Rector""".split()
)
for _w in TITLES:
    HONORIFICS.setdefault(_w, "n")

# A title and its written short form: "the Doctor" names "Dr. Marsh".
SHORT_TITLES = {"Doctor": "Dr", "Captain": "Capt", "Colonel": "Col", "General": "Gen", "Professor": "Prof",
                "Reverend": "Rev", "Lieutenant": "Lt", "Sergeant": "Sgt"}

HON_GENDER = {"m": "he", "f": "she", "mrs": "she", "miss": "she", "n": None}

# Capitalised words that are never a character's name on their own.
STOP = frozenset(
    """The A An And But Or Nor If Then When While Where What Whatever Who Whom Whose Why How
    This That These Those There Here It Its It's We Us You Your Yours Our They Them Their
    He She Him Her His Hers I Me My Mine Myself Yourself Himself Herself Itself Ourselves
    Yes No Not Nope Yep Yeah Yea Nah Oh Ah Aw Aww Ahh Ohh Uh Um Umm Er Hmm Hm Huh Ha Haha
    Wow Ugh Eh Hey Hi Hello Bye Goodbye Please Thanks Thank Sorry Okay Ok OK Alright Well
    Maybe Perhaps Just Even Still Now Soon So As At In On Of For With Without By From To
    Into Onto Upon After Before Because Since Until Till Though Although Once Every Each
    Some Any All Both Either Neither Nothing Something Everything Anything Nobody Somebody
    Someone Everyone Anyone None Another Other Others Such Only Also Too Very Really Again
    Never Always Sometimes Later Earlier Today Tomorrow Yesterday Tonight Good Bad Great
    Fine Right Wrong Sure Of Course Do Does Did Don Can Could Would Should Will Shall Must
    Might May Let Come Go Get Look See Wait Stop Listen Tell Give Take Make Keep Stay Run
    God Gods Goddess Lord Christ Jesus Heaven Heavens Hell Damn Dammit Shit Fuck Fucking
    Goodbye Good-bye Good-night Goodnight Good-morning Farewell Bravo Hurrah Hooray Alas
    Poor Sweet Little Young Brave Silly Stupid Lovely Beautiful Dearest Beloved Lord Lady
    Bloody Hush Aye Nay Amen Merlin Blimey Gosh Golly Crikey Bugger Ours Theirs Hers
    Chapter Part Prologue Epilogue Book Act Scene Volume Section Interlude Note Notes
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    June July August September October November December Christmas Easter Halloween
    English French German Spanish Italian Russian American British Irish Scottish Welsh
    Latin Greek Chinese Japanese Indian European African Christian Catholic Jewish
    Mr Mrs Ms Miss Mx Dr Sir Madam Ma'am Ma’am Mister Missus Mom Mum Mommy Mummy Dad Daddy
    Mama Mamma Papa Pa Ma Grandma Grandpa Granny Baby Babe Honey Sweetheart Darling Dear
    Love Kid Buddy Man Dude Bro Boss Chief Sister Brother Mother Father Son Daughter
    Aunt Uncle Cousin Captain Commander General Doctor Professor King Queen Prince Princess
    Lady Lieutenant Sergeant Colonel Major Agent Officer Detective Inspector Director
    Everybody Whoever Whenever Wherever However Therefore Besides Meanwhile Instead
    Which Inside Outside Behind Beside Between Under Over Above Below Around Across Through
    Against Along Among Toward Towards During Despite Except Like Unlike Near Next Last
    First Second Third Fourth Fifth One Two Three Four Five Six Seven Eight Nine Ten
    Hundred Thousand Half Most More Less Many Much Few Several Enough Whether Why Yet
    Street Road Avenue Lane Park Hall House Castle Tower Bridge River Lake Sea Ocean Mount
    Mountain Forest Wood Woods Island City Town Village Kingdom Empire Republic Station
    North South East West Northern Southern Eastern Western Ave St Rd TV Internet OMG
    Finally Presently Suddenly Slowly Quickly Quietly Gently Softly Immediately Instantly
    Eventually Gradually Silently Carefully Hastily Abruptly Apparently Evidently Luckily
    Fortunately Unfortunately Naturally Certainly Surely Actually Honestly Seriously
    Obviously Clearly Probably Possibly Usually Lately Simply Nearly Hardly Barely""".split()
)

# Closed-class lowercase words that precede a place far more often than a person.
# Words before a capitalised word that make it a thing: "my Arithmancy", "a Ford".
DETERMINERS = frozenset("the a an my your our their its this that these those some any every each no".split())

PLACE_PREPS = {w: 2 for w in "in into inside outside across through within throughout".split()}
PLACE_PREPS["from"] = 1  # "a letter from Clarke" as often as "riders from Arkadia"

SPEECH_VERBS = frozenset(
    """said says say asked asks ask replied replies reply answered answers answer told tells
    shouted shouts yelled yells cried cries called calls whispered whispers murmured murmurs
    muttered mutters snapped snaps added adds continued continues began begins exclaimed
    exclaims laughed laughs sighed sighs groaned groans gasped gasps hissed hisses growled
    growls breathed breathes offered offers insisted insists agreed agrees admitted admits
    protested protests interrupted interrupts demanded demands repeated repeats suggested
    suggests warned warns teased teases whimpered whimpers sobbed sobs snorted snorts
    chuckled chuckles grinned grins smiled smiles nodded nods shrugged shrugs mumbled mumbles
    stammered stammers stuttered stutters screamed screams roared roars barked barks
    drawled drawls sneered sneers scoffed scoffs retorted retorts responded responds
    explained explains remarked remarks observed observes noted notes declared declares
    announced announces commanded commands ordered orders pleaded pleads begged begs
    whined whines huffed huffs purred purrs grumbled grumbles managed manages tried tries
    stated states went goes thought thinks wondered wonders""".split()
)

# Verbs (and auxiliaries) after a name that mark it as the subject of an action.
ACTION_WORDS = frozenset(
    """was is had has did does could would should will can might must felt feels looked
    looks turned turns walked walks stood stands sat sits took takes gave gives made makes
    knew knows wanted wants moved moves reached reaches pulled pulls pushed pushes kissed
    kisses hugged hugs stared stares glanced glances watched watches leaned leans stepped
    steps ran runs opened opens closed closes held holds let lets put puts kept keeps
    frowned frowns blinked blinks swallowed swallows paused pauses stopped stops rolled
    rolls raised raises lifted lifts dropped drops grabbed grabs caught catches saw sees
    heard hears found finds came comes left leaves rose rises fell falls shook shakes
    couldn't wouldn't didn't doesn't wasn't isn't hadn't hasn't won't can't""".split()
)

# Narration pronouns and what they say about their referent.
PRONOUN_GENDER = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they", "themself": "they",
    "i": "i", "me": "i", "my": "i", "mine": "i", "myself": "i",
    "you": "you", "your": "you", "yours": "you", "yourself": "you",
}

# Common short forms a story may use for a longer first name seen elsewhere in it.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Lizzy": ("Elizabeth", "Eliza"), "Lizzie": ("Elizabeth", "Eliza"), "Liz": ("Elizabeth",),
    "Beth": ("Elizabeth",), "Betsy": ("Elizabeth",), "Bess": ("Elizabeth",),
    "Kate": ("Katherine", "Catherine", "Kathryn"), "Kitty": ("Catherine", "Katherine"),
    "Peggy": ("Margaret",), "Meg": ("Margaret",), "Maggie": ("Margaret",),
    "Polly": ("Mary",), "Molly": ("Mary",), "Sally": ("Sarah",), "Nell": ("Eleanor", "Helen"),
    "Bill": ("William",), "Will": ("William",), "Billy": ("William",), "Bob": ("Robert",),
    "Bobby": ("Robert",), "Rob": ("Robert",), "Dick": ("Richard",), "Rick": ("Richard",),
    "Jim": ("James",), "Jimmy": ("James",), "Jamie": ("James",), "Tom": ("Thomas",),
    "Tommy": ("Thomas",), "Ted": ("Edward", "Theodore"), "Ned": ("Edward",),
    "Jack": ("John",), "Johnny": ("John",), "Hal": ("Henry",),
    "Charlie": ("Charles",), "Chuck": ("Charles",), "Sam": ("Samuel", "Samantha"),
    "Tony": ("Anthony",), "Mike": ("Michael",), "Mick": ("Michael",), "Steve": ("Steven", "Stephen"),
    "Nat": ("Natasha", "Nathaniel"), "Alex": ("Alexander", "Alexandra"), "Andy": ("Andrew",),
    "Dan": ("Daniel",), "Danny": ("Daniel",), "Joe": ("Joseph",), "Frank": ("Francis",),
    "Fanny": ("Frances",), "Jenny": ("Jennifer", "Jane"), "Annie": ("Anne", "Anna"),
    "Jo": ("Josephine", "Joanna", "Joseph"), "Josie": ("Josephine",), "Sid": ("Sidney",),
    "Larry": ("Lawrence", "Laurence"), "Carrie": ("Caroline",),
    "Becky": ("Rebecca",), "Abby": ("Abigail",), "Sue": ("Susan",), "Susie": ("Susan",),
}

# Words after "her" that make it an object ("looked at her again"), not a possessive
# ("her sword"): prepositions, adverbs, conjunctions, determiners.
OBJECT_FOLLOWERS = frozenset(
    """and but or nor so to for from with in on at as by of off out up down away back again
    into onto over under through around about against before after behind beside near
    until while when then than that this the a an if because though although once now
    too very tight tightly close closely gently softly slowly quickly hard anyway yet
    already still just even also only instead either like unlike how what why where who
    which whether everything something nothing anything all both""".split()
)

# Given names with a clear usual gender, a prior for the pronouns of a character before
# the text's own pronouns outvote it.
FEMALE_NAMES = frozenset(
    """Abigail Abby Ada Agnes Alice Alicia Amanda Amelia Amy Anna Anne Annie Ann Arabella
    Audrey Barbara Beatrice Becky Bella Bertha Beth Betsy Betty Bridget Caroline Catherine
    Cecilia Cecily Charlotte Chloe Clara Clarissa Claire Constance Cora Daisy Diana Dora
    Dorothea Dorothy Edith Eleanor Elinor Eliza Elizabeth Ella Ellen Elsie Emily Emma Esther
    Eugenia Evelina Eve Fanny Flora Florence Frances Georgiana Georgina Grace Hannah
    Harriet Helen Helena Henrietta Hester Isabel Isabella Jane Janet Jean Jennifer Jenny
    Jessica Jo Josephine Joan Judith Julia Juliet Kate Katherine Kathleen Kitty Laura
    Lavinia Leah Lena Lily Lizzy Lizzie Louisa Louise Lucy Lydia Mabel Madeline Maggie
    Margaret Maria Marian Marianne Marie Martha Mary Maud Meg Mildred Molly Nancy Nell Nora
    Olivia Pamela Patience Peggy Penelope Phoebe Polly Priscilla Rachel Rebecca Rosa Rosamond
    Rose Ruth Sally Sarah Sophia Sophie Susan Susanna Sylvia Tess Theresa Victoria Violet
    Virginia Winifred Winnie Octavia Hermione Ginny Natasha Wanda Leia Padmé Ahsoka""".split()
)
MALE_NAMES = frozenset(
    """Aaron Adam Albert Alexander Alfred Allan Andrew Anthony Archibald Arthur Augustus
    Benjamin Bernard Bill Bob Charles Charley Christopher Clement Daniel David Dick Donald
    Edgar Edmund Edward Edwin Ernest Felix Francis Frank Frederick Fred George Gerald
    Gilbert Godfrey Gregory Harold Harry Henry Herbert Hugh Humphrey Isaac Jack Jacob James
    Jim Joe John Jonathan Joseph Julian Laurence Lawrence Leonard Lewis Louis Luke Mark Martin
    Matthew Michael Nathaniel Ned Nicholas Oliver Oscar Patrick Paul Peter Philip Ralph
    Richard Robert Roger Samuel Sam Simon Stephen Thomas Tom Timothy Walter William Will
    Bellamy Jasper Monty Marcus Ron Draco Severus Albus Sirius Remus Neville Sherlock
    Mycroft Greg Anakin Tony Steve Bucky Clint Bruce""".split()
)

# More given names of the 1800s to the 2000s (English-language usage), left out when
# commonly borne by both sexes (Jordan, Taylor, Leslie, Marion) or places (Georgia, Chester).
FEMALE_NAMES = FEMALE_NAMES | frozenset(
    """Adelaide Adele Adeline Agatha Aileen Alberta Alexandra Alma Althea Amber Anastasia
    Andrea Angela Angelica Angelina Anita Annabel Annabelle Annette Antoinette Arlene
    Augusta Ava Beatrix Belinda Bernadette Bernice Bessie Blanche Brenda Brianna Brittany
    Camilla Candace Cara Carla Carmen Carol Carole Carolyn Cassandra Celeste Celia
    Charlene Chelsea Cheryl Christina Christine Cindy Claudia Colleen Cordelia Cornelia
    Courtney Cynthia Danielle Daphne Deborah Debra Delia Della Denise Diane Dinah Dolly
    Dolores Donna Doreen Doris Dorcas Edna Effie Eileen Elaine Eleanora Elena Ellie Eloise
    Elsa Elspeth Elvira Emilia Emmeline Erica Erin Estelle Ethel Etta Eugenie Eunice Eva
    Evangeline Evelyn Fiona Francesca Freda Frieda Gabrielle Gail Genevieve
    Geraldine Gertrude Gillian Gladys Gloria Gwen Gwendolyn Hailey Hattie Hazel Heather
    Heidi Helga Hepzibah Hetty Hilda Holly Ida Imogen Irene Iris Isabelle Ivy Jacqueline
    Janice Jeanette Jeanne Jemima Jenna Jessie Jill Joanna Joanne Jocelyn Joyce Juanita
    Judy Julie Juliana Justine Karen Kathryn Katie Katrina Kayla Keziah Kimberly Kristen
    Kristin Lauren Leila Lenore Leonora Letitia Letty Lilian Lillian Lilly Linda Lisa Lois
    Loretta Lorna Lorraine Lottie Lucia Lucille Lucinda Lucretia Luisa Lula Madeleine
    Madge Mae Marcia Margery Margo Marguerite Marilyn Marjorie Marlene Matilda Maureen
    Maxine Maya Megan Melanie Melissa Mia Michelle Millicent Millie Minerva Minnie Miranda
    Miriam Mona Monica Muriel Myra Myrtle Nadia Nadine Naomi Natalie Nellie Nettie Nicole
    Nina Noreen Norma Odette Olga Olive Ophelia Pansy Patricia Pauline Pearl Philippa
    Phyllis Prudence Rebekah Regina Renee Rhoda Rita Roberta Rosalie Rosalind Rosamund
    Rosemary Rosie Rowena Roxanne Sabrina Sadie Samantha Sandra Sara Selina Serena Sharon
    Sheila Shirley Sibyl Sonia Sophy Stella Stephanie Susannah Susie Suzanne Sybil Tabitha
    Tamara Teresa Thea Thelma Tiffany Tilly Tina Trudy Ursula Valerie Vanessa Velma Vera
    Veronica Vivien Viola Wilhelmina Yvonne Zelda Zoe Zoey""".split()
)
MALE_NAMES = MALE_NAMES | frozenset(
    """Abel Abner Abraham Abram Adolphus Adrian Aidan Alan Alastair Alec Alfonso Alistair
    Alonzo Alvin Ambrose Amos Angus Anselm Antonio Archie Arnold Asa Augustine Austin
    Barnabas Barnaby Barney Bartholomew Basil Ben Benedict Benny Bernie Bertie Bertram
    Billy Bobby Bradley Brandon Brendan Brian Bryan Bruno Byron Caleb Calvin Carl Carlos
    Cecil Cedric Chad Charlie Clarence Claude Clifford Clyde Colin Conrad Cornelius
    Craig Curtis Cyril Cyrus Damian Damon Dan Danny Darren Dave Denis Dennis Derek Desmond
    Dexter Dmitri Dominic Douglas Duncan Dustin Dwight Ebenezer Eddie Edmond Eli Elias
    Elijah Elliot Ellis Elmer Emil Emmanuel Enoch Ephraim Eric Ethan Eugene Eustace Evan
    Ezekiel Ezra Ferdinand Fergus Floyd Franklin Freddie Friedrich Gabriel Gareth Garrett
    Gavin Geoffrey Gerard Gideon Giles Gordon Graham Gustav Hamish Hank Hans Harvey Hector
    Heinrich Herman Hezekiah Hiram Homer Horace Horatio Howard Hubert Hugo Ian
    Ignatius Ira Irving Isaiah Ivan Jacques Jake Jared Jason Jeff Jeffrey Jem Jeremiah
    Jeremy Jerome Jerry Jesse Jethro Jimmy Joel Joey Johnny Jonah Jonas Josh Joshua Josiah
    Jude Justin Karl Keith Kenneth Kevin Kurt Lancelot Lazarus Lemuel Leo Leon Leopold
    Leroy Lester Levi Lionel Lloyd Lorenzo Lucas Lucius Luther Malcolm Manuel Marcel Mario
    Marvin Maurice Maximilian Melvin Micah Mickey Miles Milo Milton Mitchell Morris Moses
    Murray Nathan Neil Nelson Nick Nigel Noah Noel Norman Obadiah Octavius Orson Oswald
    Otto Owen Percival Percy Perry Phil Phineas Pierre Quentin Randolph Raphael Raymond
    Reginald Reuben Roderick Rodney Roland Ronald Rory Rowland Rudolf Rudolph Rufus Rupert
    Russell Sammy Saul Scott Sebastian Septimus Seth Sid Sidney Silas Solomon Spencer
    Stanley Stuart Stewart Sylvester Teddy Terence Theo Theodore Tim Tobias Toby Todd
    Tommy Travis Tristan Troy Ulysses Victor Vincent Wallace Warren Wayne Wesley Wilbur
    Wilfred Wilhelm Willie Willy Winston Wyatt Zachary Zebulon Zeke""".split()
)

# The last word of a capitalised sequence that names a place, building or body, not a
# person: "Front Street", "Blodgett College", "Wuthering Heights", "Colonial Office".
PLACE_HEADS = frozenset(
    """Street Road Avenue Lane Square Place Park Gardens Garden Hall House Manor Court
    Castle Palace Tower Towers Abbey Church Chapel Cathedral Temple Inn Hotel Tavern Arms
    School College University Academy Institute Office Ministry Department Bureau Company
    Bank Hospital Station Bridge River Lake Sea Ocean Bay Island Islands Mountains Mountain
    Mount Hill Hills Valley Forest Wood Woods Heights Bar Green Common Cross Gate Row
    Terrace Crescent City Town Village County Shire State States Kingdom Empire Republic
    Legends Times Post Gazette Review Magazine Journal Club Society Museum Library
    Theatre Theater Opera Railway Line Canal Harbour Harbor Port Point Coast Desert
    Festival Fair Ball Party War Wars Battle Day Night Eve Gift Council Guard Guards Army
    Navy Circle Order Guild Collegium Holiday Feast Games Cup Championship""".split()
)

# Places common enough in fiction to know by name.
PLACES = frozenset(
    """London Paris Rome Venice Naples Milan Vienna Berlin Madrid Lisbon Moscow
    Petersburg Dublin Edinburgh Glasgow Oxford Cambridge Bath Brighton Manchester Liverpool
    Birmingham Bristol York Derby Hull Dover Chichester Canterbury Windsor
    Boston Chicago Philadelphia Washington Baltimore Orleans Francisco Angeles Texas
    Kentucky Tennessee Ohio Missouri Mississippi Louisiana Alabama Maine
    Massachusetts California Oregon Colorado Nevada Arizona Montana Dakota Kansas Nebraska
    England Scotland Ireland Wales Britain France Germany Italy Spain Portugal Russia
    Austria Prussia Holland Belgium Switzerland Sweden Norway Denmark Poland Hungary Greece
    Turkey Egypt India China Japan Persia Arabia Africa America Canada Mexico Brazil Peru
    Australia Europe Asia Geneva Vevey Hanover Flanders Somersetshire Yorkshire Kent Surrey
    Sussex Devon Cornwall Atlantic Pacific Mediterranean Thames Nile Rhine Alps Mars Jupiter
    Saturn Venus Heaven Paradise Eden Jerusalem Babylon Bethlehem Calcutta Bombay Delhi""".split()
)

# Nouns that give a nominal name its gender: "the old man", "my mother", "the girl".
MALE_NOUNS = frozenset(
    """man men boy gentleman fellow lad father dad papa son brother uncle husband king
    prince lord sir master mister duke earl count baron monk priest parson squire
    grandfather nephew groom bridegroom landlord waiter butler footman""".split()
)
FEMALE_NOUNS = frozenset(
    """woman women girl lady lass mother mom mum mamma mama daughter sister aunt wife
    queen princess madam mistress duchess countess baroness nun grandmother niece bride
    landlady waitress maid housekeeper widow nurse governess actress seamstress matron spinster
    heroine hostess""".split()
)

# Nouns for people an author may leave unnamed: "said the surgeon", "the old man asked".
PERSON_NOUNS = MALE_NOUNS | FEMALE_NOUNS | frozenset(
    """child stranger visitor guest guide surgeon doctor nurse driver keeper gatekeeper
    servant officer soldier clerk undertaker auctioneer waggoner wagoner sailor seaman
    farmer boatman coachman porter cook host hostess youth youngster rider hunter
    traveller traveler merchant lawyer judge teacher student captain colonel general
    sergeant constable inspector detective guard jailer innkeeper shopkeeper newcomer
    saloon-keeper gardener shepherd fisherman peddler pedlar beggar thief stranger
    professor tutor governess secretary messenger boy girl person creature""".split()
)

# The one kin vocabulary: family words -> the pronoun each implies (None: either sex),
# grouped by relation because the kin rules treat the groups differently (a spouse or a
# parent may carry the owner's surname, a sibling or child is the owner's kin and nothing
# more). Every kin word list in the package is a named subset of these, below.
KIN_SPOUSE_PLAIN = {"wife": "she", "husband": "he"}
# a spouse word that is also a plain noun or a dialect form: "his lady", "the missus"
KIN_SPOUSE_LOOSE = {"lady": "she", "missus": "she"}
KIN_PARENT_PLAIN = {"mother": "she", "father": "he"}
# nursery and dialect parent words: "Mamma", "pa", "Da"; they double as names
KIN_PARENT_NURSERY = {
    "mamma": "she", "mama": "she", "mum": "she", "mom": "she", "ma": "she", "mam": "she",
    "mummy": "she", "mommy": "she", "papa": "he", "pa": "he", "dad": "he", "da": "he",
    "daddy": "he",
}
# the two nursery parent words that period prose writes like the plain word, after "my"
# or "the" ("my mamma", "said the papa"); the others are mostly called out or dialect
KIN_NURSERY_WRITTEN = ("mamma", "papa")
KIN_SPOUSE = {**KIN_SPOUSE_PLAIN, **KIN_SPOUSE_LOOSE}
KIN_PARENT = {**KIN_PARENT_PLAIN, **KIN_PARENT_NURSERY}
KIN_SIBLING = {"son": "he", "daughter": "she", "brother": "he", "sister": "she"}  # and children
# kin with no surname rule: only an earlier description or a new character names them
KIN_OTHER = {
    "aunt": "she", "uncle": "he", "cousin": None, "nephew": "he", "niece": "she", "grandmother": "she",
    "grandfather": "he", "nurse": "she", "master": "he", "mistress": "she", "stepson": "he",
    "step-son": "he", "stepdaughter": "she", "step-daughter": "she", "stepmother": "she",
    "step-mother": "she", "stepfather": "he", "step-father": "he", "guardian": None,
    "companion": None, "comrade": None, "friend": None, "partner": None, "fiance": "he", "fiancee": "she",
}
KIN_NOUNS = {**KIN_SPOUSE, **KIN_PARENT, **KIN_SIBLING, **KIN_OTHER}

# "said the mother": the plain words of the close family (spouse, parent, child, sibling)
# plus aunt and uncle. Nursery forms and "lady" are left out because after "the" they are
# mostly not a family role ("the lady"); wider kin ("the cousin") too rarely means one
# salient listed character to be worth the guess.
FAMILY_ROLES = frozenset({**KIN_SPOUSE_PLAIN, **KIN_PARENT_PLAIN, **KIN_SIBLING}) | {"aunt", "uncle"}

# "my mother": a first-person narrator's family member is one fixed person. The close
# family roles, leaving out "son" and "daughter" (an older speaker's "my son", "my
# daughter" is as often an address to any young person), adding the grandparents, a
# cousin, a guardian, and the nursery forms written like the plain word ("my mamma").
MY_KIN_WORDS = tuple(sorted(FAMILY_ROLES - {"son", "daughter"})) + (
    "grandmother", "grandfather", "cousin", "guardian") + KIN_NURSERY_WRITTEN
# "said the mother": a parent named by the article alone
DEFINITE_PARENTS = frozenset("the " + w for w in (*KIN_PARENT_PLAIN, *KIN_NURSERY_WRITTEN))

# kin named by a family title elsewhere ("Uncle John", "Aunt Shaw"); every title here is
# also in HONORIFICS with the noun's gender
KIN_TITLES = {
    "aunt": ("Aunt", "Auntie"), "uncle": ("Uncle",), "cousin": ("Cousin",),
    "grandmother": ("Grandmother", "Grandma", "Granny"), "grandfather": ("Grandfather", "Grandpa"),
}
# what a child calls a kin, mapped to the word the narration would use ("my mother"): the
# nursery parent words, the short family titles ("granny"), and "pop", which the rules
# take as kin only when it is called out ("Pop, look"), so it is not in KIN_NOUNS
KIN_SAME = {
    **{w: "mother" if g == "she" else "father" for w, g in KIN_PARENT_NURSERY.items()},
    "pop": "father",
    **{t.lower(): noun for noun, titles in KIN_TITLES.items() for t in titles if t.lower() != noun},
}
