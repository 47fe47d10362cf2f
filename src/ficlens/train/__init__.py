"""Training tools: scripts that fit the models ficlens ships (need the `train` extra)."""
