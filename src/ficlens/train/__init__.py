"""Training tools: scripts that fit the models ficlens ships (need the `train` extra).

`python -m ficlens.train` fits the learned speaker scorer; `python -m ficlens.train.characters`
the pairwise name-merge model; `python -m ficlens.train.relations`
the relationship-tag model; `python -m ficlens.fandoms.calibrate` the pack detector.
"""
