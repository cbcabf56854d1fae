"""Pure domain: enums, state machine, legal rules, codes, text folding, errors. Imports nothing of ours."""
