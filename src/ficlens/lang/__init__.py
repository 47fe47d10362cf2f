"""Language data: the word lists the rules read, one sub-package per language (`lang.en`)."""
