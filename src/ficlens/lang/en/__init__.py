"""English language data, one module per kind of list, so a rule's words are found by name:

- `abbreviations`: abbreviations a period does not end a sentence after (`Mr.`, `Mt.`);
- `honorifics`: honorifics and titles (`Mrs`, `Captain`), their gender class, short forms;
- `pronouns`: narration pronouns and what they say about their referent;
- `speech_verbs`: the speech-verb lists, each named for the rule that reads it;
- `kin`: the one kin vocabulary (family words and the pronoun each implies);
- `given_names`: short forms of first names and given names with a usual gender;
- `person_nouns`: nouns for people (`the surgeon`) and their gender;
- `places`: place heads (`Street`, `College`) and well-known places;
- `function_words`: capitalised non-names, determiners, place prepositions, action words;
- `leaving`: phrases of leaving the scene (`walked out`, `was gone`, `the line went dead`).

Plain data, no imports from the rest of ficlens: any stage may read it.
"""
