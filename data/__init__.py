"""The classroom diaries (the CSV files beside this one; their datasheet is README.md).

This file only lets the msbackpain package find the folder, as ``msbackpain.data``, both in this
repository and in an installed wheel, which carries the same files. Learners can ignore it.
"""
