"""Narration pronouns and what they say about their referent."""

from __future__ import annotations

# Narration pronouns and what they say about their referent.
PRONOUN_GENDER = {
    "he": "he", "him": "he", "his": "he", "himself": "he",
    "she": "she", "her": "she", "hers": "she", "herself": "she",
    "they": "they", "them": "they", "their": "they", "theirs": "they", "themselves": "they", "themself": "they",
    "i": "i", "me": "i", "my": "i", "mine": "i", "myself": "i",
    "you": "you", "your": "you", "yours": "you", "yourself": "you",
}
