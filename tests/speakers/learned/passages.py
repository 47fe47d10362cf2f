"""Original passages (written for these tests) and their casts, shared by the learned-scorer tests."""

from ficlens.fandoms import CharacterEntry

THIRD = """Mara set the kettle down by the stove. "Who left the door open?" she asked.

"Not me," said Tobias. He shrugged and looked at the floor.

"Then was it the wind, Tobias?"

"Must have been."

Mara frowned at him. "The wind does not wear muddy boots."

"Maybe it does," he said.

Elsie came in from the yard, shaking the rain from her hair. "Are you two fighting again?" she asked.
"""
CAST_THIRD = [
    CharacterEntry("Mara", [], "she"),
    CharacterEntry("Tobias", [], "he"),
    CharacterEntry("Elsie", [], "she"),
]

FIRST = """I had not slept. When Wren knocked I was still at the window, and I let her in.

"You look awful," Wren said.

"Thank you," I said. "Come in anyway."

"Is the tea hot?"

"It is never hot in this house."
"""
CAST_FIRST = [CharacterEntry("Juno", ["I"], "she"), CharacterEntry("Wren", [], "she")]

# a line that calls someone, one that gives its speaker's name and gender, a question
# answered, and characters with lines of their own to profile
TALK = """Ines waited on the pier with a lantern. "Is that you, Corin?" she called.

"Yes, it is," said Corin. "I'm late, I know. Blame the tide."

"Late? You are an hour late."

"Yes. I fell in."

A girl climbed up the ladder behind him. "Hello! I'm Pell. I'm his sister."

"Wonderful," said Ines. "Another one."

"Splendid tide, Ines!" said Pell. "Splendid fish!"

"Blame the tide," Corin said.
"""
CAST_TALK = [
    CharacterEntry("Ines", [], "she"),
    CharacterEntry("Corin", [], "he"),
    CharacterEntry("Pell", [], "she"),
]
