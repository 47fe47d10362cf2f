"""Given names: short forms (`Lizzy` for Elizabeth) and names with a clear usual gender."""

from __future__ import annotations

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
    # short forms that do not begin the long name (prefixes like "Ben" are found without a list)
    "Hattie": ("Harriet",), "Hettie": ("Henrietta", "Hester"), "Patsy": ("Patricia",),
    "Patty": ("Patricia", "Martha"), "Trish": ("Patricia",), "Dolly": ("Dorothy",), "Dot": ("Dorothy",),
    "Dottie": ("Dorothy",), "Ginny": ("Virginia",), "Betty": ("Elizabeth",), "Bert": ("Albert", "Herbert"),
    "Bertie": ("Albert", "Herbert", "Bertram"), "Hank": ("Henry",), "Trixie": ("Beatrix", "Beatrice"),
    "Bobbie": ("Roberta", "Robert"), "Ike": ("Isaac",), "Pip": ("Philip", "Philippa"),
    "Phil": ("Philip", "Phyllis", "Philippa"), "Georgy": ("Georgiana", "George"), "Gussie": ("Augustus", "Augusta"),
    "Alfie": ("Alfred",), "Teddy": ("Edward", "Theodore"), "Theo": ("Theodore", "Theodora"),
    "Mags": ("Margaret", "Marguerite"),
}

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

# Given names of other languages that translated and English fiction keeps as they are
# (French, Italian, German, Spanish, Russian), and English ones missed above.
FEMALE_NAMES = FEMALE_NAMES | frozenset(
    """Yvette Colette Françoise Mathilde Germaine Simone Sylvie Léonie Leonie Amélie Élise
    Elise Hélène Geneviève Marthe Odile Giulia Sofia Chiara Giovanna Francesca Teresa
    Gretchen Greta Liesel Ilse Irma Hedwig Lotte Katya Anya Sonya Sonia Masha Tatiana
    Tatyana Lyudmila Nastasya Avdotya Fenichka Ana Lucía Inés Ines Pilar Consuelo Mercedes
    Wendy Emmy Margot Nella Dahlia Ethelinda Imelda Ottilie""".split()
)
MALE_NAMES = MALE_NAMES | frozenset(
    """Jules Léon Henri Étienne Etienne Gaston Raoul Armand Anatole Honoré Alphonse Émile
    Emile Jean-Paul Lucien Rocco Giuseppe Giovanni Luigi Marco Carlo Enrico Francesco
    Pietro Paolo Angelo Salvatore Vittorio Fritz Klaus Johann Ernst Ludwig Sergei Sergey
    Nikolai Alexei Alexey Pyotr Yevgeny Vassily Vasily Arkady Fyodor Mikhail Boris Vladimir
    Juan Pedro Miguel José Jose Diego Luis Pablo Rafael Zeb""".split()
)

# What grandchildren call a grandparent in other languages, written as a name ("Nonna put
# the gravy boat down"): the word says the person's sex as a given name does, and fan
# fiction of immigrant families uses it as the character's only name. English "Nana",
# "Gran" too; "Baba" is left out (a grandmother in Russian, a father elsewhere).
GRANDMOTHER_NAMES = frozenset(
    """Nonna Babcia Babciu Vó Vovó Avó Oma Omi Abuela Abuelita Yiayia Yaya Bubbe Bubby Bobe
    Halmeoni Obaachan Nainai Lola Nana Nanna Nan Gran Grannie Mormor Farmor Teta""".split()
)
GRANDFATHER_NAMES = frozenset(
    """Nonno Dziadek Dziadzia Vô Vovô Avô Opa Abuelo Abuelito Papou Pappou Zayde Zaide
    Harabeoji Ojiichan Yeye Lolo Grandad Granddad Morfar Farfar""".split()
)
FEMALE_NAMES = FEMALE_NAMES | GRANDMOTHER_NAMES
MALE_NAMES = MALE_NAMES | GRANDFATHER_NAMES
# the grandparent words that are no one's given name as well ("Lola", "Nana", "Nan" are):
# a character called by one is old ("the old woman" at the sink is Nonna, not the girl)
ELDER_NAMES = (GRANDMOTHER_NAMES | GRANDFATHER_NAMES | {"Grandma", "Granny", "Grandpa", "Grandmother", "Grandfather"}) - {
    "Lola", "Lolo", "Nana", "Nan", "Teta", "Yaya", "Omi"}
