"""Pure domain: enums, state machine, rules, codes, text folding, errors.

Imports nothing of ours.
"""
